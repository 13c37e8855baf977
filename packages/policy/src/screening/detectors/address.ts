import { finding, matchesOf } from "../finding.ts";
import type { Detector, Finding } from "../types.ts";
import { peopleNear, sentenceAt } from "./people.ts";

/*
 * pii.address: a home address, that is a house number and a street ("3 Mill Lane", "Flat 2,
 * 14 Elm Grove"), with or without town and postcode, tied to a person:
 *   - a home cue before it: "lives at", "living at", "home address", "her home in", "at home
 *     on", "address:", "moved to", "resident of";
 *   - or a named person just before it: "Mr Arthur Long of 3 Mill Lane", "Doris Kemp, 14 Elm
 *     Grove", "Jim Brown from 3 Mill Lane" (but not "join Sarah at 5 Market Place": a meeting
 *     point).
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
const ADDRESS = new RegExp(
  String.raw`(?<![\p{L}\p{N}£$€.,:/\-])` +
    String.raw`(?:(?:Flat|Apartment|Apt)\.?${SP}\d{1,4}[A-Za-z]?,?${SP})?` +
    String.raw`(\d{1,4}[A-Za-z]?(?:[\-–]\d{1,4})?,?${SP}(?:${STREET_WORD}${SP}){1,3}(?:${SUFFIX})\b)\.?` +
    // town and postcode: ", Durham DH1 4AB", ", Durham", " DH1 4AB"
    String.raw`(?:,?${SP}\p{Lu}\p{Ll}[\p{L}'’\-]*(?:[ \u00a0\-]\p{Lu}\p{Ll}[\p{L}'’\-]*){0,2})?` +
    String.raw`(?:,?${SP}${POSTCODE}\b)?`,
  "gu",
);

const HOME_CUE =
  /\b(?:lives?|lived|living|resides?|resided|residing|reside|stays?|staying|moved|moving)\s+(?:at|in|to|on)\b|\bhome\s+(?:address|at|in|on)\b|\b(?:his|her|their|my|your)\s+(?:home|house|flat|bungalow|address|door)\b|(?<!\b(?:our|postal|web|website|email|e-mail|return|office|trust['’]s|practice['’]s|surgery['’]s|hospital['’]s)\s+)\baddress(?:\s+is)?\s*[:\-–]?\s*$|\bresident\s+of\b|\bat\s+home\b|\bhouse\s+(?:at|in|on)\b|\bneighbours?\b/gi;

const PLACE_CUE =
  /\b(?:hospital|infirmary|health\s+cent(?:re|er)|cent(?:re|er)|headquarters|hq|clinic|surgery|practice|unit|library|hall|church|chapel|school|college|university|academy|pharmacy|offices?|visit\s+us|find\s+us|based\s+at|located\s+at|held\s+at|hosted\s+at|takes?\s+place|taking\s+place|venue|hub|building|house|site|campus|depot|station|hotel|club|shop|store|market|café|cafe|pub|hospice|care\s+home|nursing\s+home|ward|trust|ltd|limited|plc|council|service|services|team|event|drop[-\s]in|vaccination|session|open\s+day|fair)\b/gi;

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
  /\b(?:patient|resident|service\s+user|client|gentleman|lady|man|woman|boy|girl|family|mum|dad|mother|father|daughter|son|husband|wife|partner|grandad|granddad|grandma|gran|nan|widow|pensioner)\s+(?:of|from|at|in)\s*$/i;
/** Sending or going to someone at an address: "send cards to Mrs Ellis at 14 Elm Grove". */
const DELIVERY_BEFORE = /\b(?:send|sent|post|posted|deliver|delivered|drop|dropped|take|taken|return|returned|write|visit|visited|pop\s+round|call\s+round|collect|collected)\b[^.!?]{0,30}$/i;
/** A home cue after the address: "14 Elm Grove, where Doris lives", "3 Mill Lane is her home". */
const HOME_AFTER = /^[^.!?]{0,40}?\b(?:where\s+(?:[\p{L}'’]+\s+){0,3}(?:lives?|lived|stays?|resides?)|(?:is|was)\s+(?:her|his|their)\s+(?:home|house|address|flat))\b/iu;
const PERSONAL_TITLES = new Set(["mr", "mrs", "ms", "miss", "mx", "master"]);

function tiedToPerson(text: string, start: number, end: number): boolean {
  const sentence = sentenceAt(text, start);
  const from = Math.max(sentence.start, start - 80);
  const before = text.slice(from, start);
  if (HOME_AFTER.test(text.slice(end, Math.min(sentence.end, end + 60)))) return true;

  const home = Math.max(lastMatchAt(HOME_CUE, before), PERSON_NOUN_BEFORE.test(before) ? before.length : -1);
  const place = lastMatchAt(PLACE_CUE, before);

  let person = -1;
  for (const p of peopleNear(text, start, end)) {
    if (p.end > start || p.start < from) continue;
    const gap = text.slice(p.end, start);
    // "Arthur Long of 3 Mill Lane", "Doris, 14 Elm Grove", "Doris (14 Elm Grove)", "Jim Brown from 3 Mill Lane".
    // "at" only for a Mr/Mrs or a delivery ("send cards to Doris at 14 Elm Grove"): "join Sarah
    // Jones at 5 Market Place" is a meeting point, not her home.
    const at =
      /^\s*at\s*$/i.test(gap) &&
      ((p.title !== null && PERSONAL_TITLES.has(p.title)) || DELIVERY_BEFORE.test(text.slice(from, p.start)));
    // A professional's name followed by an address is usually where they practise ("Dr Jones, 12 Harley Street").
    const professional = p.title !== null && !PERSONAL_TITLES.has(p.title) && p.title !== "baby";
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
const STRONG_HOME_CUE = /\b(?:lives?\s+at|living\s+at|home\s+address(?:\s+is)?|(?<!\b(?:our|postal|web|website|email|e-mail|return|office|trust['’]s|practice['’]s|surgery['’]s|hospital['’]s)\s+)address(?:\s+is)?\s*:?|resides\s+at)/gi;
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
  for (const m of matchesOf(ADDRESS, text)) {
    const start = m.index;
    const end = m.index + m[0].length;
    taken.add(start);
    if (isOwn(normalised(m[1] ?? m[0])) || !tiedToPerson(text, start, end)) continue;
    out.push(homeAddress(start, end));
  }
  for (const f of lowerCaseAddresses(text, taken)) {
    if (!isOwn(normalised(text.slice(f.start, f.end).replace(/,.*$/su, "")))) out.push(f);
  }
  return out;
};
