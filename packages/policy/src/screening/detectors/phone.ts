import { parsePhoneNumberFromString } from "libphonenumber-js/core";
import { finding, matchesOf } from "../finding.ts";
import type { Detector, Finding } from "../types.ts";
import { isFirstName, peopleNear, sentenceAt } from "./people.ts";
import { UK_PHONE_METADATA } from "./phone-metadata.ts";

/*
 * pii.phone: personal phone numbers.
 *
 * Flagged:
 *   - UK mobiles (07xxx, +44 7xxx), 070 "personal numbers" and 076 pagers, wherever they
 *     appear, unless the organisation lists the number as its own (settings.orgPhoneNumbers);
 *   - any other number tied to a named person: "ring Claire on 01632 960123", "Dr Patel's
 *     direct line: ...", "my direct line is ...".
 * Not flagged:
 *   - short and helpline codes (111, 999, 112, 119, 116 123, 18001): never candidates, since
 *     a candidate needs a leading 0 or +/00 and a full UK length;
 *   - service lines (03xx, 080x, 084x, 087x, 09xx): never personal, even next to a name;
 *   - numbers in settings.orgPhoneNumbers, compared by digits (+44 and 0 forms alike);
 *   - a geographic landline (01/02) with no person tied to it. Decision: organisations publish
 *     landlines for their sites, wards and services all the time ("call the switchboard on
 *     0191 ...", "bookings: 01632 ..."), and a bare landline almost never identifies a person;
 *     flagging them would bury the real cases, so they are not flagged at all (not even warn).
 *
 * Classification uses libphonenumber-js with +44 metadata only (see phone-metadata.ts). Ofcom's
 * drama ranges (07700 900xxx, 01632 960xxx...) are "invalid" to libphonenumber, but people
 * copy them into drafts and examples, so an unknown UK number is classified by its prefix.
 */

const SP = String.raw`[ \u00a0]`;
const SEP = String.raw`(?:[ \u00a0\-.]|${SP}?\(0\)${SP}?|\)${SP}?|${SP}?\()?`;
const CANDIDATE = new RegExp(
  String.raw`(?<![\p{L}\p{N}+_/.#@£$€\-])(?:` +
    // UK: +44 / 0044 / 0, then 9 or 10 national digits
    String.raw`((?:\+|00)${SP}?44${SP}?(?:\(0\)${SP}?)?|\(?0)(\d(?:${SEP}\d){8,9})` +
    // anywhere else: +CC then 6 to 13 digits
    String.raw`|(?:\+|00)(?!44)([1-9]\d{0,2})[ \u00a0\-]?(\d(?:${SEP}\d){5,12})` +
    String.raw`)(?!\p{N})`,
  "gu",
);

type Kind = "mobile" | "personal" | "fixed" | "service" | "foreign";

function ukKind(national: string): Kind {
  const type = parsePhoneNumberFromString(`+44${national}`, UK_PHONE_METADATA)?.getType();
  switch (type) {
    case "MOBILE":
    case "PAGER":
      return "mobile";
    case "PERSONAL_NUMBER":
      return "personal";
    case "FIXED_LINE":
    case "FIXED_LINE_OR_MOBILE":
    case "VOIP":
      return "fixed";
    case "TOLL_FREE":
    case "SHARED_COST":
    case "PREMIUM_RATE":
    case "UAN":
    case "VOICEMAIL":
      return "service";
    default:
      break;
  }
  // Not in the UK plan as published (drama ranges, unallocated blocks, typos): go by prefix.
  if (/^7[1-9]/.test(national)) return national.startsWith("70") ? "personal" : "mobile";
  if (/^[125]/.test(national)) return "fixed";
  return "service";
}

/** National significant digits of a UK number in any format ("+44 (0)191 ...", "0191-..."). */
export function ukDigits(raw: string): string {
  let d = raw.replace(/\D/g, "");
  if (d.startsWith("0044")) d = d.slice(4);
  else if (d.startsWith("44") && /^\s*\+/.test(raw)) d = d.slice(2);
  else if (d.startsWith("44") && d.length >= 11) d = d.slice(2);
  return d.replace(/^0+/, "");
}

/** Words that make a number a team's, a site's or a service's, not a person's. */
const SERVICE_WORDS =
  /\b(?:switchboard|reception|receptionist|team|teams|office|offices|service|services|department|dept|desk|helpline|hotline|advice|(?<!direct\s|own\s|personal\s|work\s)lines?|centre|center|hub|unit|ward|clinic|practice|surgery|pals|appointments?|bookings?|enquiries|hospital|main|general|number for|hq|headquarters|trust|council|pharmacy)\b/i;

const JOB_TITLE =
  /\b(?:ward|team|service|office|practice|clinic|unit|department|reception|switchboard|pals|bookings?|appointments?)\s+(?:manager|lead|leader|coordinator|co-ordinator|sister|matron|administrator|director|officer|supervisor|secretary|clerk|assistant|nurse)\b/gi;

