import { finding, matchesOf } from "../finding.ts";
import type { Detector, Finding } from "../types.ts";
import { type PersonMention, ROLE, peopleInSentence, sentenceIndexAt, sentencesOf } from "./people.ts";

/*
 * pii.patient_identity: a named person identified as a patient or service user, or in
 * clinical care.
 *
 * A finding needs a person's name (people.ts) and, in the same sentence, one of these kinds of
 * statement:
 *   - a patient label on the name: "Patient John Smith", "service user spotlight: Daniel",
 *     "Ivy Cartwright, 96, was our 1,000th hip replacement patient";
 *   - care said of the name itself (admitted, diagnosed, treated for, recovering, on dialysis,
 *     in bed 4, died on our ward, "NHS number ..." beside it). This is strong: it holds even
 *     for staff and officials, who can be patients too;
 *   - the name as the object of care: "the team who treated Jim", "fitted a pacemaker for
 *     Councillor Keane", or a clinical team that "visited Cyril, 88" or "supported Ryan, a young
 *     man from Coleraine" (a private person: an age, Mr/Mrs, "a young man from");
 *   - a care cue elsewhere in the sentence: an illness ("who has neuroblastoma", "lived with
 *     type 1 diabetes"), a treatment ("his IV antibiotics", "completed our cardiac rehab
 *     programme"), a place of care ("on Ward 7", "in our intensive care unit"), an appointment
 *     ("booked for the 10am slot in endoscopy"), a birth at one of our units ("born at
 *     Raigmore", "gave birth on our labour ward"). These are weaker: they do not count for a
 *     name shown to be staff, and not when other people own them ("visits patients on Ward 12");
 *   - a sentence starting "He/She/They..." with a cue points back at the last name of the
 *     sentence before ("Meet Jack. He was admitted last week with sepsis.").
 *
 * A name is staff when it has a professional title (Dr, Professor, Nurse, Sister, Matron,
 * Midwife, Cllr, Sir, Dame), a role just before it ("Healthcare assistant Gary Moss"), a role
 * after it (", our Chief Nurse", "(ward manager)", "on Ward 9, the only HCA", "is the best nurse
 * on the unit"), a staff or speaker verb after it ("said", "joined", "leads", "opened"), is
 * thanked for something ("Thanks to Jo on Ward 4 for organising..."), or the sentence is about
 * somebody's job (awards, retirement, placements, leave). Mr, Mrs, Ms, Miss and Baby are not
 * professional titles.
 *
 * Clinical words in other senses are not cues: "admitted that" (a confession), "admitted as a
 * Fellow", "discharged his duties", "the Ward 10 team", "born in 1820", a baby "born to our
 * physio Gemma" with no place of birth (a staff announcement, not a birth in our care).
 */

const alt = (...parts: string[]): string => parts.map((p) => `(?:${p})`).join("|");

const STAFF_TITLES = new Set(["dr", "doctor", "prof", "professor", "nurse", "sister", "matron", "midwife", "cllr", "councillor", "rev", "revd", "reverend", "sir", "dame", "lord", "lady", "father"]);
const PERSONAL_TITLES = new Set(["mr", "mrs", "ms", "miss", "mx", "master"]);

// ---------------------------------------------------------------------------------------
// Clinical words, and their other senses

/** "admitted" to care, not a confession ("admitted that", "admitted to making") or a membership ("admitted as a Fellow"). */
const ADMITTED = String.raw`(?:re-?)?admitted(?!\s+(?:that|it\b|(?:she|he|they|we|i|you)\b|(?:publicly|openly|frankly|honestly|privately|later)\b|to\s+[a-z]+ing\b|to\s+the\s+(?:fellowship|college|bar|roll|register|order|society|academy|faculty)|as\s+(?:a|an)\s+(?:fellow|member|honorary|associate)|(?:his|her|their|the|a|an|its|our)\s+(?:[\w'’-]+\s+)?(?:mistakes?|errors?|fault|failings?|part|guilt|role|responsibility|defeat|liability|wrongdoing)|defeat|fault|liability|responsibility|guilt|wrongdoing|mistakes?|errors?|failings?))`;
/** "discharged" from care, not "discharged his duties", "discharged 40 patients" or from the army. */
const DISCHARGED = String.raw`discharged\b(?!\s+(?:\d|more|over|the|all|every|patients|people|hundreds|dozens|a\s+record|record|(?:his|her|their|its|our)\s+(?:[\w'’-]+\s+){0,2}?(?:duties|duty|responsibilities|obligations?|role|functions|debts?)|(?:from|by)\s+the\s+(?:army|navy|raf|forces|military|court|tribunal)))`;

/** Illnesses, injuries and procedures that, said of a named person, put them in care. */
const CONDITION_NAMES = String.raw`(?:(?:breast|bowel|prostate|lung|skin|blood|brain|ovarian|cervical|testicular|pancreatic|kidney|liver)\s+cancer|cancer|dementia|diabetes|autism|epilepsy|copd|asthma|hiv|ms|multiple\s+sclerosis|motor\s+neurone\s+disease|mnd|parkinson['’]?s|alzheimer['’]?s|heart\s+failure|heart\s+attack|long\s+covid|covid(?:-19)?|arthritis|(?:a\s+)?(?:learning\s+)?disability|mental\s+illness|depression|anxiety|psychosis|bipolar|schizophrenia|anorexia|bulimia|crohn['’]?s|colitis|lupus|sickle\s+cell|cystic\s+fibrosis|leukaemia|stroke|sepsis|meningitis|pneumonia|bronchiolitis|concussion|tonsils|appendix|gallbladder|cataracts?|hernia|(?:leg\s+|pressure\s+|stomach\s+)?ulcers?|(?:stab|gunshot|head|chest)\s+wounds?|(?:serious|severe|bad)\s+burns|a\s+rare\s+condition|(?:a\s+)?rare\s+disease)`;
/**
 * Disease words by their shape: "-oma" (neuroblastoma, lymphoma), "-itis", "-osis", "-aemia",
 * "-pathy", "-plegia", and "... syndrome/disease/disorder/palsy/condition/infection"; not the
 * ordinary words of the same shape (diploma, empathy, academia, trophy, diagnosis).
 */
const CONDITION_SHAPES = String.raw`(?!(?:diploma|aroma|empathy|sympathy|apathy|telepathy|antipathy|academia|diagnosis|prognosis|osmosis|trophy)\b)[a-z]{3,}(?:omas?|itis|osis|aemia|emia|pathy|plegia)|(?:[\w'’-]+\s+){0,2}?(?:syndromes?|diseases?|disorders?|palsy|deficiency|infections?|conditions?|tumou?rs?)`;
/** Not when the condition names a service or an event: "cancer research", "diabetes team", "stroke awareness". */
const NOT_SERVICE = String.raw`(?!\s+(?:research|services?|units?|teams?|nurses?|specialists?|care|centres?|screening|awareness|charity|charities|support|wards?|clinics?|champions?|leads?|consultants?|pathway|network|trials?|week|month|day|fund|appeal|prevention|control|specialism|expert|experts|lecture|machines?|equipment|nursing))`;
const CONDITION = String.raw`(?:${CONDITION_NAMES}|${CONDITION_SHAPES})\b${NOT_SERVICE}`;

