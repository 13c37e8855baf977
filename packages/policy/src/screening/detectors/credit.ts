import { finding } from "../finding.ts";
import type { Detector, Finding } from "../types.ts";
import { continuesWord, scanFromWordStart, withoutOverlaps } from "./conduct-text.ts";

/*
 * credit.individual: a credit to an individual photographer, film-maker or production
 * company ("Photo by Jane Smith", "Photography by Tom Reed Studio", "📷: @janesmithphoto",
 * "Image credit: ...", "Video: XYZ Productions", "filmed by ...", "© John Doe").
 *
 * Official content is branded as the organisation's own and is never credited to an
 * individual or production company (CO23 §3.5.4, ICBP038 §3.6, CO22 §3.5).
 *
 * Not flagged: credits to the organisation itself ("courtesy of our estates team", "photo:
 * Demo NHS Trust communications team", "© NHS", "© Crown copyright"), stock libraries and news
 * outlets (not individuals), and captions that merely start with "Photo:" or "Video:" and go
 * on to describe the picture ("Video: how to use your inhaler", "Video: Meet Dr Sarah Lewis,
 * our new chief nurse").
 */

const B = String.raw`(?<![\p{L}\p{N}_])`;
const PHOTO = String.raw`(?:photo(?:graph)?s?|photography|pictures?|pics?|images?|imagery|headshots?|portraits?|shots)`;
const FILM = String.raw`(?:videos?|videography|film|films|filming|footage|drone\s+footage|cinematography|camera(?:work)?|animation|edit|editing)`;
/** "Pics from Saturday's awards by ...", "Photos on the day by ...": what the pictures are of, before the credit. */
const OF_WHAT = String.raw`(?:\s+(?:from|of|at|on|during)\s+(?:[\p{L}\p{N}'’&-]+\s+){0,4}?[\p{L}\p{N}'’&-]+)?`;
const DONE = String.raw`(?:\s+(?:was\s+|were\s+)?(?:taken|shot|captured|filmed|produced|edited|made|created|supplied|provided|kindly\s+(?:supplied|provided|taken)))?`;

interface Lead {
  re: RegExp;
  rule: string;
  /** the credit must stand alone on its line ("Photo: Jane Smith"), not open a caption */
  standalone: boolean;
  /** the credit only counts with this in the 80 characters before it (a film, a photo) */
  near?: RegExp;
}

