import { finding, matchesOf } from "../finding.ts";
import type { Detector, Finding } from "../types.ts";
import { type PersonMention, ROLE, peopleInSentence, sentenceIndexAt, sentencesOf } from "./people.ts";

/*
 * pii.patient_identity: a named person identified as a patient or service user, or in
 * clinical care.
 *
 * A finding needs both, in the same sentence:
 *   - a cue that someone is in care: admitted, discharged, diagnosed, treated for/at/on,
 *     operated on, "his operation", recovering, receiving chemotherapy, on ward 4, in bed 12,
 *     in intensive care, "a patient called", "living with dementia", gave birth, born at our
 *     maternity unit...;
 *   - a person's name (people.ts) who is not shown to be staff or an official.
 * A sentence starting "He/She/They..." with a cue also points back at the last name of the
 * sentence before ("Meet Jack. He was admitted last week with sepsis.").
 * Active verbs whose object is the patient ("the team who treated Jim Brown", "cared for",
 * "looked after", "operated on", "lovely to discharge Mrs Holmes") count only when the name
 * follows them. A home-visit or clinic list names its patients as "Mr Yates, 12 Bridge Street";
 * a ward that "said goodbye to Mr Turner" discharged him. A date of birth alone is not a sign of
 * care (HR and payroll posts give staff's dates of birth too).
 *
 * Not flagged: named staff, speakers, officials and volunteers. A name is staff when it has a
 * professional title (Dr, Professor, Nurse, Sister, Matron, Midwife, Cllr, Sir, Dame), a role
 * just before it ("Healthcare assistant Gary Moss", "our Chief Nurse, Sarah Lewis"), a role
 * after it (", our Chief Nurse", "(ward manager)", ", one of our volunteers", "from our
 * estates team"), or a staff or speaker verb after it ("said", "joined", "works", "leads",
 * "opened", "visited"). Mr, Mrs, Ms, Miss and Baby are not professional titles. Staff can be
 * patients too: care said of the very person ("was admitted", "in bed 4") overrides all that, and
 * so does a ward or unit said of former staff ("Dr Forsyth, our retired GP, is in the stroke
 * unit") or of anyone wished a recovery in the same sentence ("Get well soon, Councillor Watts –
 * on our cardiology ward"). Award winners ("Nurse of the Year") and staff on placement or back
 * from leave are staff context.
 */

const STAFF_TITLES = new Set(["dr", "doctor", "prof", "professor", "nurse", "sister", "matron", "midwife", "cllr", "councillor", "rev", "revd", "reverend", "sir", "dame", "lord", "lady", "father"]);

const KIN_BEFORE = /\b(?:my|his|her|their|our)\s+(?:(?:big|little|older|younger|twin|baby)\s+)?(?:sister|brother|partner)\s*,?\s*$/i;
const ROLE_BEFORE = new RegExp(String.raw`\b(?:${ROLE})\s*[,:\-–]?\s*$`, "i");
const ROLE_AFTER = new RegExp(
  String.raw`^\s*(?:,|–|—|-|\(|:)\s*(?:who\s+is\s+|who\s+was\s+|is\s+|as\s+)?(?:(?:our|the|a|an|one\s+of\s+(?:our|the)|a\s+member\s+of\s+(?:our|the)|part\s+of\s+(?:our|the)|from\s+(?:our|the)|of\s+(?:our|the)|at\s+(?:our|the)|with\s+(?:our|the)|and\s+(?:our|the))\s+)?((?:[\p{L}'’&\-]+\s+){0,4}?)(?:${ROLE})\b`,
  "iu",
);
const NOT_IN_ROLE_PHRASE = /\b(?:was|were|had|has|by|treated|cared|for|with|after|admitted|who|whose|her|his|their)\b/i;
const STAFF_VERB_AFTER =
  /^\s*(?:,\s*)?(?:who\s+)?(?:has\s+|have\s+|had\s+|will\s+|is\s+|was\s+|also\s+|recently\s+|today\s+)*(?:said|says|explained|explains|added|adds|commented|comments|told|joined|joins|works|worked|working|leads|led|manages|managed|runs|ran|retires|retired|retiring|qualified|trained|volunteers|volunteered|volunteering|presented|presents|opened|opens|spoke|speaks|speaking|hosted|hosts|chaired|chairs|visited|visits|welcomed|welcomes|thanked|praised|nominated|won|wins|organised|organized|launched|launches|urges|urged|encourages|encouraged|reminds|reminded|advises|advised|explains|shares\s+(?:tips|advice|how)|gives\s+advice|gave\s+advice|wrote|writes|led|leads|runs|ran|hosts|hosted|delivered|delivers|teaches|taught|answers|answered|is\s+(?:leading|running|hosting|delivering|organising)|started\s+(?:work|as)|began\s+(?:work|as)|completed\s+(?:her|his|their)\s+(?:training|degree|apprenticeship)|has\s+been\s+(?:appointed|named|shortlisted|nominated)|was\s+(?:appointed|named|shortlisted|nominated)|received\s+(?:an?\s+|the\s+)?(?:award|honour|mbe|obe|cbe))\b/i;
