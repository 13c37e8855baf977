import { finding } from "../finding.ts";
import type { Detector, Finding } from "../types.ts";
import { isWord } from "../words.ts";
import { continuesWord, isQuoted, scanFromWordStart, sentenceAfter, sentenceBefore, withoutOverlaps } from "./conduct-text.ts";

/*
 * conduct.defamation_risk: an allegation of wrongdoing against a named person or
 * organisation.
 *
 * Both halves must be there: an allegation (is a crook, lied, stole, fiddled the books,
 * took bribes, covered up, fraud by ...) and a target it is made against: a named person
 * ("Councillor Smith", "John Smith"), a named organisation ("Smithfield Supplies Ltd"), a
 * role that identifies someone ("the chief executive", "our finance director") or he/she.
 *
 * Deliberately not flagged:
 * - fraud and scam awareness, where the wrongdoer is unnamed: "fraudsters are sending fake
 *   texts", "report NHS fraud to the NHS Counter Fraud Authority", "beware of scam calls
 *   claiming to be from your bank";
 * - victims: "Mrs Smith was conned by fraudsters", "her purse was stolen";
 * - denials: "our director has never lied", "is not a crook";
 * - the words as topics ("defamation", "bribery and corruption policy").
 */

const B = String.raw`(?<![\p{L}\p{N}_'’-])`;
const E = String.raw`(?![\p{L}\p{N}_])`;

/** "is a crook", "are liars", "has been fiddling", "'s bent" */
const COPULAR = new RegExp(
  `(?:${B}(?:is|are|was|were|being|has\\s+been|have\\s+been|had\\s+been)|['’]s)\\s+` +
    `(?:\\p{L}+ing\\s+(?:\\p{L}+\\s+){0,2}(?:and|,)\\s+)?` +
    `(?:(?:a|an|nothing\\s+but|just|such|also|bunch\\s+of|load\\s+of|pack\\s+of|set\\s+of|gang\\s+of|den\\s+of|clearly|obviously|basically|frankly|totally|completely|absolutely|utterly|` +
    `so|very|deeply|thoroughly|bloody|known|convicted|proven|absolute|total|complete|utter|lying|thieving|corrupt|bent|dodgy|right|proper)\\s+){0,3}` +
    `(?:crooks?|crooked|liars?|fraud|frauds|fraudsters?|fraudulent|cowboys?(?:\\s+(?:outfit|operation|firm|builders?|traders?))?|criminals?(?!\\s+(?:offence|record|damage|justice|investigation|proceedings|act|law|court|charges?|behaviour|activity|gangs?|networks?))|` +
    `thie(?:f|ves)|corrupt|bent(?!\\s+(?:over|double|down|on|back))|dodgy|con\\s*m[ae]n|con\\s+artists?|cheats?|cheating|swindlers?|embezzlers?|scammers?|a\\s+scam|stealing|thieving|fiddling|` +
    `scamming|conning|swindling|falsifying|fleecing|bribing|laundering\\s+(?:money|cash|funds)|pocketing|doctoring\\s+(?:the|their|his|her)|rigging\\s+(?:the|their)|misleading\\s+(?:patients|the\\s+public|people|everyone|staff|us)|` +
    `drunk\\s+(?:on\\s+(?:shift|duty)|at\\s+work)|` +
    `on\\s+the\\s+take|taking\\s+(?:bribes|backhanders|kickbacks)|embezzling|defrauding|ripping\\s+(?:us\\s+|people\\s+|patients\\s+|taxpayers\\s+)?off|` +
    `rip-?off\\s+merchants?|money\\s+launderers?|laundering\\s+money|covering\\s+(?:it\\s+|this\\s+|things\\s+)?up|guilty\\s+of\\s+(?:fraud|theft|corruption|bribery|embezzlement|lying|misconduct)|` +
    `overcharging|in\\s+the\\s+pocket\\s+of|paedophiles?|paedos?|perverts?|rapists?|murderers?|abusers?|bullies|a\\s+bully|racists?|sexists?|lying(?=\\s+(?:to|about|through)\\b|\\s*[.!?,;]|\\s*$))${E}`,
  "giu",
);

