import nlp from "compromise/two";
import { matchesOf } from "../finding.ts";

/*
 * Person-name mentions, shared by the pii.* detectors that need to know who a post talks
 * about (patient identity, staff judgement, named direct lines, home addresses).
 *
 * Speed. compromise's tagger costs about 1 ms per sentence on this machine (about 25 ms for
 * a whole 3,000-character post, and it grows faster than linearly on very long input), which
 * is too slow to run on every keystroke. So:
 *   - the text is split into sentences, and names are found lazily, one sentence at a time,
 *     only for the sentences a detector asks about (those that already contain a clinical
 *     cue, a judgement, an address or a landline);
 *   - cheap patterns run first: titles ("Dr Sarah Lewis", "Nurse Jones"), roles ("our volunteer
 *     Bill Hardy", "porter Darren Ward"), places only a person fits ("nursed Lily", "Thank you
 *     Grace", "Rose's mum"), an age or "who" after a name ("Callum Fry, 17,") and compromise's own
 *     lexicon of first names and surnames ("Claire", "Peter Hall", "Priya Sharma"); the tagger
 *     runs only if the sentence still has a capitalised word the patterns could not place;
 *   - results are memoised on the last text (every detector shares one parse) and cached per
 *     sentence string (a keystroke re-tags only the sentence being edited);
 *   - the tagger sees at most NLP_CHAR_BUDGET characters per text; past that (only in very
 *     long documents) names come from the patterns alone.
 */

export interface Span {
  start: number;
  end: number;
}

export interface PersonMention extends Span {
  /** the name as written, text.slice(start, end) */
  text: string;
  /** a title written with the name ("mr", "dr", "nurse", "sister"), lower case, or null */
  title: string | null;
}

/** Longest sentence handed to compromise in one piece; longer runs are cut at a space. */
const MAX_SENTENCE = 600;
/**
 * Characters per text that compromise may tag; the rest gets the pattern finder only. Spent in
 * the order detectors ask (a fixed order), so the answer for a given text is always the same.
 */
const NLP_CHAR_BUDGET = 30_000;
const CACHE_MAX = 512;

export const TITLES = [
  "mr", "mrs", "ms", "miss", "mx", "dr", "doctor", "prof", "professor", "nurse", "sister",
  "matron", "midwife", "sir", "dame", "lady", "lord", "cllr", "councillor", "rev", "revd",
  "reverend", "baby", "master", "father",
];
const TITLE_SET = new Set(TITLES);

/** Job titles and roles (a regular-expression alternation, lower case): staff, officials, volunteers, speakers. */
export const ROLE =
  "nurses?|doctors?|consultants?|surgeons?|midwi(?:fe|ves)|matrons?|sisters?|managers?|directors?|officers?|executives?|chief|chair(?:man|woman|person)?|governors?|volunteers?|physio(?:therapist)?s?|paramedics?|pharmacists?|therapists?|assistants?|hcas?|porters?|receptionists?|administrators?|secretary|secretaries|coordinators?|co-ordinators?|specialists?|practitioners?|gps?|registrars?|clinicians?|leads?|lead|heads?|colleagues?|staff|employees?|workers?|apprentices?|students?|trainees?|fellows?|engineers?|technicians?|scientists?|radiographers?|sonographers?|dietitians?|dieticians?|psychologists?|psychiatrists?|counsellors?|champions?|ambassadors?|guardians?|speakers?|mp|mps|mayor|councillors?|ministers?|ceo|cfo|coo|president|trustees?|members?|team|teams|chaplains?|cleaners?|housekeepers?|chefs?|cooks?|health\\s+visitors?|visitors?|carers?|support\\s+workers?|anaesthetists?|cardiologists?|oncologists?|paediatricians?|obstetricians?|physicians?|optometrists?|dentists?|hygienists?|midwifery|nursing|estates|facilities|clerks?|analysts?|advisers?|advisors?|partners?|founders?|hosts?|presenters?|panellists?|guests?|judges?|winners?|finalists?|nominees?|olympian|author|artist|photographer|patron|mascot|chairs?|dogs?|therapy\\s+dogs?|pony|ponies|cats?";

