import {
  DataSet,
  RegExpMatcher,
  englishDataset,
  englishRecommendedTransformers,
  pattern,
} from "obscenity";
import { finding } from "../finding.ts";
import type { Detector, Finding } from "../types.ts";
import { insideAny, scanInWindows, termSpans, WORD_CHAR } from "./conduct-text.ts";

/*
 * conduct.profanity: obscene language, including disguised spellings.
 *
 * Built on obscenity's English dataset and its recommended transformers (confusable
 * Unicode letters, leetspeak such as sh1t and $hit, repeated letters such as fuuuck), with
 * three changes for an NHS official account:
 *
 * - Clinical and sexual-health vocabulary is removed: anal, anus, penis, vagina, semen, sex,
 *   ejaculate, orgasm, masturbate, incest, rape, porn, boob(s), hooker, scat. NHS posts talk
 *   about these as health topics ("check your boobs", "Rape Crisis", "anal cancer").
 * - Slurs (racist, homophobic, disablist) are left to conduct.abusive, which reports them as
 *   discriminatory; ambiguous entries that hit everyday words are dropped or narrowed
 *   ("ABO blood group", "a small prick" at a vaccination, "fag" for a cigarette,
 *   "Dr Fu", "blue tits", "cockpit", "Cumbria", "Georgy").
 * - Mild British swearing counts on an official account: crap, bloody, arse, piss,
 *   bollocks, sod, bugger, damn, bellend, knobhead, tosser; innocent uses are whitelisted
 *   ("bloody diarrhoea", "Crapstone", "Sodbury", "shiitake").
 *
 * Masked words (f**k, sh*t, c**t) and letters spelled out with spaces, dots or dashes
 * (f u c k, s.h.i.t) are caught by a small pass of our own, as obscenity deliberately does
 * not skip non-letters (that would join innocent words together).
 */

type Meta = { originalWord: string };

/** English entries we drop entirely: clinical words, slurs (see abusive.ts), and ambiguous ones. */
const DROPPED = new Set([
  // clinical and sexual-health vocabulary
  "anal", "anus", "penis", "vagina", "semen", "sex", "ejaculate", "orgasm", "masturbate", "incest",
  "rape", "porn", "boob", "hooker", "scat",
  // slurs: reported as conduct.abusive
  "abo", "abeed", "africoon", "arabush", "boonga", "chingchong", "chink", "kike", "negro", "nigger",
  "retard", "spastic", "tranny", "fag", "dyke",
  // replaced below with narrower patterns
  "ass", "cock", "cum", "dick", "fuck", "tit", "orgy", "prick",
]);

/** "bloody" followed by these is literal (a symptom, a history), not swearing. */
const BLOODY_LITERAL = [
  "diarrhoea", "diarrhea", "stool", "stools", "poo", "poos", "wee", "urine", "discharge", "nipple", "show",
  "mucus", "sputum", "phlegm", "cough", "vomit", "sick", "nose", "noses", "lip", "lips", "gums", "knee",
  "knees", "tap", "fluid", "tears", "bandage", "dressing", "tissue", "tissues", "mary", "marys", "sunday",
  "battle", "battles", "war", "wars", "revolution",
];

/** Names and words that contain a listed word; obscenity applies whitelisted terms to every pattern. */
const EXTRA_WHITELIST = [
  "shiitake", "shittake", "shitterton", "shitlington", "shittu", "shitta", "dikshit", "wankhede", "wankel",
  "bitchfield", "twatt", "pussy willow", "pussycat", "pussy cat", "pussyfoot", "pissarro", "cockpit", "feckless",
  "mishit", "ffick", "traffick",
  // "cock-a-leekie" soup, "cock-a-hoop", "cock-a-doodle-doo"
  "cock-a-", "cockaleekie",
];