/** "lied", "stole", "fiddled the books", "took bribes", "covered it up" */
const VERBAL = new RegExp(
  `${B}(?:lied|lies\\s+(?:to|about)|lying\\s+(?:to|about)|told\\s+(?:lies|a\\s+lie|porkies)|(?:stole|steals)(?!\\s+(?:the\\s+|our\\s+|your\\s+|a\\s+)?(?:show|shows|hearts?|limelight|spotlight|headlines|glance|kiss|march|ball|home|base|bases|moment))|stolen|pocketed|embezzled|embezzles|` +
    `(?:fiddled|fiddles)(?!\\s+(?:with|about|around))|fiddling\\s+(?:the|their|his|her)|defrauded|defrauds|bribed|bribes|took\\s+(?:a\\s+)?(?:bribes?|backhanders?|kickbacks?)|takes\\s+(?:a\\s+)?(?:bribes?|backhanders?|kickbacks?)|scammed|` +
    `accepted\\s+(?:a\\s+)?(?:bribes?|backhanders)|paid\\s+(?:a\\s+)?bribes?|covered\\s+(?:it\\s+|this\\s+|that\\s+|everything\\s+|things\\s+)?up(?!\\s+(?:in|from|with|against|when|well|properly))|` +
    `covers\\s+(?:it\\s+)?up|cheated(?!\\s+death)|conned|swindled|falsified|falsifies|doctored\\s+(?:the|their|his|her)|cooked\\s+the\\s+books|laundered\\s+(?:money|cash|funds|the\\s+proceeds)|rigged\\s+(?:the|their|his|her|a)\\s+(?!(?:tent|marquee|stage|lights?|lighting|scaffold\\w*|sails?|boat|ship|gazebo|pa|sound)\\b)\\p{L}+|ripped\\s+(?:us|people|patients|taxpayers|the\\s+nhs|everyone)\\s+off|` +
    `fleeced|committed\\s+fraud|commits\\s+fraud|abused|assaulted|harassed|bullied|misled|lined\\s+(?:his|her|their)\\s+(?:own\\s+)?pockets|siphoned(?:\\s+off)?|overcharged|` +
    `(?:charged\\s+with|arrested\\s+for|accused\\s+of|convicted\\s+of|under\\s+investigation\\s+for|investigated\\s+for|sacked\\s+for|fired\\s+for|dismissed\\s+for|suspended\\s+for|disciplined\\s+for|struck\\s+off\\s+for|jailed\\s+for|guilty\\s+of)\\s+` +
    `(?:fraud|theft|stealing|corruption|bribery|embezzlement|misconduct|lying|abuse|abusing|assault|assaulting|harassment|harassing|bullying|money\\s+laundering|fiddling|falsifying|cheating|drinking\\s+on\\s+(?:shift|duty)|being\\s+drunk))${E}`,
  "giu",
);

/**
 * Wrongful acts, in every tense ("overbills", "overbilled", "has been overbilling"), each with
 * what makes it wrongful: money taken, records faked, work billed that was never done.
 */
const MONEY = String.raw`(?:[£$€]\s?\d[\d,.]*(?:k|m|bn)?|\d[\d,.]*\s*(?:pounds|quid|grand)|money|cash|funds|donations?|takings|tips|(?:the|our|their|his|her|its)\s+(?:money|cash|takings|funds|proceeds|float|donations?|raffle|collection|petty\s+cash|tips|budget)|from\s+(?:the\s+|our\s+|their\s+|his\s+|her\s+)?(?:till|tills|charity|raffle|petty\s+cash|patients?['’]?|residents?['’]?|clients?['’]?|the\s+nhs|lockers?|collection|tin|fund|donations|budget|accounts?|elderly|vulnerable))`;
const RECORDS = String.raw`(?:certificates?|records?|qualifications?|results|data|signatures?|timesheets?|time\s+sheets?|invoices?|notes|references?|documents?|paperwork|prescriptions?|figures|audits?|reports?|sick\s+notes?|checks|training|claims?|expenses|accounts|books|numbers|stats|statistics|waiting\s+lists?|minutes|logs?|mileage)`;
const ACT = [
  String.raw`(?:over|double[-\s]?)bill(?:s|ed|ing)?`,
  String.raw`overcharg(?:e|es|ed|ing)`,
  String.raw`(?:inflat|pad|padd)(?:e|es|ed|ing|s)?\s+(?:the\s+|their\s+|his\s+|her\s+|its\s+)?(?:invoices?|bills?|claims?|figures|expenses|hours|timesheets?|mileage)`,
  String.raw`(?:fak(?:e|es|ed|ing)|forg(?:e|es|ed|ing)|fabricat(?:e|es|ed|ing)|doctor(?:ed|ing)|backdat(?:e|es|ed|ing))\s+(?:(?:the|their|his|her|its|our|patients['’]?|nurses['’]?|staff|residents['’]?|\p{L}+['’]s?)\s+){0,2}(?:[\p{L}-]+\s+)?${RECORDS}`,
  String.raw`cook(?:s|ed|ing)?\s+the\s+(?:books|figures|numbers|accounts)`,
  String.raw`fiddl(?:e|es|ed|ing)\s+(?:the|their|his|her|its)\s+(?:[\p{L}-]+\s+)?${RECORDS}`,
  String.raw`(?:nick(?:s|ed|ing)|pinch(?:es|ed|ing)|swip(?:es|ed|ing)|pocket(?:s|ed|ing)|skim(?:s|med|ming)|siphon(?:s|ed|ing)|help(?:s|ed|ing)?\s+(?:him|her|them)sel(?:f|ves)\s+to)\s+(?:off\s+)?(?:about\s+|over\s+|nearly\s+|thousands\s+|hundreds\s+)?${MONEY}`,
  String.raw`(?:hand|hands|fingers)\s+in\s+the\s+till`,
  String.raw`caught\s+(?:red-?handed|in\s+the\s+act|stealing|lying|cheating|fiddling|taking\s+(?:bribes|backhanders|kickbacks|money|cash))`,
  String.raw`(?:bill|charg|claim|invoic)(?:e|es|ed|ing|s)?\s+(?:[\p{L}-]+\s+){0,2}?for\s+(?:[\p{L}\p{N}-]+\s+){0,3}?(?:that\s+|which\s+)?(?:nobody|no\s+one|(?:they|he|she|we)\s+never|never|not|wasn['’]t|weren['’]t|was\s+never|were\s+never|didn['’]t)\s+(?:[\p{L}-]+\s+)?(?:worked|done|delivered|provided|carried\s+out|performed|happened|supplied|took\s+place)`,
].join("|");
const WRONG_ACT = new RegExp(`${B}(?:${ACT})${E}`, "giu");

