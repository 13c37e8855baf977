import { finding, matchesOf } from "../finding.ts";
import type { Detector, Finding } from "../types.ts";
import { type PersonMention, ROLE, isFirstName, peopleInSentence, sentenceIndexAt, sentencesOf } from "./people.ts";

/*
 * pii.staff_judgement: a judgement of a named person's performance or character ("Healthcare
 * assistant Gary Moss is lazy and always late", "Nurse Jones was rude", "our receptionist Karen
 * is useless", "Dr Patel made a mistake"), or a named person's disciplinary, capability or
 * complaints process ("disciplinary action against Gary Moss", "Jo Hall is on a performance
 * plan"). Policy forbids posting information about staff's employment, and a named person
 * judged in an official post is almost always a colleague, so a name is enough: the role is
 * not required.
 *
 * Kinds of judgement, each a short list of words and phrases rather than sentences:
 *   - character and insults: lazy, rude, "a proper dragon", "a waste of space", "notorious for";
 *   - competence: "made three drug errors", "can't run a ward", "couldn't cannulate a drainpipe",
 *     "can't do a set of obs properly";
 *   - neglected duties and habits: "never washes her hands", "never returns calls", "keeps
 *     hanging up on patients", "asleep on nights again", "spends half his shift smoking";
 *   - an employment record, even good news: probation, appraisal ratings and rankings, "finally
 *     passed her competencies at the third attempt", warnings, suspensions, capability plans;
 *   - comparisons with colleagues: "streets ahead of the other registrars", "the only HCA who
 *     actually pulls her weight", "should have got the job over Marie", "the best nurse I've
 *     ever managed".
 *
 * The judgement has to be about the name:
 *   - the name comes first and the judgement follows in the same clause: "X is/was/seems ...
 *     lazy", "X's useless", "X on reception is so rude", "X made a mistake", "X was suspended",
 *     "X has a bad attitude", "X, she's useless", "X's ward rounds are a shambles";
 *   - or a judging word points at the name: "complaints about X", "disciplinary against X",
 *     "our useless receptionist X", "as lazy as X", "X's poor attitude";
 *   - or a loose judgement (a record, a comparison, a neglected duty) sits later in the sentence
 *     and goes to the nearest name before it ("Well done to Ffion for finally passing her
 *     competencies at the third attempt");
 *   - or a sentence with "he/she/they" judges the last name up to two sentences before ("Sister
 *     Duffy runs a tight ship. Nobody dares be late 😬 She's a proper dragon!");
 *   - or a question judges it ("Why is Dr Cole always so rude?", "Why does Amy always
 *     disappear?"), praise is followed by "but" and a judgement ("brilliant in theatre but
 *     incredibly arrogant"), or the name is called out ("Not everyone pulls their weight –
 *     looking at you, Kelly").
 * Not flagged: praise ("huge thanks to Nurse Jones for her brilliant care"), qualifications and
 * milestones ("completed her preceptorship", "passed her driving test"), negated judgements
 * ("never late", "has never been rude": negation sits where the pattern needs a copula or verb,
 * so they simply do not match), and judgements of nobody in particular ("staff who are rude
 * will be...").
 */

const words = (list: string[]): string => list.join("|");

/** Predicative judgements, after a copula: "X is [lazy]", "X was [a nightmare]". */
const ADJECTIVE = words([
  "lazy", "rude", "useless", "incompetent", "hopeless", "unprofessional", "careless", "sloppy", "clueless",
  "negligent", "unreliable", "untrustworthy", "dishonest", "pathetic", "terrible", "awful", "appalling",
  "dreadful", "rubbish", "arrogant", "obnoxious", "unhelpful", "abrupt", "dismissive", "aggressive", "stupid",
  "thick", "idiotic", "condescending", "patronising", "patronizing", "inept", "cruel", "nasty", "horrible",
  "vile", "hostile", "incapable", "unfit", "unsafe", "dangerous", "shocking", "grumpy", "moody", "stroppy",
  "bossy", "nosy", "nosey", "snobby", "two-faced", "miserable", "drunk", "hungover", "intoxicated",
  // a reputation or a habit: "notorious for bullying", "all talk and no action", "always the last to answer"
  String.raw`(?:notorious|infamous)\s+for`, String.raw`all\s+talk(?:\s+and\s+no\s+(?:action|trousers))?`,
  String.raw`(?:always|usually|invariably)\s+the\s+last\s+to`, String.raw`never\s+the\s+first\s+to`, "unfriendly", "impatient", "disorganised",
  "disorganized", "chaotic", "forgetful", "clumsy", "scruffy", "untidy", "mean", "slow",
  "underperforming", "under-performing", "selfish", "spiteful", "bitchy", "creepy", "weird", "toxic", "vindictive",
  "manipulative", "spineless", "inadequate", "ineffective", "disrespectful", "insensitive", "uncaring", "unapproachable",
  String.raw`(?:the\s+)?(?:worst|slowest|laziest|rudest|least\s+helpful)`,
  String.raw`(?:an?\s+(?:(?:total|complete|absolute|real|proper|right|utter|bit\s+of\s+a)\s+)?|a\s+bit\s+of\s+an?\s+)(?:liability|disgrace|joke|nightmare|bully|slacker|idiot|liar|gossip|snob|troublemaker|waste\s+of\s+(?:space|oxygen|money|a\s+\w+)|drama\s+queen|weak\s+link|menace|embarrassment|jobsworth|shambles|control\s+freak|clown|moron|muppet|numpty|dinosaur|car\s+crash|law\s+unto\s+(?:her|him|them)sel(?:f|ves)|mess|dragon|battle-?\s?axe|tyrant|dictator|snake|cow|witch|diva|prima\s+donna|busybody|know-it-all|pushover|doormat|headless\s+chicken)`,
  "chaotic", "shambolic", String.raw`full\s+of\s+(?:mistakes|errors)`,
  String.raw`the\s+weak\s+link`,
  String.raw`an?\s+(?:terrible|awful|useless|lazy|rubbish|hopeless|bad|dreadful|shocking|poor|incompetent|lousy|nasty|horrible|rude|careless|sloppy|inept|appalling|pathetic)\s+\w+`,
  // "a weak leader", "a toxic manager" (but not "a weak swimmer": only a role or a person)
  String.raw`an?\s+(?:weak|ineffective|toxic|failing|spineless|divisive|absent|invisible)\s+(?:leader|manager|boss|person|individual|character|colleague|communicator|presence|link|team\s+player|role\s+model|member\s+of\s+staff|nurse|doctor|consultant|surgeon|director|chair|chief|executive|receptionist|porter|clinician|matron|sister|midwife|lead|supervisor|administrator|assistant|officer|registrar|gp)\b`,
  "disgraceful", String.raw`not\s+fit\s+to\s+\w+`, String.raw`not\s+up\s+to\s+(?:the|her|his|their)\s+job`,
  String.raw`not\s+cut\s+out\s+for`, String.raw`not\s+good\s+enough`, String.raw`no\s+good`,
  String.raw`out\s+of\s+(?:her|his|their)\s+depth`, String.raw`bone\s+idle`,
  String.raw`(?:bad|rubbish|hopeless|terrible|useless|awful)\s+at\s+(?:her|his|their)\s+job`,
  String.raw`(?:always|constantly|often|forever|usually|never\s+not)\s+late`, String.raw`late\s+again`,
  String.raw`(?:always|constantly)\s+off\s+sick`, String.raw`off\s+sick\s+again`,
  String.raw`always\s+on\s+(?:her|his|their)\s+phone`,
  String.raw`never\s+(?:here|there|on\s+time|around|at\s+(?:her|his|their)\s+desk)`,
  String.raw`(?:difficult|impossible|a\s+nightmare|horrible|awful)\s+to\s+work\s+with`,
  String.raw`always\s+(?:moaning|complaining|whinging|gossiping|skiving)`,
]);

