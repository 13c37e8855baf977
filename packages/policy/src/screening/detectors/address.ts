import { finding, matchesOf } from "../finding.ts";
import type { Detector, Finding } from "../types.ts";
import { peopleNear, sentenceAt } from "./people.ts";

/*
 * pii.address: a home address, that is a house number and a street ("3 Mill Lane", "Flat 2,
 * 14 Elm Grove"), with or without town and postcode, tied to a person:
 *   - a home cue before it: "lives at", "living at", "home address", "her home in", "at home
 *     on", "address:", "drinks at mine", "room to let", "the wrong house", "Sean's flat",
 *     "Maria's letterbox", "his place", and gifts sent to a home: "send cards to", "Cards and
 *     gifts to", "get-well cards for Mr Patel to", "presents can go to their grandparents at";
 *     weaker cues ("moved to", "moving out of", "resident of") only with a person as their
 *     subject ("I'm moving out of...", not "Our headquarters has moved to...");
 *   - or a named person just before it: "Mr Arthur Long of 3 Mill Lane", "Doris Kemp, 14 Elm
 *     Grove", "Ivy, 96, of 5 Station Road", "Jim Brown from 3 Mill Lane", "Pat's house, 61 ...",
 *     "to Bev's at 9 Moor Lane", "Mr Ashby (DOB ...) of 7 Ferndale Road", "the Ahmed family,
 *     12 Park Crescent", "The Wilsons at 5 Heol Las", or a delivery to someone there ("left with
 *     our volunteer Jean at 14 ...", "posted to her at ..."); but not "join Sarah at 5 Market
 *     Place" (a meeting point), and not "Dr Jones, 12 Harley Street" (a doctor's practice,
 *     unless the doctor has retired).
 * A street without a suffix ("4 Kingsway") counts only when a postcode follows it; streets named
 * the Welsh, Gaelic or Irish way ("Heol y Parc", "Sràid na h-Eaglaise") are read too.
 * Not flagged:
 *   - an address in settings.orgAddresses (compared on letters and digits only);
 *   - an address introduced as a place the organisation runs or uses: hospital, health centre,
 *     headquarters, clinic, surgery, practice, leisure centre, unit, library, hall, "our
 *     offices", "visit us at", "based at", "held at", "venue"... (the nearest cue wins);
 *   - a street address with no person and no home cue ("drop donations at 14 Elm Grove"): it
 *     is far more often a venue than somebody's home, so it is left alone.
 */

const SP = String.raw`[ \u00a0]+`;
const STREET_WORD = String.raw`(?:St\.?${SP})?\p{Lu}[\p{L}'’\-]*`;
const SUFFIX =
  "Lane|Road|Rd|Street|St|Avenue|Ave|Close|Drive|Way|Crescent|Terrace|Gardens|Grove|Court|Place|Square|Walk|Row|Mews|Hill|Rise|View|Green|Parade|Vale|Wynd|Chase|Croft|Mount|Bank|Villas|Cottages|Boulevard|Esplanade|Promenade|Approach|Meadows?|Fields|Wharf|Quay|Yard|Broadway|Causeway|Garth|Lea|Park|Gate|Dene|Heights|Brow|Fold|Nook|Loke|Passage|Alley|Circus|Cross|End|Field|Gdns|Cres|Ct|Pl|Sq|Ter|Tce";
const POSTCODE = String.raw`[A-Z]{1,2}\d[A-Z\d]?[ \u00a0]*\d[A-Z]{2}`;
const NOT_TOWN = String.raw`(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|April|May|June|July|August|September|October|November|December|Please|Thanks|Thank|Call|Ring|Email|Text|Message|Cards|From|Between|Open|Tel|Phone|Contact)`;
/**
 * Streets named the Welsh, Gaelic or Irish way, with the street word first and small words
 * inside: "Heol y Parc", "Ffordd yr Eglwys", "Sràid na h-Eaglaise", "Bóthar na Trá".
 */