/** Wrongdoing named after "sacked for", "allegations of", "shut down for". */
const WRONGDOING = String.raw`(?:fraud|theft|stealing|corruption|bribery|embezzlement|misconduct|dishonesty|lying|abuse|abusing|assault|assaulting|harassment|harassing|bullying|money\s+laundering|laundering|fiddling|falsifying|faking|forging|forgery|cheating|defrauding|embezzling|scamming|conning|overcharging|overbilling|taking\s+bribes|drinking\s+on\s+(?:shift|duty)|being\s+drunk|racism|sexual\s+misconduct|${ACT})`;

/** "should be shut down for stealing", "are being sacked for billing us for shifts nobody worked" */
const SANCTIONED = new RegExp(
  String.raw`${B}(?:(?:should|must|ought\s+to|deserves?\s+to|needs?\s+to|will|would|could|is\s+going\s+to|are\s+going\s+to)\s+)?(?:(?:be|been|being|get|got|gets|getting)\s+)?` +
    String.raw`(?:sacked|fired|dismissed|suspended|struck\s+off|shut\s+down|closed\s+down|prosecuted|jailed|locked\s+up|banned|fined|investigated|arrested|charged|disciplined|reported|kicked\s+out|thrown\s+out|removed)\s+(?:for|over)\s+(?:[\p{L}'’-]+\s+){0,1}?${WRONGDOING}${E}`,
  "giu",
);

/** "suspended while we investigate allegations of fraud", "facing claims of bullying" */
const ALLEGED = new RegExp(
  String.raw`${B}(?:suspended|sacked|dismissed|arrested|investigated|struck\s+off|under\s+investigation|facing|faces|faced|accused|referred\s+to\s+(?:the\s+)?(?:police|gmc|nmc|hcpc|gdc|counter\s+fraud)|reported\s+to\s+(?:the\s+)?(?:police|gmc|nmc|hcpc))${E}[^.!?\n]{0,60}?${B}(?:allegations?|accusations?|claims|suspicion|charges|complaints)\s+(?:of|over|about|that|relating\s+to|involving)\s+(?:[\p{L}-]+\s+){0,2}?${WRONGDOING}${E}`,
  "giu",
);

/** Cheap tests a text must pass before the costlier patterns above are scanned. */
const PRE = new Map<RegExp, RegExp>([
  [WRONG_ACT, /bill|charg|inflat|pad|fak|forg|fabricat|doctor|backdat|cook|fiddl|nick|pinch|swip|pocket|skim|siphon|sel(?:f|ves)\s+to|till|claim|invoic|caught/iu],
  [SANCTIONED, /(?:sacked|fired|dismissed|suspended|struck\s+off|shut\s+down|closed\s+down|prosecuted|jailed|locked\s+up|banned|fined|investigated|arrested|charged|disciplined|reported|kicked\s+out|thrown\s+out|removed)\s+(?:for|over)\s/iu],
  [ALLEGED, /(?:allegations?|accusations?|claims|suspicion|charges|complaints)\s+(?:of|over|about|that|relating|involving)\s/iu],
]);