/**
 * Capitalised words that end a name or show the "name" is a place, building, event or
 * organisation ("Queen Elizabeth Hospital", "Florence Nightingale Ward", "Mill Lane").
 */
const NOT_NAME_WORDS = new Set(
  (
    "hospital hospitals infirmary centre center centres trust trusts ward wards unit units house " +
    "road street lane avenue close drive way crescent terrace gardens grove court place square " +
    "clinic clinics surgery practice practices foundation nhs icb ccg council university college " +
    "school academy library hall park building wing suite hub team teams service services " +
    "award awards day days week month year fund appeal charity group network partnership " +
    "hospice institute centre department directorate board committee programme project " +
    "campus site estate station church chapel memorial health care medical general royal " +
    "community primary mental children's childrens women's womens maternity cancer " +
    "ltd limited plc llp inc studio studios photography media news radio tv gazette echo " +
    "monday tuesday wednesday thursday friday saturday sunday january february march april " +
    "june july august september october november december christmas easter covid england " +
    "scotland wales ireland britain uk gp a&e ae " +
    // words common in NHS posts that compromise's lexicon does not know
    "treatment urgent emergency ambulance liaison advice support accident intensive critical minor " +
    "injuries outpatients outpatient theatres pharmacy dental heart lung kidney stroke rehabilitation " +
    "therapy therapies nursing midwifery research innovation education training quality safety patient " +
    "patients public staff volunteers friends league run marathon festival olympic games awards " +
    "integrated commissioning partnership alliance healthwatch foundation " +
    // the pronoun "I" ("the best nurse I've ever managed") and seasonal characters ("Secret Santa")
    "i i've i'm i'd i'll santa claus"
  ).split(" "),
);

const LEXICON = (nlp.world() as { model: { one: { lexicon: Record<string, string | string[]> } } }).model.one
  .lexicon;

function lexiconTags(word: string): string[] {
  const tag = LEXICON[word.toLowerCase()];
  return tag === undefined ? [] : Array.isArray(tag) ? tag : [tag];
}

/** Is this word a first name in compromise's lexicon (Claire, Peter, Gary)? */
export function isFirstName(word: string): boolean {
  return lexiconTags(word).some((t) => t === "FirstName" || t === "MaleName" || t === "FemaleName");
}

/**
 * Is this word a surname in compromise's lexicon ("Sharma", "Patel")? Single words it tags only
 * as a "Person" ("Jordan", "Lee", "Hammond", "Harrison") are first names or surnames: they count
 * here, so "Jordan Bright" and "Neil Hammond" are names.
 */
function isLastName(word: string): boolean {
  const tags = lexiconTags(word);
  return tags.includes("LastName") || tags.includes("Person");
}

/** What compromise's lexicon knows a word as: a first name, a surname, another word, or nothing. */
export function wordKind(word: string): "first" | "last" | "word" | "unknown" {
  if (isFirstName(word)) return "first";
  if (isLastName(word)) return "last";
  return lexiconTags(word).length > 0 ? "word" : "unknown";
}

// ---------------------------------------------------------------------------------------
// Sentences

/**
 * A sentence ends at . ! ? … or a line break, and at an emoji followed by a capital: posts use
 * emoji as full stops ("Welcome, Jo 🎉 She starts on Monday").
 */