/** Someone's own care: "his IV antibiotics", "her final radiotherapy session", "their son's surgery" (not "her transplant team"). */
const OWN_CARE_NOUNS = String.raw`operation|surgery|op|treatment|transplant|diagnosis|illness|injury|injuries|fall|recovery|chemo\w*|radiotherapy|scan|stay|labour|caesarean|prognosis|symptoms|medication|admission|discharge|accident|fracture|amputation|hip|knee|antibiotics|insulin|infusion|dialysis|dressings?|wound|inhaler|oxygen|bloods|blood\s+test|x-?ray|mri|check-?up|rehab|detox|bypass|stent|pacemaker|cataracts?|biopsy|episode|relapse|seizures?|overdose|breakdown`;
const OWN_CARE = String.raw`\b(?:his|her|their)\s+(?:(?:[\w'’-]+\s+){0,2}?(?:${OWN_CARE_NOUNS})|${CONDITION})\b(?!\s+(?:team|teams|service|services|unit|ward|nurses?|nursing|research|work|clinic|clinics|list|lists|patients|programme|expertise|colleagues|department|specialism))`;

/** Treatments and procedures, as nouns: "his IV antibiotics", "her dialysis", "completed our cardiac rehab programme". */
const TREATMENT = String.raw`(?:treatments?|chemo(?:therapy)?|radiotherapy|immunotherapy|dialysis|surgery|operations?|op|transplant|physio(?:therapy)?|rehab(?:ilitation)?|scans?|biops(?:y|ies)|transfusions?|infusions?|antibiotics|insulin|injections?|dressings?|oxygen|intensive\s+care|palliative\s+care|end\s+of\s+life\s+care|IVF|caesarean|c-section|procedure|pacemaker|stent|hip\s+replacement|knee\s+replacement)\b(?!\s+(?:nurses?|nursing|teams?|staff|course|training|module|qualification|services?|units?|wards?|department|research|trials?|awareness|centres?|lead|manager|specialist|rotation|placement|fellowship|exams?|degree|apprenticeship|competenc\w*|machines?|equipment|chairs?|appeal|fund|charity))`;

/**
 * A birth at one of our places: "born on our labour ward", "gave birth at Raigmore", "arrived on
 * the maternity unit", "delivered by our midwives". Case-sensitive, so that "at" is followed by a
 * place's capital ("born at Raigmore", not "born at 3.14am").
 */
const NOT_PLACE_NAME = String.raw`(?!(?:Christmas|Easter|Midnight|Home|Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)\b|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|(?:January|February|March|April|May|June|July|August|September|October|November|December)\b)`;
const OUR_PLACE = String.raw`(?:at|in|on|into)\s+(?:our|the)\s+(?:[\w'’-]+\s+){0,3}?(?:hospital|unit|centre|center|ward|suite|infirmary|maternity|SCBU|NICU)\b|(?:in|into)\s+(?:SCBU|NICU)\b`;
const BIRTH_IN_OUR_CARE = String.raw`\b(?:[Bb]orn|[Dd]elivered|[Gg]ave\s+birth|[Gg]iving\s+birth)\b[^!?\n]{0,60}?\b(?:${OUR_PLACE}|at\s+${NOT_PLACE_NAME}\p{Lu}\p{Ll}+|by\s+(?:our|the)\s+(?:[\w'’-]+\s+){0,2}?(?:midwives|midwife|team|paramedics?|crew|obstetricians?)\b)|\b[Aa]rrived\s+(?:${OUR_PLACE})`;

// ---------------------------------------------------------------------------------------
// Cues anywhere in the sentence

type CueKind = "ward" | "care" | "patient" | "birth";
type StateKind = Exclude<CueKind, "patient">;

const WARD_NOT_PERSON = String.raw`(?!['’]s|\s+(?:team|staff|manager|matron|sister|nurses?|colleagues|volunteers?|for|in|at|has|have|is|was|were|are|opened|reopened|won|awarded|accreditation))`;
/** On a ward or in a bed: "on Ward 7", "in bed 12", "on our cardiology ward" (not "the Ward 10 team", "from Ward 3"). */
const WARD_CUE = new RegExp(
  alt(
    String.raw`\b(?:on|in|onto|to|into)\s+(?:our\s+|the\s+)?ward\s+[a-z]?\d+[a-z]?\b${WARD_NOT_PERSON}`,
    String.raw`\b(?:bed|bay|cubicle|side\s+room)\s+\d+[a-z]?\b`,
    String.raw`\b(?:on|in|out\s+of)\s+(?:the|our)\s+(?:[\w'’-]+\s+){1,3}?(?:unit|ward)\b${WARD_NOT_PERSON}`,
  ),
  "gi",
);