/** A question that makes the allegation: "Is Dr Shah on the take?", "Did Acme Ltd fiddle the figures?" */
const QUESTION_START = /(?:^|(?<=[.!?]\s{1,3})|(?<=\n))(?:(?:so|and|but|why|how\s+come|honestly)\s*,?\s+)?(?:is|are|was|were|has|have|had|did|does|do)\s+/giu;
const BARE_ALLEGATION = new RegExp(
  String.raw`^\s+(?:(?:really|still|actually|secretly|also|just|now|been|a\s+bunch\s+of|a\s+load\s+of|a\s+pack\s+of|a\s+gang\s+of|a|an)\s+){0,3}` +
    String.raw`(?:crooks?|crooked|liars?|frauds?|fraudsters?|thie(?:f|ves)|criminals?|cheats?|con\s*m[ae]n|swindlers?|embezzlers?|scammers?|corrupt|bent|dodgy|on\s+the\s+take|` +
    String.raw`lying(?!\s+(?:down|on|in|flat|still|back|low))|lie\s+(?:to|about)|lied(?!\s+(?:down|on|in|flat|still|back|low))|stealing|steal(?!\s+(?:the\s+|our\s+|your\s+|a\s+)?(?:show|shows|hearts?|limelight|spotlight|headlines|glance|kiss|march|ball|home|base|bases|moment))|stole(?!\s+(?:the\s+|our\s+|your\s+|a\s+)?(?:show|shows|hearts?|limelight|spotlight|headlines|glance|kiss|march|ball|home|base|bases|moment))|stolen|cheating|cheated(?!\s+death)|fiddled|cheat(?!\s+death)|fiddling|fiddle\s+the|scamming|conning|defrauding|defraud|embezzling|embezzle|falsifying|falsify|` +
    String.raw`(?:tak(?:e|ing)|took)\s+(?:bribes|backhanders|kickbacks)|cover(?:ing|ed)?\s+(?:it|this|that|things)\s+up|rip(?:ping)?\s+(?:us|people|patients|the\s+nhs|taxpayers)\s+off|${ACT})${E}`,
  "iu",
);

/** "fraud by ...", "corruption at ..." (the target follows) */
const ATTRIBUTED = new RegExp(
  `${B}(?:fraud|corruption|cover-?ups?|bribery|embezzlement|fiddling|racket|backhanders|kickbacks|wrongdoing|criminality|dishonesty|lies|theft|lying)\\s+(?:by|at|within|committed\\s+by|from)\\s+`,
  "giu",
);

/** "Shame on Tyne Valley Pharmacy for fiddling ...", "Avoid Harbour Lettings, they are scamming ..." (the target follows) */
const SHAME_ON = new RegExp(`${B}(?:shame\\s+on|boycott|don['’]?t\\s+trust|never\\s+trust|avoid)\\s+`, "giu");
const SHAME_FOR = new RegExp(
  `^\\s*(?:,\\s*)?(?:for|who\\s+(?:are|is|have\\s+been|has\\s+been|keep)|they['’]?re|they\\s+are)\\s+(?:(?:\\p{L}+)\\s+){0,2}?(?:fiddling|stealing|lying|cheating|scamming|conning|defrauding|falsifying|covering\\s+up|bribing|ripping\\s+(?:\\p{L}+\\s+)?off|overcharging|fleecing|swindling|embezzling|fraud|corruption)${E}`,
  "iu",
);

/** "corrupt councillor ...", "crooked Smithfield Supplies" (the target follows) */
const EPITHET = new RegExp(`${B}(?:corrupt|crooked|lying|thieving|dodgy|bent|fraudulent)\\s+`, "giu");

/** "Smith's lies", "the chief executive's cover-up" */
const POSSESSED = new RegExp(
  `['’]s?\\s+(?:fraud|frauds|lies|corruption|cover-?ups?|crimes|dishonesty|theft|embezzlement|bribery|backhanders|fiddling|scam|scams|racket|(?:dodgy|shady|crooked)\\s+(?:dealings|deals|practices)|dirty\\s+tricks)${E}(?!\\s+(?:team|awareness|prevention|investigations?|squad|department|specialists?|officers?|policy|policies|hotline|line|unit|lead|champion|service|training|guidance|procedures?|week|month))`,
  "giu",
);