const PREFIX = "Heol|Ffordd|Stryd|Lôn|Lon|Rhodfa|Stràid|Sràid|Rathad|Bóthar|Bothar|Sráid|Sraid|Ascaill";
const SMALL_WORD = String.raw`(?:y|yr|na|nan|an|am|a['’]|de|la|le|du|des|na\s+h-)`;
const PREFIX_STREET = String.raw`(?:${PREFIX})(?:${SP}${SMALL_WORD})?${SP}\p{Lu}[\p{L}'’\-]*(?:${SP}\p{Lu}[\p{L}'’\-]*)?`;
const ADDRESS = new RegExp(
  String.raw`(?<![\p{L}\p{N}£$€.,:/\-])` +
    String.raw`(?:(?:Flat|Apartment|Apt)\.?${SP}\d{1,4}[A-Za-z]?,?${SP})?` +
    String.raw`(\d{1,4}[A-Za-z]?(?:[\-–]\d{1,4})?,?${SP}(?:(?:${STREET_WORD}${SP}){1,3}(?:${SUFFIX})|${PREFIX_STREET})\b(?:(?<=\b(?:Rd|St|Ave|Gdns|Cres|Ct|Pl|Sq|Ter|Tce))\.)?)` +
    // town and postcode: ", Durham DH1 4AB", ", Durham", " DH1 4AB" (but not ", Wednesday from 8")
    String.raw`(?:,?${SP}${NOT_TOWN}\p{Lu}\p{Ll}[\p{L}'’\-]*(?:[ \u00a0\-]\p{Lu}\p{Ll}[\p{L}'’\-]*){0,2})?` +
    String.raw`(?:,?${SP}${POSTCODE}\b)?`,
  "gu",
);

const BUILDING_WORD = String.raw`(?:House|Centre|Center|Building|Buildings|Hospital|Infirmary|Park|Point|Plaza|Tower|Towers|Chambers|Offices?|Unit|Estate|Business|Campus|Hub|Works|Mill|Surgery|Clinic|Practice|Hall|School|College|Church|Station|Hotel|Arena|Stadium|Suite|Floor|Wing|Block|Level)(?![\p{L}'’\-])`;
/**
 * A street without a suffix is an address only when a postcode follows: "4 Kingsway, Darlington
 * DL1 3PQ", "12 Broadgate, York YO1 1AA".
 */
const STREET_PART = String.raw`(?!${BUILDING_WORD})\p{Lu}\p{Ll}[\p{L}'’\-]*`;
const ADDRESS_WITH_POSTCODE = new RegExp(
  String.raw`(?<![\p{L}\p{N}£$€.,:/\-])` +
    String.raw`(?:(?:Flat|Apartment|Apt)\.?${SP}\d{1,4}[A-Za-z]?,?${SP})?` +
    // the street, then the town: capitalised words, none of them a building's ("4 Kingsway", not "4 Kingsway House")
    String.raw`(\d{1,4}[A-Za-z]?,?${SP}${STREET_PART}(?:${SP}${STREET_PART}){0,2})` +
    String.raw`(?:,?${SP}${STREET_PART}(?:[ \u00a0\-]${STREET_PART}){0,2})?` +
    String.raw`,?${SP}${POSTCODE}\b`,
  "gu",
);

/** Things sent or left for a person: "Cards to 9 Pentland View", "Cards and gifts to Hannah at ...". */
const GIFTS = String.raw`(?:cards?|gifts?|flowers|presents?|balloons|letters|parcels?|hampers?|donations|prizes|tins)`;
/** Gifts for a person (not donations, which go to venues too: "Drop donations at 14 Elm Grove"). */
const PERSONAL_GIFTS = String.raw`(?:cards?|gifts?|flowers|presents?|balloons)`;
/** A home and its door: "her house", "Maria's letterbox", "his place". */
const DWELLING = String.raw`(?:home|house|flat|bungalow|cottage|maisonette|place|door|front\s+door|doorstep|letterbox|letter\s+box)`;
const NOT_A_HOME_OWNER = String.raw`(?:trust|hospital|practice|surgery|council|charity|organisation|organization|nhs|hospice|team|ward|unit|company|everyone|world|nation|country|city|town|region|england|scotland|wales|ireland|britain)`;