/** What a competent colleague can do: "can't [run a ward]", "couldn't [cannulate] a drainpipe". */
const COMPETENCE = words([
  String.raw`(?:run|organi[sz]e|manage|lead)\s+(?:a|an|the|her|his|their)\s+(?:ward|shift|team|clinic|department|unit|service|rota|list|theatre|meeting|bath|piss-up|p\*ss-up|whelk\s+stall|bus\s+stop)\b`,
  String.raw`cannul(?:ate|ise|ize)`, String.raw`take\s+(?:bloods?|a\s+history|obs)`, String.raw`find\s+a\s+vein`,
  String.raw`read\s+an?\s+(?:ecg|x-?ray|chart|rota)`, "spell", "count", "prescribe", "diagnose", String.raw`hack\s+it`,
  String.raw`do\s+(?:her|his|their)\s+(?:own\s+)?job`, String.raw`be\s+trusted`,
  String.raw`do\s+(?:[\w'’-]+\s+){0,4}?(?:properly|right|correctly|safely)`, "cope", String.raw`manage\b(?!\s+(?:to|it|without|on|alone|the\s+event|this|that|today))`,
]);

/** Basic duties, whose neglect judges: "never [washes her hands]", "Why can't X ever [answer her bleep]?" */
const DUTY = words([
  String.raw`wash(?:es)?\s+(?:her|his|their)\s+hands`,
  String.raw`answer(?:s)?\s+(?:her|his|their|the)\s+(?:bleep|phone|calls?|emails?|buzzer|call\s+bells?)`,
  String.raw`(?:turn|show)s?\s+up\s+on\s+time`,
  String.raw`follow(?:s)?\s+(?:the\s+)?(?:policy|policies|procedures?|protocols?|rules|guidance)`,
  String.raw`read(?:s)?\s+(?:the\s+)?(?:notes|handover|care\s+plans?)`,
  String.raw`check(?:s)?\s+(?:the\s+)?(?:obs|observations|notes|charts?|drugs|doses|wristbands?)`,
  String.raw`do(?:es)?\s+(?:her|his|their)\s+(?:job|share|obs|checks|paperwork|notes)`,
  String.raw`help(?:s)?\s+out`,
  String.raw`listen(?:s)?\s+to\s+(?:anyone|anybody|patients|families|staff|us|colleagues)`,
  String.raw`returns?\s+(?:[\w'’-]+\s+)?(?:calls|emails|messages|phone\s+calls)`,
]);
const NEGLECT = String.raw`(?:never|rarely|seldom|hardly\s+ever|doesn['’]?t|does\s+not|didn['’]?t|won['’]?t|refuses\s+to)\s+(?:even\s+|actually\s+|bother\s+to\s+)?(?:${DUTY})`;