/** Words between a target and its predicate that do not break the link. */
const FILLER = new Set([
  "has", "have", "had", "been", "is", "are", "was", "were", "also", "allegedly", "repeatedly", "openly", "knowingly",
  "clearly", "just", "always", "then", "deliberately", "actually", "secretly", "systematically", "routinely", "who",
  "which", "that", "apparently", "reportedly", "obviously", "now", "still", "once", "again", "basically", "literally",
  "totally", "completely", "blatantly", "shamelessly", "quietly", "simply", "regularly", "happily", "effectively",
  "probably", "definitely", "herself", "himself", "themselves", ",", "must", "might", "may", "could", "would",
  "will", "surely", "likely", "certainly", "even", "now", "recently", "previously", "already", "did",
]);
const NEGATION = new Set(["not", "never", "no", "didn't", "didn’t", "hasn't", "hasn’t", "haven't", "haven’t", "isn't", "isn’t", "wasn't", "wasn’t", "doesn't", "doesn’t", "nor", "n't", "cannot", "can't", "won't", "wouldn't"]);
const PASSIVE = new Set(["was", "were", "been", "being", "is", "are", "get", "got", "gets", "getting"]);
/** Verbs whose passive form makes the named person the victim ("was conned", "were lied to"). */
const VICTIM_VERB = /^(?:lied|stolen|abused|assaulted|harassed|bullied|misled|conned|cheated|defrauded|swindled|fleeced|bribed|ripped)/i;

/** A person identified by their role. */
const ROLES = new Set([
  "ceo", "chair", "chairman", "chairwoman", "chairperson", "director", "directors", "manager", "managers", "boss",
  "bosses", "board", "council", "government", "minister", "mp", "councillor", "consultant", "surgeon", "matron",
  "trust", "hospital", "company", "firm", "supplier", "contractor", "practice", "surgery", "pharmacy", "pharmacist",
  "executive", "executives", "exec", "execs", "secretary", "treasurer", "owner", "owners", "landlord", "mayor", "leader", "leadership",
  "head", "headteacher", "principal", "partner", "partners", "gp", "dentist", "agency", "charity", "ccg", "icb",
  "management", "mp", "lead",
]);
/** Roles that name a body even without "the": "Management covered it up", "Government lied". */
const COLLECTIVE_ROLES = new Set(["management", "government", "council", "board", "leadership"]);
const DETERMINERS = new Set(["the", "our", "my", "their", "his", "her", "your", "this", "that", "its"]);

/** Capitalised words that are not a named target. */
const GENERIC_CAPITALISED = new Set([
  "fraudsters", "fraudster", "scammers", "scammer", "criminals", "criminal", "thieves", "thief", "conmen", "someone",
  "somebody", "people", "they", "we", "i", "you", "it", "this", "that", "these", "those", "anyone", "anybody",
  "nobody", "everyone", "everybody", "callers", "texts", "emails", "covid", "covid-19", "cancer", "dementia", "scam",
  "scams", "fraud", "beware", "please", "remember", "if", "when", "never", "report", "our", "your", "the", "a", "an",
  "today", "yesterday", "recently", "last", "sadly", "unfortunately", "some", "many", "he", "she", "who", "what",
  "why", "how", "hackers", "burglars", "robbers", "rogue", "bogus", "fake", "staff", "patients", "and", "but", "so",
  "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "alzheimer's", "alzheimers",
  "alzheimer", "parkinson's", "parkinsons", "parkinson", "disease", "syndrome", "cancer", "virus", "flu", "sepsis",
  "stroke", "mnd", "ms", "hiv", "aids", "addiction", "depression", "loneliness", "grief",
]);
/** Organisations that fight fraud, named in awareness posts. */
const AWARENESS_ORG = /counter\s+fraud|action\s+fraud|nhscfa|crimestoppers|police|trading\s+standards|citizens\s+advice|fca\b|financial\s+conduct/i;

/** "Does anyone else think ...", "someone tell me why ...": a hedge before an allegation, not an unnamed wrongdoer. */
const HEDGE = /\b(?:any|some|every)(?:one|body)\s+(?:else\s+)?(?:think|thinks|reckon|reckons|notice[sd]?|know|knows|wonder|wondering|agree|agrees|tell\s+me|explain|care\s+to\s+explain|heard?|seen|suspect|suspects|believe|believes|knows)\b/giu;