const SPEAKER_BEFORE = /\b(?:said|says|explained|added|according\s+to|led\s+by|hosted\s+by|presented\s+by|chaired\s+by|opened\s+by|run\s+by|delivered\s+by|thanks?\s+to\s+(?:our|the))\s*,?\s*$/i;

/** Illnesses, injuries and procedures that, said of a named person, put them in care. */
const CONDITION = String.raw`(?:(?:breast|bowel|prostate|lung|skin|blood|brain|ovarian|cervical|testicular|pancreatic|kidney|liver)\s+cancer|cancer|dementia|diabetes|autism|epilepsy|copd|asthma|hiv|ms|multiple\s+sclerosis|motor\s+neurone\s+disease|mnd|parkinson['’]?s|alzheimer['’]?s|heart\s+failure|heart\s+attack|heart\s+condition|kidney\s+(?:disease|failure)|long\s+covid|covid|arthritis|(?:a\s+)?(?:learning\s+)?disability|mental\s+illness|depression|bipolar|schizophrenia|crohn['’]?s|colitis|lupus|sickle\s+cell|cystic\s+fibrosis|leukaemia|lymphoma|myeloma|tumou?r|stroke|sepsis|meningitis|pneumonia|bronchiolitis|appendicitis|tonsillitis|concussion|a\s+rare\s+condition|(?:a\s+)?rare\s+disease|tonsils|appendix|gallbladder|cataracts?|hernia)(?!\s+(?:research|services?|units?|teams?|nurses?|specialists?|care|centres?|screening|awareness|charity|charities|support|wards?|clinics?|champions?|leads?|consultants?|pathway|network|trials?|week|month|day|fund|appeal))`;

