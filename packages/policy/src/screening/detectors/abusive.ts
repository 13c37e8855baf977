import { finding } from "../finding.ts";
import type { Detector, Finding } from "../types.ts";
import { isWord } from "../words.ts";
import { continuesWord, isQuoted, scanFromWordStart, sentenceBefore, topLevelAlternatives } from "./conduct-text.ts";
import { maskedWord } from "./profanity.ts";

/*
 * conduct.abusive: derogatory, insulting, discriminatory or harassing remarks about people
 * or groups.
 *
 * Four kinds of evidence, from surest to most contextual:
 * - slurs (racist, homophobic, transphobic, disablist): flagged wherever they appear;
 * - insult words that only ever describe people (idiot, moron, scum, nutter, junkie):
 *   flagged wherever they appear;
 * - words that are insults only when aimed at people (stupid, useless, pathetic, clowns,
 *   animals, pigs): flagged when the sentence aims them at someone ("you clowns", "absolute
 *   clowns", "stupid people", "they are useless"), not otherwise ("no such thing as a stupid
 *   question", "the old system was useless", "hospital clowns visited the ward");
 * - discriminatory statements and threats ("go back to your own country", "immigrants are
 *   scum", "we know where you live").
 *
 * A word in quotation marks is being talked about, not used ("calling someone a 'psycho' is
 * stigmatising"), so it is not flagged. Clinical and neutral topics (dementia, learning
 * disability, mental health, domestic abuse, spastic cerebral palsy, growth retardation)
 * are not insults.
 */

const w = (words: string) => words.trim().split(/\s+/).join("|");

/** Slurs. */
const SLURS = w(`
  pakis? wogs? niggers? niggas? nig-nogs? nignogs? kikes? gooks? ragheads? towelheads? trann(?:y|ies)
  poofs poofters? batty\\s+boys? gyppos? gippos? pikeys? chinkys? chinkies ching[-\\s]?chong darkies? darky
  golliwogs? half-?castes? negroes negro shemales? lezzas? africoons? abeeds? arabush
  spaz spazzy spazzes spackers? mongoloids? midgets?(?!\\s+gems)
  faggots?(?![\\s,]+(?:and|in|with|&|n|'n'|mash|gravy|peas|chips))
  retarded(?!\\s+(?:growth|development|placenta|ejaculation))
  spastics?(?!\\s+(?:cerebral|diplegia|quadriplegia|hemiplegia|paraplegia|tetraplegia|paresis|paralysis|muscles?|gait|colon|dysphonia|bladder|cp|type|form|movement))
`);
/** Slurs that are also ordinary names or words when capitalised (Mong Kok, Coon cheese): lower case only. */
const SLURS_LOWER = w(`mongs? coons? yids? spics? sambos?`);

/** Insults that only ever describe people. */
const INSULTS = w(`
  idiots?(?!['’]s?\\s+guide|[-\\s]proof) idiotic morons? moronic imbeciles? cretins? halfwits? half-wits? dimwits?
  nitwits? numpty numpties pillocks? plonkers? scum scumbags? lowlifes? low-lifes? lowlife low-life dickheads?
  dipshits? knobheads? dumbass(?:es)? thickos? nutters? nutjobs? psychos? loon(?:y|ies) looney(?!\\s+tunes) schizos?
  junkies? junky crackheads? smackheads? druggies? alkies? alky pissheads? scroungers? spongers? chavs? chavvy
  illegals sub-?humans? wankers? tossers? twats? bellends? arseholes? assholes? cunts? nonces? lunatics sluts?
  whores? bitches coffin[-\\s]?dodgers? old\\s+(?:biddies|biddy|codgers?|duffers?|farts?|gits?|bats?|dears\\s+clogging) crumblies
`);

/**
 * Dismissive nouns for people that are also used kindly in the negative ("you're never a
 * time-waster", "don't worry about being a timewaster"): flagged unless the clause negates
 * or reassures.
 */