/** Sentences that describe an unnamed wrongdoer: awareness, not allegation. */
const AWARENESS = /\b(?:fraudsters?|scammers?|criminals|conmen|con\s+artists|someone|anyone|anybody|bogus|fake|pretending|claiming|posing|impersonat\w*|purporting|beware|scam\s+(?:calls?|texts?|emails?))\b/i;

/** Words that open a description between commas: "..., who holds our contract, ...". */
const PARENTHESIS_OPENER = new Set(["who", "which", "whose", "a", "an", "one", "also", "now", "formerly", "previously", "then"]);
/** Lower-case words for the staff of the organisation named before them: "Fortis Security guards". */
const STAFF_OF = new Set([
  "staff", "guards", "drivers", "workers", "carers", "cleaners", "employees", "engineers", "contractors", "reps",
  "managers", "bosses", "directors", "owners", "nurses", "doctors", "porters", "technicians", "agents", "officers",
  "people", "team", "lot",
]);

const CONNECTORS = new Set(["of", "and", "&", "for", "the", "de", "van", "von", "da", "di", "le", "la", "du", "upon", "on", "in"]);
const TITLES = /^(?:mr|mrs|ms|miss|mx|dr|prof|professor|cllr|councillor|sir|dame|lord|lady|rev|judge)\.?$/i;

interface Token {
  word: string;
  index: number;
}