const LEADS: Lead[] = [
  { re: new RegExp(String.raw`${B}${PHOTO}${OF_WHAT}${DONE}\s+(?:by|courtesy\s+of)\s+`, "giu"), rule: "credit.individual.photographer", standalone: false },
  { re: new RegExp(String.raw`${B}${FILM}${OF_WHAT}${DONE}\s+(?:by|courtesy\s+of)\s+`, "giu"), rule: "credit.individual.film-maker", standalone: false },
  // a credit line that starts "Shot by ...", "Captured by ..."
  { re: /(?:^|(?<=\n)|(?<=[|•·]\s{0,2}))(?:shot|captured|lensed)\s+by\s+/giu, rule: "credit.individual.photographer", standalone: false },
  { re: new RegExp(String.raw`${B}(?:photographed|snapped)\s+by\s+`, "giu"), rule: "credit.individual.photographer", standalone: false },
  { re: new RegExp(String.raw`${B}(?:(?:filmed|videoed)(?:\s+(?:and|&)\s+edited)?|shot\s+(?:and|&)\s+edited|directed\s+(?:and|&)\s+edited|produced\s+(?:and|&)\s+directed)\s+by\s+`, "giu"), rule: "credit.individual.film-maker", standalone: false },
  {
    re: new RegExp(String.raw`${B}(?:${PHOTO}\s+)?credits?\s*[:\-–—|]\s*|${B}${PHOTO}\s+credits?\s+|${B}(?:photographer|photography|photographers)\s*[:\-–—|]\s*`, "giu"),
    rule: "credit.individual.photographer",
    standalone: false,
  },
  {
    re: new RegExp(String.raw`${B}(?:${FILM}\s+)credits?\s*[:\-–—|]\s*|${B}(?:videographer|film-?maker|cameraman|camerawoman|camera\s+operator|director\s+of\s+photography|dop|producer|production|produced\s+by|editor)\s*[:\-–—|]\s*`, "giu"),
    rule: "credit.individual.film-maker",
    standalone: false,
  },
  { re: new RegExp(String.raw`${B}${PHOTO}\s*[:\-–—|]\s*`, "giu"), rule: "credit.individual.photographer", standalone: true },
  { re: new RegExp(String.raw`${B}${FILM}\s*[:\-–—|]\s*`, "giu"), rule: "credit.individual.film-maker", standalone: true },
  { re: /(?:📷|📸|🖼️?)\uFE0F?\s*[:\-–—|]?\s*(?:(?:by|credit)\s*:?\s*)?/gu, rule: "credit.individual.photographer", standalone: true },
  { re: /(?:🎥|📹|🎬|🎞️?|📽️?)\uFE0F?\s*[:\-–—|]?\s*(?:(?:by|credit)\s*:?\s*)?/gu, rule: "credit.individual.film-maker", standalone: true },
  // "Our new film about organ donation, produced by Redhouse Media Productions": a production credit near a film
  {
    re: new RegExp(String.raw`${B}(?:produced|made|created|directed|edited|animated|shot|captured)\s+by\s+`, "giu"),
    rule: "credit.individual.film-maker",
    standalone: false,
    near: new RegExp(String.raw`${B}(?:${PHOTO}|${FILM}|documentary|short|clip|reel|campaign\s+video)(?![\p{L}])`, "iu"),
  },
  { re: /(?:©|\(c\)|\bcopyright)\s*(?:\d{4}\s*[-–,]?\s*)?/giu, rule: "credit.individual.copyright", standalone: false },
];

/**
 * Words before the name that describe the credited person ("local photographer Jane Smith",
 * "our staff nurse Amy Cole"). A credit to a named member of staff is still an individual credit.
 */
const DESCRIPTOR = new Set([
  "local", "freelance", "professional", "award-winning", "talented", "amazing", "brilliant", "wonderful", "fantastic",
  "photographer", "photographers", "videographer", "film-maker", "filmmaker", "artist", "student", "photography",
  "the", "very", "friend", "incredible", "lovely", "super", "kind", "generous", "and", "by", "our", "my", "own",
  "staff", "nurse", "nurses", "doctor", "dr", "porter", "midwife", "consultant", "colleague", "volunteer",
  "receptionist", "paramedic", "healthcare", "assistant", "hca", "manager", "ward", "sister", "matron", "student",
  "apprentice", "physio", "physiotherapist", "pharmacist", "patient", "former", "retired", "junior", "senior",
]);

/** A capitalised word that opens a sentence rather than a name: "📸 Contact Poppy Rowe on ...". */
const CAPTION_OPENER =
  /^(?:Meet|Here|This|These|Our|Watch|See|Look|How|What|Why|When|Join|Find|Read|New|Top|Left|Right|Above|Below|Inside|Behind|Contact|Call|Email|Book|Visit|Ask|Tell|Send|Register|Apply|Get|Come|Check|Thanks|Thank|Share|Follow|Sign|Download|Click|Scan|Please|Happy|Congratulations|Welcome|Celebrating|Introducing)$/u;

/** The organisation itself, stock libraries and news outlets: not an individual credit. */
const NOT_INDIVIDUAL =
  /\b(?:year|class|pupils|students|children|school|schools|college|academy|group|club|afc|fc|rugby|google|maps|openstreetmap|courant|nhs|trust|icb|ccg|council|hospitals?|team|teams|communications|comms|department|estates|foundation|services?|university|government|crown|england|improvement|health|healthcare|ambulance|practice|surgery|charity|charities|getty|shutterstock|unsplash|pexels|pixabay|istock|alamy|adobe|pa|reuters|bbc|itv|echo|chronicle|news|journal|gazette|times|guardian|press|mirror|telegraph|herald|post|mail|express|advertiser|gov|wikimedia|commons|canva|freepik)\b/i;