/** Only these words may sit between a name and "their" number ("Claire on", "Dr Patel's direct line:"). */
const TIE_WORDS = new Set(
  (
    "on at via is its s number no tel telephone phone mobile mob m t direct line dial ddi or by calling call ring " +
    "text her his their own personal work desk extension ext home private directly personally"
  ).split(" "),
);

const PERSONAL_CUE =
  /\b(?:call|ring|text|phone|contact|reach|message|whatsapp)\s+me\s+(?:on|at)\s*:?\s*$|\b(?:(?:my|his|her|their)\s+(?:(?:own|personal|work|home|direct|mobile|private)\s+)*(?:line|dial|number|mobile|phone|landline|extension|ext)|(?:personal|home|private)\s+(?:number|phone|mobile|landline|telephone))\b[^.!?\n]{0,25}$|\b(?:me|her|him|them)\s+at\s+home\s+(?:on|at)\s*:?\s*$/i;

const CALL_NAME = /\b(?:call|ring|phone|text|contact|speak to|ask for|message|whatsapp|WhatsApp)\s+(\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?)\s+(?:on|at)\s*:?\s*$/u;

function tiedToPerson(text: string, start: number, end: number): boolean {
  const sentence = sentenceAt(text, start);
  const from = Math.max(sentence.start, start - 120);
  const before = text.slice(from, start);
  if (PERSONAL_CUE.test(before)) return true;

  const call = CALL_NAME.exec(before);
  if (call && !SERVICE_WORDS.test(call[1] ?? "")) {
    const first = (call[1] ?? "").split(/\s+/)[0] ?? "";
    if (isFirstName(first)) return true;
  }

  for (const person of peopleNear(text, start, end)) {
    if (person.end <= start && person.start >= from) {
      // A job title is not a service: "Linda Smith, Ward Manager, on 0191 ..." is still Linda's line.
      const gap = text.slice(person.end, start).replace(JOB_TITLE, " ");
      if (gap.length > 60 || SERVICE_WORDS.test(gap)) continue;
      // Only linking words, or a job title ("Jane Smith, Communications Manager, 0191 ..."), may sit between.
      const words = gap.split(/[^\p{L}&]+/u).filter(Boolean);
      const linking = (w: string): boolean =>
        TIE_WORDS.has(w.toLowerCase()) || /^\p{Lu}/u.test(w) || ["of", "and", "for", "the", "&"].includes(w);
      if (words.length <= 8 && words.every(linking)) return true;
    } else if (person.start >= end && person.start - end <= 14) {
      // "01632 960123 (Claire)", "01632 960123 - Claire Smith", "01632 960123 and ask for Claire",
      // unless the number is a switchboard's or a team's
      const gap = text.slice(end, person.start);
      if (/^[\s(\-–—,:]*(?:(?:and\s+)?ask\s+for\s+)?$/i.test(gap) && !SERVICE_WORDS.test(text.slice(Math.max(sentence.start, start - 40), start))) {
        return true;
      }
    }
  }
  return false;
}

const MESSAGES = {
  mobile:
    "This looks like a personal mobile number. Don't post people's own phone numbers: give the service's published number instead. If this is your service's own number, ask the communications team to add it to the organisation's phone numbers.",
  personal:
    "This is a 070 'personal number', which forwards to someone's own phone. Don't post it: give the service's published number instead.",
  named:
    "This phone number is given as a named person's own line. Don't post people's direct lines or own numbers: give the team's or service's published number instead.",
};

export const phone: Detector = ({ text, settings }) => {
  const out: Finding[] = [];
  const own = new Set(settings.orgPhoneNumbers.map(ukDigits).filter((d) => d.length >= 6));
  for (const m of matchesOf(CANDIDATE, text)) {
    const start = m.index;
    const end = m.index + m[0].length;
    const uk = m[2] !== undefined;
    const national = uk ? (m[2] ?? "").replace(/\D/g, "") : `${m[3] ?? ""}${(m[4] ?? "").replace(/\D/g, "")}`;
    if (uk && own.has(national)) continue;
    if (!uk && own.has(m[0].replace(/\D/g, "").replace(/^00/, ""))) continue;
    const kind: Kind = uk ? ukKind(national) : "foreign";
    if (kind === "service") continue;
    // Dots between digits are read only in mobiles ("07700.900.321"): otherwise they are
    // more often version numbers, decimals or references.
    if (m[0].includes(".") && kind !== "mobile" && kind !== "personal") continue;
    if (kind === "mobile" || kind === "personal") {
      const rule = kind === "mobile" ? "pii.phone.mobile" : "pii.phone.personal-number";
      out.push(finding("pii.phone", rule, "block", start, end, MESSAGES[kind]));
      continue;
    }
    if (tiedToPerson(text, start, end)) {
      out.push(finding("pii.phone", "pii.phone.named-direct-line", "block", start, end, MESSAGES.named));
    }
  }
  return out;
};