const dataset = new DataSet<Meta>()
  .addAll(englishDataset)
  .removePhrasesIf((p) => p.metadata !== undefined && DROPPED.has(p.metadata.originalWord))
  // narrowed replacements
  .addPhrase((p) =>
    p
      .setMetadata({ originalWord: "fuck" })
      .addPattern(pattern`f?ck`)
      .addPattern(pattern`|fuk`)
      .addPattern(pattern`|fk|`)
      .addPattern(pattern`|fcuk`)
      .addPattern(pattern`|fck|`)
      .addPattern(pattern`|fcking`)
      .addPattern(pattern`|phuck`)
      .addPattern(pattern`|effing|`)
      .addPattern(pattern`|effin|`)
      .addPattern(pattern`|wtf|`)
      .addPattern(pattern`|stfu|`)
      .addPattern(pattern`|omfg|`)
      .addPattern(pattern`|fml|`)
      .addPattern(pattern`|wtaf|`)
      .addPattern(pattern`|gtfo|`)
      // vowel-swapped and regional spellings: fook, fookin', feck, fecking, fuq
      .addPattern(pattern`|fook|`)
      .addPattern(pattern`|fooks|`)
      .addPattern(pattern`|fooked|`)
      .addPattern(pattern`|fooking|`)
      .addPattern(pattern`|fookin|`)
      .addPattern(pattern`|feck|`)
      .addPattern(pattern`|fecking|`)
      .addPattern(pattern`|feckin|`)
      .addPattern(pattern`|fuq|`)
      .addPattern(pattern`|fuqing|`)
      .addWhitelistedTerm("fick")
      .addWhitelistedTerm("kung-fu")
      .addWhitelistedTerm("kung fu"),
  )
  .addPhrase((p) =>
    p
      .setMetadata({ originalWord: "ass" })
      .addPattern(pattern`|ass|`)
      .addPattern(pattern`|asshole`)
      .addPattern(pattern`|asswipe`)
      .addPattern(pattern`|asshat`)
      .addPattern(pattern`|dumbass`)
      .addPattern(pattern`|jackass`)
      .addPattern(pattern`|smartass`)
      .addPattern(pattern`|badass`)
      .addWhitelistedTerm("a55"),
  )
  .addPhrase((p) =>
    p
      .setMetadata({ originalWord: "cock" })
      .addPattern(pattern`|cock|`)
      .addPattern(pattern`|cocks|`)
      .addPattern(pattern`|cocksucker`)
      .addPattern(pattern`|cockhead`)
      .addWhitelistedTerm("cock a doodle")
      .addWhitelistedTerm("cock-a-doodle"),
  )
  .addPhrase((p) =>
    p
      .setMetadata({ originalWord: "dick" })
      .addPattern(pattern`|dick|`)
      .addPattern(pattern`|dicks|`)
      .addPattern(pattern`|dickhead`)
      .addPattern(pattern`|dickish`)
      .addWhitelistedTerm("moby dick")
      .addWhitelistedTerm("dick whittington")
      .addWhitelistedTerm("dick turpin")
      .addWhitelistedTerm("dick van dyke")
      .addWhitelistedTerm("spotted dick"),
  )
  .addPhrase((p) =>
    p
      .setMetadata({ originalWord: "cum" })
      .addPattern(pattern`|cum|`)
      .addPattern(pattern`|cumshot`)
      .addPattern(pattern`|cumslut`)
      .addWhitelistedTerm("cum laude"),
  )
  .addPhrase((p) =>
    p
      .setMetadata({ originalWord: "tits" })
      .addPattern(pattern`|tits|`)
      .addPattern(pattern`|titties`)
      .addPattern(pattern`|titty`)
      .addPattern(pattern`|tities`)
      .addPattern(pattern`|tiddies`)
      .addWhitelistedTerm("blue tits")
      .addWhitelistedTerm("great tits")
      .addWhitelistedTerm("coal tits")
      .addWhitelistedTerm("long-tailed tits")
      .addWhitelistedTerm("long tailed tits")
      .addWhitelistedTerm("marsh tits")
      .addWhitelistedTerm("willow tits")
      .addWhitelistedTerm("crested tits"),
  )
  .addPhrase((p) => p.setMetadata({ originalWord: "orgy" }).addPattern(pattern`|orgy|`).addPattern(pattern`|orgies|`))
  // mild British swearing: counts on an official account
  .addPhrase((p) =>
    p
      .setMetadata({ originalWord: "crap" })
      .addPattern(pattern`|crap`)
      .addWhitelistedTerm("crapstone"),
  )
  .addPhrase((p) => {
    p.setMetadata({ originalWord: "bloody" }).addPattern(pattern`|bloody|`);
    for (const innocent of BLOODY_LITERAL) p.addWhitelistedTerm(`bloody ${innocent}`);
    return p;
  })
  .addPhrase((p) =>
    p
      .setMetadata({ originalWord: "sod" })
      .addPattern(pattern`|sod|`)
      .addPattern(pattern`|sods|`)
      .addPattern(pattern`|sodding|`),
  )
  .addPhrase((p) => p.setMetadata({ originalWord: "bugger" }).addPattern(pattern`|bugger`))
  .addPhrase((p) =>
    p
      .setMetadata({ originalWord: "damn" })
      .addPattern(pattern`|damn|`)
      .addPattern(pattern`|dammit|`)
      .addPattern(pattern`|damnit|`)
      .addPattern(pattern`|goddamn`)
      .addPattern(pattern`|goddam|`),
  )
  .addPhrase((p) => p.setMetadata({ originalWord: "bellend" }).addPattern(pattern`|bellend`))
  .addPhrase((p) =>
    p.setMetadata({ originalWord: "knobhead" }).addPattern(pattern`|knobhead`).addPattern(pattern`|knobend`),
  )
  .addPhrase((p) => p.setMetadata({ originalWord: "tosser" }).addPattern(pattern`|tosser`))
  .addPhrase((p) => p.setMetadata({ originalWord: "bullshit" }).addPattern(pattern`bullshit`))
  .addPhrase((p) => p.setMetadata({ originalWord: "balls-up" }).addPattern(pattern`|ballsed|`).addPattern(pattern`|balls-up|`));