/** Cues that the next address is somebody's home. */
const HOME_CUE = new RegExp(
  [
    String.raw`\b(?:lives?|lived|living|resides?|resided|residing|reside)\s+(?:at|in|on)\b|\bhome\s+(?:address|at|in|on)\b|\bat\s+home\b|\bhouse\s+(?:at|in|on)\b`,
    // "her house", "my flat", "Sean's flat", "the wrong house", "our bungalow"
    String.raw`\b(?:his|her|their|my|your|wrong|family)\s+(?:${DWELLING}|address)\b|\bour\s+(?:house|flat|bungalow|cottage|maisonette)\b`,
    String.raw`\b(?!${NOT_A_HOME_OWNER}['’]s)[\p{L}-]+['’]s\s+${DWELLING}\b`,
    String.raw`(?<!\b(?:our|postal|web|website|email|e-mail|return|office|same|trust['’]s|practice['’]s|surgery['’]s|hospital['’]s)\s+)\baddress(?:\s+is)?\s*[:\-–]?\s*$`,
    // "posted to her at 12 Meadow Lane", "left with him at ..."
    String.raw`\b(?:to|for|with)\s+(?:her|him|them)\s+at\s*$|\b(?:at|round|to|back\s+to)\s+(?:mine|ours)\b|\bmy\s+(?:place|gaff)\b|\b(?:room|flat|house)\s+(?:to|for)\s+(?:let|rent)\b`,
    // gifts sent to a home: "send cards to", "Cards and gifts to", "get-well cards for Mr Patel to", "presents can go to their grandparents at"
    String.raw`\b(?:send|post|deliver)\s+(?:(?:your|any|some|get\s+well|birthday|sympathy|condolence|thank\s+you)\s+)*(?:cards?|flowers|gifts?|presents?|letters)\s+to\s*$`,
    String.raw`\b${PERSONAL_GIFTS}(?:\s+(?:and|&)\s+${PERSONAL_GIFTS})?(?:\s+for(?:\s+[\p{L}.'’-]+){1,3}?)?\s+(?:to|at)\s*$`,
    String.raw`\b(?:cards?|flowers|gifts?|presents?|letters|post)\s+(?:for\s+(?:[\p{L}'’-]+\s+){1,3})?(?:can|may|should|could)\s+(?:go|be\s+(?:sent|posted|delivered|dropped\s+off|left))\s+(?:to|at)\s+(?:(?:[\p{L}'’-]+\s+){0,3}?at\s+)?$`,
  ].join("|"),
  "giu",
);
/**
 * Weaker cues, which organisations use of themselves too ("Our headquarters has moved to...",
 * "Appointments are moving to..."): they count only when a person is the subject (I, she, they,
 * my family, a name), with no place word before them and no "we"/"our ..." as the subject.
 */
const WEAK_HOME_CUE =
  /\b(?:stays?|staying|stayed|moved|moving|move|relocat(?:ed|ing))\s+(?:at|in|to|into|out\s+of|from|on)\b|\bresident\s+of\b|\bneighbours?\b/gi;