/** Judgements that need no copula: "X [made a mistake]", "X [bullies staff]". */
const VERB_PHRASE = words([
  // "made a mistake", "made three drug errors", "made a hash of it" (not "made no mistakes")
  String.raw`made\s+(?!(?:no|zero|fewer|few|hardly|any)\b)(?:[\w-]+\s+){0,3}?(?:mistakes?|errors?|blunders?|mess|hash)`,
  String.raw`makes\s+(?:\w+\s+){0,2}(?:mistakes|errors)`,
  String.raw`(?:messed|screwed|cocked|mucked)\s+up`, "botched", "bungled",
  String.raw`fail(?:ed|s)\s+to`, String.raw`failed\s+(?:her|his|their)\s+(?:[\w-]+\s+){0,3}?(?:competency|competencies|assessment|exam|test|probation|revalidation|audit|appraisal|training|course|check|certificate|module|qualification|induction)`,
  String.raw`let(?:s)?\s+(?:us|the\s+team|everyone|patients|the\s+side|the\s+ward)\s+down`,
  String.raw`(?:turn(?:s|ed)?|show(?:s|ed)?)\s+up\s+late`, String.raw`arrive[sd]?\s+late`,
  String.raw`(?:is|was|were|are)\s+late\s+(?:for|to|again|every)`,
  String.raw`(?:(?:is|was|has\s+been|had\s+been|got|been|keeps\s+getting)\s+)(?:being\s+)?(?:suspended|sacked|fired|dismissed|disciplined|struck\s+off|reprimanded|investigated|reported\s+to\s+the\s+(?:nmc|gmc|hcpc)|referred\s+to\s+the\s+(?:nmc|gmc|hcpc)|moved\s+off\s+the\s+wards?)`,
  String.raw`(?:got|received|was\s+given|has\s+been\s+given|is\s+on|was\s+put\s+on|has\s+been\s+put\s+on)\s+(?:a\s+|her\s+|his\s+|their\s+)?(?:final\s+|formal\s+|written\s+|verbal\s+|first\s+)*warning`,
  String.raw`(?:was|is)\s+under\s+investigation`,
  String.raw`lost\s+the\s+(?:confidence|trust|respect|support)\s+of`,
  // "only ever turns up when the CQC are in", "rarely shows up", "never turns up on time"
  String.raw`(?:only|rarely|hardly|never|seldom)\s+(?:ever\s+)?(?:turns?|turned|shows?|showed|bothers?\s+to\s+(?:turn|show))\s+up\b`,
  // "takes twice as long as everyone else", "took forever"
  String.raw`(?:takes?|took|taking)\s+(?:(?:twice|three\s+times|ten\s+times)\s+as\s+long|(?:far|way|much|so\s+much|a\s+lot)\s+longer|forever|ages)\b`,
  String.raw`fell\s+asleep\s+on\s+(?:shift|duty)`,
  // "was asleep in the day room again at 3am", "found sleeping on nights"
  String.raw`(?:(?:was|is|were|been)\s+(?:found\s+|caught\s+)?|found\s+|caught\s+)(?:fast\s+)?(?:asleep|sleeping)\b(?=[^.!?]{0,40}?\b(?:on\s+(?:shift|duty|nights)|at\s+work|again|at\s+(?:the|her|his|their)\s+(?:desk|station)))`,
  String.raw`(?:was|is|turned\s+up|came\s+in)\s+drunk`,
  String.raw`(?:shout(?:s|ed|ing)?|swore|swear(?:s|ing)?|yell(?:s|ed|ing)?|snap(?:s|ped|ping)?)\s+at`,
  // "hangs up on patients", "talks down to", "loses samples"
  String.raw`(?:hang(?:s|ing)?|hung)\s+up\s+on|talks?\s+down\s+to|(?:is|was)\s+(?:so\s+|very\s+|really\s+)?short\s+with`,
  String.raw`(?:loses|lost|misplaces|misplaced|keeps\s+losing)\s+(?:[\w'’-]+\s+){0,2}?(?:samples?|notes|files|paperwork|records|results|referrals|letters|prescriptions|specimens)`,
  // "is the reason three nurses have left", "is to blame"
  String.raw`(?:is|was)\s+(?:the\s+)?(?:main\s+|only\s+|real\s+)?reason\s+(?:why\s+)?(?:[\w'’-]+\s+){0,3}?(?:have\s+|has\s+|had\s+)?(?:left|quit|resigned|leave|leaving|went\s+off\s+sick|are\s+off\s+sick)`,
  String.raw`ignor(?:es|ed|ing)\s+(?:(?:a|the|every|all|any|our|my|their)\s+)?(?:[\w-]+\s+)?(?:patients?|relatives|families|calls|us|everyone|buzzers?|call\s+bells?|alarms?|concerns?|complaints?|requests?|emails?|messages?|staff|colleagues|advice|policy|procedures?)`,
  // "can't run a ward", "couldn't cannulate a drainpipe", "can't be trusted"
  String.raw`(?:can['’]?t|cannot|couldn['’]?t|could\s+not)\s+(?:even\s+)?(?:${COMPETENCE})`,
  String.raw`does(?:n['’]?t|\s+not)\s+(?:care|pull\s+(?:her|his|their)\s+weight|do\s+(?:her|his|their)\s+job|listen|know\s+what\s+(?:she|he|they)['’]?(?:s|re|\s+is|\s+are)\s+doing)`,
  String.raw`did(?:n['’]?t|\s+not)\s+(?:care|bother)`,
  String.raw`never\s+(?:does|did)\s+(?:her|his|their|any)\s+(?:job|work)`,
  String.raw`has\s+no\s+(?:idea|clue|manners|work\s+ethic|patience)`,
  String.raw`(?:has|had)\s+(?:a|an|such\s+a|the)\s+(?:bad|poor|terrible|awful|appalling|shocking|worst|nasty|foul|short|rotten|lousy)\s+(?:attitude|temper|manner|work\s+ethic|bedside\s+manner)`,
  String.raw`(?:has|had)\s+an?\s+attitude(?:\s+problem)?`,
  String.raw`(?:has|have|had)\s+(?:had\s+)?(?!(?:no|zero|never)\b)(?:\w+\s+){0,2}(?:complaints|warnings)\b`,
  NEGLECT,
  // "keeps getting the doses wrong", "got the drug chart wrong"
  String.raw`(?:(?:keeps?\s+(?:on\s+)?|always\s+|constantly\s+)?(?:getting|gets|got))\s+(?!(?:nothing|very\s+little|little)\b)(?:[\w'’-]+\s+){1,3}?(?:wrong|mixed\s+up)\b`,
  String.raw`keeps?\s+(?:on\s+)?(?:leaving|walking\s+off|disappearing\s+from|wandering\s+off)\s+(?:the\s+)?(?:ward|unit|shift|department|desk|work|early|patients)`,
  // "treats the students like dirt", "couldn't care less"
  String.raw`treats?\s+(?:[\w'’-]+\s+){1,3}?like\s+(?:dirt|rubbish|crap|sh[i*]t|a\s+skivvy|skivvies|servants?|children|kids|idiots|slaves)`,
  String.raw`could(?:n['’]?t|\s+not)\s+care\s+less`,
  String.raw`(?:got|gets|getting|gave|prescribed|wrote)\s+(?:the|a|her|his|their)\s+(?:[\w-]+\s+)?(?:dose|doses|dosage|drugs?|medications?|prescriptions?|charts?|results?|rota|bloods)\s+(?:wrong|mixed\s+up)`,
  String.raw`keeps?\s+(?:on\s+)?(?:making\s+mistakes|messing\s+up|being\s+late|turning\s+up\s+late|getting\s+(?:it|things|\w+)\s+wrong|forgetting|cancelling|canceling|ignoring|leaving\s+early|disappearing|skipping|dodging|moaning|complaining|shouting|snapping|swearing|mixing\s+up|double-booking)`,
  String.raw`(?:is|was)\s+to\s+blame`, String.raw`caused\s+(?:the|this)\s+(?:incident|error|mistake|problem|delay)`,
  String.raw`bull(?:ies|ied|ying)`, String.raw`(?:moans|whinges|gossips|skives)`,
  String.raw`(?:was|got)\s+caught\s+(?:sleeping|stealing|drinking|smoking|lying|skiving)`,
  String.raw`should\s+be\s+(?:sacked|fired|struck\s+off|disciplined|ashamed)`,
  String.raw`needs?\s+to\s+(?:be\s+sacked|learn\s+some\s+manners|buck\s+(?:her|his|their)\s+ideas\s+up|sort\s+(?:her|his|their)\s+attitude\s+out|up\s+(?:her|his|their)\s+game|pull\s+(?:her|his|their)\s+weight)`,
  String.raw`leaves\s+a\s+lot\s+to\s+be\s+desired`,
  // "is facing a disciplinary", "has been placed on a performance improvement plan", "was put on a PIP"
  String.raw`(?:(?:is|was|has\s+been|have\s+been|had\s+been|been|being|got)\s+)?(?:(?:facing|on)|(?:placed|put|kept)\s+on)\s+(?:a\s+|an\s+)?(?:formal\s+|informal\s+|final\s+)?(?:disciplinary|capability|performance\s+(?:improvement\s+|management\s+)?plan|pip\b|final\s+warning|supervised\s+practice|restricted\s+duties|special\s+measures)`,
  String.raw`(?:has|had)\s+(?:a|her|his|their)\s+(?:disciplinary|capability)\s+(?:hearing|meeting|review)`,
]);