const CARE_CUE = new RegExp(
  alt(
    // admitted, discharged, diagnosed, treated, operated on, recovering
    String.raw`\b(?:was|were|been|being|got|is|are|gets)\s+${ADMITTED}|\b${ADMITTED}\s+(?:to|into|onto|on|with|after|for|last|yesterday|overnight|this)\b`,
    String.raw`\b${DISCHARGED}|\bdischarge\s+(?:home|from)\b|\b(?:for|awaiting|ready\s+for|due\s+for)\s+discharge\b`,
    String.raw`\bdiagnos(?:ed|is|es)\b|\b(?:was|were|been|being|is|are|got)\s+treated\b|\btreated\s+(?:for|at|on|in|after|here|successfully)\b|\boperated\s+on\b`,
    String.raw`\br(?:ang|ing|ings|inging)\s+the\s+(?:end[-\s]of[-\s](?:treatment|chemo)\s+)?bell\b|` +
      String.raw`\brecover(?:ing|ed)\b(?!\s+(?:the|its|our|costs?|money|funds?|debts?|overpayments?|ground|data|files|lost|stolen))|\bon\s+the\s+mend\b|\bget\s+well\s+soon\b|\bspeedy\s+recovery\b|\b(?:full|good|great|remarkable|amazing)\s+recovery\b|\ball[-\s]clear\b`,
    // in and out of hospital, A&E, resus, intensive care, a hospice
    String.raw`\bhome\s+(?:after|from)\b|\b(?:left|leaving|leave|leaves)\s+hospital\b|\b(?:left|leaving|leaves|went\s+home\s+from|came\s+out\s+of|discharged\s+from)\s+(?:our|the)\s+(?:[\w'’&-]+\s+){0,4}?(?:unit|ward|ICU|ITU|HDU|hospice|service|clinic|programme)\b|\bbeen\s+(?:clean|sober|dry)\s+(?:for|since)\b|\b(?:discharge|transit)\s+lounge\b|` +
      String.raw`\b(?:came|come|comes|brought|rushed)\s+(?:in(?:to)?|to\s+us|to\s+(?:our|the)\s+[\w'’&-]+)\s+with\b|\b${CONDITION_NAMES}\s+(?:drug|medication|medicine|treatment|jab|vaccine|trial)\b|\b(?:rushed|taken|brought|airlifted|transferred|blue-?lighted)\s+(?:in\s+)?(?:to|into)\b`,
    String.raw`\bcared\s+for\s+(?:by|on|in|at)\b|\b(?:in|under)\s+(?:our|the)\s+care\b|\bunder\s+the\s+care\s+of\b`,
    String.raw`\bseen\s+(?:in|at)\s+(?:A&E|ED|the\s+emergency\s+department|resus|our\s+(?:urgent|emergency|walk-in))|\b(?:came|come|comes|brought)\s+in\s+(?:with|after|by\s+ambulance)\b|\bpresented\s+with\b|\battended\s+(?:A&E|ED|the\s+emergency\s+department)\b`,
    String.raw`\b(?:in|into|to|from|on)\s+(?:the\s+|our\s+)?(?:intensive\s+care|ICU|ITU|HDU|A&E|A\s+and\s+E|resus|neonatal\s+(?:unit|intensive\s+care)|NICU|SCBU|special\s+care|high\s+dependency|critical\s+care|emergency\s+department|coronary\s+care|hospice)\b(?!\s+(?:team|staff|department|colleagues|nurses|doctors|consultants?|managers?|leads?|matrons?|sisters?|volunteers?|porters?|services?|radio|trust|charity|league|friends|shop|site|car|wards?))`,
    String.raw`\b(?:in|into|to|from)\s+hospital\b(?!\s+(?:team|staff|colleagues|radio|charity|league|friends|shop|site|car|services?))`,
    String.raw`\bafter\s+(?:\d+|a\s+few|several|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|many)\s+(?:days|nights|weeks|months)\s+(?:with\s+us|in\s+(?:hospital|our\s+care|(?:the\s+|our\s+)?(?:ICU|ITU|HDU|intensive\s+care|critical\s+care|high\s+dependency|neonatal\s+unit|SCBU|NICU|(?:[\w'’-]+\s+){1,3}(?:unit|ward)))|on\s+(?:the|our)\s+(?:(?:[\w'’-]+\s+){0,3}(?:unit|ward)|wards))\b`,
    // condition and state
    String.raw`\b(?:critical|stable|serious|comfortable|poorly)\s+condition\b|\bis\s+(?:comfortable|poorly|critically\s+ill|seriously\s+ill)\b|\bsectioned\b|\bdetained\s+under\b`,
    String.raw`\b(?:pregnant|mum-to-be|expectant\s+(?:mum|mother)|expecting\s+(?:a\s+baby|twins|triplets))\b`,
    // identifiers, appointments and clinical notes
    String.raw`\bNHS\s+(?:number|no\.?)\b|\bhospital\s+(?:number|no\.?)\b|\bMRN\b|\b(?:transfer|handover|ward\s+round(?:\s+note)?)s?\s*:`,
    String.raw`\bbooked\s+(?:in\s+)?(?:for|into|onto|on)\s+(?:(?:a|an|the|her|his|their)\s+)?(?:[\w'’-]+\s+){0,3}?(?:slot|appointment|scan|clinic|operation|surgery|procedure|endoscopy|colonoscopy|x-?ray|mri|ct|bed)\b`,
    // someone's own illness, injury or treatment
    OWN_CARE,
    String.raw`\b(?:receiving|received|receives|having|had|has|undergoing|underwent|undergone|needed|needs|needing|started|starts|finished|finishes|completed|completes|completing|finishing)\s+(?:(?!(?:for|to|and|with|of|in|on|at|from|by)\b)[\w'’-]+\s+){0,3}?${TREATMENT}`,
    String.raw`\bafter\s+(?:(?:a|an|his|her|their|major|emergency|life-?saving|successful)\s+)?(?:surgery|operation|op|transplant|treatment|chemo\w*|radiotherapy|stroke|heart\s+attack|fall|accident|diagnosis|car\s+crash|cardiac\s+arrest)\b`,
    String.raw`\b(?:after|with|has|had|got|gets|getting|received|receiving|given|needs|needed|waiting\s+for)\s+(?:a|an|his|her|their)\s+new\s+(?:hip|knee|heart\s+valve|valve|kidney|liver|heart|lungs?|shoulder|cornea)\b`,
    // "the care he received", "the treatment she had with us"
    String.raw`\b(?:care|treatment|support)\s+(?:he|she|they)\s+(?:received|got|had)\b`,
    String.raw`\b(?:who\s+)?(?:has|had|have)\s+(?:(?:a|an)\s+)?(?:[\w'’-]+\s+){0,2}?${CONDITION}`,
    String.raw`\bsuffer(?:s|ed|ing)?\s+(?:from|with|a|an)\b|\b(?:liv(?:e|es|ed|ing)|diagnosed|born|struggl(?:e|es|ed|ing)|cop(?:e|es|ed|ing))\s+with\s+(?:[\w'’-]+\s+){0,2}?${CONDITION}`,
    String.raw`\bbattl(?:e|ed|ing)\s+(?:with\s+|against\s+)?(?:[\w'’-]+\s+)?${CONDITION}|\bbeat(?:en)?\s+(?:[\w'’-]+\s+)?cancer\b`,
    String.raw`\b(?:chemo(?:therapy)?|radiotherapy|dialysis|palliative|end\s+of\s+life|transplant|hip\s+replacement|knee\s+replacement|amputation|premature(?:ly)?|weeks\s+early|stillborn|miscarriage|sepsis|meningitis|leukaemia)\b`,
    String.raw`\bhad\s+(?:his|her|their)\s+[\w'’-]+\s+(?:out|removed|fixed|replaced|set|amputated)\b`,
    String.raw`\b(?:broken|broke|breaking|breaks|fractured|fracturing|dislocated|dislocating)\s+(?:(?:his|her|their|a|an|both)\s+)?(?:arm|arms|leg|legs|hip|wrist|ankle|collarbone|bone|neck|back|foot|elbow|shoulder|knee|nose|jaw|pelvis|ribs?)\b|\bfractured\b`,
  ),
  "gi",
);

const BIRTH_CUE = new RegExp(BIRTH_IN_OUR_CARE, "gu");

const STATE_CUES: [StateKind, RegExp][] = [
  ["ward", WARD_CUE],
  ["care", CARE_CUE],
  ["birth", BIRTH_CUE],
];

// ---------------------------------------------------------------------------------------
// Said of the name itself

/** Words that do not make "patient" a person: "patient experience", "patient safety"... */
const PATIENT_MODIFIED =
  "experience|safety|care|records?|information|data|surveys?|transport|panels?|participation|groups?|forums?|leaders?|partners?|representatives?|reps?|voices?|advice|liaison|services?|flow|pathways?|feedback|stories|engagement|involvement|needs|choice|portal|app|access|education|champions?|ambassadors?|council|charter|lists?|numbers?|centred|centered|focused|facing|first|led|outcomes?|benefits?|waiting|journey|views?|initiated|reported|held|level|cohort|population|demand|activity|beds?|areas?|rooms?|facilities|comforts?|and|or";