const DISMISSIVE = w(`
  time-?wasters? timewasters? wasters? brats? jobsworths? skivers? shirkers? slackers? layabouts? freeloaders?
  dossers? moaning\\s+minnies whingers? whiners? chancers? do-?gooders?
`);
/** "not a time-waster", "worried about being a time-waster", "feel like a burden": the clause says the opposite. */
const REASSURED = /(?:\b(?:not|never|no|nobody|none|isn['’]?t|aren['’]?t|wasn['’]?t|weren['’]?t|don['’]?t|won['’]?t|worr\w*|afraid|fear\w*|feel\w*|felt|think\w*|thought|scared|anxious|concerned)\b|n['’]t\b)[^.!?;:]*$/iu;
/** "army brat", "a waster pipe": innocent before these. */
const DISMISSIVE_INNOCENT_BEFORE = new Set(["army", "navy", "forces", "military", "raf", "service", "energy", "water", "heat", "food"]);

/** Nouns that insult when aimed at someone, but have innocent uses (hospital clowns, therapy animals, the Muppets). */
const AIMED_NOUNS = w(`
  clowns? muppets? animals pigs? rats cows? sheep vermin parasites leeches cockroaches losers? freaks? weirdos?
  jokers? thugs? fools? perverts? snowflakes pricks? dicks? bastards? bitch lunatic degenerates? slags? retards?
  dragons vultures sharks snakes dinosaurs hypocrites monkeys hyenas donkeys dogs
`);

/** Anti-stigma posts quote the stereotype to knock it down: "Myth: people with mental illness are violent." */
const MYTH = /\b(?:myths?|stereotypes?|stigma|misconceptions?|not\s+true|isn['’]t\s+true|untrue|false|assum(?:e|es|ed|ption)|fact:|in\s+fact|truth\s+is|wrong)\b/iu;

/** Suicide-prevention language around "kill yourself": "thoughts of wanting to kill yourself? Call Samaritans". */
const SUICIDE_SUPPORT =
  /\b(?:want(?:s|ing)?\s+to|thoughts?\s+(?:of|about)|thinking\s+(?:of|about)|feel(?:ing)?\s+like|urges?\s+to|plan(?:s|ning)?\s+to|considering|tried\s+to|trying\s+to|samaritans|116\s?123|shout|85258|suicid\w*|crisis|help\s+is\s+available|you\s+are\s+not\s+alone|support)\b/i;

/** Insults said to someone on their own, as a one-word sentence or after a comma ("get a life, loser."). */
const VOCATIVE = w(`clowns? muppets? losers? fools? jokers? pricks? dicks? bastards? bitch weirdos? freaks? trolls? degenerates?`);

/** Said of a person these insult; said of a thing they do not ("the delays are a disgrace"). */
const PREDICATE_NOUNS = w(`disgrace trash filth waste\\s+of\\s+(?:space|oxygen|skin|air)`);

/** Adjectives that insult when aimed at people. */
const AIMED_ADJ = w(`
  stupid useless pathetic ignorant brainless clueless worthless disgusting vile thick lazy incompetent ugly
  fat filthy dirty dumb braindead brain-dead spineless gutless idiotic moronic retarded dim snowflake
  greedy spoilt spoiled arrogant power-mad jumped-up workshy work-shy bone-idle feckless ungrateful selfish gobby
  mouthy entitled(?!\\s+to) feral hysterical
`);

/** Adjectives that belittle people only before a noun ("whinging patients", "sh*t agency nurses"), not after "are". */
const ATTRIB_ADJ = w(`
  whinging whingeing whining moaning scrounging sponging thieving smelly stinking dozy dopey good-for-nothing
  shit shite shitty crap crappy
`);
/** The same swear words written masked: "sh*t", "s**t", "cr*p". */
const ATTRIB_MASKED = String.raw`sh[*#%]+te?|s[*#%]{2,}t|sh[*#%]{2,}|cr[*#%]+p`;
const ATTRIB = `${ATTRIB_ADJ}|${ATTRIB_MASKED}`;

/**
 * Adjectives that still insult with a word or two between them and the people ("useless
 * agency staff", "lazy night porters"); the words between must describe the kind of staff.
 */
const STRONG_ADJ = w(`
  useless stupid pathetic incompetent brainless clueless worthless idiotic moronic lazy(?!\\s+(?:eye|bowel|susan|sunday))
  greedy spoilt spoiled arrogant power-mad jumped-up workshy work-shy bone-idle ungrateful selfish
`);
/** Words that say which staff or group: "agency", "night", "junior", "GP", "overseas". */
const STAFF_MODIFIER = w(`
  agency bank locum night day weekend junior senior new young old older younger student trainee foreign overseas
  international male female part-time temporary temp gp a&e ward hospital nhs practice surgery clinic nursing medical
  admin office reception desk ambulance 111 999 call council care home community district theatre ops management
  middle top so-called
`);

/** Words for people and groups of people. */
const PERSON = w(`
  people person persons folk folks patients? visitors? relatives families drivers? motorists? cyclists? staff
  nurses? doctors? managers? management bosse?s? receptionists? porters? consultants? gps surgeons? paramedics?
  colleagues? politicians? ministers? councillors? parents? mums? mothers? dads? fathers? kids teenagers? teens
  youths? yobs? men women lads girls boys guys blokes? residents? locals neighbours? tourists? students? smokers?
  vapers? drinkers? callers? customers? immigrants? migrants? foreigners? refugees? asylum\\s+seekers? muslims?
  jews christians? gays lesbians blacks whites asians protesters strikers anti-?vaxx?ers critics
  journalists? reporters? voters? pensioners? boomers karens trolls? someone everyone anyone somebody everybody anybody
  individuals? members ones lot bunch crowd mob gang shower drunks addicts abusers offenders fans supporters
  shoppers commuters tenants landlords workers employees clinicians vaxx?ers
  agency locums? temps cleaners? domestics housekeepers hcas? healthcare\\s+assistants physios? physiotherapists? ots
  pharmacists? radiographers? midwives midwife matrons? juniors registrars? trainees? interns? medics? crews?
  call\\s+handlers? admin secretaries execs? executives? directors? commissioners? anaesthetists? dentists?
  carers? social\\s+workers? handlers? assistants? police coppers cops tories millennials boomers zoomers gen\\s*z youngsters oaps brats
`);

const PRONOUN_SUBJECT = "they|you|he|she|u|ya|them|yous|youse";
/** Titles and roles before a name: "Nurse Linda Jobson", "Dr Moss", "Healthcare assistant Gary Moss". */
const PERSON_TITLES =
  "Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Professor|Nurse|Sister|Matron|Staff\\s+Nurse|Councillor|Cllr|Sir|Dame|Porter|Receptionist|Healthcare\\s+assistant|HCA|Midwife|Consultant|Manager|Ward\\s+manager";

/** Groups singled out for health or disability: stereotypes about them are discriminatory. */
const HEALTH_GROUP = w(`
  mentally\\s+ill\\s+people the\\s+mentally\\s+ill schizophrenics psychotics people\\s+with\\s+mental\\s+illness(?:es)?
  people\\s+with\\s+(?:schizophrenia|psychosis|bipolar|autism|adhd|learning\\s+disabilities|dementia|hiv|aids)
  autistic\\s+people disabled\\s+people the\\s+disabled addicts drug\\s+users alcoholics obese\\s+people fat\\s+people
  old\\s+people the\\s+elderly elderly\\s+people pensioners oldies wrinklies
`);

/** Groups singled out by race, nationality, migration, religion or sexuality. */
const ETHNIC = w(`
  foreigners immigrants migrants refugees asylum\\s+seekers illegals muslims jews hindus sikhs gays gay\\s+people
  lesbians trans\\s+people trans\\s+women trans\\s+men transgender\\s+people blacks black\\s+people asians
  eastern\\s+europeans poles romanians gypsies pakistanis africans arabs pakis
`);
/** Every group discriminatory statements target. */
const GROUP = `${ETHNIC}|${w(`
  christians whites white\\s+people indians women men disabled\\s+people the\\s+disabled old\\s+people the\\s+elderly
  pensioners fat\\s+people the\\s+poor single\\s+mums benefit\\s+claimants travellers
`)}`;

const INTENSIFIER = "absolute|total|complete|utter|proper|right|bloody|fucking|f\\*+(?:in|ing|kin|king)|effing|frigging";
const QUANTIFIER = "bunch\\s+of|load\\s+of|pack\\s+of|shower\\s+of|set\\s+of|band\\s+of|gang\\s+of|herd\\s+of|lot\\s+of|what\\s+an?|such\\s+an?";
const MILD_ADJ = "little|old|stupid|useless|pathetic|fat|ugly|lazy|thick|dirty|filthy|disgusting|ignorant|selfish|silly";

interface Rule {
  re: RegExp;
  rule: string;
  message: (shown: string) => string;
  /** extra check on the match (context); true keeps it */
  keep?: (text: string, m: RegExpExecArray) => boolean;
  /** where the finding starts, if not at the match ("they are useless" rather than "are useless") */
  startAt?: (text: string, m: RegExpExecArray) => number;
  /** the rule can only match if the lower-cased text contains one of these (a cheap filter run first) */
  hints?: readonly string[];
  /** a cheap test the text must pass before the rule runs (for rules whose own pattern is costly to scan) */
  pre?: RegExp;
}

/**
 * The literal stems of a word list, for the cheap filter: "idiots?(?!...)" -> "idiot",
 * "trann(?:y|ies)" -> "trann", "batty\\s+boys?" -> "batty".
 */
function stems(...lists: string[]): string[] {
  const out = new Set<string>();
  for (const fragment of lists.flatMap(topLevelAlternatives)) {
    const cut = fragment.search(/[?()[\]*+{\\]/);
    let stem = cut < 0 ? fragment : fragment.slice(0, cut);
    if (fragment.charAt(cut) === "?") stem = stem.slice(0, -1);
    stem = stem.replace(/[^\p{L}'’ -]/gu, "").toLowerCase();
    if (stem.length >= 2) out.add(stem);
    else return []; // a fragment with no usable stem: the rule cannot be filtered
  }
  return [...out];
}

const SLUR_MESSAGE = (s: string) =>
  `"${s}" is a slur: offensive and discriminatory. Official NHS accounts must never use it. Remove it.`;
const INSULT_MESSAGE = (s: string) =>
  `"${s}" insults or belittles people. Official NHS accounts must not post abusive or derogatory remarks about anyone: remove it, or make your point respectfully.`;
const DISCRIMINATION_MESSAGE = (s: string) =>
  `"${s}" is discriminatory: it demeans people for who they are. Official NHS accounts must not post it. Remove it.`;
const THREAT_MESSAGE = (s: string) =>
  `"${s}" reads as a threat or harassment. Remove it. If someone has threatened staff, report it through your incident process, not on social media.`;

const re = (source: string, flags = "giu") => new RegExp(source, flags);
const B = String.raw`(?<![\p{L}\p{N}_'’-])`; // start of a word
const E = String.raw`(?![\p{L}\p{N}_])`; // end of a word

/** Where the word right before `index` starts (or `index` if there is none). */
function previousWordStart(text: string, index: number): number {
  const from = Math.max(0, index - 30);
  const m = /([\p{L}'’-]+)\s*$/u.exec(text.slice(from, index));
  return m === null ? index : from + m.index;
}

/** The word right before `index` (lower case), or "". */
function previousWord(text: string, index: number): string {
  const m = /([\p{L}'’-]+)\s*$/u.exec(text.slice(Math.max(0, index - 30), index));
  return m?.[1]?.toLowerCase().replace(/['’]$/, "") ?? "";
}

const PERSON_WORD = re(`^(?:[\\p{L}]+-)?(?:${PERSON}|${PRONOUN_SUBJECT})$`, "iu");
/** A sentence whose subject is people: "drivers who park here", "whoever keeps doing this", "the drunks in A&E". */
const RELATIVE_SUBJECT = re(
  `^[\\s,]*(?:honestly|frankly|seriously|sadly|and|but|so)?[\\s,]*(?:(?:the|all|those|these|any|some|most|our|your|many)\\s+(?:of\\s+(?:the|our|your|these|those)\\s+)?)?(?:[\\p{L}-]+\\s+)?(?:(?:${PERSON}|those|anyone|anybody)\\s+(?:who|that|in|at|on|from|with|round|around|near|\\p{L}+ing)\\b|whoever\\b)`,
  "iu",
);

/**
 * A sentence whose subject is a named person: "Nurse Linda Jobson on Ward 3 is ...", "Gary
 * Moss is ..." (a title or role, or two capitalised words that are not a place or service).
 */
const NAMED_SUBJECT = new RegExp(
  `^[\\s,]*(?:(?:${PERSON_TITLES})\\.?\\s+)?\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+){0,2}(?:\\s+(?:on|in|at|from)\\s+(?:[\\p{L}\\p{N}&-]+\\s*){1,3})?\\s*$`,
  "u",
);
const NOT_A_PERSON = /\b(?:ward|hospital|trust|nhs|unit|centre|center|clinic|surgery|practice|council|service|services|department|team|ltd|icb|ccg|road|street|a&e|the|our|this|that|it|today|tonight|yesterday)\b/i;

const TITLED = new RegExp(`^[\\s,]*(?:${PERSON_TITLES})\\b`, "u");

function titledSubject(before: string): boolean {
  return NAMED_SUBJECT.test(before) && TITLED.test(before);
}

function namedSubject(before: string): boolean {
  if (!NAMED_SUBJECT.test(before)) return false;
  const head = before.replace(/\s+(?:on|in|at|from)\s+.*$/su, "");
  return TITLED.test(before) || (/\p{Lu}[\p{L}'’-]+\s+\p{Lu}/u.test(head) && !NOT_A_PERSON.test(head));
}

/** Is the copula at `index` about a person ("people are", "they were", "drivers who park here are")? */
function personSubject(text: string, index: number): boolean {
  if (PERSON_WORD.test(previousWord(text, index))) return true;
  const before = sentenceBefore(text, index, 200);
  if (namedSubject(before)) return true;
  const subject = RELATIVE_SUBJECT.exec(before);
  // Only the main verb of "people who ... are": not a later clause ("parents who are worried their child is ...").
  return subject !== null && !/\b(?:is|are|was|were|am|be|been)\b|['’](?:re|s)\b/iu.test(before.slice(subject[0].length));
}

/** Words that are innocent after these ("adrenaline junkie", "soap scum"). */
const INNOCENT_BEFORE: Record<string, ReadonlySet<string>> = {
  junkie: new Set(["adrenaline", "fitness", "gym", "sugar", "caffeine", "coffee", "news", "data", "tech", "music", "film", "book", "travel", "health", "exercise", "running", "speed", "thrill", "culture", "parkrun"]),
  scum: new Set(["soap", "pond", "limescale"]),
};

function innocentCompound(text: string, m: RegExpExecArray): boolean {
  const word = m[0].toLowerCase().replace(/s$/, "").replace(/ies$/, "ie");
  const before = INNOCENT_BEFORE[word.startsWith("junk") ? "junkie" : word];
  return before !== undefined && before.has(previousWord(text, m.index));
}

/** "retard" is an insult as a noun ("you retard", "a retard") and clinical as a verb ("may retard growth"). */
const NOUN_DETERMINERS = new Set(["a", "an", "you", "the", "total", "absolute", "complete", "utter", "bloody", "fucking", "such", "like", "little", "stupid", "those", "these", "of", "them", "bunch", "proper", "right"]);

/** Negative self-talk described in mental-health and anti-bullying posts: "depression tells you you're worthless". */
const REPORTED_THOUGHT = /\b(?:feel|feels|feeling|felt|think|thinks|thinking|thought|thoughts|believe|believing|tell|tells|telling|told|say|says|saying|said|voice|voices|convinced|called)\b/iu;

function notReportedThought(text: string, index: number): boolean {
  return !REPORTED_THOUGHT.test(sentenceBefore(text, index, 80));
}

const YOU = `(?:you|ya|u|yer|youse|you\\s+are|you['’]re|youre|ur)`;
const QUALIFIERS = `(?:so|just|all|really|absolutely|completely|totally|utterly|truly|simply|clearly|obviously|basically|nothing\\s+but|nothing\\s+more\\s+than|little\\s+more\\s+than|only|such|an?|${INTENSIFIER}|${QUANTIFIER}|${MILD_ADJ}|${AIMED_ADJ})`;
/** "just glorified PE teachers", "jumped-up clerks": a role belittled. */
const BELITTLED = `(?:glorified|jumped-up|wannabe|overpaid|self-important)\\s+[\\p{L}-]+`;
const PREDICATES = `(?:${AIMED_ADJ}|${AIMED_NOUNS}|${PREDICATE_NOUNS}|${BELITTLED})(?![-'’])`;
const ADJ_ONLY = re(`(?:${AIMED_ADJ})$`, "iu");

/** Swear words that insult a person, written masked ("pr*cks", "tw@ts"): the profanity detector decodes them. */
const MASKED_INSULTS = new Set([
  "prick", "pricks", "twat", "twats", "cunt", "cunts", "dickhead", "dickheads", "wanker", "wankers", "tosser", "tossers",
  "bellend", "arsehole", "arseholes", "asshole", "assholes", "bastard", "bastards", "bitch", "bitches", "knobhead",
  "fuckwit", "slut", "whore", "fucker", "fuckers", "motherfucker",
]);

const MASK_RUN = /[*#%]+/gu;
const MASKED_TOKEN_CHAR = /[\p{L}\p{N}*#%@$!]/u;

/** A word for people somewhere before a one-word verdict. */
const PERSON_ANYWHERE = re(`${B}(?:${PERSON}|they|them|he|she|who)${E}`, "iu");

/** Groups picked out by sex, age or origin. */
const DEMOGRAPHIC_MODIFIER = w(`
  female male women older old younger young foreign overseas international immigrant migrant millennial gen\\s*z
  boomer black asian white polish indian filipino nigerian african chinese muslim jewish gay trans disabled
  eastern\\s+european romanian pakistani bangladeshi
`);
const DEMOGRAPHIC_GROUP = `${w(`
  women girls females ladies men males blokes foreigners immigrants migrants millennials boomers baby\\s+boomers
  gen\\s*z zoomers youngsters young\\s+people older\\s+people old\\s+people the\\s+young the\\s+old pensioners
  over-?\\d0s under-?\\d0s mums mothers working\\s+mums part-?timers
`)}|${ETHNIC}|(?:${DEMOGRAPHIC_MODIFIER})[\\s-]+(?:${PERSON})`;
/** Words before a group that make a statement about some of them, or a condition, not a stereotype. */
const SOME_OF = new Set(["many", "some", "lots", "several", "few", "if", "when", "whether", "because", "help", "helping", "support", "supporting", "for", "who", "that", "while", "although", "where", "as", "unless"]);
/** What capability stereotypes say a group cannot do or is. */
const CAPABILITY_SLUR = [
  `(?:don['’]?t|do\\s+not|can['’]?t|cannot|aren['’]?t|are\\s+not|shouldn['’]?t|should\\s+not|never)\\s+(?:have\\s+the\\s+(?:stamina|strength|brains|temperament|intelligence|head|nerve|backbone|work\\s+ethic)|be\\s+(?:surgeons|doctors|consultants|leaders|managers|paramedics|trusted)|be\\s+in\\s+charge|cope\\s+with|cope(?=\\s*[.!,;]|\\s*$)|hack\\s+it|handle\\s+(?:the|a|pressure|stress|it)|think\\s+logically|know\\s+(?:what\\s+hard\\s+work\\s+(?:is|means)|the\\s+meaning\\s+of\\s+(?:hard\\s+)?work|how\\s+to\\s+work)|want\\s+to\\s+work|work\\s+hard|be\\s+bothered|lift\\s+a\\s+finger)`,
  `(?:aren['’]?t|are\\s+not|isn['’]?t|is\\s+not|were\\s+never|are\\s+never)\\s+(?:cut\\s+out|built|made|suited)\\s+for`,
  `(?:are|is)\\s+(?:all\\s+)?(?:too\\s+(?:old|slow|emotional|weak|soft|hormonal|fragile|sensitive|lazy|thick)|lazy|useless|workshy|snowflakes|a\\s+liability|unreliable|always\\s+off\\s+sick|hopeless)`,
  `(?:can|could)\\s*(?:barely|hardly|scarcely|n['’]?t\\s+even|not\\s+even)\\s+(?:speak|understand|write|read)\\s+(?:a\\s+word\\s+of\\s+)?(?:proper\\s+|basic\\s+|decent\\s+)?english`,
  `(?:have|has)\\s+no\\s+(?:work\\s+ethic|common\\s+sense|backbone|idea\\s+what\\s+hard\\s+work\\s+is)`,
].join("|");

/** "'s" and "'re" make a copula after these only ("he's a disgrace"), not after a possessive ("the patient's dirty clothes"). */
const CONTRACTED_SUBJECT = new Set(["he", "she", "they", "you", "who"]);

const RULES: Rule[] = [
  { re: re(`${B}(?:${SLURS})${E}`), rule: "conduct.abusive.slur", message: SLUR_MESSAGE, hints: stems(SLURS) },
  { re: re(`${B}(?:${SLURS_LOWER})${E}`, "gu"), rule: "conduct.abusive.slur", message: SLUR_MESSAGE },
  {
    re: re(`${B}retards?${E}`),
    rule: "conduct.abusive.slur",
    message: SLUR_MESSAGE,
    keep: (text, m) => NOUN_DETERMINERS.has(previousWord(text, m.index)),
  },
  {
    re: re(`${B}(?:${INSULTS})${E}`),
    rule: "conduct.abusive.insult",
    message: INSULT_MESSAGE,
    hints: stems(INSULTS),
    keep: (text, m) => !innocentCompound(text, m),
  },
  // "time-wasters", "spoilt brats", "jobsworths" (not "you're never a time-waster")
  {
    re: re(`${B}(?:${DISMISSIVE})${E}`),
    rule: "conduct.abusive.insult",
    message: INSULT_MESSAGE,
    hints: ["waster", "brat", "jobsworth", "skiver", "shirker", "slacker", "layabout", "freeloader", "dosser", "minnies", "whinger", "whiner", "chancer", "gooder"],
    keep: (text, m) =>
      !REASSURED.test(sentenceBefore(text, m.index, 80)) && !DISMISSIVE_INNOCENT_BEFORE.has(previousWord(text, m.index)),
  },
  // aimed at the reader: "you clowns", "you're a disgrace", "you stupid pigs"
  {
    re: re(`${B}${YOU}\\s+(?:(?:${INTENSIFIER}|${MILD_ADJ}|such|an?|just|all|nothing\\s+but|${QUANTIFIER})\\s+){0,3}(?:${AIMED_NOUNS}|${PREDICATE_NOUNS})${E}`),
    rule: "conduct.abusive.insult",
    message: INSULT_MESSAGE,
    hints: stems(AIMED_NOUNS, PREDICATE_NOUNS),
    keep: (text, m) => notReportedThought(text, m.index),
  },
  // "absolute clowns", "total pigs"
  {
    re: re(`${B}(?:${INTENSIFIER})\\s+(?:(?:${MILD_ADJ})\\s+)?(?:${AIMED_NOUNS})${E}`),
    rule: "conduct.abusive.insult",
    message: INSULT_MESSAGE,
    hints: stems(AIMED_NOUNS),
  },
  // "stupid people", "useless bunch of", "lazy drivers", "greedy, spoilt kids", "whinging patients" (not "a fat lot of good")
  {
    re: re(`${B}(?:${AIMED_ADJ}|${ATTRIB})(?:\\s*,\\s*(?:${AIMED_ADJ}|${ATTRIB}))*\\s+(?:(?:${INTENSIFIER}|${MILD_ADJ}|young)\\s+)?(?:${PERSON})${E}`),
    rule: "conduct.abusive.insult",
    message: INSULT_MESSAGE,
    hints: [...stems(AIMED_ADJ, ATTRIB_ADJ), "*", "#", "%"],
    keep: (_text, m) => !/^fat\s+lot$/iu.test(m[0]),
  },
  // "useless agency staff", "lazy night porters", "sh*t agency nurses": a word or two saying which staff
  {
    re: re(`${B}(?:${STRONG_ADJ}|${ATTRIB})\\s+(?:(?:${INTENSIFIER})\\s+)?(?:(?:${STAFF_MODIFIER})\\s+){1,2}(?:${PERSON})${E}`),
    rule: "conduct.abusive.insult",
    message: INSULT_MESSAGE,
    hints: [...stems(STRONG_ADJ, ATTRIB_ADJ), "*", "#", "%"],
  },
  // "whinging Glaswegians", "lazy Scousers": a group named by a proper noun the dictionary does not know
  {
    re: re(`${B}(?:${AIMED_ADJ}|${ATTRIB})\\s+(\\p{L}+s)${E}`),
    rule: "conduct.abusive.insult",
    message: INSULT_MESSAGE,
    hints: [...stems(AIMED_ADJ, ATTRIB_ADJ), "*", "#", "%"],
    keep: (_text, m) => /^\p{Lu}\p{Ll}+s$/u.test(m[1]!) && !isWord(m[1]!) && !isWord(m[1]!.slice(0, -1)),
  },
  // "they are useless", "people who park here are pigs", "he's a disgrace"
  {
    re: re(`(?:${B}(?:are|is|were|was|r|being|seem|seems|look|looks)|['’](?:re|s))\\s+(?:${QUALIFIERS}\\s+){0,3}${PREDICATES}${E}`),
    rule: "conduct.abusive.insult",
    message: INSULT_MESSAGE,
    hints: [...stems(AIMED_ADJ, AIMED_NOUNS, PREDICATE_NOUNS), "glorified", "jumped-up", "wannabe", "overpaid", "self-important"],
    keep: (text, m) => {
      const subject = previousWord(text, m.index);
      if (/^['’]/.test(m[0]) && !CONTRACTED_SUBJECT.has(subject)) return false;
      // "they are useless against viruses": "they" may be things, so only nouns insult after it
      if (/^(?:they|them)$/.test(subject) && ADJ_ONLY.test(m[0])) return false;
      // a name without a title may be a place or a service ("Sunderland Royal is useless"): only nouns for people insult it
      if (!PERSON_WORD.test(subject) && ADJ_ONLY.test(m[0]) && namedSubject(sentenceBefore(text, m.index, 200)) && !titledSubject(sentenceBefore(text, m.index, 200))) return false;
      return personSubject(text, m.index) && notReportedThought(text, m.index);
    },
    startAt: (text, m) => (PERSON_WORD.test(previousWord(text, m.index)) ? previousWordStart(text, m.index) : m.index),
  },
  // discriminatory statements
  {
    re: re(`${B}go\\s+back\\s+(?:to\\s+)?(?:your|their|his|her|ur)\\s+(?:own\\s+)?(?:country|countries|homeland|land)${E}`),
    rule: "conduct.abusive.discriminatory",
    message: DISCRIMINATION_MESSAGE,
  },
  {
    re: re(`${B}(?:go|send\\s+(?:them|em|'em|you|him|her))\\s+back\\s+(?:to\\s+)?where\\s+(?:you|they|he|she|u)\\s+(?:came|come)\\s+from${E}`),
    rule: "conduct.abusive.discriminatory",
    message: DISCRIMINATION_MESSAGE,
  },
  {
    re: re(
      `${B}(?:${GROUP})\\s+(?:are|should|must|need\\s+to|ought\\s+to|deserve\\s+to)\\s+(?:(?:all|just|be|get|only|nothing\\s+but)\\s+){0,3}(?:scum|vermin|animals|parasites|subhuman|sub-human|inferior|not\\s+human|a\\s+plague|a\\s+disease|shot|gassed|exterminated|wiped\\s+out)${E}`,
    ),
    rule: "conduct.abusive.discriminatory",
    message: DISCRIMINATION_MESSAGE,
    hints: ["scum", "vermin", "animal", "parasit", "human", "inferior", "plague", "disease", "shot", "gassed", "extermin", "wiped"],
  },
  {
    re: re(
      `${B}(?:${ETHNIC})\\s+(?:are|should|must|need\\s+to|ought\\s+to)\\s+(?:(?:all|just|be|get|only|nothing\\s+but)\\s+){0,3}(?:criminals|rapists|terrorists|scroungers|disgusting|filthy|dirty|a\\s+drain|deported|sent\\s+back|sent\\s+home|kicked\\s+out|thrown\\s+out|banned|locked\\s+up|taking\\s+over|invading|flooding|swarming|ruining|destroying|not\\s+welcome|unwelcome)${E}`,
    ),
    rule: "conduct.abusive.discriminatory",
    message: DISCRIMINATION_MESSAGE,
    hints: stems(ETHNIC),
  },
  {
    re: re(`${B}(?:bloody|dirty|filthy|stinking|too\\s+many|swarms?\\s+of|hordes?\\s+of|floods?\\s+of)\\s+(?:${ETHNIC})${E}`),
    rule: "conduct.abusive.discriminatory",
    message: DISCRIMINATION_MESSAGE,
    hints: stems(ETHNIC),
  },
  {
    re: re(`${B}(?:i|we)\\s+(?:hate|despise|detest|can['’]?t\\s+stand|cannot\\s+stand)\\s+(?:all\\s+|these\\s+|those\\s+|the\\s+)?(?:${GROUP})${E}`),
    rule: "conduct.abusive.discriminatory",
    message: DISCRIMINATION_MESSAGE,
  },
  {
    re: re(`${B}(?:taking|stealing|nicking)\\s+(?:our|all\\s+our|british)\\s+(?:jobs|houses|homes|benefits)${E}`),
    rule: "conduct.abusive.discriminatory",
    message: DISCRIMINATION_MESSAGE,
  },
  {
    re: re(`${B}(?:can['’]?t|cannot|can\\s+not|couldn['’]?t)\\s+(?:even\\s+speak|speak\\s+(?:proper|decent|bloody|a\\s+word\\s+of))\\s+english${E}`),
    rule: "conduct.abusive.discriminatory",
    message: DISCRIMINATION_MESSAGE,
  },
  {
    re: re(`${B}(?:learn|speak)\\s+(?:to\\s+speak\\s+)?(?:proper\\s+)?english\\s+or\\s+(?:go|get|leave|piss|f\\S*)${E}`),
    rule: "conduct.abusive.discriminatory",
    message: DISCRIMINATION_MESSAGE,
  },
  {
    re: re(`${B}no\\s+(?:blacks|irish|gays|foreigners|immigrants|gypsies)(?=\\s*(?:,|and|or|\\.|!|$))`),
    rule: "conduct.abusive.discriminatory",
    message: DISCRIMINATION_MESSAGE,
  },
  {
    re: re(`${B}(?:women|girls)\\s+(?:belong|should\\s+stay|should\\s+be)\\s+in\\s+the\\s+kitchen${E}`),
    rule: "conduct.abusive.discriminatory",
    message: DISCRIMINATION_MESSAGE,
  },
  // stereotypes: "mentally ill people are dangerous", "disabled people are a burden" (not when busting the myth)
  {
    re: re(
      `${B}(?:${HEALTH_GROUP}|${GROUP})\\s+(?:are|is)\\s+(?:(?:all|just|so|always|basically|nothing\\s+but|a|an)\\s+){0,3}(?:dangerous|violent|a\\s+danger|a\\s+menace|menaces|a\\s+burden|burdens|a\\s+drain|useless|lazy|stupid|thick|dirty|filthy|disgusting|criminals|scroungers|parasites|freaks|weirdos|nutters|psychos|animals|vermin|scum|worthless|inferior|to\\s+blame|the\\s+problem|a\\s+problem|the\\s+cause)${E}`,
    ),
    rule: "conduct.abusive.discriminatory",
    message: DISCRIMINATION_MESSAGE,
    keep: (text, m) => !MYTH.test(text.slice(Math.max(0, m.index - 100), m.index + m[0].length + 100)),
    hints: ["danger", "violent", "menace", "burden", "drain", "useless", "lazy", "stupid", "thick", "dirty", "filthy", "disgusting", "criminal", "scrounger", "parasite", "freak", "weirdo", "nutter", "psycho", "animal", "vermin", "scum", "worthless", "inferior", "blame", "problem", "cause"],
  },
  // blaming a group for the pressure on services: "old people clogging up the beds", "immigrants are the reason the waits are so long"
  {
    re: re(
      `${B}(?:${HEALTH_GROUP}|${ETHNIC}|frequent\\s+flyers|bed\\s+blockers|drunks|smokers)\\s+(?:are\\s+|keep\\s+|always\\s+|just\\s+)*(?:clogging(?:\\s+up)?|bed[-\\s]?blocking|blocking\\s+(?:the\\s+)?beds|draining|bleeding\\s+(?:us|the\\s+nhs)\\s+dry|sponging|scrounging|leeching|swamping|overrunning|wasting\\s+(?:our|nhs|everyone['’]s|the\\s+nhs['’]s?)\\s+(?:time|money|resources))${E}` +
        `|${B}(?:${ETHNIC})\\s+(?:are|is)\\s+(?:the\\s+(?:only\\s+)?reason|why)\\s+(?:why\\s+)?[^.!?\\n]{0,50}?(?:long|wait|waits|waiting|queues?|crisis|full|broke|struggl|shortages?|overwhelmed|pressure|can['’]?t\\s+get)\\p{L}*` +
        `|${B}bed[-\\s]?blockers${E}`,
    ),
    rule: "conduct.abusive.discriminatory",
    message: DISCRIMINATION_MESSAGE,
    hints: ["clogg", "blocking", "drain", "bleeding", "spong", "scroung", "leech", "swamp", "overrun", "wasting", "reason", "why", "blocker"],
  },
  // capability stereotypes about a group picked out by sex, age or origin: "women in surgery just don't have
  // the stamina", "older staff can't cope", "millennial nurses don't know what hard work is", "overseas
  // doctors can barely speak English"
  {
    re: re(
      `${B}(?:${DEMOGRAPHIC_GROUP})${E}(?:[\\s,]+(?!(?:who|that|which|whose|if|when|where|with)${E})[\\p{L}\\p{N}&'’-]+){0,4}?\\s+(?:just\\s+|simply\\s+|really\\s+|all\\s+|still\\s+)?(?:${CAPABILITY_SLUR})${E}`,
    ),
    rule: "conduct.abusive.discriminatory",
    message: DISCRIMINATION_MESSAGE,
    pre: re(`(?:${CAPABILITY_SLUR})${E}`, "iu"),
    // "many older people can't cope with the cold", "if women can't cope": a fact about some, not all
    keep: (text, m) => !SOME_OF.has(previousWord(text, m.index)) && !MYTH.test(text.slice(Math.max(0, m.index - 100), m.index + m[0].length + 100)),
  },
  // denying a group care: "fat people should pay for their own treatment", "smokers shouldn't get surgery"
  {
    re: re(
      `${B}(?:${HEALTH_GROUP}|${GROUP}|smokers|drinkers|drunks|addicts|health\\s+tourists|the\\s+obese|obese\\s+people|fat\\s+people)\\s+(?:should|must|ought\\s+to|need\\s+to|deserve\\s+to|shouldn['’]?t|should\\s+not|don['’]?t\\s+deserve\\s+to)\\s+(?:(?:just|all|simply|be\\s+made\\s+to)\\s+)?(?:pay\\s+for\\s+(?:their\\s+own|it\\s+themselves)|be\\s+(?:refused|denied|turned\\s+away|left\\s+to\\s+(?:die|rot|suffer))|get\\s+(?:nothing|no\\s+(?:treatment|help|care))|go\\s+to\\s+the\\s+back\\s+of\\s+the\\s+queue|get\\s+(?:treatment|surgery|operations|care|help|nhs\\s+care)|be\\s+(?:treated|helped|saved|resuscitated)|have\\s+(?:treatment|surgery|operations|transplants))${E}`,
    ),
    rule: "conduct.abusive.discriminatory",
    message: DISCRIMINATION_MESSAGE,
    pre: /\b(?:pay\s+for|refused|denied|turned\s+away|left\s+to|get\s+(?:nothing|no|treatment|surgery|operations|care|help|nhs)|back\s+of\s+the\s+queue|be\s+(?:treated|helped|saved|resuscitated)|have\s+(?:treatment|surgery|operations|transplants))\b/iu,
    keep: (text, m) => {
      // "shouldn't get surgery" and "should pay for their own" deny care; "should get care" and "shouldn't be refused" do not
      const grants = /(?:get\s+(?:treatment|surgery|operations|care|help|nhs)|be\s+(?:treated|helped|saved|resuscitated)|have\s+(?:treatment|surgery|operations|transplants))/iu.test(m[0]);
      const negated = /n['’]?t\b|\bnot\b/iu.test(m[0]);
      return grants === negated && !MYTH.test(text.slice(Math.max(0, m.index - 100), m.index + m[0].length + 100));
    },
  },
  // insinuating a group are criminals: "Travellers camped by the hospital again. Lock up your cars."
  {
    re: re(
      `${B}(?:${ETHNIC}|travellers|gypsies|gipsies|roma|romanians|albanians|irish\\s+travellers|pikeys|refugees)${E}[^.!?\\n]{0,80}?(?:[.!?]+\\s+[^.!?\\n]{0,40}?)?${B}(?:lock|hide|watch|guard|hold\\s+on\\s+to|keep\\s+an\\s+eye\\s+on|count)\\s+(?:up\\s+)?(?:your|the)\\s+(?:cars?|vans?|bikes?|valuables|bags?|handbags?|purses?|wallets?|phones?|belongings|stuff|kids|children|daughters|tools|houses?|homes?|doors|spoons|silver)${E}`,
    ),
    rule: "conduct.abusive.discriminatory",
    message: DISCRIMINATION_MESSAGE,
    pre: /\b(?:lock|hide|watch|guard|hold\s+on\s+to|keep\s+an\s+eye\s+on|count)\s+(?:up\s+)?(?:your|the)\s/iu,
  },
  // dismissing people who do not speak English
  {
    re: re(`${B}(?:if\\s+you\\s+)?can['’]?t\\s+speak\\s+(?:the\\s+)?english[,\\s]+(?:then\\s+)?(?:don['’]?t\\s+expect|go\\s+(?:home|back)|tough|that['’]?s\\s+your\\s+problem|learn\\s+it|get\\s+out|you\\s+shouldn['’]?t)`),
    rule: "conduct.abusive.discriminatory",
    message: DISCRIMINATION_MESSAGE,
  },
  // a one-word verdict on people just described: "Patients who call 999 for a cold. Stupid."
  {
    re: re(`(?:^|(?<=[.!?…:]\\s{0,3}))(?:so\\s+|just\\s+|absolutely\\s+|utterly\\s+|how\\s+)?(?:stupid|idiotic|moronic|brainless|selfish|clueless|spineless|gutless|thick|dim)(?:\\s+(?:people|lot))?(?=\\s*[.!…]|\\s*$)`),
    rule: "conduct.abusive.insult",
    message: INSULT_MESSAGE,
    hints: ["stupid", "idiotic", "moronic", "brainless", "selfish", "clueless", "spineless", "gutless", "thick", "dim"],
    keep: (text, m) => PERSON_ANYWHERE.test(text.slice(Math.max(0, m.index - 200), m.index)),
  },
  // "imagine being so dim"
  {
    re: re(`${B}(?:imagine|picture)\\s+being\\s+(?:so|that|this)\\s+(?:${AIMED_ADJ})${E}`),
    rule: "conduct.abusive.insult",
    message: INSULT_MESSAGE,
  },
  // said to someone: "get a life, loser." "Clowns."
  {
    re: re(`(?:^|(?<=[,.!?:;—–-]\\s{0,3}))(?:you\\s+)?(?:${VOCATIVE})(?=\\s*[.!?…]|\\s*$)`),
    rule: "conduct.abusive.insult",
    message: INSULT_MESSAGE,
  },
  // threats and harassment
  {
    re: re(
      `${B}(?:i['’]?ll|i\\s+will|i['’]m\\s+(?:going\\s+to|gonna)|we['’]ll|we\\s+will|we['’]re\\s+(?:going\\s+to|gonna))\\s+(?:kill|hurt|batter|smash|stab|punch|deck|slap|shoot|strangle|murder|knife|glass|bottle|burn|beat\\s+up|beat|get)\\s+(?:you|u|ya|him|her|them|anyone|anybody|whoever|the\\s+next\\s+(?:person|one|idiot|driver|visitor|patient))(?!\\s+(?:a|an|some|the|to|into|in|on|through|seen|sorted|home|back|started|ready|involved|up\\s+to))${E}`,
    ),
    rule: "conduct.abusive.threat",
    message: THREAT_MESSAGE,
    keep: (text, m) => !/\bget\b/i.test(m[0]),
  },
  {
    re: re(
      `${B}(?:you|they|he|she|u|them|people\\s+like\\s+(?:you|that|them))\\s+(?:all\\s+)?(?:deserves?|ought)\\s+to\\s+(?:die|suffer|rot|burn|be\\s+shot|be\\s+hanged|be\\s+hung|be\\s+beaten|get\\s+cancer)${E}`,
    ),
    rule: "conduct.abusive.threat",
    message: THREAT_MESSAGE,
  },
  {
    re: re(`${B}(?:should|ought\\s+to|needs?\\s+to|deserves?\\s+to)\\s+be\\s+(?:shot|hanged|hung|strung\\s+up|lynched|gassed|exterminated|culled|wiped\\s+out|beaten\\s+up|put\\s+down)${E}`),
    rule: "conduct.abusive.threat",
    message: THREAT_MESSAGE,
    keep: (text, m) => personSubject(text, m.index),
  },
  {
    re: re(`${B}(?:i\\s+)?hope\\s+(?:you|they|he|she|u)\\s+(?:all\\s+)?(?:die|dies|rot|rots|suffer|suffers|burn|burns|choke|chokes|get\\s+cancer|gets\\s+cancer|drop\\s+dead|drops\\s+dead)${E}`),
    rule: "conduct.abusive.threat",
    message: THREAT_MESSAGE,
  },
  {
    re: re(
      `${B}(?:(?:we|i)\\s+know\\s+where\\s+you\\s+live|(?:go\\s+(?:and\\s+)?)?kill\\s+(?:yourself|yourselves|urself)|kys|die\\s+in\\s+a\\s+(?:fire|ditch)|(?:you['’]ll|you\\s+will|you['’]re\\s+gonna)\\s+pay\\s+for\\s+this|(?:kick|smash|punch|knock)\\s+(?:your|his|her|their)\\s+(?:head|face|teeth)\\s+in)${E}`,
    ),
    rule: "conduct.abusive.threat",
    message: THREAT_MESSAGE,
    // suicide-prevention posts talk about wanting to kill yourself: that is support, not harassment
    keep: (text, m) => !SUICIDE_SUPPORT.test(text.slice(Math.max(0, m.index - 120), m.index + m[0].length + 200)),
  },
  {
    re: re(`${B}(?:you|they|people\\s+like\\s+(?:you|that|them)|these\\s+people|those\\s+people)\\s+make\\s+me\\s+(?:sick|puke|vomit)${E}`),
    rule: "conduct.abusive.insult",
    message: INSULT_MESSAGE,
  },
];

/** The rules as scanned: without the word-start look-behind where that is all a pattern opens with. */
const SCANNED = RULES.map((r) => ({ ...r, ...scanFromWordStart(r.re, B) }));

export const abusive: Detector = ({ text }) => {
  if (text.length === 0) return [];
  const hits: Array<{ start: number; end: number; rule: string; message: (s: string) => string }> = [];
  const lower = text.toLowerCase();
  for (const r of SCANNED) {
    if (r.hints !== undefined && r.hints.length > 0 && !r.hints.some((h) => lower.includes(h))) continue;
    if (r.pre !== undefined && !r.pre.test(text)) continue;
    r.re.lastIndex = 0;
    for (let m = r.re.exec(text); m !== null; m = r.re.exec(text)) {
      const start = m.index;
      const end = start + m[0].length;
      if (m[0].length === 0) {
        r.re.lastIndex++;
        continue;
      }
      if (continuesWord(text, start, r.inside)) {
        r.re.lastIndex = start + 1; // a match may still start later inside this one
        continue;
      }
      if (isQuoted(text, start, end)) continue;
      if (r.keep !== undefined && !r.keep(text, m)) continue;
      hits.push({ start: r.startAt?.(text, m) ?? start, end, rule: r.rule, message: r.message });
    }
  }
  // masked insults: "the pr*cks who", "tw@ts": found from the mask characters, then read as a whole word
  let lastToken = -1;
  for (const m of text.matchAll(MASK_RUN)) {
    let start = m.index;
    while (start > 0 && MASKED_TOKEN_CHAR.test(text.charAt(start - 1)) && m.index - start < 20) start--;
    if (start <= lastToken) continue;
    let end = m.index + m[0].length;
    while (end < text.length && MASKED_TOKEN_CHAR.test(text.charAt(end)) && end - m.index < 20) end++;
    lastToken = end;
    while (end > m.index + m[0].length && text.charAt(end - 1) === "!") end--; // "tw*t!" is still tw*t
    const token = text.slice(start, end);
    if (!/^\p{L}/u.test(token) || !MASKED_INSULTS.has(maskedWord(token) ?? "")) continue;
    hits.push({ start, end, rule: "conduct.abusive.insult", message: INSULT_MESSAGE });
  }

  // One finding per stretch of text; the earlier rule (slur before insult before context) names it.
  hits.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Finding[] = [];
  let lastEnd = -1;
  for (const h of hits) {
    if (h.start < lastEnd) continue;
    lastEnd = h.end;
    out.push(finding("conduct.abusive", h.rule, "block", h.start, h.end, h.message(text.slice(h.start, h.end))));
  }
  return out;
};