const COPULA = String.raw`(?:is|was|are|were|has\s+been|have\s+been|had\s+been|seems|seemed|looks|looked|acted|behaved|being|can\s+be|could\s+be|keeps\s+being|remains|got|gets|became|becomes|['’]s|['’]re)`;
const DEGREE = String.raw`(?:\s+(?:so|too|very|really|incredibly|unbelievably|ridiculously|completely|totally|utterly|absolutely|always|often|constantly|frequently|just|quite|pretty|extremely|such|honestly|frankly|also|and|been|being|so\s+damn|bloody|a\s+bit|a\s+little|rather|seriously|genuinely|literally|clearly|obviously|simply|plainly|definitely|probably|certainly|still|now|increasingly|notoriously|painfully|massively|properly|getting|becoming))*`;
/** An article and a degree before the judging word: "the most disorganised", "a really", "'toxic'". */
const ARTICLE = String.raw`(?:(?:a|an|the|such\s+an?|so|very)\s+)?(?:(?:most|least|more|really|so|very|quite|pretty|totally|utterly|incredibly|truly)\s+)*['‘"“]?`;
/**
 * Praise then "but" and a judgement: "is brilliant in theatre but incredibly arrogant". Not
 * "anything but lazy", "nothing but kind".
 */
const BUT = String.raw`(?:\s+(?![^.;!?]{0,50}?\b(?:anything|nothing|all)\s+but\b)[^.;!?]{1,50}?\s+(?:but|yet|though|although)(?:\s+(?:also|can\s+be|is|was|can\s+also\s+be))?)?`;
/** An auxiliary before a judging verb: "has failed his competency", "had made a mistake". */
const AUX = String.raw`(?:(?:has|have|had|did|does|will|would|keeps?(?:\s+on)?)\s+(?:${"(?:also|still|again|always|often|just|clearly|apparently|now|repeatedly)"}\s+)*)?`;
const ADVERB = String.raw`(?:also|still|again|always|often|constantly|frequently|really|just|clearly|apparently|honestly|frankly|yet\s+again|once\s+again|literally|genuinely)`;
const JUDGEMENT = String.raw`(?:${COPULA}${DEGREE}\s+${ARTICLE}(?:${ADJECTIVE})\b|(?:${ADVERB}\s+)*${AUX}(?:${ADVERB}\s+)*(?:${VERB_PHRASE})\b)`;

/** Text right after the name: "X [is so lazy]", "X['s useless]", "X on reception [is rude]", "X, [she's useless]". */
const AFTER_NAME = new RegExp(
  String.raw`^(?:\s*\([^)]{0,40}\))?(?:\s*,[^,.;!?]{0,40},)?` +
    // "X on reception", "X in HR", "X from estates": a short place or team, then the judgement
    // (no lookahead for the judgement here: the judgement has to follow anyway, and repeating it
    // would double the size of an already large pattern)
    String.raw`(?:\s+(?:on|in|from|at)\s+(?:the\s+)?[\p{L}\p{N}&'’\-]+(?:\s+[\p{L}\p{N}&'’\-]+)?)?` +
    String.raw`(?:\s*[,–—-]?\s*(?:who|he|she|they)(?=\s|['’])|\s*,(?=\s+(?:${ADVERB}\s+)*(?:has|had|is|was|keeps|never|always|can['’]?t|doesn['’]?t|didn['’]?t)\b))?` +
    // "X's useless" is the copula "'s" of JUDGEMENT
    String.raw`\s*(?:${ADVERB}\s+)*${JUDGEMENT}`,
  "iu",
);

/** "Mr Patel is brilliant in theatre but incredibly arrogant": the finding covers only the name. */
const BUT_WORD = /\b(?:but|yet|though|although)\b/i;
const AFTER_NAME_BUT = new RegExp(String.raw`^(?:\s*,[^,.;!?]{0,40},)?\s*${COPULA}${BUT}${DEGREE}\s+${ARTICLE}(?:${ADJECTIVE})\b`, "iu");

/** "Karen's poor attitude", "Gary's lateness", "Karen's attitude is terrible". */
const POSSESSIVE = new RegExp(
  String.raw`^['’]s\s+(?:(?:poor|bad|terrible|awful|appalling|shocking|lousy)\s+(?:\w+\s+)?(?:attitude|behaviou?r|work|performance|timekeeping|conduct|manner|attendance|record)|attitude\s+problem|laziness|lateness|rudeness|incompetence|sickness\s+record|mistakes?|errors?|blunders?|failures?|negligence|(?:[\w-]+\s+)?(?:attitude|behaviou?r|work|performance|timekeeping|conduct|manner|attendance|bedside\s+manner|notes|handovers?|paperwork|documentation|record-?\s?keeping|summaries|letters|reports|rotas?|prescribing|prescriptions|leadership|management|communication|standards|practice|care|clinics|teaching|decisions|judgement)\s+(?:is|are|was|were|has\s+been|have\s+been|leaves?)${DEGREE}\s+${ARTICLE}(?:unacceptable|poor|bad|shocking|a\s+lot\s+to\s+be\s+desired|illegible|${ADJECTIVE}))\b`,
  "iu",
);
/** "Dr Ali's ward rounds are a shambles", "Jo's rotas are always chaotic": the named person's work judged. */
const POSSESSIVE_WORK = new RegExp(
  String.raw`^['’]s\s+(?:[\w-]+\s+){1,3}?(?:is|are|was|were|has\s+been|have\s+been)${DEGREE}\s+${ARTICLE}(?:${ADJECTIVE}|bad|poor|unacceptable|illegible|unreadable|sub-?standard|below\s+par|not\s+good\s+enough)\b`,
  "iu",
);
/**
 * A named person's record, good or bad: "Tom's drug round errors are down", "Jo's appraisal",
 * "Dr Reid's sickness record". Not "Jane's talk about errors" or "Jo's error reporting campaign".
 */