/** "Patient John Smith", "a patient called Peter Hall", "Service user spotlight: Daniel", "our patient of the week 🌟 Harry". */
const PATIENT_BEFORE = new RegExp(
  String.raw`\b(?:(?:in|out)?patient|service\s+user|survivor|care\s+home\s+resident)(?:\s+(?:of\s+the\s+(?:week|month|year)|called|named|known\s+as|spotlight|story|profile|focus|in\s+focus))?\s*[,:\-–]?\s*(?:[^\p{L}\p{N}\s]{1,8}\s*)?(?:(?:little|young|brave|baby)\s+)?$`,
  "iu",
);
/** Appositives between a name and what is said of it: ", 96,", ", of 5 Station Road, Ammanford,", "(DOB ...)". */
const APPOSITIVES = String.raw`(?:\s*\([^)]{0,40}\))?(?:\s*,[^,.;!?]{1,40}(?=,)){0,3}`;
/** "Tomasz Nowak, a service user at...", "Jim, one of our patients", "Ivy, 96, of 5 Station Road, was our 1,000th hip replacement patient". */
const PATIENT_AFTER = new RegExp(
  String.raw`^${APPOSITIVES}\s*(?:[,–—(-]\s*)?(?:(?:who\s+)?(?:is|was|became|has\s+been)\s+)?(?:a|an|our|the|one\s+of\s+(?:our|the))\s+(?:(?:[\p{L}\p{N}\-]|,(?=\d))+\s+){0,3}?(?<!\b(?:most|so|very|really|incredibly|more|less|endlessly|extremely|too|always|infinitely|super|amazingly|remarkably|wonderfully|ever\s+so)\s+)(?:(?:in|out)?patients?|service\s+users?|residents?\s+(?:at|of|in)\s+(?:\w+\s+){0,3}?(?:care|nursing)\s+home)\b(?!\s+(?:${PATIENT_MODIFIED})\b)`,
  "iu",
);
/** The person's own illness, injury or treatment: "Mr Pike's leg ulcer", "Jo's broken wrist", "Sam's recovery". */
const POSSESSIVE_CARE = new RegExp(
  String.raw`^['’]s\s+(?:[\w'’-]+\s+){0,2}?(?:${CONDITION_NAMES}|wounds?|injur(?:y|ies)|fracture|operation|treatment|diagnosis|chemo\w*|recovery|transplant|illness|symptoms|medication|prognosis|(?:broken|fractured)\s+\w+)\b(?!\s+(?:of|for|plan|list|team|research|service|services|awareness|nurse|nurses|unit|ward|clinic))`,
  "iu",
);
/** A patient identifier beside the name: "Mrs Agnes Doherty, NHS number 999 ...", "Mr Iqbal (NHS 999 ...)". */
const IDENTIFIER_AFTER = /^\s*(?:,|\(|–|-)\s*(?:NHS|hospital|CHI|H&C)\s*(?:number|no\.?|num)?\s*[:.]?\s*\d/i;

/**
 * Care said of this very person, straight after the name: "HCA Jane Smith was admitted with
 * pneumonia", "retired GP Dr Hamish Brodie, who's on our stroke unit", "our volunteer Bill
 * passed away on our oncology ward". Staff can be patients too, so this overrides everything
 * that marks a name as staff.
 */
const PREDICATE_CARE = new RegExp(
  String.raw`^(?:['’]s)?${APPOSITIVES}(?:\s*[,–—:-])?\s*(?:who(?:['’]s)?\s+)?(?:(?:is|was|were|has|had|have|been|being|got|also|now|still|recently|sadly|unfortunately|currently|presently|today|yesterday|himself|herself|themselves)\s+){0,4}(?:` +
    alt(
      String.raw`${ADMITTED}|diagnosed|recovering|recovered|treated\s+for|undergoing|underwent|suffered|fighting|battling`,
      String.raw`(?<=\b(?:is|was|been|being|are|were)\s+)(?:cared\s+for|looked\s+after|nursed|treated|resuscitated|ventilated)\b(?!\s+(?:to|as)\b)`,
      // passive, or with nothing after: "was operated on", "discharged home", not "operated on 300 patients", "discharged Mrs Holmes"
      String.raw`(?<=\b(?:was|were|been|being|is|got)\s+)operated\s+on|${DISCHARGED}(?=\s*(?:[.,;:!?)–—-]|$|from|home|today|tonight|yesterday|this|last|on|after|earlier|following|back|to\s+(?:a|her|his|their)\s+(?:care|nursing)\s+home))`,
      String.raw`receiving\s+(?:treatment|chemo\w*|radiotherapy|dialysis|care|end\s+of\s+life\s+care|palliative\s+care)|(?:on|having)\s+(?:dialysis|chemo\w*|radiotherapy)`,
      String.raw`liv(?:e|es|ed|ing)\s+with\s+(?:[\w'’-]+\s+){0,2}?${CONDITION}`,
      String.raw`had\s+(?:(?:a|an|her|his|their)\s+)?(?:stroke|heart\s+attack|fall|${TREATMENT})`,
      String.raw`(?:broke|broken|fractured|dislocated|injured|hurt)\s+(?:his|her|their)\s+\w+|in\s+(?:a|her|his)\s+(?:cast|plaster|sling|neck\s+brace)\b`,
      String.raw`(?:passed\s+away|died)\b[^.;!?]{0,40}?\b(?:wards?|unit|hospice|hospital|our\s+care|bed\s+\d+|intensive\s+care|ICU|ITU|HDU)`,
      String.raw`(?:in|into)\s+(?:our\s+|the\s+)?(?:intensive\s+care|critical\s+care|ICU|ITU|HDU|hospital|A&E|resus|a\s+hospice)`,
      String.raw`(?:having|undergoing|awaiting|waiting\s+for|due\s+to\s+have|booked\s+in\s+for)\s+(?:(?:a|an|her|his|their)\s+)?(?:[\w'’-]+\s+){0,2}?${TREATMENT}`,
      String.raw`(?:on|in)\s+(?:our\s+|the\s+)?(?:ward\s+[a-z]?\d+|(?:[\w'’-]+\s+){1,3}(?:unit|ward|lounge|suite))|(?:in|on)\s+(?:bed|bay|side\s+room|cubicle)\s+\d+|in\s+theatre\b`,
    ) +
    String.raw`)\b`,
  "iu",
);
/** Only a place, which staff work in too ("Dr Patel on the stroke unit", "in bay 3"); a bed number is never a worker's. */
const LOCATION_ONLY = /(?:on|in)\s+(?:our\s+|the\s+)?(?:ward\s+[a-z]?\d+|(?:[\w'’-]+\s+){1,3}(?:unit|ward|lounge|suite)|(?:bay|side\s+room|cubicle)\s+\d+|theatre)$/i;
const FORMER = /\b(?:retired|former|ex-?)\s+(?:[\p{L}-]+\s+){0,3}$/iu;
/** "Dr Ian Forsyth, our retired GP, ...": former staff said in an appositive after the name. */
const FORMER_AFTER = /^(?:['’]s)?\s*(?:,|\(|–|—|-)\s*(?:(?:our|a|the|one\s+of\s+our)\s+)?(?:much-loved\s+|long-serving\s+)?(?:retired|former|ex-?)\b/iu;
/** A get-well wish in the sentence: whoever is on a ward in it is ill, whatever their title. */
const GET_WELL = /\bget\s+well\b|\bspeedy\s+recovery\b|\bwishing\s+(?:\p{L}+\s+){1,4}(?:well|a\s+(?:speedy|quick|full)\s+recovery)\b|\bsending\s+(?:love|(?:our\s+)?best\s+wishes)\b/iu;

// ---------------------------------------------------------------------------------------
// The name as the object of care

/** Lower-case words describing the person before the name: "former footballer", "84-year-old", "little" (not "patients alongside"). */
const DESCRIBED = String.raw`(?:(?!(?:and|with|alongside|by|for|to|from|patients|people|children|families|the|our|a|an)\b|(?!retired\b)[\p{L}-]+(?:ed|ing)\b)[\p{Ll}\d][\p{L}\d'’-]*\s+){0,3}`;
/**
 * Care done to the person named next: "the team who treated Jim Brown", "operated on Dr Hale",
 * "fitted a pacemaker for Councillor Keane". Strong: the grammar makes the name the patient.
 */
const CARE_VERBS = String.raw`treat(?:ed|ing)?|operat(?:e|ed|ing)\s+on|cared\s+for|caring\s+for|care\s+for|looked\s+after|looking\s+after|look\s+after|nursed|resuscitat(?:e|ed|ing)|dress(?:ed|ing)|fitted`;
const PROCEDURE_FOR = String.raw`(?:fitted|implanted|performed|carried\s+out|did|gave)\s+(?:(?:a|an|the)\s+)?(?:[\w'’-]+\s+){0,3}?(?:pacemaker|stent|transplant|operation|surgery|procedure|bypass|biopsy|transfusion|cast|replacement|implant|defibrillator|cannula|catheter)\s+(?:for|on|to)`;
const CARE_OBJECT = new RegExp(String.raw`\b(?:${CARE_VERBS}|${PROCEDURE_FOR})\s+${DESCRIBED}$`, "iu");
/** Weaker object cues, which count only for a name not shown to be staff: "saved", "delivered", "lovely to discharge Mrs Holmes". */
const WEAK_OBJECT_VERBS = String.raw`saved|deliver(?:ed|ing)|discharg(?:e|ed|ing)|admit(?:ted|ting)|visiting`;
const OBJECT_CUE = new RegExp(String.raw`\b(?:${WEAK_OBJECT_VERBS})\s+(?:little\s+|baby\s+|young\s+|brave\s+)?$`, "i");
/** Not the object after all: "treated Jo to lunch", "looked after Dr Hale's patients". */
const NOT_OBJECT_AFTER = /^(?:['’]s\b|\s+to\s+(?:a|an|some|the|lunch|dinner|breakfast|cake|pizza|drinks|coffee|tea)\b)/i;

/**
 * A clinical team acting on a private person: "Our Hospital at Home team visited Cyril, 88",
 * "our crisis team supported Ryan, a young man from Coleraine", "we've been supporting Rhona
 * through her IVF". The team has to be a clinical one (not comms or fundraising) and the person
 * private (an age, Mr/Mrs, "a young man from", "through").
 */
const TEAM_VERBS = String.raw`support(?:ed|ing)|help(?:ed|ing)|visit(?:ed|ing)|saw|seeing|rehabilitated|nursed|nursing|looked\s+after|looking\s+after|work(?:ing|ed|s)\s+with`;
const TEAM_OBJECT = new RegExp(
  String.raw`(?:\b(?:our|the)\s+((?:[\p{L}&'’-]+\s+){0,4}?)(?:team|service|nurses|crew|paramedics|clinicians|doctors|midwives|therapists|physios|specialists|staff)|\bwe(?:['’]ve|['’]re)?)\s+(?:(?:has|have|had|who|also|recently|today|been|are|were)\s+)*(?:${TEAM_VERBS})\s+(?:little\s+|baby\s+|young\s+|brave\s+)?$`,
  "iu",
);
const NOT_CLINICAL_TEAM = /\b(?:comms|communications|fundraising|charity|events?|hr|people|it|digital|estates|finance|press|media|marketing|library|catering|facilities|volunteers?|volunteering|recruitment|governance|board|executive|admin|membership)\b/i;
const PRIVATE_AFTER =
  /^\s*(?:,\s*(?:aged\s+)?\d{1,3}\s*[,)]|\(\s*(?:aged\s+)?\d{1,3}\s*\)|,\s*(?:a|an)\s+(?:[\p{L}-]+\s+){0,2}(?:man|woman|boy|girl|lad|lass|mum|mother|dad|father|grandad|grandfather|grandma|grandmother|gran|nan|pensioner|teenager|veteran|person|child|toddler|baby)\b|\s+through\b|\s+at\s+home\b)/iu;

/** A person spoken to: "Thank you, Mrs Hill, for the card after your operation", "Get well soon, Jim: your scan is clear". */
const ADDRESSED_BEFORE = /(?:^|\b(?:thank\s+you|thanks|well\s+done|congratulations|congrats|hello|hi|dear|get\s+well(?:\s+soon)?|good\s+luck|happy\s+birthday|welcome\s+back))[\s,!]*$/i;
const ADDRESSED_AFTER = /^\s*(?:[,!:]|$)/;
const YOUR_CARE =
  /\byour\s+(?:[\w'’-]+\s+){0,2}?(?:operation|surgery|op|treatment|transplant|recovery|chemo\w*|radiotherapy|stay\s+with\s+us|scan|procedure|diagnosis|illness|injury|fall|discharge|admission|rehab)\b/i;

function spokenToAboutTheirCare(sentence: string, nameAt: number, afterName: string): boolean {
  return YOUR_CARE.test(sentence) && ADDRESSED_BEFORE.test(sentence.slice(0, nameAt)) && ADDRESSED_AFTER.test(afterName);
}

/**
 * A round of visits or a list of appointments ("Home visits today: Mr Yates, 12 Bridge Street,
 * then Mrs Shah..."): the people on it are patients when they are listed the way patients are,
 * as Mr/Mrs/Ms with a surname or a name followed by an address or an age.
 */
const VISIT_LIST = /\b(?:home|house|domiciliary|community)\s+visits?\b|\bhouse\s+calls?\b|\b(?:visit|visits|clinic|theatre|discharge|patient)\s+lists?\b|\bcaseload\b|\bdistrict\s+nurs(?:e|es|ing)\s+(?:visits?|rounds?)\b/i;
const LISTED_AFTER = /^\s*(?:,|\(|–|—|-|:)\s*(?:(?:flat|apartment)\s+\d+[a-z]?,?\s+)?\d{1,4}[a-z]?\b/i;
function listedAsPatient(text: string, sentenceEnd: number, m: PersonMention): boolean {
  return (m.title !== null && PERSONAL_TITLES.has(m.title)) || LISTED_AFTER.test(text.slice(m.end, Math.min(sentenceEnd, m.end + 30)));
}

/** A ward or unit saying goodbye to a Mr or Mrs: "Our stroke unit said goodbye to Mr Alf Turner" (staff leaving are named by role). */
const FAREWELL_BEFORE =
  /\b(?:ward|unit|team|staff|nurses|we)\s+(?:\w+\s+)?(?:said|say|says|saying|bade|bid)\s+(?:goodbye|farewell)\s+to\s+$|\b(?:ward|unit|team|staff|nurses|we)\s+(?:\w+\s+)?(?:waved?|waving)\s+(?:off|goodbye\s+to)\s+$/i;

// ---------------------------------------------------------------------------------------
// Staff, officials, speakers and volunteers

const KIN_BEFORE = /\b(?:my|his|her|their|our)\s+(?:(?:big|little|older|younger|twin|baby)\s+)?(?:sister|brother|partner)\s*,?\s*$/i;
const ROLE_BEFORE = new RegExp(String.raw`\b(?:${ROLE})(?:\s*[,:\-–]|\s+(?:is|was|will\s+be))?\s*$`, "i");
/** A plural role and a colon address people rather than describe the name: "Reminder to ward clerks: Mrs Doherty...". */
const ADDRESSEES_BEFORE = new RegExp(String.raw`\b(?:to|for|dear|calling|attention|all)\s+(?:[\p{L}-]+\s+){0,2}(?:${ROLE})\s*:\s*$`, "iu");
/** A short place after the name: "Leah on Ward 9", "Clare from Ward 3", "Jo in outpatients". */
const PLACE_AFTER_NAME = String.raw`(?:\s+(?:on|in|from|at)\s+(?:the\s+|our\s+)?[\p{L}\p{N}&'’\-]+(?:\s+[\p{L}\p{N}&'’\-]+)?)?`;
const ROLE_AFTER = new RegExp(
  String.raw`^${PLACE_AFTER_NAME}\s*(?:,|–|—|-|\(|:)\s*(?:who\s+is\s+|who\s+was\s+|is\s+|as\s+)?(?:(?:our|the|a|an|one\s+of\s+(?:our|the)|a\s+member\s+of\s+(?:our|the)|part\s+of\s+(?:our|the)|from\s+(?:our|the)|of\s+(?:our|the)|at\s+(?:our|the)|with\s+(?:our|the)|and\s+(?:our|the))\s+)?((?:[\p{L}'’&\-]+\s+){0,4}?)(?:${ROLE})\b`,
  "iu",
);
/** A role said of the name: "Clare from Ward 3 is the laziest nurse", "Sam is one of our porters". */
const ROLE_PREDICATE = new RegExp(
  String.raw`^${PLACE_AFTER_NAME}\s+(?:is|was|has\s+been|['’]s)\s+(?:(?:a|an|the|our|my|one\s+of\s+(?:our|the))\s+)?((?:[\p{L}'’&\-]+\s+){0,3}?)(?:${ROLE})\b`,
  "iu",
);
const NOT_IN_ROLE_PHRASE = /\b(?:was|were|had|has|by|treated|cared|for|with|after|admitted|who|whose|her|his|their)\b/i;
const STAFF_VERB_AFTER =
  /^\s*(?:,\s*)?(?:who\s+)?(?:has\s+|have\s+|had\s+|will\s+|is\s+|was\s+|also\s+|recently\s+|today\s+)*(?:said|says|explained|explains|added|adds|commented|comments|joined|joins|works|worked|working|leads|led|manages|managed|runs|ran|retires|retired|retiring|qualified|trained|volunteers|volunteered|volunteering|presented|presents|opened|opens|spoke|speaks|speaking|hosted|hosts|chaired|chairs|visited|visits|welcomed|welcomes|thanked|praised|nominated|won|wins|organised|organized|launched|launches|urges|urged|encourages|encouraged|reminds|reminded|advises|advised|shares\s+(?:tips|advice|how)|gives\s+advice|gave\s+advice|wrote|writes|delivered|delivers|teaches|taught|answers|answered|is\s+(?:leading|running|hosting|delivering|organising)|started\s+(?:work|as)|began\s+(?:work|as)|completed\s+(?:her|his|their)\s+(?:training|degree|apprenticeship)|has\s+been\s+(?:appointed|named|shortlisted|nominated)|was\s+(?:appointed|named|shortlisted|nominated)|received\s+(?:an?\s+|the\s+)?(?:award|honour|mbe|obe|cbe))\b/i;
const SPEAKER_BEFORE = /\b(?:said|says|explained|added|according\s+to|led\s+by|hosted\s+by|presented\s+by|chaired\s+by|opened\s+by|run\s+by|delivered\s+by|thanks?\s+to\s+(?:our|the))\s*,?\s*$/i;
/**
 * Thanked for something: "Thanks to Jo on Ward 4 for organising the bake sale", "Well done to Sam
 * for all his hard work" (but not "for sharing her story", which is how patients are thanked, and
 * not a Mr or Mrs: "Thank you, Mrs Hill, for the card"). It shows who works on a ward, so it
 * outweighs only a place ("on the renal unit"), not an illness or a treatment.
 */
const THANKED_BEFORE = /\b(?:thanks|thank\s+you|well\s+done|shout[-\s]?outs?|congratulations|congrats|kudos|hats\s+off|bravo)\b[^.!?]{0,12}$/i;
const THANKED_FOR_AFTER = new RegExp(
  String.raw`^${PLACE_AFTER_NAME}(?:\s+and\s+(?:the|our|his|her|their)\s+(?:[\w-]+\s+){0,3}?(?:team|teams|staff|colleagues|crew))?\s*,?\s+for\s+(?:(?:all\s+)?(?:her|his|their|the|a|an|your)\b|(?!(?:sharing|telling|speaking|talking|opening|being|letting|allowing|inviting)\b)\p{L}+ing\b)`,
  "iu",
);
const POSTNOMINAL = /^\s*,?\s*(?:MP|MSP|MS|MEP|OBE|MBE|CBE|DBE|KBE|QC|KC|PhD|FRCS|FRCP|FRCN|RN|RGN|RMN|DL|JP)\b/;

/** A sentence about somebody's job: "on her retirement after 30 years on Ward 4". */
const STAFF_CONTEXT =
  /\b(?:(?:nurse|midwife|doctor|volunteer|employee|colleague|team\s+member|porter|manager|leader|apprentice|student|carer|clinician|therapist|hca|assistant|receptionist|administrator|star|unsung\s+hero)\s+of\s+the\s+(?:year|month|week|quarter)|retire(?:s|ment|ing)?|long[-\s]service|years\s+of\s+(?:service|dedication)|(?:her|his|their)\s+career|promoted|promotion|appointed|new\s+role|new\s+starter|joined\s+(?:us|the\s+team|our\s+(?:[\w-]+\s+)?(?:team|staff|trust|practice|ward|unit|department|board|workforce|bank))|placements?|secondments?|internships?|work\s+experience|rotations?|shadowing|(?:maternity|paternity|parental|adoption|sick)\s+leave|career\s+break|sabbatical|back\s+to\s+work|return(?:s|ed|ing)?\s+to\s+work|welcome\s+to\s+the\s+team|shortlisted|nominated|award|awards|graduated|qualified|apprenticeship|preceptorship|(?:night|day|late|early|long)\s+shifts?|on\s+nights|rota|covering|(?:her|his|their|whose)\s+(?:work|shift|team|colleagues))\b/i;

/**
 * How a name is shown to be staff, an official, a speaker or a volunteer: by a "role" (a title, a
 * job, "speaker is ..."), or only by a "verb" after it ("said", "spoke", "opened"), which patients
 * telling their story use too. Null if neither.
 */
function staffEvidence(text: string, sentenceStart: number, sentenceEnd: number, m: PersonMention): "role" | "verb" | null {
  if (m.title && STAFF_TITLES.has(m.title)) return "role";
  if (/^(?:The\s+)?(?:Rt\.?\s+)?Hon\.?\s/u.test(m.text)) return "role";
  if (POSTNOMINAL.test(text.slice(m.end, m.end + 12))) return "role";
  const before = text.slice(Math.max(sentenceStart, m.start - 60), m.start);
  // "my sister Beth", "his brother Sam" are family, not a ward sister; "to ward clerks: Mrs Doherty" addresses the clerks
  if (ROLE_BEFORE.test(before) && !KIN_BEFORE.test(before) && !ADDRESSEES_BEFORE.test(before)) return "role";
  if (SPEAKER_BEFORE.test(before)) return "role";
  let after = text.slice(m.end, Math.min(sentenceEnd, m.end + 120));
  after = after.replace(/^['’]s\b/, "");
  // skip one parenthetical or age: "Doris Kemp (born 5 May 1934), one of our volunteers", "Sam, 7,"
  const skipped = after.replace(/^\s*\([^)]{0,60}\)/, "");
  for (const a of [after, skipped]) {
    const role = ROLE_AFTER.exec(a) ?? ROLE_PREDICATE.exec(a);
    if (role && !NOT_IN_ROLE_PHRASE.test(role[1] ?? "")) return "role";
  }
  return STAFF_VERB_AFTER.test(after) || STAFF_VERB_AFTER.test(skipped) ? "verb" : null;
}

function isStaff(text: string, sentenceStart: number, sentenceEnd: number, m: PersonMention): boolean {
  return staffEvidence(text, sentenceStart, sentenceEnd, m) !== null;
}

// ---------------------------------------------------------------------------------------

function thankedForWork(text: string, sentenceStart: number, sentenceEnd: number, m: PersonMention): boolean {
  if (m.title !== null && PERSONAL_TITLES.has(m.title)) return false;
  const before = text.slice(Math.max(sentenceStart, m.start - 60), m.start);
  const after = text.slice(m.end, Math.min(sentenceEnd, m.end + 120)).replace(/^['’]s\b/, "");
  return THANKED_BEFORE.test(before) && THANKED_FOR_AFTER.test(after);
}

function labelledPatient(text: string, sentenceStart: number, sentenceEnd: number, m: PersonMention): boolean {
  if (m.title === "baby") return false;
  const before = text.slice(Math.max(sentenceStart, m.start - 50), m.start);
  const after = text.slice(m.end, Math.min(sentenceEnd, m.end + 120));
  return PATIENT_BEFORE.test(before) || PATIENT_AFTER.test(after) || IDENTIFIER_AFTER.test(after);
}

/** Care said straight after the name: "strong" (admitted, diagnosed...) or only a "location" (on Ward 4). */
function careSaidOf(text: string, sentenceEnd: number, m: PersonMention): "strong" | "location" | null {
  const hit = PREDICATE_CARE.exec(text.slice(m.end, Math.min(sentenceEnd, m.end + 160)));
  if (!hit) return null;
  return LOCATION_ONLY.test(hit[0]) && !/\b(?:passed\s+away|died)\b/i.test(hit[0]) ? "location" : "strong";
}

/**
 * The person's own care, said in their own clause: "Ken Lowry, who spoke about his alcohol detox",
 * "Jo Hill is back after her surgery". Strong, unless someone else comes between ("Dr Lee, who
 * cared for my mum after her stroke").
 */
const OWN_CARE_AFTER = new RegExp(
  String.raw`^[^.;!?]{0,80}?(?:${OWN_CARE}|\b(?:he|she|they)\s+(?:had|has|have|was\s+diagnosed\s+with)\s+(?:(?:a|an)\s+)?(?:[\w'’-]+\s+){0,2}?${CONDITION})`,
  "i",
);
function ownCareSaidOf(text: string, sentenceEnd: number, m: PersonMention, next: number): boolean {
  const after = text.slice(m.end, Math.min(sentenceEnd, next, m.end + 120));
  const hit = OWN_CARE_AFTER.exec(after);
  return hit !== null && !OTHERS.test(hit[0]) && !/\b(?:patients?|people|someone|anyone)\b/i.test(hit[0]);
}

/** The name is the object of care just before it: "treated Jim", "fitted a pacemaker for Cllr Keane". */
function careDoneTo(text: string, sentenceStart: number, sentenceEnd: number, m: PersonMention): boolean {
  const before = text.slice(Math.max(sentenceStart, m.start - 80), m.start);
  return CARE_OBJECT.test(before) && !NOT_OBJECT_AFTER.test(text.slice(m.end, Math.min(sentenceEnd, m.end + 20)));
}

/** A clinical team visited or supported this private person. */
function teamCaredFor(text: string, sentenceStart: number, sentenceEnd: number, m: PersonMention): boolean {
  const team = TEAM_OBJECT.exec(text.slice(Math.max(sentenceStart, m.start - 80), m.start));
  if (!team || NOT_CLINICAL_TEAM.test(team[1] ?? "")) return false;
  const isPrivate = (m.title !== null && PERSONAL_TITLES.has(m.title)) || PRIVATE_AFTER.test(text.slice(m.end, Math.min(sentenceEnd, m.end + 60)));
  return isPrivate;
}

/**
 * A cue about other people: "Lewis Hamilton sent a message to patients on the children's ward",
 * "Rosie visits patients on Ward 12", "Alison, whose mum was treated on Ward 2". Plural people or a
 * relative between the name and the cue own the cue (but not a possessive: "Ava, 5, on our
 * children's ward").
 */
const OTHERS =
  /(?<!\bone\s+of\s+(?:the\s+|our\s+|many\s+)?(?:\w+\s+)?)\b(?:patients|children|families|residents|people|babies|mums|mothers|parents|visitors|others|everyone|them|service\s+users)\b(?!['’])|(?:\b(?:whose|his|her|their|my|your)|['’]s)\s+(?:late\s+|little\s+|baby\s+)?(?:mum|mother|dad|father|son|daughter|wife|husband|partner|nan|gran|grandma|grandad|grandfather|grandmother|brother|sister|baby|child|friend|uncle|aunt|niece|nephew)\b/i;
function aboutOthers(s: string, nameStart: number, nameEnd: number, cue: { start: number; end: number }): boolean {
  const between = cue.start >= nameEnd ? s.slice(nameEnd, cue.start + (cue.end - cue.start)) : s.slice(cue.start, nameStart);
  return OTHERS.test(between);
}

function cuesIn(s: string): { kind: StateKind; start: number; end: number }[] {
  const out: { kind: StateKind; start: number; end: number }[] = [];
  for (const [kind, re] of STATE_CUES) {
    for (const m of matchesOf(re, s)) out.push({ kind, start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/** A short greeting: "Welcome home, Mr Rashid!", "Get well soon, Jim!" */
const GREETING = /^\s*(?:welcome(?:\s+(?:home|back))?|get\s+well\s+soon|thank\s+you|thanks|well\s+done|congratulations|happy\s+birthday|hello|hi|dear|good\s+luck)\b[^.!?]{0,40}[.!?]?\s*$/i;
const SECOND_PERSON = /\b(?:you|you['’](?:re|ve|ll)|your)\b/i;
const PRONOUN_START = /^\s*(?:["“'‘]?\s*)(?:he|she|they|his|her|their)\b/i;
const PRONOUN_STAFF = /^\s*(?:["“'‘]?\s*)(?:he|she|they)\s+(?:has\s+|have\s+|had\s+|is\s+|was\s+|also\s+)*(?:said|says|works|worked|working|joined|leads|led|manages|runs|volunteers|volunteered|retires|retired|qualified|trained|cares|cared|treats|treated|nurses|looks\s+after|looked\s+after|supports|supported)\b/i;

/**
 * Which sentences can hold a finding at all: a cheap scan of the whole text for the cues and for
 * what the checks on each name look for. Case-blind but not Unicode-aware ("gi", not "giu"),
 * which V8 runs several times faster on long text.
 */
const ANY_CUE = new RegExp(
  [
    WARD_CUE.source,
    CARE_CUE.source,
    YOUR_CARE.source,
    VISIT_LIST.source,
    String.raw`\b(?:born|delivered|gave\s+birth|giving\s+birth|arrived)\b`,
    String.raw`\b(?:said|say|says|saying|bade|bid)\s+(?:goodbye|farewell)\s+to\b|\b(?:waved?|waving)\s+(?:off|goodbye\s+to)\b`,
    String.raw`\b(?:(?:in|out)?patients?|service\s+users?|survivor|resident)\b`,
    // what careSaidOf and labelledPatient look for after a name: "died on our ward", "on our stroke unit at Forth Valley", "NHS number ..."
    String.raw`\b(?:passed\s+away|died)\b|\b(?:on|in)\s+(?:the|our)\s+(?:[\w'’-]+\s+){1,3}?(?:unit|ward)\b|\bward\s+[a-z]?\d|\bNHS\s+(?:number|no)|\b(?:CHI|H&C)\b`,
    String.raw`['’]s\s+(?:[\w'’-]+\s+){0,2}?(?:${CONDITION_NAMES}|wounds?|injur(?:y|ies)|fracture|operation|treatment|diagnosis|chemo\w*|recovery|transplant|illness|symptoms|medication|prognosis|broken|fractured)\b`,
  ]
    .map((s) => `(?:${s})`)
    .join("|"),
  "gi",
);
/** Care done to someone named next ("nursed Lily", "our team visited Cyril"): a verb, then a capital within a few words. */
const OBJECT_GATE = new RegExp(String.raw`\b(?:${CARE_VERBS}|${PROCEDURE_FOR}|${WEAK_OBJECT_VERBS}|${TEAM_VERBS})\s+(?:[a-z][\w'’-]*\s+){0,4}[A-Z]`, "g");

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
  for (const m of matchesOf(OBJECT_GATE, text)) cueSentences.add(sentenceIndexAt(text, m.index));

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
    const named = peopleInSentence(text, i);
    for (const [k, m] of named.entries()) {
      if (labelledPatient(text, span.start, span.end, m)) {
        flag(m, "patient");
        continue;
      }
      // Staff can be patients too: care said of the very person, or done to them, overrides what
      // marks them as staff; but a place alone does not ("Dr Patel on the stroke unit" works there)
      // unless they are former staff ("retired GP Dr Alan Hart, 81, is on our stroke unit") or
      // wished a recovery.
      const said = careSaidOf(text, span.end, m);
      const former =
        FORMER.test(text.slice(Math.max(span.start, m.start - 60), m.start)) || FORMER_AFTER.test(text.slice(m.end, Math.min(span.end, m.end + 40)));
      if (said === "strong" || (said === "location" && (former || GET_WELL.test(s)))) {
        flag(m, said === "strong" ? kind : "ward");
        continue;
      }
      if (careDoneTo(text, span.start, span.end, m)) {
        flag(m, "care");
        continue;
      }
      if (staffContext) continue;
      // the person's own care in their own clause outweighs a verb ("Ken, who spoke about his
      // detox"), but not a role ("our speaker Alastair Campbell, who has written about his depression")
      const staff = staffEvidence(text, span.start, span.end, m);
      if (staff !== "role" && ownCareSaidOf(text, span.end, m, named[k + 1]?.start ?? span.end)) {
        flag(m, "care");
        continue;
      }
      if (staff !== null) continue;
      people.push(m);
      const rel = m.start - span.start;
      const thanked = thankedForWork(text, span.start, span.end, m);
      const own = cues.filter((c) => !aboutOthers(s, rel, m.end - span.start, c) && !(thanked && c.kind === "ward"));
      if (own.length > 0) flag(m, own.find((c) => c.kind !== "care")?.kind ?? own[0]?.kind ?? "care");
      else if (OBJECT_CUE.test(s.slice(Math.max(0, rel - 40), rel))) flag(m, "care");
      else if (POSSESSIVE_CARE.test(text.slice(m.end, Math.min(span.end, m.end + 60)))) flag(m, "care");
      else if (teamCaredFor(text, span.start, span.end, m)) flag(m, "care");
      else if (spokenToAboutTheirCare(s, rel, text.slice(m.end, Math.min(span.end, m.end + 3)))) flag(m, "care");
      else if (visitList && listedAsPatient(text, span.end, m)) flag(m, "care");
      else if (m.title !== null && PERSONAL_TITLES.has(m.title) && FAREWELL_BEFORE.test(s.slice(Math.max(0, rel - 60), rel))) flag(m, "care");
    }

    // "Meet Jack. He was admitted last week": a pronoun-led cue sentence points back one sentence,
    // and so does one spoken to the person greeted just before ("Welcome home, Mr Rashid! After 12
    // weeks on our spinal unit you're back with your family").
    const prev = sentences[i - 1];
    const greeted =
      prev !== undefined && GREETING.test(text.slice(prev.start, prev.end)) && SECOND_PERSON.test(s) && cues.some((c) => c.kind !== "ward");
    if (people.length === 0 && cues.length > 0 && ((PRONOUN_START.test(s) && !PRONOUN_STAFF.test(s)) || greeted) && prev) {
      if (STAFF_CONTEXT.test(text.slice(prev.start, prev.end))) continue;
      const earlier = peopleInSentence(text, i - 1).filter((m) => !isStaff(text, prev.start, prev.end, m));
      const last = earlier[earlier.length - 1];
      if (last) flag(last, kind);
    }
  }
  return out;
};