const ORG_PRONOUN = /^(?:our|we|us|me|my|the\s+(?:trust|team|hospital|icb|ccg|council|nhs|communications|comms|estates|organisation))\b/i;

const HANDLE = /^@([A-Za-z0-9_]{2,30})/u;
const NAME = /^(\p{Lu}(?:\.|[\p{L}'’-]*)(?:\s+(?:&|and|de|van|von|da|di|le|la|du|o['’])?\s*\p{Lu}(?:\.|[\p{L}'’-]*)){0,4})/u;
/** After a standalone credit only punctuation, hashtags, handles and emoji may follow on the line. */
const REST_OF_CREDIT = /^[\s.,;:!|()[\]\-–—/#@\w]*$/u;

/** The credited name or handle starting at `index`, as [start, end), or null if it is the organisation or nobody. */
function creditedTarget(text: string, index: number, standalone: boolean): [number, number] | null {
  const ahead = text.slice(index, index + 160);
  const lineEnd = ahead.indexOf("\n");
  const line = lineEnd < 0 ? ahead : ahead.slice(0, lineEnd);
  let offset = 0;
  // skip describing words: "by local photographer ..."
  for (let k = 0; k < 4; k++) {
    const m = /^([\p{Ll}-]+)\s+/u.exec(line.slice(offset));
    if (m === null || !DESCRIPTOR.has(m[1]!.toLowerCase())) break;
    offset += m[0].length;
  }
  // "by the talented team at Bright Spark Media": the company named after its people
  const people = /^(?:team|folks|crew|guys|people|gang)\s+(?:at|from)\s+(?=\p{Lu}|@)/u.exec(line.slice(offset));
  if (people !== null) offset += people[0].length;
  const rest = line.slice(offset);
  if (ORG_PRONOUN.test(rest)) return null;
  // "our estates team", "the communications team": the organisation, with no name after the descriptors
  if (offset > 0 && /^\p{Ll}/u.test(rest)) return null;
  const handle = HANDLE.exec(rest);
  if (handle !== null) {
    if (NOT_INDIVIDUAL.test(handle[1]!) || /nhs|trust|icb|ccg|council|hospital/i.test(handle[1]!)) return null;
    return [index + offset, index + offset + handle[0].length];
  }
  const name = NAME.exec(rest);
  if (name === null) return null;
  const words = name[1]!.trim();
  if (NOT_INDIVIDUAL.test(words)) return null;
  // "Ward 7 staff", "Year 6 pupils", "Bay 3": a place or group, not a name
  if (/^\s*\d{1,3}(?!\d)/u.test(rest.slice(name[0].length))) return null; // (a year after a name is fine: "© Mark Robson 2024")
  // "Photo: Meet Dr Sarah Lewis, our new chief nurse" is a caption, not a credit.
  if (standalone) {
    // Only the rest of this sentence matters, without links, hashtags and handles.
    const after = rest
      .slice(name[0].length)
      .split(/[.!?](?:\s|$)/u)[0]!
      .replace(/https?:\/\/\S+|[#@][\p{L}\p{N}_]+/gu, "");
    if (!REST_OF_CREDIT.test(after) || /\s\p{Ll}{3,}/u.test(after)) return null;
  }
  // A capitalised word that opens a sentence is not a name ("📸 Contact Poppy Rowe on ...").
  if (CAPTION_OPENER.test(words.split(/\s+/u)[0]!)) return null;
  return [index + offset, index + offset + words.length];
}

/** The leads as scanned: without the word-start look-behind where every alternative opens with it. */
const SCANNED = LEADS.map((l) => ({ ...l, ...scanFromWordStart(l.re, B) }));

const MESSAGE = (s: string) =>
  `"${s}" credits an individual or production company. Official content carries the organisation's branding and is never credited to an individual: remove the credit (record the photographer or film-maker and their consent with the asset instead).`;

/** "Thanks to @janesmithphoto for the brilliant photos": the credit comes before what it is for. */
const THANKS = /(?<![\p{L}\p{N}_])(?:thanks|thank\s+you|shout[-\s]?out|big\s+thanks|credit|kudos|props|hat\s+tip)\s+(?:so\s+much\s+|again\s+|goes\s+|go\s+)?to\s+/giu;
/** "..., who gave up her Saturday to photograph our volunteers", "..., who filmed the whole day" */
const WHO_MADE_MEDIA =
  /^,?\s+who\s+(?:[\p{L}'’-]+\s+){0,8}?(?:(?:to\s+(?:photograph|film|video)|photographed|videoed|filmed|(?<!\b(?:the|in|of|our|a|during|for)\s+)(?:filming|photographing|videoing))(?![\p{L}])|(?:took|shot|captured|made|produced|edited|created|snapped)\s+(?:(?:the|these|our|all|some|this|those|such|amazing|lovely|beautiful|brilliant|fab|great|stunning|wonderful)\s+){0,3}(?:photos?|photographs?|pictures?|pics|images?|videos?|film|films|footage|shots|headshots|portraits)(?![\p{L}]))/iu;
/** "... for sharing her story", "... for speaking to us": thanks for something other than pictures. */
const OTHER_REASON = /^,?\s+(?:for|who)\s+(?!(?:taking|capturing|filming|shooting|making|producing|creating|editing|photographing|took|shot|filmed|made|produced|photographed)(?![\p{L}]))[\p{L}'’-]*(?:ing|ed)(?![\p{L}])/iu;
/** A media trade named before the name: "thanks to local photographer Dafydd Evans". */
const MEDIA_TRADE = /\b(?:photographers?|videographers?|film-?makers?|camera(?:man|woman|men|women)|cinematographers?)\b/iu;
const FOR_MEDIA =
  /^,?\s+(?:who\s+(?:took|shot|filmed|made|produced)|for\s+(?:(?:(?:taking|capturing|filming|shooting|making|producing|creating|editing|(?![\p{L}'’-]*ing\s)[\p{L}'’-]+)\s+)(?:[\p{L}'’-]+\s+){0,3}?)?)(?:photos?|photographs?|photography|pictures?|pics|images?|videos?|film|films|footage|filming|shots|headshots|portraits)(?![\p{L}])/iu;

export const credit: Detector = ({ text }) => {
  if (text.length === 0) return [];
  const out: Finding[] = [];
  for (const { re, inside, rule, standalone, near } of SCANNED) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      if (continuesWord(text, m.index, inside)) {
        re.lastIndex = m.index + 1;
        continue;
      }
      if (near !== undefined && !near.test(text.slice(Math.max(0, m.index - 80), m.index))) continue;
      const target = creditedTarget(text, m.index + m[0].length, standalone);
      if (target === null) continue;
      const start = m.index;
      const end = target[1];
      out.push(finding("credit.individual", rule, "block", start, end, MESSAGE(text.slice(start, end))));
    }
  }
  THANKS.lastIndex = 0;
  for (let m = THANKS.exec(text); m !== null; m = THANKS.exec(text)) {
    const target = creditedTarget(text, m.index + m[0].length, false);
    if (target === null) continue;
    const after = text.slice(target[1], target[1] + 160);
    const tail = FOR_MEDIA.exec(after) ?? WHO_MADE_MEDIA.exec(after);
    // "thanks to photographer and patient Lucy Grant for sharing her story": thanked for something else
    const trade = OTHER_REASON.test(after) ? null : MEDIA_TRADE.exec(text.slice(m.index + m[0].length, target[0]));
    if (tail === null && trade === null) continue;
    const start = m.index;
    const end = target[1] + (tail?.[0].length ?? 0);
    const rule = /film|video|footage|camera/i.test(tail?.[0] ?? trade?.[0] ?? "") ? "credit.individual.film-maker" : "credit.individual.photographer";
    out.push(finding("credit.individual", rule, "block", start, end, MESSAGE(text.slice(start, end))));
  }
  return withoutOverlaps(out);
};