const POSSESSIVE_RECORD =
  /^['’]s\s+(?:(?!(?:on|about|into|of|in|for|to|with|against|and)\b)[\w-]+\s+){0,2}?(?:mistakes?|errors?|blunders?|failures?|complaints|sickness\s+(?:record|absence)|absence\s+record|lateness|timekeeping|attendance\s+record|appraisal|probation|competenc(?:y|ies)|performance\s+(?:review|rating|issues?|problems?|plan))\b(?!\s+(?:prevention|reduction|reporting|policy|policies|campaign|training|awareness|project|research|app|tool|toolkit|process|procedure|system|form|forms|guidance|team|lead|manager|workshop|session))/i;
/** "Gary's disciplinary hearing", "Jo's capability review", "Karen's sickness absence". */
const POSSESSIVE_PROCESS =
  /^['’]s\s+(?:disciplinary|capability|grievance|misconduct|suspension|dismissal|sickness\s+absence|performance\s+(?:review|plan|issues?|improvement\s+plan)|investigation|tribunal|final\s+warning|written\s+warning)\b/i;

const ATTRIBUTIVE = words([
  "lazy", "rude", "useless", "incompetent", "hopeless", "unprofessional", "careless", "sloppy", "clueless",
  "negligent", "unreliable", "pathetic", "arrogant", "obnoxious", "unhelpful", "stupid", "idiotic", "inept",
  "nasty", "horrible", "vile", "dishonest", "untrustworthy", "grumpy", "miserable", "moody", "bossy", "two-faced",
]);
/** "our useless receptionist X", "lazy Gary", "as lazy as X", "the rudest nurse, X". */
const ADJECTIVE_BEFORE = new RegExp(
  String.raw`(?:\b(?:${ATTRIBUTIVE})\s+(?:(?:${ROLE})\s+){0,2}|\bas\s+(?:${ATTRIBUTIVE})\s+as\s+|\bthe\s+(?:worst|laziest|rudest|slowest)\s+(?:(?:${ROLE})\s*,?\s+)?(?:is\s+|was\s+)?)$`,
  "iu",
);

const PROCESS_NOUN = String.raw`disciplinary|capability|misconduct|performance\s+(?:issues?|concerns?|management|procedure|process|plan|review|hearing)|grievance|complaints?|allegations?|investigation|(?:final\s+|formal\s+|written\s+)?warning|suspension|dismissal|sacking|concerns?|tribunal`;
/** "disciplinary action against X", "complaints about Nurse Jones", "investigation into X". */
const PROCESS_BEFORE = new RegExp(
  String.raw`\b(?:${PROCESS_NOUN})\s+(?:(?:action|hearing|proceedings|procedure|process|meeting|case|issues?|made|raised|received|lodged|filed|launched|opened|ongoing|taken|brought)\s+){0,2}(?:against|about|into|regarding|concerning|over|for)\s+(?:(?:our|the|a)\s+)?(?:[\p{L}\-]+\s+)?(?:(?:${ROLE})\s+)?$`,
  "iu",
);
const NEGATED = /\b(?:never|not|n['’]t|no|without|hardly|nothing|none)\b(?:\s+\w+){0,2}\s*$/i;

/** "Meet Gary. He is always late." A pronoun-led sentence that judges. */
const PRONOUN_JUDGEMENT = new RegExp(String.raw`^\s*["“'‘]?\s*(?:he|she|they)(?:\s+|(?=['’]))${JUDGEMENT}`, "iu");
/** "The concerns about her record-keeping have been addressed", "complaints about him". */
const PRONOUN_PROCESS = new RegExp(
  String.raw`\b(?:disciplinary|capability|misconduct|performance\s+concerns?|concerns?|complaints?|allegations?|investigation)\s+(?:about|against|into|over|regarding)\s+(?:(?:him|them)\b|(?:her|his|their)\s+(?:[\w-]+\s+)?(?:work|performance|conduct|behaviou?r|attitude|record-?keeping|timekeeping|attendance|practice|competence|prescribing|documentation|notes)\b|her\s*[.!?]?$)`,
  "iu",
);
const PRONOUN_POSSESSIVE_JUDGEMENT = new RegExp(
  String.raw`^\s*["“'‘]?\s*(?:his|her|their)\s+(?:attitude|behaviou?r|work|performance|timekeeping|conduct|manner|attendance)\s+(?:is|was|has\s+been)${DEGREE}\s+(?:unacceptable|poor|bad|shocking|${ADJECTIVE})\b`,
  "iu",
);

/** An assessment at work (not a driving test): "her competencies", "his medicines management assessment". */
const WORK_ASSESSMENT = String.raw`(?!(?:driving|theory|swimming|eye|hearing|covid|lateral|pregnancy|blood)\b)(?:[\w-]+\s+){0,3}?(?:competenc(?:y|ies)|assessments?|exams?|OSCEs?|probation|revalidation|appraisal|(?:drug|calculations?|medicines?|numeracy)\s+(?:\w+\s+)?test)\b`;
/**
 * An employment record, even when it is good news: probation, appraisal ratings, rankings, an
 * assessment passed "finally" or "at the third attempt".
 */
const RECORD = String.raw`(?:` +
  words([
    String.raw`(?:pass|fail|extend|complet|scrap(?:e|ing)\s+through)\w*\s+(?:her|his|their)\s+probation`,
    String.raw`probation(?:ary\s+period)?\s+(?:has\s+been\s+|was\s+|is\s+being\s+)?(?:extended|failed|passed)`,
    String.raw`finally\s+(?:pass(?:ed|es|ing)?|got\s+through|getting\s+through|scraped\s+through|scraping\s+through)\s+(?:her|his|their)\s+${WORK_ASSESSMENT}`,
    String.raw`(?:pass(?:ed|es|ing)?|fail(?:ed|s|ing)?|scraped\s+through)\s+(?:her|his|their)\s+${WORK_ASSESSMENT}\s+(?:[\w'’-]+\s+){0,3}?(?:at|on|after)\s+(?:the|her|his|their)?\s*(?:second|third|fourth|fifth|sixth|\d+(?:nd|rd|th)|two|three|four|five|several|many)\s+(?:attempts?|goes|go|tries|try)`,
    String.raw`(?:rated|graded|scored|marked|assessed)\s+(?:as\s+)?['‘"“]?[\w\s-]{2,30}?['’"”]?\s+(?:in|at|on|for)\s+(?:her|his|their)\s+(?:[\w-]+\s+)?(?:appraisal|performance\s+review|review|probation|assessment)`,
    String.raw`(?:her|his|their)\s+(?:appraisal|performance\s+review)\s+(?:rating|score|grade|result|outcome)`,
    String.raw`(?:highest|lowest|top|best|worst|bottom)\s+(?:score|rating|mark|grade)s?\b[^.!?]{0,40}?\b(?:appraisals?|performance\s+reviews?|department|team|ward|unit|directorate|service|practice|division|site|audits?|assessments?|competenc\w*)\b`,
    String.raw`(?:came|finished|ranked|rated|scored)\s+(?:bottom|last|lowest)`,
    // outcomes ranked: "the worst infection rates in the region", "the highest complication rate in the trust"
    String.raw`(?:best|worst|highest|lowest|poorest)\s+(?:[\w-]+\s+){0,2}?(?:rates?|outcomes?|results|figures|record|scores?)\s+(?:in|of|across)\s+(?:the\s+)?(?:region|trust|department|country|hospital|team|unit|ward|directorate|practice|service|uk|nhs)`,
    String.raw`(?:came|finished|ranked)\s+(?:top|first|bottom|last)\s+(?:[\w'’-]+\s+){0,4}?(?:appraisals?|rankings?|performance|league\s+tables?|reviews?)`,
    String.raw`(?:appraisal|performance)\s+(?:rankings?|league\s+tables?|scores?|ratings?)`,
    // attendance: "off sick more than at work", "more time off than anyone"
    String.raw`(?:off\s+(?:sick|with\s+\w+)|absent)\s+more\s+(?:than|often)|more\s+(?:time\s+|days\s+)?off\s+(?:sick\s+)?than`,
  ]) +
  String.raw`)`;
/** Colleagues compared: "streets ahead of the other registrars", "should have got the job over Marie", "the only HCA who actually pulls her weight". */
const COMPARE_TARGET = String.raw`(?:(?:all|any|most)\s+(?:of\s+)?)?(?:(?:the|her|his|their|our)\s+(?:other\s+|fellow\s+)?(?:${ROLE}|colleagues|peers|juniors|seniors|others)|the\s+rest\s+of\s+(?:the|her|his|their|our)\s+(?:${ROLE}|colleagues|peers)|everyone\s+else|(?:any|every)\s*one\s+else|the\s+(?:last|previous|old)\s+(?:one|${ROLE})|(?:her|his|their)\s+predecessors?)\b`;
const COMPARISON = String.raw`(?:` +
  words([
    String.raw`(?:streets\s+ahead\s+of|head\s+and\s+shoulders\s+above|runs?\s+rings\s+(?:round|around)|outperform(?:s|ed)?|(?:much\s+|far\s+|way\s+|miles\s+)?(?:better|worse|lazier|more\s+competent|less\s+competent|more\s+professional|less\s+professional)\s+than)\s+${COMPARE_TARGET}`,
    String.raw`should\s+have\s+(?:got|been\s+given|had|been\s+offered)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}?(?:job|post|role|promotion|position)\b`,
    String.raw`\w+est\s+(?:[\w-]+\s+){0,2}?I['’]ve\s+(?:ever\s+)?(?:managed|supervised|line[-\s]managed|employed|mentored|appraised)`,
    String.raw`the\s+only\s+(?:one|person|${ROLE})\b[^.!?]{0,40}?\bwho\s+(?:actually|ever|really|bothers)\b`,
    String.raw`(?:actually|even)\s+(?:turns?|turned|shows?|showed)\s+up\b`,
    String.raw`actually\s+(?:pulls?|pulled)\s+(?:her|his|their)\s+(?:own\s+)?weight`,
    String.raw`actually\s+(?:does|did)\s+(?:her|his|their|any)\s+(?:job|work)`,
    String.raw`actually\s+(?:bothers?|bothered|answers?\s+(?:her|his|their)\s+(?:bleep|phone))`,
  ]) +
  String.raw`)`;

/**
 * Judgements that need no adjacency: in the same sentence as a name, they are attributed to the
 * nearest name before them ("Well done to everyone except Mark on ward 4, whose work has been
 * sloppy all month"). Only words that judge a person whatever the grammar; an adjective counts
 * only when no noun follows it ("a rude patient" and "our useless printer" judge nobody named).
 */
const LOOSE = new RegExp(
  String.raw`\b(?:(?:lazy|useless|incompetent|rude|unprofessional|sloppy|hopeless|clueless|negligent|unreliable|pathetic|disgraceful|bone\s+idle|two-faced|untrustworthy|arrogant|disorgani[sz]ed|toxic|dismissive|condescending|patroni[sz]ing|obnoxious|vindictive|inept|spineless|disrespectful)(?=\s*(?:[.,;:!?)…]|$|\s+(?:and|but|or|to|with|towards|about|again|at|on|in|when|because|as|so|today|recently|lately|all|every|most|these|this|tbh|honestly|though)\b))` +
    String.raw`|an?\s+(?:disgrace|liability|slacker|waste\s+of\s+space|nightmare\s+to\s+work\s+with)` +
    // "for repeated rudeness", "her laziness" (not "our campaign against rudeness")
    String.raw`|(?:(?:her|his|their|for)\s+(?:repeated\s+|constant\s+|persistent\s+|continued\s+|sheer\s+|gross\s+)?|(?:repeated|constant|persistent|continued|ongoing|sheer|gross)\s+)(?:rudeness|laziness|incompetence|unprofessionalism|arrogance)` +
    // "not everyone pulls their weight", "never pulls her weight"
    String.raw`|(?:not\s+everyone|nobody|no-?\s?one|doesn['’]?t|don['’]?t|didn['’]?t|never|won['’]?t|refuses\s+to|not|isn['’]?t|wasn['’]?t)\s+(?:pull(?:s|ed|ing)?\s+(?:their|her|his)\s+(?:own\s+)?weight|do(?:es|ing)?\s+(?:their|her|his)\s+(?:fair\s+)?(?:share|bit))` +
    String.raw`|skiv(?:ing|es|ed)|gossiping\s+about|(?:poor|bad|terrible|awful|shocking|appalling)\s+(?:performance|attitude|timekeeping|attendance|work\s+ethic)|attitude\s+problem|underperforming` +
    String.raw`|(?:always|constantly|forever)\s+(?:late|off\s+sick|on\s+(?:her|his|their)\s+phone|moaning|complaining)|(?:late|off\s+sick|sick)\s+again|(?:calls?|called|calling|rings?|rang)\s+in\s+sick` +
    String.raw`|(?:turned|turns|showed|shows)\s+up\s+late|failed\s+(?:her|his|their)\s+(?:[\w-]+\s+){0,3}?(?:probation|assessment|competency|competencies|exam|test|audit|revalidation|appraisal)` +
    String.raw`|not\s+(?:meeting|up\s+to)\s+(?:the\s+)?standards?|(?:can['’]?t|couldn['’]?t|didn['’]?t|doesn['’]?t|never)\s+(?:be\s+)?bother(?:ed|s)?` +
    String.raw`|(?:made|makes|making)\s+(?:a|another|so\s+many|more|yet\s+another)\s+(?:\w+\s+)?(?:mistakes?|errors?|blunders?)|messed\s+up|(?:rubbish|terrible|awful|hopeless|useless|bad)\s+at\s+(?:her|his|their|the)\b` +
    String.raw`|${RECORD}|${COMPARISON}|${NEGLECT}|(?:can['’]?t|cannot|couldn['’]?t)\s+(?:even\s+)?(?:${COMPETENCE})` +
    // "spends half his shift in the car park smoking"
    // "sends every email to the wrong person": a mistake
    String.raw`|(?:to|for|on|into)\s+the\s+wrong\s+(?:person|patient|ward|bed|address|department|people|one|arm|leg|side|notes)\b` +
    String.raw`|without\s+(?:telling|asking|informing|handing\s+over\s+to|checking\s+with)\s+(?:anyone|anybody|us|the\s+team|colleagues|the\s+nurse\s+in\s+charge)` +
    String.raw`|spends?\s+(?:half|most|all|much)\s+(?:of\s+)?(?:her|his|their|the)\s+(?:shift|day|time|night|morning)\s+(?:on\s+(?:her|his|their)\s+phone|in\s+the|smoking|chatting|gossiping|hiding|asleep|sleeping|on\s+(?:facebook|social\s+media|tiktok)|doing\s+nothing)` +
    // "four written warnings", "the students are terrified of her", "rules the ward with an iron fist"
    String.raw`|(?:final|written|verbal|formal)\s+warnings?\b(?!\s+(?:process|policy|procedure|template|system|letters?\s+template))` +
    String.raw`|(?:terrified|scared|afraid|frightened)\s+of\s+(?:her|him)\b|with\s+an\s+iron\s+(?:fist|rod)|like\s+a\s+(?:dictator|tyrant|sergeant[-\s]major)` +
    String.raw`)`,
  "gi",
);
/** What a judging question says someone does: "Why does Amy always disappear at lunch?" */
const QUESTION_VERB = String.raw`${DUTY}|leave\s+early|disappear|vanish|moan|whinge|complain|gossip|skive|ignore|turn\s+up\s+late|show\s+up\s+late|get\s+away\s+with|avoid|dodge|pass\s+the\s+buck|sit\s+on\s+(?:her|his|their)\s+phone|forget|mess\s+up|get\s+it\s+wrong`;
const LOOSE_NEGATED = /\b(?:never|not|n['’]t|no|hardly|anything\s+but|far\s+from|without)\s+(?:\w+\s+){0,2}$/i;

const PRONOUN = /\b(?:he|she|his|her|him|they|their|them)\b/i;
function hasLooseJudgement(s: string): boolean {
  for (const j of matchesOf(LOOSE, s)) {
    if (!LOOSE_NEGATED.test(s.slice(Math.max(0, j.index - 40), j.index))) return true;
  }
  return false;
}

/** Cheap gate: does the sentence contain anything judging at all? */
const GATE = new RegExp(
  String.raw`\b(?:${ADJECTIVE}|${VERB_PHRASE}|${PROCESS_NOUN}|poor|bad|unacceptable|illegible|unreadable|sub-?standard|laziness|lateness|rudeness|incompetence|timekeeping|negligence|sickness\s+absence|sick|skiv\w*|gossiping|bother\w*|standards?|probation|mistakes?|errors?|messed|(?:why|how\s+come)\s+(?:is|was|does|did|do|has|can['’]?t|won['’]?t|doesn['’]?t|didn['’]?t|isn['’]?t|hasn['’]?t|must))\b`,
  "gi",
);

/**
 * A question that judges: "Why is Dr Shaw so rude?", "Why does Emily always disappear at lunch?".
 * The copula or auxiliary comes before the name, so the text after it has none.
 */
const QUESTION_BEFORE = /\b(?:why|how\s+come)\s+(?:is|was|does|did|do|has|can['’]?t|won['’]?t|doesn['’]?t|didn['’]?t|isn['’]?t|hasn['’]?t|must)\s+$/i;
const QUESTION_AFTER = new RegExp(
  String.raw`^(?:${DEGREE}\s+${ARTICLE}(?:${ADJECTIVE})\b|(?:\s+(?:${ADVERB}|never|always|constantly|ever))+\s+(?:${QUESTION_VERB})\b)`,
  "iu",
);
/** A call-out: "looking at you, Kelly Graham", "naming no names, Gary". */
const CALL_OUT_BEFORE = /\b(?:looking\s+at\s+you|naming\s+no\s+names|not\s+naming\s+(?:any\s+)?names|no\s+names\s+mentioned|you\s+know\s+who\s+you\s+are|cough\s+cough)\s*[,:\-–—.!]*\s*$/i;

/** A first name typed in lower case straight before a judgement: "tbh dave on nights is useless". */
const LOWER_CASE_NAME = /(?<![\p{L}\p{N}'’@#.])\p{Ll}[\p{Ll}'’-]{1,14}(?![\p{L}\p{N}'’@-])/gu;

const MESSAGE =
  "This judges a named person's performance or character. Never post opinions about a colleague's work or conduct: remove it, and raise concerns through your line manager or Freedom to Speak Up.";
const PROCESS_MESSAGE =
  "This names a person in a disciplinary, capability or complaints process. Never post details of anyone's employment or of a complaint about them: remove it.";

function judgedAfter(text: string, m: PersonMention, sentenceEnd: number): number {
  const after = text.slice(m.end, Math.min(sentenceEnd, m.end + 160));
  const hit = AFTER_NAME.exec(after) ?? POSSESSIVE.exec(after) ?? POSSESSIVE_RECORD.exec(after) ?? POSSESSIVE_WORK.exec(after);
  if (hit) return m.end + hit[0].length;
  return BUT_WORD.test(after) && AFTER_NAME_BUT.test(after) ? m.end : -1;
}

function judgedBefore(text: string, m: PersonMention, sentenceStart: number, re: RegExp): boolean {
  const before = text.slice(Math.max(sentenceStart, m.start - 100), m.start);
  const hit = re.exec(before);
  return hit !== null && !NEGATED.test(before.slice(0, hit.index));
}

export const staffJudgement: Detector = ({ text }) => {
  if (text.length === 0) return [];
  const sentences = sentencesOf(text);
  const candidates = new Set<number>();
  for (const m of matchesOf(GATE, text)) candidates.add(sentenceIndexAt(text, m.index));
  for (const m of matchesOf(LOOSE, text)) candidates.add(sentenceIndexAt(text, m.index));

  const out: Finding[] = [];
  const judge = (m: PersonMention, end: number): void => {
    if (out.some((f) => f.start === m.start)) return;
    out.push(finding("pii.staff_judgement", "pii.staff-judgement.named-person", "block", m.start, Math.max(end, m.end), MESSAGE));
  };
  for (const i of [...candidates].sort((a, b) => a - b)) {
    const span = sentences[i];
    if (!span) continue;
    const people = peopleInSentence(text, i);
    for (const person of people) {
      const end = judgedAfter(text, person, span.end);
      const before = text.slice(Math.max(span.start, person.start - 60), person.start);
      const question = QUESTION_BEFORE.test(before) && QUESTION_AFTER.exec(text.slice(person.end, Math.min(span.end, person.end + 120)));
      if (question) {
        judge(person, person.end + question[0].length);
      } else if (end >= 0 || judgedBefore(text, person, span.start, ADJECTIVE_BEFORE)) {
        judge(person, end);
      } else if (CALL_OUT_BEFORE.test(before) && hasLooseJudgement(text.slice(span.start, span.end))) {
        judge(person, person.end);
      } else if (
        judgedBefore(text, person, span.start, PROCESS_BEFORE) ||
        POSSESSIVE_PROCESS.test(text.slice(person.end, Math.min(span.end, person.end + 60)))
      ) {
        out.push(finding("pii.staff_judgement", "pii.staff-judgement.disciplinary", "block", person.start, person.end, PROCESS_MESSAGE));
      }
    }
    // Loose judgements anywhere in the sentence go to the nearest name before them.
    if (people.length > 0) {
      const s0 = text.slice(span.start, span.end);
      for (const j of matchesOf(LOOSE, s0)) {
        const at = span.start + j.index;
        if (LOOSE_NEGATED.test(text.slice(Math.max(span.start, at - 40), at))) continue;
        const before = people.filter((p) => p.end <= at && at - p.end <= 120);
        // a name shortly after the judgement owns it ("... pulls their weight – looking at you, Kelly"),
        // unless it is a sign-off ("Patients who are rude will be asked to leave – Jo Hill, Head of Security")
        const after = people.find((p) => p.start >= at + j[0].length && p.start - (at + j[0].length) <= 40);
        const gap = after ? text.slice(at + j[0].length, after.start) : "";
        const signOff = /[–—-]\s*$/.test(gap) && !CALL_OUT_BEFORE.test(gap);
        const owner = before[before.length - 1] ?? (signOff ? undefined : after);
        if (owner && !out.some((f) => f.start === owner.start)) judge(owner, owner.end);
      }
    } else {
      // Names typed in lower case, only with a judgement straight after them.
      const s0 = text.slice(span.start, span.end);
      for (const w of matchesOf(LOWER_CASE_NAME, s0)) {
        if (!isFirstName(w[0])) continue;
        const m: PersonMention = { start: span.start + w.index, end: span.start + w.index + w[0].length, text: w[0], title: null };
        const end = judgedAfter(text, m, span.end);
        if (end >= 0) judge(m, end);
      }
    }
    // A judgement with no name in its sentence points back to the last name before it (at most
    // two sentences back) when it talks about "him" or "her" ("Meet Gary. Since then he has been
    // late 11 times.", "Sister Duffy runs a tight ship. Nobody dares be late 😬 She's a dragon!"),
    // or to the sentence before when that is just a name ("Gary Moss:\nlazy, always late").
    const s = text.slice(span.start, span.end);
    if (people.length === 0 && i > 0) {
      const pronoun =
        PRONOUN_JUDGEMENT.test(s) || PRONOUN_POSSESSIVE_JUDGEMENT.test(s) || PRONOUN_PROCESS.test(s) || (PRONOUN.test(s) && hasLooseJudgement(s));
      const prev = sentences[i - 1];
      const heading = prev !== undefined && text.slice(prev.start, prev.end).split(/\s+/).length <= 5 && hasLooseJudgement(s);
      for (let back = 1; back <= (pronoun ? 2 : heading ? 1 : 0) && i - back >= 0; back++) {
        const earlier = peopleInSentence(text, i - back);
        const last = earlier[earlier.length - 1];
        if (last) {
          judge(last, last.end);
          break;
        }
      }
    }
  }
  return out;
};