const built = dataset.build();
const matcher = new RegExpMatcher({
  ...built,
  whitelistedTerms: [...(built.whitelistedTerms ?? []), ...EXTRA_WHITELIST],
  ...englishRecommendedTransformers,
});

/** The words a masked or spelled-out token is compared with (after undoing leetspeak). */
const PROFANE_WORDS = [
  "fuck", "fucks", "fucked", "fucker", "fuckers", "fucking", "fuckin", "motherfucker", "shit", "shits",
  "shite", "shitty", "shitting", "bullshit", "cunt", "cunts", "twat", "twats", "wank", "wanker", "wankers",
  "wanking", "bollocks", "bastard", "bastards", "bitch", "bitches", "arse", "arsehole", "arseholes", "ass",
  "asshole", "assholes", "piss", "pissed", "pissing", "crap", "crappy", "bloody", "bugger", "damn", "dick",
  "dickhead", "dickheads", "cock", "cocks", "prick", "pricks", "tosser", "tossers", "bellend", "slut",
  "whore", "knobhead", "fuckwit",
];

const LEET: Record<string, string> = { "0": "o", "1": "i", "!": "i", "3": "e", "4": "a", "@": "a", $: "s", "5": "s", "7": "t", "|": "i" };

function unleet(s: string): string {
  let out = "";
  for (const ch of s.toLowerCase()) out += LEET[ch] ?? ch;
  return out;
}

/**
 * A token of letters, digits, leetspeak and mask characters, with dashes inside it ("f-ing",
 * "s--t"). The classes do not overlap, so the scan is linear; whether the token is a masked
 * swear word is decided in code.
 */
