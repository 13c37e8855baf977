import { finding, matchesOf } from "../finding.ts";
import type { Detector, Finding } from "../types.ts";
import { peopleNear, sentenceAt } from "./people.ts";

/*
 * pii.address: a home address, that is a house number and a street ("3 Mill Lane", "Flat 2,
 * 14 Elm Grove"), with or without town and postcode, tied to a person:
 *   - a home cue before it: "lives at", "living at", "home address", "her home in", "at home
 *     on", "address:", "drinks at mine", "room to let", "the wrong house", "send cards to";
 *     weaker cues ("moved to", "moving out of", "resident of") only with a person as their
 *     subject ("I'm moving out of...", not "Our headquarters has moved to...");
 *   - or a named person just before it: "Mr Arthur Long of 3 Mill Lane", "Doris Kemp, 14 Elm
 *     Grove", "Jim Brown from 3 Mill Lane", "Mr Ashby (DOB ...) of 7 Ferndale Road", "the Ahmed
 *     family, 12 Park Crescent" (but not "join Sarah at 5 Market Place": a meeting point, and
 *     not "Dr Jones, 12 Harley Street": a doctor's practice, unless the doctor has retired).
 * A street without a suffix ("4 Kingsway") counts only when a postcode follows it.
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
const ADDRESS = new RegExp(
  String.raw`(?<![\p{L}\p{N}£$€.,:/\-])` +
    String.raw`(?:(?:Flat|Apartment|Apt)\.?${SP}\d{1,4}[A-Za-z]?,?${SP})?` +
    String.raw`(\d{1,4}[A-Za-z]?(?:[\-–]\d{1,4})?,?${SP}(?:${STREET_WORD}${SP}){1,3}(?:${SUFFIX})\b)\.?` +
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

const HOME_CUE =
  /\b(?:lives?|lived|living|resides?|resided|residing|reside)\s+(?:at|in|on)\b|\bhome\s+(?:address|at|in|on)\b|\b(?:his|her|their|my|your|wrong|family)\s+(?:home|house|flat|bungalow|cottage|maisonette|address|door)\b|(?<!\b(?:our|postal|web|website|email|e-mail|return|office|same|trust['’]s|practice['’]s|surgery['’]s|hospital['’]s)\s+)\baddress(?:\s+is)?\s*[:\-–]?\s*$|\bat\s+home\b|\bhouse\s+(?:at|in|on)\b|\b(?:at|round|to|back\s+to)\s+(?:mine|ours)\b|\bmy\s+(?:place|gaff)\b|\b(?:room|flat|house)\s+(?:to|for)\s+(?:let|rent)\b|\b(?:send|post|deliver)\s+(?:(?:your|any|some|get\s+well|birthday|sympathy|condolence|thank\s+you)\s+)*(?:cards?|flowers|gifts?|presents?|letters)\s+to\s*$|\b(?:cards?|flowers|gifts?|presents?|letters|post)\s+(?:for\s+(?:[\p{L}'’-]+\s+){1,3})?(?:can|may|should|could)\s+(?:go|be\s+(?:sent|posted|delivered|dropped\s+off|left))\s+(?:to|at)\s*$/giu;
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
  /\b(?:hospital|infirmary|health\s+cent(?:re|er)|cent(?:re|er)|headquarters|hq|clinic|surgery|practice|unit|library|hall|church|chapel|school|college|university|academy|pharmacy|offices?|visit\s+us|find\s+us|based\s+at|located\s+at|held\s+at|hosted\s+at|takes?\s+place|taking\s+place|venue|hub|building|site|campus|depot|station|hotel|club|shop|store|market|café|cafe|pub|hospice|care\s+home|nursing\s+home|ward|trust|ltd|limited|plc|council|service|services|team|event|drop[-\s]in|vaccination|session|open\s+day|fair)\b/gi;

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
  /\b(?:patient|resident|service\s+user|client|gentleman|lady|man|woman|boy|girl|family|mum|dad|mother|father|daughter|son|husband|wife|partner|grandad|granddad|grandma|gran|nan|widow|pensioner)\s*(?:of|from|at|in|,|\()\s*$/i;
/** Sending or going to someone at an address: "send cards to Mrs Ellis at 14 Elm Grove". */
const DELIVERY_BEFORE = /\b(?:send|sent|post|posted|deliver|delivered|drop|dropped|take|taken|return|returned|write|visit|visited|pop\s+round|call\s+round|collect|collected)\b[^.!?]{0,30}$/i;
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
  const home = Math.max(lastMatchAt(HOME_CUE, before), weak, PERSON_NOUN_BEFORE.test(before) ? before.length : -1);

  let person = -1;
  for (const p of peopleNear(text, start, end)) {
    if (p.end > start || p.start < from) continue;
    // an age or a bracket between name and address: "Mr Kevin Ashby (DOB 19/05/1962) of 7 ...", "Doris, 91, 14 Elm Grove"
    const gap = text.slice(p.end, start).replace(/^\s*\([^)]{0,40}\)/, "").replace(/^\s*,\s*(?:aged\s+)?\d{1,3}\s*(?=,)/, "");
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
    const listed = !professional && /^(?:['’]s)?\s*(?:,|\(|[:\-–])\s*$/.test(gap);
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