const BOUNDARY = /[.!?…]+['"’”)\]]*(?=\s|$)|\n|\p{Extended_Pictographic}(?:\p{Emoji_Modifier}|\u200d|\ufe0f)*(?=[ \u00a0]+["“'‘]?\p{Lu})/gu;
const ABBREVIATION =
  /(?:^|[\s(])(?:mr|mrs|ms|mx|dr|st|prof|rev|revd|cllr|no|nos|e\.g|i\.e|vs|approx|rd|ave|jr|sr|fr|tel|ext|[a-z])$/i;

/** Sentence spans of a text (line breaks end a sentence; "Dr." and "e.g." do not). */
export function splitSentences(text: string): Span[] {
  const spans: Span[] = [];
  const push = (from: number, to: number): void => {
    let s = from;
    let e = to;
    while (s < e && /\s/.test(text[s] ?? "")) s++;
    while (e > s && /\s/.test(text[e - 1] ?? "")) e--;
    while (e - s > MAX_SENTENCE) {
      let cut = s + MAX_SENTENCE;
      while (cut > s + MAX_SENTENCE / 2 && text[cut] !== " ") cut--;
      if (text[cut] !== " ") cut = s + MAX_SENTENCE;
      // never split a surrogate pair
      if (/[\uDC00-\uDFFF]/.test(text[cut] ?? "")) cut--;
      spans.push({ start: s, end: cut });
      s = cut;
      while (s < e && /\s/.test(text[s] ?? "")) s++;
    }
    if (e > s) spans.push({ start: s, end: e });
  };
  let start = 0;
  for (const m of matchesOf(BOUNDARY, text)) {
    if (m[0] === "." && ABBREVIATION.test(text.slice(Math.max(0, m.index - 6), m.index))) continue;
    const end = m.index + m[0].length;
    push(start, end);
    start = end;
  }
  push(start, text.length);
  return spans;
}

// ---------------------------------------------------------------------------------------
// Names in one sentence (offsets relative to the sentence)

interface RelMention {
  start: number;
  end: number;
  title: string | null;
}

const W = String.raw`\p{Lu}[\p{L}'’\-]*`;
/** Lower-case particles inside a name: "van der Berg", "da Silva", "bin Hassan". */
const PARTICLE = String.raw`(?:(?:van|von|der|den|de|da|di|du|la|le|bin|binti|al|el|ibn|ap)[ \u00a0]+){0,2}`;
/** Titles written with a capital; a few are also titles in lower case ("nurse Jones", "baby Olivia"). */
const LOWER_CASE_TITLES = new Set(["nurse", "matron", "midwife", "baby"]);
const TITLE_ALTERNATION = TITLES.map((t) =>
  LOWER_CASE_TITLES.has(t) ? `[${t[0]?.toUpperCase()}${t[0]}]${t.slice(1)}` : `${t[0]?.toUpperCase()}${t.slice(1)}`,
).join("|");
const TITLE_NAME = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(${TITLE_ALTERNATION})\.?[ \u00a0]+((?:${PARTICLE}${W}\.?[ \u00a0]+){0,2}${PARTICLE}${W})`,
  "gu",
);
/** A run of capitalised words; nameChunks cuts it into the stretches that can be names. */
const CAP_RUN = new RegExp(String.raw`(?<![\p{L}\p{N}'’\-])${W}(?:[ \u00a0]+${PARTICLE}${W}){0,5}`, "gu");
const WORD = new RegExp(W, "gu");

function isAcronym(word: string): boolean {
  return word.length > 1 && word === word.toUpperCase();
}

function cleanWord(word: string): string {
  return word.replace(/['’]s$/u, "").replace(/[-'’]+$/u, "");
}

/** Place words that are also common surnames: a surname straight after a first name ("Peter Hall"). */
const SURNAME_PLACE_WORDS = new Set(["ward", "hall", "lane", "house", "park", "green", "court", "day", "hill", "church", "wing", "bank", "chapel"]);

interface NameWords {
  start: number;
  end: number;
  words: string[];
  /** where each word starts */
  starts: number[];
  /** no word of the run was cut before this stretch */
  leading: boolean;
}

/**
 * The stretches of a run of capitalised words that can be names, cut at every word that cannot
 * be part of one: "Patient Elsie Marsh" gives "Elsie Marsh", "HCA Jordan Bright" gives "Jordan
 * Bright", "Royal Victoria Infirmary" gives "Victoria" (then dropped as a place).
 */
function nameChunks(run: string, offset: number, titled = false): NameWords[] {
  const chunks: NameWords[] = [];
  let words: string[] = [];
  let starts: number[] = [];
  let start = -1;
  let end = -1;
  let cut = false;
  const close = (): void => {
    if (start >= 0) chunks.push({ start, end, words, starts, leading: !cut });
    words = [];
    starts = [];
    start = -1;
    cut = true;
  };
  for (const m of matchesOf(WORD, run)) {
    const word = cleanWord(m[0]);
    const lower = word.toLowerCase();
    // a place word is a surname straight after a first name, or after any name with a title ("Dr Penny Hall")
    const previous = words[words.length - 1];
    const surname =
      previous !== undefined && SURNAME_PLACE_WORDS.has(lower) && ((titled && words.length === 1) || isFirstName(previous));
    if (word === "" || (NOT_NAME_WORDS.has(lower) && !surname) || isAcronym(word)) {
      close();
      continue;
    }
    if (start < 0) start = offset + m.index;
    end = offset + m.index + word.length;
    words.push(word);
    starts.push(offset + m.index);
    // a possessive or a word cut short ends the name: "Tom Reilly's", "Smith-"
    if (word !== m[0]) close();
  }
  close();
  return chunks;
}

/** The capitalised words of a run, cut before the first word that cannot be part of a name. */
function nameWords(run: string, offset: number, titled = false): NameWords | null {
  const first = nameChunks(run, offset, titled)[0];
  return first?.leading ? first : null;
}

/** Endings of ordinary nouns and adjectives, which names rarely have ("Diabetes", "Sepsis", "Screening"). */
const NOUN_SHAPE = /(?:tion|sion|ment|ness|ity|ism|ology|itis|osis|sis|emia|aemia|ics|ing|ed|es|ers|ists?|ance|ence|ure|age|ship|hood|ful|less|ous|ive|able|ible|al|ary|ery|ory|cy)$/i;
function nameShaped(word: string): boolean {
  return word.length >= 3 && lexiconTags(word).length === 0 && !NOUN_SHAPE.test(word) && !isAcronym(word) && /^\p{Lu}\p{Ll}/u.test(word);
}
const SUBJECT_NEXT = /^(?:\s+(?:is|was|has|had|have|keeps|kept|never|always|will|were|and\s+\p{Lu}|from|in|on)\b)/u;

const NOUN_TAGS = new Set(["Noun", "Singular", "ProperNoun"]);

/** Mentions found without the tagger: "Dr Sarah Lewis", "Nurse Jones", "Claire", "Priya Sharma". */
function patternMentions(s: string): RelMention[] {
  const out: RelMention[] = [];
  for (const m of matchesOf(TITLE_NAME, s)) {
    const title = (m[1] ?? "").toLowerCase();
    const nameAt = m.index + m[0].length - (m[2] ?? "").length;
    const name = nameWords(m[2] ?? "", nameAt, true);
    // "Baby Olivia", "baby Leo", but not "Baby Friendly" or "Baby Loss Awareness": after "Baby",
    // an ordinary word is a name only in "baby Leo", written in lower case, and only a noun
    const word = name?.words[0] ?? "";
    const ordinary = wordKind(word) === "word" && (m[1] !== "baby" || !lexiconTags(word).every((t) => NOUN_TAGS.has(t)));
    const notBaby = title === "baby" && (name === null || name.words.length > 2 || ordinary);
    if (name && TITLE_SET.has(title) && !notBaby) {
      out.push({ start: m.index, end: name.end, title: title === "doctor" ? "dr" : title });
    }
  }
  for (const m of matchesOf(CAP_RUN, s)) {
    for (const name of nameChunks(m[0], m.index)) {
      const mention = chunkMention(s, name);
      if (mention) out.push(mention);
    }
  }
  for (const m of matchesOf(ROLE_BEFORE_NAME, s)) {
    // "our volunteer Bill Hardy", "porter Mick Devine": capitalised words after a role are a
    // name, even words the lexicon knows as ordinary ones ("Bill", "Hardy")
    const at = m.index + m[0].length;
    const run = NAME_RUN.exec(s.slice(at, at + 80));
    const name = run ? roleName(run[0], at) : null;
    if (name) out.push({ start: name.start, end: name.end, title: null });
  }
  for (const m of matchesOf(KIN_NAMES, s)) {
    // "twins Ruby and Sienna", "his wife Sarah", "their daughter Amira"
    let at = m.index + m[0].length - (m[1] ?? "").length;
    for (const word of (m[1] ?? "").split(/(\s*(?:,|&|\band\b)\s*)/u)) {
      const clean = cleanWord(word);
      if (/^\p{Lu}/u.test(clean) && !NOT_NAME_WORDS.has(clean.toLowerCase()) && !isAcronym(clean) && !NOT_KIN_NAME.has(clean)) {
        out.push({ start: at, end: at + clean.length, title: null });
      }
      at += word.length;
    }
  }
  for (const m of matchesOf(SINGLE_NAME_IN_CONTEXT, s)) {
    // "nursed Lily through her pneumonia", "Thank you Grace!", "Lily's mum": a given name that is
    // also an ordinary word (Lily, Grace, Bill, Rose), placed where only a person can be
    const word = m[1] ?? m[2] ?? "";
    const at = m.index + m[0].indexOf(word);
    if (!NOT_NAME_WORDS.has(word.toLowerCase()) && !isAcronym(word) && !NOT_KIN_NAME.has(word) && !TITLE_SET.has(word.toLowerCase())) {
      out.push({ start: at, end: at + word.length, title: null });
    }
  }
  return out;
}

/**
 * A role word and a space; roleName reads the name after it. Case-blind ("Porter", "porter") and,
 * for speed, not Unicode-aware: V8 runs a large case-blind alternation far faster without "u".
 */
const ROLE_BEFORE_NAME = new RegExp(String.raw`(?<![A-Za-z0-9\u00C0-\u024F])(?:${ROLE})[ \u00a0]+(?=\S)`, "gi");
const ROLE_WORD = new RegExp(String.raw`^(?:${ROLE})$`, "iu");

/** Up to three capitalised words at the start: "Bill Hardy", "Jo van der Berg". */
const NAME_RUN = new RegExp(String.raw`^(?:${PARTICLE}${W}[ \u00a0]+){0,2}${PARTICLE}${W}`, "u");
/** The name in the words after a role: capitalised, not a role or a title, two words or one that looks like a name. */
function roleName(run: string, offset: number): Span | null {
  const words: { start: number; end: number; word: string }[] = [];
  for (const m of matchesOf(WORD, run)) {
    const word = cleanWord(m[0]);
    // a place word straight after one name word is a surname: "porter Darren Ward"
    const surname = words.length === 1 && SURNAME_PLACE_WORDS.has(word.toLowerCase());
    if (!/^\p{Lu}/u.test(word) || word === "" || (NOT_NAME_WORDS.has(word.toLowerCase()) && !surname) || isAcronym(word)) break;
    if (ROLE_WORD.test(word) || TITLE_SET.has(word.toLowerCase())) {
      if (words.length > 0) break;
      return null;
    }
    words.push({ start: offset + m.index, end: offset + m.index + word.length, word });
    if (word !== m[0]) break;
  }
  const first = words[0];
  const last = words[words.length - 1];
  if (!first || !last) return null;
  // one word: a first name, or a name-shaped word (short ones too: "receptionist Di", "porter Al")
  if (words.length === 1 && !isFirstName(first.word) && !nameShaped(first.word) && !/^\p{Lu}\p{Ll}$/u.test(first.word)) return null;
  return { start: first.start, end: last.end };
}

/** Is a stretch of capitalised words a name? Drops leading ordinary words ("Meet Sarah"). */
function chunkMention(s: string, chunk: NameWords): RelMention | null {
  // "Meet Sarah", "Thanks Claire Smith": drop leading ordinary words the lexicon knows.
  let k = 0;
  while (k < chunk.words.length - 1 && wordKind(chunk.words[k] ?? "") === "word") k++;
  // a name is at most three words: "Mary Jane Smith"
  const last = Math.min(chunk.words.length, k + 3) - 1;
  const start = chunk.starts[k] ?? chunk.start;
  const end = last === chunk.words.length - 1 ? chunk.end : (chunk.starts[last] ?? 0) + (chunk.words[last]?.length ?? 0);
  const [first, second] = chunk.words.slice(k);
  if (first === undefined || TITLE_SET.has(first.toLowerCase())) return null;
  // "Claire", "Peter Hall" (a known first name), "Lewis Hamilton" (two known surnames),
  // "Priya Sharma" (an unknown word before a known surname), "Jordan Bright" (a word the
  // lexicon knows only as a person's, then another), or "Oluwaseun Adebayo" (two words the
  // lexicon has never seen, neither shaped like an ordinary noun)
  const surnameNext = second !== undefined && isLastName(second);
  const personFirst = second !== undefined && lexiconTags(first).includes("Person");
  const unknownPair = second !== undefined && [first, second].every((w) => nameShaped(w));
  // "Priya is always late", "Ravi in pharmacy": one unknown, name-shaped word as a subject;
  // "Amira, 6, was diagnosed", "Callum (19)": one with an age after it
  const next = s.slice(end, end + 20);
  // (a plural noun is not a name: "Tickets, 5, ...", but "Idris, 4" and "Marcus, 9" are)
  const single = second === undefined && nameShaped(first) && (SUBJECT_NEXT.test(next) || (AGE_NEXT.test(next) && !/[^aeiouis]s$/i.test(first)));
  // "Callum Fry, 17, who...", "Rhona Gill, who...": an unfamiliar given name and any surname, then an age or "who"
  const described = second !== undefined && last - k === 1 && nameShaped(first) && (AGE_NEXT.test(next) || /^\s*,\s*who\b/u.test(next));
  if (isFirstName(first) || personFirst || (surnameNext && lexiconTags(first).length === 0) || unknownPair || single || described) {
    return { start, end, title: null };
  }
  return null;
}

/** An age straight after a name: "Amira, 6, who...", "Callum, 19.", "Leo (3)", "Jo, aged 7". */
const AGE_NEXT = /^(?:\s*,\s*(?:aged\s+)?\d{1,3}(?![\d.,]\d)\s*(?:[,.!;:)–—-]|$)|\s*\(\s*(?:aged\s+)?\d{1,3}\s*\))/u;

/** Names introduced by a relation: "twins Ruby and Sienna", "his wife Sarah", "their son Alfie". */
const KIN_NAMES = new RegExp(
  String.raw`(?<![\p{L}])(?:[Tt]wins|[Tt]riplets|(?:his|her|their|my|our)[ \u00a0]+(?:(?:baby|little|new|newborn|twin|eldest|youngest|late)[ \u00a0]+)?(?:wife|husband|partner|son|daughter|mum|mother|dad|father|grandson|granddaughter|grandad|grandma|grandmother|grandfather|nan|gran|brother|sister|baby|boy|girl|niece|nephew|twins|triplets|sons|daughters|children|kids|babies))[ \u00a0]*,?[ \u00a0]+(\p{Lu}[\p{L}'’\-]*(?:[ \u00a0]*(?:,|&|and)[ \u00a0]*\p{Lu}[\p{L}'’\-]*){0,2})`,
  "gu",
);
/**
 * One capitalised word where only a person fits: after care done to someone or a greeting ("nursed
 * Lily", "Thank you Grace"), or before a relative ("Lily's mum"). Not followed by another capital
 * (a longer run is CAP_RUN's).
 */
const SINGLE_NAME_IN_CONTEXT = new RegExp(
  String.raw`(?<![\p{L}])(?:nursed|treated|discharged|admitted|resuscitated|cared[ \u00a0]+for|looked[ \u00a0]+after|operated[ \u00a0]+on|[Tt]hank[ \u00a0]+you|[Tt]hanks|[Ww]ell[ \u00a0]+done|[Cc]ongratulations(?:[ \u00a0]+to)?|[Ww]elcome(?:[ \u00a0]+(?:back|home))?|[Mm]eet|[Hh]appy[ \u00a0]+birthday|[Gg]et[ \u00a0]+well[ \u00a0]+soon)[ \u00a0]*,?[ \u00a0]+(\p{Lu}\p{Ll}+)(?![\p{L}'’\-]|[ \u00a0]+\p{Lu})|(?<![\p{L}\p{N}])(\p{Lu}\p{Ll}+)['’]s[ \u00a0]+(?:mum|mother|dad|father|parents|family|wife|husband|partner|son|daughter|nan|gran|grandma|grandad|brother|sister)\b`,
  "gu",
);
const NOT_KIN_NAME = new Set(["The", "A", "An", "And", "But", "Or", "In", "On", "At", "To", "For", "Is", "Was", "Who", "We", "I", "It", "This", "That", "Our", "Their", "His", "Her"]);

interface CompromiseTerm {
  offset: { start: number; length: number };
}
interface CompromiseMatch {
  terms: CompromiseTerm[];
}

function nlpMentions(s: string): RelMention[] {
  const out: RelMention[] = [];
  const json = nlp(s).match("#Person+").json({ offset: true, terms: { offset: true } }) as unknown;
  if (!Array.isArray(json)) return out;
  for (const m of json as CompromiseMatch[]) {
    const first = m.terms[0];
    const last = m.terms[m.terms.length - 1];
    if (!first || !last) continue;
    const start = first.offset.start;
    const end = last.offset.start + last.offset.length;
    if (!(start >= 0 && end <= s.length && end > start)) continue;
    const raw = s.slice(start, end);
    // compromise tags the title with the name ("Dr Sarah Lewis"); keep it, note it, check the rest.
    const titleMatch = /^(\p{L}+)\.?[ \u00a0]+/u.exec(raw);
    const title = titleMatch && TITLE_SET.has((titleMatch[1] ?? "").toLowerCase()) ? titleMatch : null;
    const restAt = start + (title ? title[0].length : 0);
    const name = nameWords(s.slice(restAt, end), restAt);
    if (!name) continue;
    // A name written all in lower case is rarely a name ("nurse", "sister" as nouns).
    if (!/^\p{Lu}/u.test(name.words[0] ?? "")) continue;
    out.push({ start: title ? start : name.start, end: name.end, title: title ? (title[1] ?? "").toLowerCase() : null });
  }
  return out;
}

function merge(mentions: RelMention[]): RelMention[] {
  const sorted = [...mentions].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: RelMention[] = [];
  for (const m of sorted) {
    const last = out[out.length - 1];
    if (last && m.start < last.end) {
      last.end = Math.max(last.end, m.end);
      last.title ??= m.title;
    } else {
      out.push({ ...m });
    }
  }
  return out;
}

const NEXT_CAPITALISED = /^[ \u00a0]+(\p{Lu}[\p{L}'’-]*)/u;
/** Is one of the next three capitalised words a place word: " Ward", " Victoria Road", " Memorial Day Unit"? */
function placeFollows(s: string, end: number): boolean {
  let at = end;
  for (let k = 0; k < 3; k++) {
    const m = NEXT_CAPITALISED.exec(s.slice(at, at + 40));
    if (!m) return false;
    const word = cleanWord(m[1] ?? "");
    if (NOT_NAME_WORDS.has(word.toLowerCase())) return true;
    if (word !== m[1]) return false;
    at += m[0].length;
  }
  return false;
}

/** A mention directly followed by a place word is a place ("Sam Patel Ward", "Kemp House"). */
function isPlaceName(s: string, m: RelMention): boolean {
  if (placeFollows(s, m.end)) return true;
  const before = s.slice(Math.max(0, m.start - 8), m.start);
  return /(?:^|\s)(?:St\.?|Saint)\s+$/u.test(before);
}

/**
 * Is there a capitalised word the patterns could not place? Only then can the tagger add a
 * name; most sentences ("Patients admitted to our wards...") never need it.
 */
function needsTagger(s: string, found: RelMention[]): boolean {
  for (const m of matchesOf(WORD, s)) {
    if (found.some((f) => m.index >= f.start && m.index < f.end)) continue;
    const word = cleanWord(m[0]);
    if (word.length < 2 || isAcronym(word) || NOT_NAME_WORDS.has(word.toLowerCase())) continue;
    if (wordKind(word) === "word" || placeFollows(s, m.index + m[0].length)) continue;
    return true;
  }
  return false;
}

const cache = new Map<string, RelMention[]>();

function mentionsInSentence(s: string, useNlp: boolean): RelMention[] {
  if (useNlp) {
    const hit = cache.get(s);
    if (hit) {
      cache.delete(s);
      cache.set(s, hit);
      return hit;
    }
  }
  const found = patternMentions(s);
  if (useNlp && needsTagger(s, found)) found.push(...nlpMentions(s));
  const out = merge(found).filter((m) => !isPlaceName(s, m));
  if (useNlp) {
    cache.set(s, out);
    if (cache.size > CACHE_MAX) cache.delete(cache.keys().next().value ?? "");
  }
  return out;
}

// ---------------------------------------------------------------------------------------
// The memoised view of one text

interface TextState {
  text: string;
  sentences: Span[];
  people: (PersonMention[] | undefined)[];
  nlpBudget: number;
}

let memo: TextState | null = null;

function stateOf(text: string): TextState {
  if (memo?.text !== text) memo = { text, sentences: splitSentences(text), people: [], nlpBudget: NLP_CHAR_BUDGET };
  return memo;
}

/** The sentences of the text (memoised on the last text). */
export function sentencesOf(text: string): readonly Span[] {
  return stateOf(text).sentences;
}

/** Index of the sentence holding this offset (or the nearest one before it); -1 if none. */
export function sentenceIndexAt(text: string, offset: number): number {
  const sentences = stateOf(text).sentences;
  let lo = 0;
  let hi = sentences.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid];
    if (!s) break;
    if (s.start <= offset) {
      found = mid;
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  return found;
}

/** The sentence holding this offset, or the whole text if there is none. */
export function sentenceAt(text: string, offset: number): Span {
  const i = sentenceIndexAt(text, offset);
  return stateOf(text).sentences[i] ?? { start: 0, end: text.length };
}

/** Person mentions in sentence i, with offsets into the whole text. */
export function peopleInSentence(text: string, i: number): PersonMention[] {
  const state = stateOf(text);
  const known = state.people[i];
  if (known) return known;
  const span = state.sentences[i];
  if (!span) return [];
  const s = text.slice(span.start, span.end);
  const useNlp = state.nlpBudget >= s.length;
  if (useNlp) state.nlpBudget -= s.length;
  const out = mentionsInSentence(s, useNlp).map((m) => ({
    start: span.start + m.start,
    end: span.start + m.end,
    text: text.slice(span.start + m.start, span.start + m.end),
    title: m.title,
  }));
  state.people[i] = out;
  return out;
}

/** Person mentions in every sentence that overlaps [from, to). */
export function peopleNear(text: string, from: number, to: number): PersonMention[] {
  const state = stateOf(text);
  const out: PersonMention[] = [];
  for (let i = Math.max(0, sentenceIndexAt(text, from)); i < state.sentences.length; i++) {
    const s = state.sentences[i];
    if (!s || s.start >= to) break;
    if (s.end <= from) continue;
    out.push(...peopleInSentence(text, i));
  }
  return out;
}

/** Every person mention in the text (tags every sentence: use peopleNear where you can). */
export function peopleIn(text: string): PersonMention[] {
  return peopleNear(text, 0, text.length);
}