const TOKEN = /[\p{L}\p{N}][\p{L}\p{N}'’&.-]*|[,;:()]/gu;

function tokens(s: string, base: number): Token[] {
  const out: Token[] = [];
  for (const m of s.matchAll(TOKEN)) out.push({ word: m[0].replace(/[.'’]+$/u, ""), index: base + m.index });
  return out;
}

const isCapitalised = (w: string) => /^\p{Lu}/u.test(w);
const isAcronym = (w: string) => /^\p{Lu}{2,6}s?$/u.test(w);

/** The named run of capitalised words ending at tokens[i] (walking back), or null. */
function capitalisedRunEndingAt(toks: Token[], i: number): { from: number; words: string[] } {
  let j = i;
  while (j - 1 >= 0) {
    const prev = toks[j - 1]!.word;
    if (isCapitalised(prev)) j--;
    else if (CONNECTORS.has(prev.toLowerCase()) && j - 2 >= 0 && isCapitalised(toks[j - 2]!.word)) j -= 2;
    else break;
  }
  const words = toks.slice(j, i + 1).map((t) => t.word);
  return { from: j, words };
}

function isNamedRun(words: string[], sentenceInitial: boolean): boolean {
  // "The Trust", "The Council": the article makes the next word a name, not a sentence opener.
  if (words.length > 1 && words[0]!.toLowerCase() === "the") sentenceInitial = false;
  const meaningful = words.filter((w) => !CONNECTORS.has(w.toLowerCase()));
  if (meaningful.length === 0) return false;
  if (AWARENESS_ORG.test(words.join(" "))) return false;
  const last = meaningful.at(-1)!.toLowerCase();
  if (GENERIC_CAPITALISED.has(last)) return false;
  if (meaningful.length === 1) {
    const only = meaningful[0]!;
    if (isAcronym(only)) return true;
    if (GENERIC_CAPITALISED.has(only.toLowerCase())) return false;
    // At the start of a sentence an ordinary word is capitalised anyway ("Thieves stole..."):
    // only a word the dictionary does not know is a name there ("Tesco lied").
    return !sentenceInitial || !isWord(only.replace(/['’]s$/u, ""));
  }
  // "Beware Smith" is fine, but "If Someone" is not: at least two non-generic words.
  return meaningful.filter((w) => !GENERIC_CAPITALISED.has(w.toLowerCase()) || TITLES.test(w)).length >= 1;
}

/** Where a target ends right before `index` (the predicate), or -1. Returns the target's start. */
function targetBefore(text: string, index: number, verb: string, copular = false): number {
  const before = sentenceBefore(text, index, 160);
  const toks = tokens(before, index - before.length);
  let i = toks.length - 1;
  let passive = false;
  let first = true;
  while (i >= 0 && FILLER.has(toks[i]!.word.toLowerCase())) {
    if (first && PASSIVE.has(toks[i]!.word.toLowerCase())) passive = true;
    first = false;
    // "Dr Paul Nash, our cardiology lead, has been ...": step over the description between commas.
    // "The owner of Glen Taxis, who holds our contract, is ...": and over a relative clause.
    if (toks[i]!.word === ",") {
      for (let k = i - 1; k >= Math.max(1, i - 12); k--) {
        if (toks[k]!.word === "," && (DETERMINERS.has(toks[k + 1]!.word.toLowerCase()) || PARENTHESIS_OPENER.has(toks[k + 1]!.word.toLowerCase()))) {
          i = k;
          break;
        }
      }
    }
    i--;
  }
  if (i >= 0 && NEGATION.has(toks[i]!.word.toLowerCase())) return -1;
  if (passive && VICTIM_VERB.test(verb)) return -1;
  if (i < 0) return -1;
  // "Fortis Security guards have been ...": the staff of a named organisation.
  if (i >= 1 && STAFF_OF.has(toks[i]!.word) && isCapitalised(toks[i - 1]!.word)) i--;
  // "Mike from estates is on the take": step over a lower-case "from/in/at ..." after a name.
  for (let k = i; k >= Math.max(1, i - 3); k--) {
    const w = toks[k]!.word;
    if (isCapitalised(w) || ROLES.has(w.toLowerCase())) break;
    if (/^(?:from|in|at|on)$/i.test(w) && isCapitalised(toks[k - 1]!.word)) {
      i = k - 1;
      break;
    }
  }
  const t = toks[i]!;
  const lower = t.word.toLowerCase();
  // he/she only with "is a crook": in personal stories ("he abused me for years") a pronoun is not a named target
  if (lower === "he" || lower === "she") return copular ? t.index : -1;
  if (COLLECTIVE_ROLES.has(lower)) return t.index;
  if (isCapitalised(t.word)) {
    const run = capitalisedRunEndingAt(toks, i);
    if (!isNamedRun(run.words, run.from === 0)) return -1;
    // "the director of Smithfield Supplies Ltd": start at the role.
    const j = run.from;
    if (j >= 2 && /^(?:of|for|at)$/i.test(toks[j - 1]!.word) && ROLES.has(toks[j - 2]!.word.toLowerCase())) {
      // "the estates manager at Ridgeway Surgery": start at the determiner if it is close
      let d = j - 2;
      for (let k = j - 3; k >= Math.max(0, j - 5); k--) {
        if (DETERMINERS.has(toks[k]!.word.toLowerCase())) {
          d = k;
          break;
        }
      }
      return toks[d]!.index;
    }
    return toks[j]!.index;
  }
  if (ROLES.has(lower)) {
    for (let k = i - 1; k >= Math.max(0, i - 3); k--) {
      const w = toks[k]!.word;
      if (DETERMINERS.has(w.toLowerCase())) return toks[k]!.index;
      // "Sunderland Royal's finance director"
      if (/['’]s$/u.test(w) && isCapitalised(w)) return toks[capitalisedRunEndingAt(toks, k).from]!.index;
    }
  }
  return -1;
}

/** Where a target starts right after `index`, and where it ends, or null. */
function targetAfter(text: string, index: number): [number, number] | null {
  const after = sentenceAfter(text, index, 120);
  const toks = tokens(after, index);
  let i = 0;
  let determiner = false;
  while (i < toks.length && i < 3 && DETERMINERS.has(toks[i]!.word.toLowerCase())) {
    determiner = true;
    i++;
  }
  // lower-case role, optionally followed by a name: "the finance director", "councillor John Smith"
  for (let k = i; k < Math.min(toks.length, i + 3); k++) {
    const w = toks[k]!.word;
    if (ROLES.has(w.toLowerCase()) && !isCapitalised(w)) {
      if (!determiner && !(k + 1 < toks.length && isCapitalised(toks[k + 1]!.word))) return null;
      let end = k;
      while (end + 1 < toks.length && isCapitalised(toks[end + 1]!.word)) end++;
      return [toks[i]!.index, toks[end]!.index + toks[end]!.word.length];
    }
    if (isCapitalised(w)) break;
  }
  if (i < toks.length && isCapitalised(toks[i]!.word)) {
    let end = i;
    while (end + 1 < toks.length) {
      const next = toks[end + 1]!.word;
      if (isCapitalised(next)) end++;
      else if (CONNECTORS.has(next.toLowerCase()) && end + 2 < toks.length && isCapitalised(toks[end + 2]!.word)) end += 2;
      else break;
    }
    const words = toks.slice(i, end + 1).map((t) => t.word);
    if (!isNamedRun(words, false)) return null;
    return [toks[i]!.index, toks[end]!.index + toks[end]!.word.length];
  }
  return null;
}

const MESSAGE = (s: string) =>
  `"${s}" accuses a named person or organisation of wrongdoing. Unproven allegations can be defamatory, and official accounts must not make them: remove it. If you have evidence of fraud or wrongdoing, report it to your Local Counter Fraud Specialist or through Freedom to Speak Up, not on social media.`;

function add(out: Finding[], text: string, rule: string, start: number, end: number): void {
  out.push(finding("conduct.defamation_risk", rule, "block", start, end, MESSAGE(text.slice(start, end))));
}

/**
 * Awareness posts describe an unnamed wrongdoer ("fraudsters claiming to be from Demo Bank
 * have stolen ..."): the wrongdoer, or the impersonation, comes before the named target.
 */
function awareness(text: string, targetStart: number): boolean {
  const before = sentenceBefore(text, targetStart, 200);
  return AWARENESS.test(before.replace(HEDGE, " ")) || DENIAL.test(before);
}

/** "There is no evidence that ...", "cleared of claims that ...": a denial, not an allegation. */
const DENIAL = /\b(?:no\s+evidence|no\s+truth|not\s+true|untrue|false\s+(?:claims?|rumou?rs?|allegations?)|cleared|denied|denies|deny|disproved|unfounded)\b/iu;

/**
 * The patterns as scanned: without the word-start look-behind where every alternative opens with
 * it (checked in code instead), each with its cheap pre-test.
 */
const PREDICATES = [COPULAR, VERBAL, WRONG_ACT, SANCTIONED, ALLEGED].map((re) => ({ pre: PRE.get(re), copular: re === COPULAR, ...scanFromWordStart(re, B) }));
const TARGET_AFTER = [ATTRIBUTED, EPITHET].map((re) => scanFromWordStart(re, B));

export const defamation: Detector = ({ text }) => {
  if (text.length === 0) return [];
  const out: Finding[] = [];
  for (const { re, inside, pre, copular } of PREDICATES) {
    if (pre !== undefined && !pre.test(text)) continue;
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      if (continuesWord(text, m.index, inside)) {
        re.lastIndex = m.index + 1;
        continue;
      }
      const end = m.index + m[0].length;
      if (isQuoted(text, m.index, end)) continue;
      // "he's a crook" is a copula; "the NHS's fraud team" is a possessive.
      if (/^['’]/u.test(m[0]) && !/(?:^|\s)(?:he|she)$/iu.test(text.slice(Math.max(0, m.index - 4), m.index))) continue;
      const start = targetBefore(text, m.index, m[0], copular);
      if (start < 0 || awareness(text, start)) continue;
      add(out, text, "conduct.defamation-risk.allegation", start, end);
    }
  }
  for (const { re, inside } of TARGET_AFTER) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      if (continuesWord(text, m.index, inside)) {
        re.lastIndex = m.index + 1;
        continue;
      }
      const target = targetAfter(text, m.index + m[0].length);
      if (target === null || awareness(text, m.index)) continue;
      add(out, text, "conduct.defamation-risk.allegation", m.index, target[1]);
    }
  }
  SHAME_ON.lastIndex = 0;
  for (let m = SHAME_ON.exec(text); m !== null; m = SHAME_ON.exec(text)) {
    const target = targetAfter(text, m.index + m[0].length);
    if (target === null) continue;
    const tail = SHAME_FOR.exec(text.slice(target[1], target[1] + 100));
    if (tail === null || awareness(text, m.index)) continue;
    add(out, text, "conduct.defamation-risk.allegation", m.index, target[1] + tail[0].length);
  }
  QUESTION_START.lastIndex = 0;
  for (let m = text.includes("?") ? QUESTION_START.exec(text) : null; m !== null; m = QUESTION_START.exec(text)) {
    const target = targetAfter(text, m.index + m[0].length);
    if (target === null) continue;
    const rest = sentenceAfter(text, target[1], 120);
    if (text.charAt(target[1] + rest.length) !== "?" && !/\?/.test(rest)) continue;
    const tail = BARE_ALLEGATION.exec(rest);
    if (tail === null || awareness(text, m.index)) continue;
    add(out, text, "conduct.defamation-risk.allegation", m.index, target[1] + tail[0].length);
  }
  POSSESSED.lastIndex = 0;
  for (let m = POSSESSED.exec(text); m !== null; m = POSSESSED.exec(text)) {
    const start = targetBefore(text, m.index, "");
    if (start < 0 || awareness(text, start)) continue;
    add(out, text, "conduct.defamation-risk.allegation", start, m.index + m[0].length);
  }
  return withoutOverlaps(out);
};