const PERSON_SUBJECT = /\b(?:I|I['’]m|I['’]ve|I['’]ll|me|my|she|he|she['’]s|he['’]s|they|they['’]re|they['’]ve|her|his|their|family|mum|dad|neighbour|neighbours|couple|son|daughter|husband|wife|partner)\b/u;
const ORG_SUBJECT = /\b(?:we|we['’]ve|we['’]re|we\s+have|we\s+are|we\s+will|we['’]ll|our\s+(?:[\p{L}'’-]+\s+){0,4}(?:has|have|is|are|will))\b/iu;

const PLACE_CUE =
  /\b(?:hospital|infirmary|health\s+cent(?:re|er)|cent(?:re|er)|headquarters|hq|reception|front\s+desk|main\s+entrance|clinic|surgery|practice|unit|library|hall|church|chapel|school|college|university|academy|pharmacy|offices?|visit\s+us|find\s+us|based\s+at|located\s+at|held\s+at|hosted\s+at|takes?\s+place|taking\s+place|venue|hub|building|site|campus|depot|station|hotel|club|shop|store|market|café|cafe|pub|hospice|care\s+home|nursing\s+home|ward|trust|ltd|limited|plc|council|service|services|team|event|drop[-\s]in|vaccination|session|open\s+day|fair)\b/gi;

/** A named building, written with capitals: "Riverside House", "Kemp House" (but "her house" is a home). */
const BUILDING = /\b[A-Z][A-Za-z'’-]*\s+House\b/g;

function normalised(s: string): string {
  return s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");
}

/** The offset of the last match of a global regex in a string, or -1. */
function lastMatchAt(re: RegExp, s: string): number {
  let at = -1;
  for (const m of matchesOf(re, s)) at = m.index + m[0].length;
  return at;
}

/** A person noun just before the address: "the patient from 12 Cedar Close", "a resident of 4 Park View". */
const PERSON_NOUN_BEFORE =
  /\b(?:patient|resident|service\s+user|client|gentleman|lady|man|woman|boy|girl|family|mum|dad|mother|father|parents|daughter|son|husband|wife|partner|grandad|granddad|grandma|gran|nan|grandparents|grandchildren|in-laws|aunt|uncle|cousin|sister|brother|niece|nephew|twins|widow|pensioner)\s*(?:of|from|at|in|,|\()\s*$/i;
/** A household named by its surname: "The Wilsons at 5 Heol Las", "the Ahmeds of 12 Park Crescent". */
const HOUSEHOLD_BEFORE = /\b[Tt]he\s+(?!(?:Samaritans|Friends|Governors|Trustees|Rotarians|Scouts|Guides|Brownies|Volunteers|Rangers)\b)\p{Lu}\p{Ll}+s\s+(?:family\s+)?(?:at|of|from|,|\()\s*$/u;
/** Sending or going to someone at an address: "send cards to Mrs Ellis at 14 Elm Grove". */
const DELIVERY_BEFORE = new RegExp(
  String.raw`\b(?:send|sent|post|posted|deliver|delivered|drop|dropped|take|taken|return|returned|write|visit|visited|pop\s+round|call\s+round|collect|collected|leave|left|hand|handed|give|given|bring|brought|pick\s+up|picked\s+up)\b[^.!?]{0,30}$|\b${GIFTS}\b[^.!?]{0,20}\b(?:to|for|with)\s*$`,
  "i",
);
/** A home cue after the address: "14 Elm Grove, where Doris lives", "3 Mill Lane is her home". */
const HOME_AFTER = /^[^.!?]{0,40}?\b(?:where\s+(?:[\p{L}'’]+\s+){0,3}(?:lives?|lived|stays?|resides?)|(?:is|was)\s+(?:her|his|their)\s+(?:home|house|address|flat))\b/iu;
const PERSONAL_TITLES = new Set(["mr", "mrs", "ms", "miss", "mx", "master"]);
const PRACTISING_TITLES = new Set(["dr", "doctor", "prof", "professor"]);

/** The end of the last weak home cue in `before`, if a person is its subject; else -1. */
function weakCueWithPerson(text: string, from: number, start: number, before: string): number {
  const at = lastMatchAt(WEAK_HOME_CUE, before);
  if (at < 0) return -1;
  const lead = before.slice(0, at);
  return PERSON_SUBJECT.test(lead) || peopleNear(text, from, start).some((p) => p.start >= from && p.end <= from + at) ? at : -1;
}

function tiedToPerson(text: string, start: number, end: number): boolean {
  const sentence = sentenceAt(text, start);
  const from = Math.max(sentence.start, start - 80);
  const before = text.slice(from, start);
  if (HOME_AFTER.test(text.slice(end, Math.min(sentence.end, end + 60)))) return true;

  const place = Math.max(lastMatchAt(PLACE_CUE, before), lastMatchAt(BUILDING, before));
  const weak = place < 0 && !ORG_SUBJECT.test(before) ? weakCueWithPerson(text, from, start, before) : -1;
  const home = Math.max(lastMatchAt(HOME_CUE, before), weak, PERSON_NOUN_BEFORE.test(before) || HOUSEHOLD_BEFORE.test(before) ? before.length : -1);

  let person = -1;
  for (const p of peopleNear(text, start, end)) {
    if (p.end > start || p.start < from) continue;
    // an age or a bracket between name and address: "Mr Kevin Ashby (DOB 19/05/1962) of 7 ...", "Doris, 91, 14 Elm Grove"
    const gap = text
      .slice(p.end, start)
      .replace(/^\s*\([^)]{0,40}\)/, "")
      .replace(/^\s*,\s*(?:aged\s+)?\d{1,3}\s*,(?=\s*(?:of|from)\b)/, "")
      .replace(/^\s*,\s*(?:aged\s+)?\d{1,3}\s*(?=,)/, "");
    // "Arthur Long of 3 Mill Lane", "Doris, 14 Elm Grove", "Doris (14 Elm Grove)", "Jim Brown from 3 Mill Lane".
    // "at" only for a Mr/Mrs or a delivery ("send cards to Doris at 14 Elm Grove"): "join Sarah
    // Jones at 5 Market Place" is a meeting point, not her home.
    const at =
      /^\s*at\s*$/i.test(gap) &&
      ((p.title !== null && PERSONAL_TITLES.has(p.title)) || DELIVERY_BEFORE.test(text.slice(from, p.start)));
    // A doctor's name followed by an address is usually where they practise ("Dr Jones, 12 Harley
    // Street"), unless they have retired. Nurses, matrons and the rest do not practise from a street address.
    const professional =
      p.title !== null && PRACTISING_TITLES.has(p.title) && !/\b(?:retired|former|late)\s+(?:[\p{L}-]+\s+){0,2}$/iu.test(text.slice(from, p.start));
    // "Kerry's, 8 Oakfield Terrace", "Pat's house, 61 Cairnhill Road", "Maureen's flat (27 ...)"
    // (and "to Bev's at 9 Moor Lane", "Sean's flat is at ...": a possessive is a home)
    const listed =
      !professional &&
      (/^(?:['’]s(?:\s+(?:house|home|flat|place|bungalow|cottage|farm|caravan))?)?\s*(?:,|\(|[:\-–])\s*$/.test(gap) ||
        /^['’]s(?:\s+(?:house|home|flat|place|bungalow|cottage|farm|caravan)(?:\s+is)?)?\s+(?:at|in|on)\s*$/.test(gap));
    if (at || listed || /^\s*(?:of|from)\s*$/i.test(gap)) {
      person = Math.max(person, p.end - from);
    }
  }
  const tie = Math.max(home, person);
  return tie >= 0 && tie >= place;
}

/**
 * After an explicit home cue, people type addresses in lower case ("lives at 14 elm grove"):
 * a second, case-blind pattern runs only right after such a cue.
 */
const STRONG_HOME_CUE = /\b(?:lives?\s+at|living\s+at|home\s+address(?:\s+is)?|(?<!\b(?:our|postal|web|website|email|e-mail|return|office|same|trust['’]s|practice['’]s|surgery['’]s|hospital['’]s)\s+)address(?:\s+is)?\s*:?|resides\s+at)/gi;
const LOWER_CASE_ADDRESS = new RegExp(
  String.raw`^(?:flat\s+\d{1,4}[a-z]?,?\s+)?\d{1,4}[a-z]?,?\s+(?:[a-z][a-z'’\-]*\s+){1,3}(?:${SUFFIX.toLowerCase()})\b(?:,?\s+[a-z][a-z'’\-]+(?![\d'’\-])){0,2}(?:,?\s+${POSTCODE}\b)?`,
  "i",
);

function lowerCaseAddresses(text: string, taken: Set<number>): Finding[] {
  const out: Finding[] = [];
  for (const cue of matchesOf(STRONG_HOME_CUE, text)) {
    const at = cue.index + cue[0].length;
    const rest = text.slice(at, at + 160);
    const lead = /^[\s:\-–]*/.exec(rest)?.[0].length ?? 0;
    const m = LOWER_CASE_ADDRESS.exec(rest.slice(lead));
    if (!m || taken.has(at + lead)) continue;
    out.push(homeAddress(at + lead, at + lead + m[0].length));
  }
  return out;
}

function homeAddress(start: number, end: number): Finding {
  return finding(
    "pii.address",
    "pii.address.home",
    "block",
    start,
    end,
    "This looks like someone's home address. Never post a patient's, relative's or colleague's address: remove it.",
  );
}

export const address: Detector = ({ text, settings }) => {
  const out: Finding[] = [];
  const own = settings.orgAddresses.map(normalised).filter((a) => a.length > 0);
  const isOwn = (street: string): boolean => own.some((a) => a.includes(street) || street.includes(a));
  const taken = new Set<number>();
  const spans: [number, number][] = [];
  for (const m of matchesOf(ADDRESS, text)) {
    const start = m.index;
    const end = m.index + m[0].length;
    taken.add(start);
    spans.push([start, end]);
    if (isOwn(normalised(m[1] ?? m[0])) || !tiedToPerson(text, start, end)) continue;
    out.push(homeAddress(start, end));
  }
  let j = 0;
  for (const m of matchesOf(ADDRESS_WITH_POSTCODE, text)) {
    const start = m.index;
    const end = m.index + m[0].length;
    // both lists are in text order: skip the spans that end before this one, then test the next
    while (j < spans.length && (spans[j]?.[1] ?? 0) <= start) j++;
    if ((spans[j]?.[0] ?? Infinity) < end) continue;
    taken.add(start);
    if (isOwn(normalised(m[1] ?? m[0])) || !tiedToPerson(text, start, end)) continue;
    out.push(homeAddress(start, end));
  }
  for (const f of lowerCaseAddresses(text, taken)) {
    if (!isOwn(normalised(text.slice(f.start, f.end).replace(/,.*$/su, "")))) out.push(f);
  }
  return out.sort((a, b) => a.start - b.start);
};