/** Cues that a person is (or was) in clinical care, wherever the name sits in the sentence. */
const STATE_CUES: [StateKind, RegExp][] = [
  [
    "ward",
    /\b(?:on|in|onto|from|to|into)\s+(?:our\s+|the\s+)?ward\s+\d+[a-z]?\b|\b(?:bed|bay|room|cubicle|side\s+room)\s+\d+[a-z]?\b|\b(?:on|in)\s+(?:the|our)\s+(?:[\w'’-]+\s+){1,2}?(?:unit|ward)\b(?!\s+(?:team|staff|manager|matron|sister|nurses?|colleagues|volunteers?|for|in|at|has|have|is|was|were|are|opened|reopened|won))/gi,
  ],
  [
    "care",
    /\b(?:was|were|been|being|got|is|are|gets|re-?)\s*admitted\b|\badmitted\s+(?:to|into|onto|on|with|after|for|last|yesterday|overnight|this)\b|\bdischarged\b(?!\s+(?:\d|more|over|the|all|every|patients|people|hundreds|dozens|a\s+record|record))|\bdischarge\s+(?:home|from)\b|\bdiagnos(?:ed|is|es)\b|\b(?:was|were|been|being|is|are|got)\s+treated\b|\btreated\s+(?:for|at|on|in|after|here|successfully)\b|\boperated\s+on\b|\brecover(?:ing|ed)\b|\bon\s+the\s+mend\b|\bget\s+well\s+soon\b|\bspeedy\s+recovery\b|\b(?:full|good|great|remarkable|amazing)\s+recovery\b|\bhome\s+(?:after|from)\b|\b(?:left|leaving|leave|leaves)\s+hospital\b|\b(?:rushed|taken|brought|airlifted|transferred|blue-?lighted)\s+(?:in\s+)?(?:to|into)\b|\bcared\s+for\s+(?:by|on|in|at)\b|\b(?:in|under)\s+(?:our|the)\s+care\b|\bunder\s+the\s+care\s+of\b|\ball[-\s]clear\b|\b(?:for|awaiting|ready\s+for|due\s+for)\s+discharge\b|\bdue\s+to\s+be\s+discharged\b|\bseen\s+(?:in|at)\s+(?:A&E|ED|the\s+emergency\s+department|resus|our\s+(?:urgent|emergency|walk-in))|\b(?:came|come|comes|brought)\s+in\s+(?:with|after|by\s+ambulance)\b|\bpresented\s+with\b|\battended\s+(?:A&E|ED|the\s+emergency\s+department)\b|\b(?:critical|stable|serious|comfortable|poorly)\s+condition\b|\bis\s+(?:comfortable|poorly|critically\s+ill|seriously\s+ill)\b|\bsectioned\b|\bdetained\s+under\b|\b(?:pregnant|mum-to-be|expectant\s+(?:mum|mother)|expecting\s+(?:a\s+baby|twins|triplets))\b|\bNHS\s+(?:number|no\.?)\b|\bhospital\s+(?:number|no\.?)\b|\bMRN\b|\bhad\s+(?:his|her|their)\s+[\w'’-]+\s+(?:out|removed|fixed|replaced|set|amputated)\b|\bafter\s+(?:\d+|a\s+few|several|two|three|four|five|six|seven|eight|nine|ten|many)\s+(?:days|nights|weeks)\s+(?:with\s+us|in\s+(?:hospital|our\s+care|(?:the\s+)?(?:ICU|ITU|HDU|intensive\s+care|neonatal\s+unit|SCBU|NICU))|on\s+(?:the|our)\s+wards?)\b/gi,
  ],
  [
    "care",
    new RegExp(
      String.raw`\b(?:his|her|their)\s+(?:(?:[\w'’-]+\s+)?(?:operation|surgery|op|treatment|transplant|diagnosis|illness|injury|injuries|condition|fall|recovery|chemo\w*|radiotherapy|scan|stay|birth|labour|delivery|caesarean|prognosis|symptoms|medication|admission|discharge|accident|fracture|amputation|hip|knee|baby)|${CONDITION})\b`,
      "gi",
    ),
  ],
  [
    "care",
    /\b(?:receiving|received|receives|having|had|has|undergoing|underwent|undergone|needed|needs|needing|started|starts|finished|finishes|completed|completes)\s+(?:(?:his|her|their|a|an|the|life-?saving|emergency|major|successful|first|final|last|round\s+of|course\s+of|cycle\s+of)\s+){0,3}(?:treatment|chemo(?:therapy)?|radiotherapy|dialysis|surgery|operation|transplant|physio(?:therapy)?|rehab(?:ilitation)?|scan|biopsy|stroke|heart\s+attack|baby|seizure|intensive\s+care|palliative\s+care|IVF|caesarean|c-section)\b/gi,
  ],
  [
    "care",
    /\b(?:in|into|to|from|on)\s+(?:the\s+|our\s+)?(?:intensive\s+care|ICU|ITU|HDU|A&E|A\s+and\s+E|resus|neonatal\s+(?:unit|intensive\s+care)|NICU|SCBU|special\s+care|high\s+dependency|critical\s+care|emergency\s+department|coronary\s+care|hospice)\b(?!\s+(?:team|staff|department|colleagues|nurses|doctors|consultants?|managers?|leads?|matrons?|sisters?|volunteers?|porters?|services?|radio|trust|charity|league|friends|shop|site|car|wards?))|\b(?:in|into|to|from)\s+hospital\b(?!\s+(?:team|staff|colleagues|radio|charity|league|friends|shop|site|car|services?))/gi,
  ],
  [
    "care",
    new RegExp(
      String.raw`\bafter\s+(?:(?:a|an|his|her|their|major|emergency|life-?saving|successful)\s+)?(?:surgery|operation|op|transplant|treatment|chemo\w*|radiotherapy|stroke|heart\s+attack|fall|accident|diagnosis|car\s+crash|cardiac\s+arrest)\b|\b(?:who\s+)?(?:has|had|have)\s+(?:(?:a|an|stage\s+\d|terminal|advanced|rare|severe)\s+)?${CONDITION}\b|\b(?:suffer(?:s|ed|ing)?)\s+(?:from|with|a|an)\b|\b(?:living|lives|diagnosed|born|struggling|coping)\s+with\s+(?:[\w'’-]+\s+){0,2}?${CONDITION}\b|\bbattl(?:e|ed|ing)\s+(?:with\s+|against\s+)?(?:[\w'’-]+\s+)?${CONDITION}\b|\bbeat(?:en)?\s+(?:[\w'’-]+\s+)?cancer\b|\b(?:chemo(?:therapy)?|radiotherapy|dialysis|palliative|end\s+of\s+life|transplant|hip\s+replacement|knee\s+replacement|amputation|premature(?:ly)?|weeks\s+early|stillborn|miscarriage|sepsis|meningitis|leukaemia)\b|\b(?:broken|broke|breaking|breaks|fractured|fracturing|dislocated|dislocating)\s+(?:(?:his|her|their|a|an|both)\s+)?(?:arm|arms|leg|legs|hip|wrist|ankle|collarbone|bone|neck|back|foot|elbow|shoulder|knee|nose|jaw|pelvis|ribs?)\b|\bfractured\b`,
      "gi",
    ),
  ],
  [
    "birth",
    /\bwelcome\s+to\s+the\s+world\b|\bborn\s+(?:at|on)\s+(?:\d|(?:mon|tues|wednes|thurs|fri|satur|sun)day)|\bweighing\s+(?:in\s+at\s+)?\d|\bgave\s+birth\b|\bgiving\s+birth\b|\bnew-?born\b|\bwelcomed?\s+(?:baby|their|her|a\s+baby|twins|triplets)\b|\bborn\s+(?:at|in)\s+(?:our|the)\s+(?:[\w'’-]+\s+){0,3}?(?:hospital|unit|centre|ward|suite|infirmary|birth|maternity|rvi)\b|\bbaby\s+(?:boy|girl)\b|\bdeliver(?:ed|ing)?\s+(?:baby|by|at|in|twins|triplets|a\s+baby|their|her)\b|\b(?:our|the)\s+first\s+baby\b|\barrival\s+of\s+(?:baby|their|twins)\b/gi,
  ],
];

/** Words that do not make "patient" a person: "patient experience", "patient safety"... */
const PATIENT_MODIFIED =
  "experience|safety|care|records?|information|data|surveys?|transport|panels?|participation|groups?|forums?|leaders?|partners?|representatives?|reps?|voices?|advice|liaison|services?|flow|pathways?|feedback|stories|engagement|involvement|needs|choice|portal|app|access|education|champions?|ambassadors?|council|charter|lists?|numbers?|centred|centered|focused|facing|first|led|outcomes?|benefits?|waiting|journey|views?|initiated|reported|held|level|cohort|population|demand|activity|beds?|areas?|rooms?|facilities|and|or";
/** "Patient John Smith", "a patient called Peter Hall", "our patient of the week, Margaret Wilson". */
const PATIENT_BEFORE = new RegExp(
  String.raw`\b(?:(?:in|out)?patient|service\s+user|survivor|care\s+home\s+resident)(?:\s+(?:of\s+the\s+(?:week|month|year)|called|named|known\s+as))?\s*[,:\-–]?\s*(?:(?:little|young|brave|baby)\s+)?$`,
  "i",
);
/** "Tomasz Nowak, a service user at...", "Jim, one of our patients", "Ann, 84, who was a patient here". */
const PATIENT_AFTER = new RegExp(
  String.raw`^(?:\s*\([^)]{0,40}\))?(?:\s*,\s*\d{1,3}\s*,)?\s*(?:,|–|—|-|\(|\bis\b|\bwas\b|\bwho\s+is\b|\bwho\s+was\b|\bbecame\b|\bhas\s+been\b)\s*(?:(?:a|an|our|the|one\s+of\s+our|a\s+former|a\s+long-?term|a\s+young|a\s+regular)\s+)?(?:[\p{L}\-]+\s+){0,2}?(?<!\b(?:most|so|very|really|incredibly|more|less|endlessly|extremely|too|always|infinitely|super|amazingly|remarkably|wonderfully|ever\s+so)\s+)(?:(?:in|out)?patients?|service\s+users?|residents?\s+(?:at|of|in)\s+(?:\w+\s+){0,3}?(?:care|nursing)\s+home)\b(?!\s+(?:${PATIENT_MODIFIED})\b)`,
  "iu",
);
/**
 * Care said of this very person, straight after the name: "HCA Jane Smith was admitted with
 * pneumonia", "retired GP Dr Alan Hart, 81, is on our stroke unit". Staff can be patients too,
 * so this overrides everything that marks a name as staff.
 */
const PREDICATE_CARE = new RegExp(
  String.raw`^(?:['’]s)?(?:\s*\([^)]{0,40}\))?(?:\s*,[^,.;!?]{0,60},)?(?:\s*[,–—:-])?\s*(?:who\s+)?(?:(?:is|was|were|has|had|have|been|being|got|also|now|still|recently|sadly|unfortunately|currently|presently|today|yesterday|himself|herself|themselves)\s+){0,4}(?:(?:re-?)?admitted|diagnosed|recovering|recovered|treated\s+for|discharged|undergoing|underwent|receiving\s+(?:treatment|chemo\w*|radiotherapy|dialysis|care|end\s+of\s+life\s+care|palliative\s+care)|suffered|living\s+with|operated\s+on|fighting|battling|had\s+(?:a\s+|an\s+)?(?:stroke|heart\s+attack|fall|surgery|operation|transplant|baby)|(?:in|into)\s+(?:intensive\s+care|ICU|ITU|HDU|hospital|A&E|resus|a\s+hospice)|(?:on|in)\s+(?:our\s+|the\s+)?(?:ward\s+\d+|(?:[\w'’-]+\s+){1,2}(?:unit|ward))|(?:in|on)\s+(?:bed|bay|side\s+room|cubicle)\s+\d+)\b`,
  "iu",
);
/** Only a place, which staff work in too ("Dr Patel on the stroke unit", "in bay 3"); a bed number is never a worker's. */
const LOCATION_ONLY = /(?:on|in)\s+(?:our\s+|the\s+)?(?:ward\s+\d+|(?:[\w'’-]+\s+){1,2}(?:unit|ward)|(?:bay|side\s+room|cubicle)\s+\d+)$/i;
const FORMER = /\b(?:retired|former|ex-?)\s+(?:[\p{L}-]+\s+){0,3}$/iu;
/** "Dr Ian Forsyth, our retired GP, ...": former staff said in an appositive after the name. */
const FORMER_AFTER = /^(?:['’]s)?\s*(?:,|\(|–|—|-)\s*(?:(?:our|a|the|one\s+of\s+our)\s+)?(?:much-loved\s+|long-serving\s+)?(?:retired|former|ex-?)\b/iu;
/** A get-well wish in the sentence: whoever is on a ward in it is ill, whatever their title. */
const GET_WELL = /\bget\s+well\b|\bspeedy\s+recovery\b|\bwishing\s+(?:\p{L}+\s+){1,4}(?:well|a\s+(?:speedy|quick|full)\s+recovery)\b/iu;

/** A sentence about somebody's job: "on her retirement after 30 years on Ward 4". */
const STAFF_CONTEXT =
  /\b(?:(?:nurse|midwife|doctor|volunteer|employee|colleague|team\s+member|porter|manager|leader|apprentice|student|carer|clinician|therapist|hca|assistant|receptionist|administrator|star|unsung\s+hero)\s+of\s+the\s+(?:year|month|week|quarter)|retire(?:s|ment|ing)?|long[-\s]service|years\s+of\s+(?:service|dedication)|(?:her|his|their)\s+career|promoted|promotion|appointed|new\s+role|new\s+starter|joined\s+(?:us|the\s+team|our)|placements?|secondments?|internships?|work\s+experience|rotations?|shadowing|(?:maternity|paternity|parental|adoption|sick)\s+leave|career\s+break|sabbatical|back\s+to\s+work|return(?:s|ed|ing)?\s+to\s+work|welcome\s+to\s+the\s+team|shortlisted|nominated|award|awards|graduated|qualified|apprenticeship|preceptorship|(?:night|day|late|early|long)\s+shifts?|on\s+nights|rota|covering|(?:her|his|their|whose)\s+(?:work|shift|team|colleagues))\b/i;
const POSTNOMINAL = /^\s*,?\s*(?:MP|MSP|MS|MEP|OBE|MBE|CBE|DBE|KBE|QC|KC|PhD|FRCS|FRCP|FRCN|RN|RGN|RMN|DL|JP)\b/;

/** Verbs whose object is the patient: the name must follow ("the team who treated Jim Brown"). */
const OBJECT_CUE = /\b(?:cared\s+for|caring\s+for|care\s+for|looked\s+after|looking\s+after|look\s+after|treat(?:ed|ing)?|operat(?:e|ed|ing)\s+on|saved|deliver(?:ed|ing)|nursed|discharg(?:e|ed|ing)|admit(?:ted|ting)|resuscitat(?:e|ed|ing)|visiting)\s+(?:little\s+|baby\s+|young\s+|brave\s+)?$/i;

/**
 * A round of visits or a list of appointments ("Home visits today: Mr Yates, 12 Bridge Street,
 * then Mrs Shah..."): the people on it are patients when they are listed the way patients are,
 * as Mr/Mrs/Ms with a surname or a name followed by an address or an age.
 */
const VISIT_LIST = /\b(?:home|house|domiciliary|community)\s+visits?\b|\bhouse\s+calls?\b|\b(?:visit|visits|clinic|theatre|discharge|patient)\s+lists?\b|\bcaseload\b|\bdistrict\s+nurs(?:e|es|ing)\s+(?:visits?|rounds?)\b/i;
const PERSONAL_TITLES = new Set(["mr", "mrs", "ms", "miss", "mx", "master"]);
const LISTED_AFTER = /^\s*(?:,|\(|–|—|-|:)\s*(?:(?:flat|apartment)\s+\d+[a-z]?,?\s+)?\d{1,4}[a-z]?\b/i;
function listedAsPatient(text: string, sentenceEnd: number, m: PersonMention): boolean {
  return (m.title !== null && PERSONAL_TITLES.has(m.title)) || LISTED_AFTER.test(text.slice(m.end, Math.min(sentenceEnd, m.end + 30)));
}

/** A ward or unit saying goodbye to a Mr or Mrs: "Our stroke unit said goodbye to Mr Alf Turner" (staff leaving are named by role). */
const FAREWELL_BEFORE =
  /\b(?:ward|unit|team|staff|nurses|we)\s+(?:\w+\s+)?(?:said|say|says|saying|bade|bid)\s+(?:goodbye|farewell)\s+to\s+$|\b(?:ward|unit|team|staff|nurses|we)\s+(?:\w+\s+)?(?:waved?|waving)\s+(?:off|goodbye\s+to)\s+$/i;

const PRONOUN_START = /^\s*(?:["“'‘]?\s*)(?:he|she|they|his|her|their)\b/i;
const PRONOUN_STAFF = /^\s*(?:["“'‘]?\s*)(?:he|she|they)\s+(?:has\s+|have\s+|had\s+|is\s+|was\s+|also\s+)*(?:said|says|works|worked|working|joined|leads|led|manages|runs|volunteers|volunteered|retires|retired|qualified|trained|cares|cared|treats|treated|nurses|looks\s+after|looked\s+after|supports|supported)\b/i;

type CueKind = "ward" | "care" | "patient" | "birth";
type StateKind = Exclude<CueKind, "patient">;

function labelledPatient(text: string, sentenceStart: number, sentenceEnd: number, m: PersonMention): boolean {
  if (m.title === "baby") return false;
  const before = text.slice(Math.max(sentenceStart, m.start - 50), m.start);
  const after = text.slice(m.end, Math.min(sentenceEnd, m.end + 80));
  return PATIENT_BEFORE.test(before) || PATIENT_AFTER.test(after);
}

/** Care said straight after the name: "strong" (admitted, diagnosed...) or only a "location" (on Ward 4). */
function careSaidOf(text: string, sentenceEnd: number, m: PersonMention): "strong" | "location" | null {
  const hit = PREDICATE_CARE.exec(text.slice(m.end, Math.min(sentenceEnd, m.end + 140)));
  if (!hit) return null;
  return LOCATION_ONLY.test(hit[0]) ? "location" : "strong";
}

/**
 * A cue about other people: "Lewis Hamilton sent a message to patients on the children's ward",
 * "Rosie visits patients on Ward 12". Plural people between the name and the cue own the cue.
 */
const OTHERS = /\b(?:patients|children|families|residents|people|babies|mums|mothers|parents|visitors|others|everyone|them|service\s+users)\b/i;
function aboutOthers(s: string, nameStart: number, nameEnd: number, cue: { start: number; end: number }): boolean {
  const between = cue.start >= nameEnd ? s.slice(nameEnd, cue.start + (cue.end - cue.start)) : s.slice(cue.start, nameStart);
  return OTHERS.test(between);
}

function isStaff(text: string, sentenceStart: number, sentenceEnd: number, m: PersonMention): boolean {
  if (m.title && STAFF_TITLES.has(m.title)) return true;
  if (/^(?:The\s+)?(?:Rt\.?\s+)?Hon\.?\s/u.test(m.text)) return true;
  if (POSTNOMINAL.test(text.slice(m.end, m.end + 12))) return true;
  const before = text.slice(Math.max(sentenceStart, m.start - 60), m.start);
  // "my sister Beth", "his brother Sam" are family, not a ward sister
  if ((ROLE_BEFORE.test(before) && !KIN_BEFORE.test(before)) || SPEAKER_BEFORE.test(before)) return true;
  let after = text.slice(m.end, Math.min(sentenceEnd, m.end + 120));
  after = after.replace(/^['’]s\b/, "");
  // skip one parenthetical or age: "Doris Kemp (born 5 May 1934), one of our volunteers", "Sam, 7,"
  const skipped = after.replace(/^\s*\([^)]{0,60}\)/, "");
  for (const a of [after, skipped]) {
    const role = ROLE_AFTER.exec(a);
    if (role && !NOT_IN_ROLE_PHRASE.test(role[1] ?? "")) return true;
    if (STAFF_VERB_AFTER.test(a)) return true;
  }
  return false;
}

function cuesIn(s: string): { kind: StateKind; start: number; end: number }[] {
  const out: { kind: StateKind; start: number; end: number }[] = [];
  for (const [kind, re] of STATE_CUES) {
    for (const m of matchesOf(re, s)) out.push({ kind, start: m.index, end: m.index + m[0].length });
  }
  return out;
}

const ANY_CUE = new RegExp(
  [
    ...STATE_CUES.map(([, re]) => re.source),
    OBJECT_CUE.source.replace(/\$$/, ""),
    VISIT_LIST.source,
    String.raw`\b(?:said|say|says|saying|bade|bid)\s+(?:goodbye|farewell)\s+to\b|\b(?:waved?|waving)\s+(?:off|goodbye\s+to)\b`,
    String.raw`\b(?:(?:in|out)?patient|service\s+users?|survivor|resident)\b`,
  ]
    .map((s) => `(?:${s})`)
    .join("|"),
  "gi",
);

const RULES: Record<CueKind, string> = {
  care: "pii.patient-identity.named-in-care",
  ward: "pii.patient-identity.named-on-ward",
  patient: "pii.patient-identity.named-patient",
  birth: "pii.patient-identity.named-newborn-or-mother",
};

const MESSAGES: Record<CueKind, string> = {
  care: "This names someone as being in clinical care (treated, admitted, recovering...). Never identify a patient in a post: remove the name and anything else that identifies them, unless the communications team holds their written consent for this story.",
  ward: "This names someone on a ward or in a bed. Never identify a patient in a post: remove the name and the ward or bed, unless the communications team holds their written consent.",
  patient: "This names someone as a patient or service user. Never identify a patient in a post: remove the name, unless the communications team holds their written consent for this story.",
  birth: "This names a mother or a newborn baby in our care. Never identify patients in a post: remove the names, unless the communications team holds the family's written consent.",
};

export const patientIdentity: Detector = ({ text }) => {
  if (text.length === 0) return [];
  const sentences = sentencesOf(text);
  const cueSentences = new Set<number>();
  for (const m of matchesOf(ANY_CUE, text)) cueSentences.add(sentenceIndexAt(text, m.index));

  const out: Finding[] = [];
  const flagged = new Set<number>();
  const flag = (m: PersonMention, kind: CueKind): void => {
    if (flagged.has(m.start)) return;
    flagged.add(m.start);
    out.push(finding("pii.patient_identity", RULES[kind], "block", m.start, m.end, MESSAGES[kind]));
  };

  for (const i of [...cueSentences].sort((a, b) => a - b)) {
    const span = sentences[i];
    if (!span) continue;
    const s = text.slice(span.start, span.end);
    const cues = cuesIn(s);
    const kind = cues.find((c) => c.kind !== "care")?.kind ?? cues[0]?.kind ?? "care";
    const staffContext = STAFF_CONTEXT.test(s);
    const visitList = VISIT_LIST.test(s);
    const people: PersonMention[] = [];
    for (const m of peopleInSentence(text, i)) {
      if (labelledPatient(text, span.start, span.end, m)) {
        flag(m, "patient");
        continue;
      }
      // Staff can be patients too: care said of the very person overrides what marks them as staff,
      // but a place alone does not ("Dr Patel on the stroke unit" works there) unless they are
      // former staff ("retired GP Dr Alan Hart, 81, is on our stroke unit").
      const said = careSaidOf(text, span.end, m);
      const former =
        FORMER.test(text.slice(Math.max(span.start, m.start - 60), m.start)) || FORMER_AFTER.test(text.slice(m.end, Math.min(span.end, m.end + 40)));
      if (said === "strong" || (said === "location" && (former || GET_WELL.test(s)))) {
        flag(m, said === "strong" ? kind : "ward");
        continue;
      }
      if (staffContext || isStaff(text, span.start, span.end, m)) continue;
      people.push(m);
      const rel = m.start - span.start;
      const own = cues.filter((c) => !aboutOthers(s, rel, m.end - span.start, c));
      if (own.length > 0) flag(m, own.find((c) => c.kind !== "care")?.kind ?? own[0]?.kind ?? "care");
      else if (OBJECT_CUE.test(s.slice(Math.max(0, rel - 40), rel))) flag(m, "care");
      else if (visitList && listedAsPatient(text, span.end, m)) flag(m, "care");
      else if (m.title !== null && PERSONAL_TITLES.has(m.title) && FAREWELL_BEFORE.test(s.slice(Math.max(0, rel - 60), rel))) flag(m, "care");
    }

    // "Meet Jack. He was admitted last week": a pronoun-led cue sentence points back one sentence.
    if (people.length === 0 && cues.length > 0 && PRONOUN_START.test(s) && !PRONOUN_STAFF.test(s) && i > 0) {
      const prev = sentences[i - 1];
      if (!prev || STAFF_CONTEXT.test(text.slice(prev.start, prev.end))) continue;
      const earlier = peopleInSentence(text, i - 1).filter((m) => !isStaff(text, prev.start, prev.end, m));
      const last = earlier[earlier.length - 1];
      if (last) flag(last, kind);
    }
  }
  return out;
};