const TOKEN = /(?<![\p{L}\p{N}_@$!*#%\-–—])[\p{L}\p{N}@$!*#%](?:[\p{L}\p{N}@$!*#%]|[-–—](?=[\p{L}\p{N}@$!*#%\-–—]))*/gu;

/** Compounds built on a swear word: bullsh*t, sh*tstorm, f*ckwit. */
const COMPOUND_PREFIX = /^(?:bull|horse|dip|mother|ape|bat|chicken|dumb|smart|jack)/;
const COMPOUND_SUFFIX = /(?:storm|show|shows|hole|holes|head|heads|faced|face|load|loads|bag|bags|wit|wits|ing|in|ed|er|ers|ty|y|s|e)$/;

const MASK = /[*#%\-–—]/;

/** The regular expression a masked candidate stands for: f**k -> ^f[a-z]{2}k$, f-ing -> ^f[a-z]{1,4}ing$. */
function maskPattern(candidate: string): RegExp | null {
  if (!/^[a-z]/.test(candidate) || !MASK.test(candidate)) return null;
  const visible = candidate.replace(/[*#%\-–—]/g, "").length;
  // A single dash between two letters is ordinary (A-E, b-y): a dash mask needs three letters or two dashes.
  if (!/[*#%]/.test(candidate) && visible < 3 && !/[-–—]{2}/.test(candidate)) return null;
  let source = "^";
  for (const part of candidate.match(/[*#%]+|[-–—]+|[^*#%\-–—]+/g) ?? []) {
    if (/^[-–—]/.test(part)) source += "[a-z]{1,4}";
    else if (/^[*#%]/.test(part)) source += visible >= 2 ? `[a-z]{${Math.max(1, part.length - 1)},${part.length + 2}}` : `[a-z]{${part.length}}`;
    else source += part.replace(/[^a-z]/g, "");
  }
  return new RegExp(`${source}$`);
}

/** A word written with mask characters or dashes in place of some letters: f**k, sh*t, c#nt, f-ing, sh*tstorm. */
export function maskedWord(raw: string): string | undefined {
  // The first character must be a letter (5*** is a rating, *T&Cs a footnote).
  if (!/^[\p{L}$@]/u.test(raw)) return undefined;
  const token = unleet(raw.replace(/!+$/, "")); // "f**k!" is still f**k
  if (token.length < 3 || token.length > 20 || !MASK.test(token)) return undefined;
  // Enough real letters must show: *** is a rating; a capital A** is a grade, a lower-case a** a word.
  const visible = token.replace(/[*#%\-–—]/g, "").length;
  if (visible === 0 || (visible === 1 && token.length < 4 && /^\p{Lu}/u.test(raw))) return undefined;
  const candidates = new Set([token, token.replace(COMPOUND_PREFIX, ""), token.replace(COMPOUND_SUFFIX, "")]);
  for (const candidate of candidates) {
    if (candidate.length < 2) continue;
    // Stripping a suffix may leave one letter and a dash: fine for "F-ing", not for "A-E".
    if (candidate !== token && candidate.replace(/[*#%\-–—]/g, "").length < 2 && !/[-–—](?:ing|in|ed|er|ers)$/.test(token)) continue;
    const re = maskPattern(candidate);
    if (re === null) continue;
    const word = PROFANE_WORDS.find((w) => re.test(w));
    if (word !== undefined) return word;
  }
  return undefined;
}

/** Single letters spelled out with one separator between each: f u c k, s.h.i.t, b-o-l-l-o-c-k-s. */
const SPELLED = new RegExp(
  `(?<!${WORD_CHAR}|[.\\-_*·•])[a-z0-9@$](?:[ .\\-_*·•]{1,2}[a-z0-9@$]){2,15}(?!${WORD_CHAR})`,
  "giu",
);
const PROFANE_SET = new Set(PROFANE_WORDS);
const LONGEST_PROFANE = Math.max(...PROFANE_WORDS.map((w) => w.length));

/**
 * The profane word spelled out inside a run of single characters, as [start, end) within
 * the run, or null. The run may begin or end with an innocent one-letter word: "what a s h i t day".
 */
function spelledWord(run: string): [number, number] | null {
  const letters: Array<{ ch: string; at: number }> = [];
  for (const m of run.matchAll(/[^ .\-_*·•]/gu)) letters.push({ ch: unleet(m[0]), at: m.index });
  for (let i = 0; i + 3 <= letters.length; i++) {
    let word = "";
    let real = 0;
    let found = -1;
    for (let j = i; j < letters.length && j - i < LONGEST_PROFANE; j++) {
      word += letters[j]!.ch;
      if (/[a-z]/i.test(run.charAt(letters[j]!.at))) real++;
      // at least two real letters: "4 5 5" is a phone menu, not "ass"
      if (j - i >= 2 && real >= 2 && PROFANE_SET.has(word)) found = j;
    }
    if (found >= 0) return [letters[i]!.at, letters[found]!.at + 1];
  }
  return null;
}

const OBSCENE_MESSAGE = (shown: string) =>
  `"${shown}" is obscene or swearing, which an official NHS account must not post, even disguised or mild. Remove it or reword the sentence.`;

interface Hit {
  start: number;
  end: number;
  rule: string;
}

function obscenityHits(chunk: string, offset: number): Hit[] {
  const hits: Hit[] = [];
  for (const m of matcher.getAllMatches(chunk)) {
    const start = offset + m.startIndex;
    const end = offset + m.endIndex + 1; // obscenity's end index is inclusive (UTF-16, surrogate-aware)
    hits.push({ start, end, rule: "conduct.profanity.obscenity" });
  }
  return hits;
}

/** Expand a hit to the whole word it sits in, so the finding shows "sh1tty" rather than "sh1t". */
function wholeWord(text: string, start: number, end: number): [number, number] {
  const inWord = /[\p{L}\p{N}*#@$!'’_-]/u;
  let s = start;
  let e = end;
  while (s > 0 && inWord.test(text.charAt(s - 1)) && s > start - 20) s--;
  while (e < text.length && inWord.test(text.charAt(e)) && e < end + 20) e++;
  // Do not swallow trailing punctuation or leading quotes.
  while (e > end && /['’!_-]/u.test(text.charAt(e - 1))) e--;
  while (s < start && /['’_-]/u.test(text.charAt(s))) s++;
  return [s, e];
}

/** FFS is also facial feminisation surgery, in gender-identity services. */
const FFS = /(?<![\p{L}\p{N}])ffs(?![\p{L}\p{N}])/giu; // obscenity would collapse "ff" to "f"
const FFS_CLINICAL = /\b(?:facial|feminis|feminiz|gender|surgery|surgical|trans\b|transgender|clinic)/i;

/**
 * "Dick Jones", "Dick Whittington", "Cock Bridge", "Cock Lane": a capitalised Dick or Cock
 * followed by a capitalised word is a person's or a place's name, not swearing.
 */
function isProperName(text: string, start: number, end: number): boolean {
  const word = text.slice(start, end);
  if (!/^(?:Dick|Cocks?)$/u.test(word)) return false;
  return /^\s+\p{Lu}\p{Ll}/u.test(text.slice(end, end + 4)) || (word === "Dick" && /(?:Mr|Dr|Uncle|Grandad|Sir)\.?\s+$/.test(text.slice(Math.max(0, start - 8), start)));
}

export const profanity: Detector = ({ text, settings }) => {
  if (text.length === 0) return [];
  const allowed = settings.allowedTerms.length > 0 ? termSpans(text, settings.allowedTerms) : [];
  const hits: Hit[] = scanInWindows(text, obscenityHits);

  for (const m of text.matchAll(TOKEN)) {
    if (maskedWord(m[0]) !== undefined) {
      const end = m.index + m[0].replace(/!+$/, "").length;
      hits.push({ start: m.index, end, rule: "conduct.profanity.disguised" });
    }
  }
  for (const m of text.matchAll(FFS)) {
    hits.push({ start: m.index, end: m.index + m[0].length, rule: "conduct.profanity.obscenity" });
  }
  for (const m of text.matchAll(SPELLED)) {
    const word = spelledWord(m[0]);
    if (word !== null) hits.push({ start: m.index + word[0], end: m.index + word[1], rule: "conduct.profanity.disguised" });
  }

  // Merge overlapping hits into one finding per stretch of text.
  const widened = hits
    .map((h) => {
      const [s, e] = h.rule === "conduct.profanity.obscenity" ? wholeWord(text, h.start, h.end) : [h.start, h.end];
      return { ...h, start: s, end: e };
    })
    .filter((h) => !isProperName(text, h.start, h.end))
    .filter((h) => !(/^ffs$/i.test(text.slice(h.start, h.end)) && FFS_CLINICAL.test(text.slice(Math.max(0, h.start - 200), h.end + 200))))
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: Hit[] = [];
  for (const h of widened) {
    const last = merged.at(-1);
    if (last !== undefined && h.start < last.end) {
      last.end = Math.max(last.end, h.end);
      continue;
    }
    merged.push({ ...h });
  }

  const out: Finding[] = [];
  for (const h of merged) {
    if (insideAny(allowed, h.start, h.end)) continue;
    out.push(finding("conduct.profanity", h.rule, "block", h.start, h.end, OBSCENE_MESSAGE(text.slice(h.start, h.end))));
  }

  // The organisation's own banned words and phrases (whole words, any case).
  for (const [s, e] of termSpans(text, settings.bannedTerms)) {
    if (insideAny(allowed, s, e)) continue;
    out.push(
      finding(
        "conduct.profanity",
        "conduct.profanity.organisation-term",
        "block",
        s,
        e,
        `"${text.slice(s, e)}" is on your organisation's list of words not to use on official accounts. Remove it or reword the sentence.`,
      ),
    );
  }
  return out;
};
