import { finding, matchesOf } from "../finding.ts";
import type { Detector, Finding } from "../types.ts";
import { peopleNear, wordKind } from "./people.ts";

/*
 * pii.email: an address that is a person's rather than a team's.
 *
 * Flagged:
 *   - any address at a personal mailbox provider (gmail, hotmail, outlook, yahoo, icloud...),
 *     whatever its local part: nobody's service mailbox lives there officially;
 *   - at any other domain (nhs.net, a trust's own), a local part that names a person:
 *     "peter.hall@", "p.hall@", "peter.hall2@", "jbloggs77@", "claire@";
 *   - a first name the lexicon knows, then a surname, even one that is also a role word
 *     ("grace.ward@"), and any local part that repeats the name of a person the post mentions
 *     ("Professor Osei at kwame.osei@").
 * Not flagged: a fediverse handle ("@fraser@mastodon.scot"), and role mailboxes. A local part
 * is a role when any of its parts is a role word ("engagement.team@", "ncic.pals@",
 * "nhsnwl.communications.nwl@", "press.office@", "england.contactus@") or the whole of it
 * starts or ends with one ("pressoffice@", "commsteam@"). That is how "peter.hall@nhs.net" (two name-shaped parts, no role word) is
 * told from "engagement.team@nhs.net" (a role word). A single unknown word ("ncic@",
 * "estates@") is treated as a role: only a first name on its own ("claire@") is a person.
 */

// The local part is bounded and must start a run, so the scan stays linear on any input.
// "@" may be disguised as "[at]", "(at)" or " at " in brackets: "jane.smith [at] nhs.net".
// A fediverse handle ("@fraser@mastodon.scot") is not an email address: an "@" before the local part rules it out.
const ADDRESS =
  /(?<![\p{L}\p{N}._%+'’@-])([\p{L}\p{N}][\p{L}\p{N}._%+'’-]{0,63})(?:@|\s?[[(]\s?at\s?[\])]\s?)([A-Za-z0-9-]+(?:(?:\.|\s?[[(]\s?dot\s?[\])]\s?)[A-Za-z0-9-]+)+)(?![A-Za-z0-9-])/giu;

/** Personal mailbox providers, matched on the domain's own name under any country suffix. */
const PROVIDER_NAMES = new Set(
  (
    "gmail googlemail hotmail outlook msn windowslive yahoo ymail rocketmail icloud aol btinternet btopenworld " +
    "talktalk tiscali virginmedia ntlworld blueyonder protonmail gmx zoho yandex tutanota fastmail hushmail " +
    "lycos wanadoo freeserve supanet talk21"
  ).split(" "),
);
/** Personal providers whose name is also an ordinary word: only these exact domains. */
const PROVIDER_DOMAINS = new Set(
  (
    "me.com mac.com mail.com email.com sky.com live.com live.co.uk live.ie proton.me pm.me hey.com " +
    "virgin.net orange.net o2.co.uk plus.com aim.com inbox.com"
  ).split(" "),
);
/** Second-level suffixes under a country code: "co.uk", "org.uk", "com.au". */
const SECOND_LEVEL = new Set(["co", "org", "ac", "gov", "net", "com", "ltd", "plc", "me", "nhs", "sch"]);

function providerOf(domain: string): string | null {
  const d = domain.toLowerCase();
  if (PROVIDER_DOMAINS.has(d)) return d;
  const labels = d.split(".");
  let i = labels.length - 2;
  if (i > 0 && SECOND_LEVEL.has(labels[i] ?? "") && (labels[labels.length - 1] ?? "").length === 2) i--;
  return PROVIDER_NAMES.has(labels[i] ?? "") ? d : null;
}

/** Words that make a mailbox a team's, a service's or a function's. */
const ROLE_WORDS = new Set(
  (
    "team teams office offices service services info information admin administration enquiries enquiry " +
    "enquires contact contactus contacts communications communication comms press media news pals foi " +
    "recruitment recruit jobs careers hr people workforce digital membership members governors governor " +
    "complaints complaint feedback engagement involvement experience patientexperience hello help " +
    "helpdesk servicedesk support it ict ithelp estates facilities finance payroll pensions procurement " +
    "pharmacy library research education training learning events event volunteering volunteers " +
    "fundraising charity charities appeals switchboard reception bookings booking appointments " +
    "referrals referral safeguarding governance board secretary secretariat corporate legal " +
    "freedom speakup ftsu guardian wellbeing health occupational oh mailbox noreply no-reply donotreply " +
    "web website social socialmedia marketing design brand publications campaigns vaccination vaccinations " +
    "covid flu screening clinic clinics ward unit department dept directorate programme project pmo " +
    "general accounts invoices audit quality patient patients public partnerships partner partners " +
    "nursing medical midwifery maternity community primary care ccg icb ics nhs trust chair ceo " +
    "director directors executive execs exec privacy dpo ig dataprotection data records sar requests " +
    "request access transport parking catering security post mail orders stores supplies careline " +
    "helpline advice queries query contactcentre centre center hub desk line mental midwives nurses " +
    "doctors gp gps surgery practice org admissions discharge equality diversity inclusion edi " +
    "theatre theatres radiology pathology outpatients inpatients imaging therapies physiotherapy audiology " +
    "cardiology oncology haematology urology orthopaedics paediatrics neonatal endoscopy dietetics podiatry " +
    "phlebotomy gynaecology obstetrics ophthalmology rheumatology respiratory stroke renal dialysis cancer " +
    "palliative hospice chaplaincy portering catering medicines prescribing prescriptions carers rota " +
    "bank staffbank locum rostering ehealth telehealth"
  ).split(" "),
);
/**
 * Role words long enough to spot at either end of a run-together local part ("pressoffice",
 * "commsteam", "gatesheadpals"). Shorter ones would catch surnames: "Banks", "Carey", "Postle".
 */
const LONG_ROLES = [...ROLE_WORDS].filter((w) => w.length >= 5 && !w.includes("-"));
const RUN_STARTS = [...LONG_ROLES, "info", "help", "jobs"];
const RUN_ENDS = [...LONG_ROLES, "team", "desk", "pals", "info", "jobs", "help"];

function isRole(local: string): boolean {
  const lower = local.toLowerCase();
  const parts = lower.split(/[._+\-'’\d]+/).filter(Boolean);
  if (parts.some((p) => ROLE_WORDS.has(p))) return true;
  const letters = lower.replace(/[^a-z]/g, "");
  return RUN_STARTS.some((w) => letters.startsWith(w)) || RUN_ENDS.some((w) => letters.endsWith(w));
}

const DEPARTMENT_SHAPE = /(?:ology|ics|ing|tion|sion|ment|ery|ance|ence|ity|ship|care|health|ists|ians|ers|ies|ates|res|ces|ses|al)$/;

/** Titles written into an address: "dr.p.lee@", "prof.jane.smith@", "mr.a.okafor@". */
const TITLE_PARTS = new Set(["dr", "doctor", "prof", "professor", "mr", "mrs", "ms", "miss", "mx", "sister", "nurse", "rev", "cllr"]);

/** Does the local part name a person: first.last, f.last, first.m.last, jbloggs77, claire? */
function namesAPerson(local: string): boolean {
  const all = local
    .toLowerCase()
    .split(/[._\-'’]+/)
    .filter(Boolean)
    .map((p) => p.replace(/\d+$/, ""));
  // "dr.p.lee" is read as "p.lee"; "dr.lee" and "dr.okafor" as a title and a surname (role
  // mailboxes such as "dr.bookings@" never get here: isRole comes first)
  const titled = all.length >= 2 && TITLE_PARTS.has(all[0] ?? "");
  const parts = titled ? all.slice(1) : all;
  if (titled && parts.length === 1) return /^\p{L}{2,}$/u.test(parts[0] ?? "");
  if (parts.length >= 2 && parts.length <= 3 && parts.every((p) => /^\p{L}+$/u.test(p))) {
    const first = parts[0] ?? "";
    const last = parts[parts.length - 1] ?? "";
    if (last.length < 2) return false;
    // "p.hall", "peter.hall", "tariq.ahmed": an initial, or any part the lexicon knows as a name
    if (first.length === 1 || parts.some((p) => wordKind(p) === "first" || wordKind(p) === "last")) return true;
    // Two words the lexicon has never seen, both pronounceable and not shaped like a department
    // ("theatres", "radiology", "prescribing"): most likely a name ("kemi.adeyemi").
    return parts.every(
      (p) => p.length >= 4 && wordKind(p) === "unknown" && /[aeiouy]/.test(p) && !/[^aeiouy]{4}/.test(p) && !DEPARTMENT_SHAPE.test(p),
    );
  }
  if (parts.length === 1) {
    const original = local.toLowerCase();
    if (/^\p{L}{2,15}\d{1,4}$/u.test(original)) return true; // jbloggs77, phall1
    if (wordKind(original) === "first") return true; // claire@
    // initials or a first name run into a surname: sjones@, pjhall@, sarahjones@
    for (let k = 1; k <= Math.min(original.length - 3, 12); k++) {
      const head = original.slice(0, k);
      if ((k <= 2 || wordKind(head) === "first") && wordKind(original.slice(k)) === "last") return true;
    }
  }
  return false;
}

/** Words that make a mailbox a team's even after a first name: "june.clinic@" is not a person's. */
const TEAM_WORDS = new Set(
  "team teams office offices info admin enquiries enquiry contact contactus mailbox noreply no-reply donotreply service services department dept unit clinic clinics helpdesk desk line hub centre center group network project programme".split(
    " ",
  ),
);

/** first.last with a first name the lexicon knows: "grace.ward@", "amy.banks@", "tariq.ahmed@". */
function firstNameFirst(local: string): boolean {
  const parts = local.toLowerCase().split(/[._-]+/).map((p) => p.replace(/\d+$/, ""));
  const [first, ...rest] = parts;
  return (
    first !== undefined &&
    first.length >= 3 &&
    rest.length >= 1 &&
    rest.length <= 2 &&
    wordKind(first) === "first" &&
    parts.every((p) => /^\p{L}{2,}$/u.test(p) && !TEAM_WORDS.has(p))
  );
}

/**
 * Does the local part repeat the name of a person the post mentions ("Professor Grace Ward at
 * grace.ward@...")? Then it is theirs, even if a part is also a role word ("ward").
 */
function namesSomeoneMentioned(text: string, start: number, end: number, local: string): boolean {
  const parts = local.toLowerCase().split(/[._-]+/).filter((p) => /^\p{L}{2,}$/u.test(p));
  if (parts.length < 2 || parts.length > 3) return false;
  // cheap first: is any part written with a capital nearby ("Osei" for "kwame.osei@")? Only then find the names
  const from = Math.max(0, start - 300);
  const window = text.slice(from, end + 300);
  const capitalised = (p: string): boolean => window.includes(`${p.charAt(0).toUpperCase()}${p.slice(1)}`);
  if (!parts.some(capitalised)) return false;
  const named = new Set(peopleNear(text, from, end + 300).flatMap((p) => p.text.toLowerCase().split(/[^\p{L}'’-]+/u)));
  return parts.some((p) => named.has(p)) && parts.every((p) => named.has(p) || !ROLE_WORDS.has(p));
}

export const email: Detector = ({ text }) => {
  const out: Finding[] = [];
  for (const m of matchesOf(ADDRESS, text)) {
    const local = m[1] ?? "";
    const domain = (m[2] ?? "").replace(/\s?[[(]\s?dot\s?[\])]\s?/gi, ".");
    const start = m.index;
    const end = m.index + m[0].length;
    const provider = providerOf(domain);
    if (provider) {
      out.push(
        finding(
          "pii.email",
          "pii.email.personal-provider",
          "block",
          start,
          end,
          `This is a personal email address (${provider}). Don't post personal addresses: give your team's or service's shared mailbox instead.`,
        ),
      );
      continue;
    }
    // a role mailbox is a team's, unless it repeats the name of someone the post mentions or
    // starts with a first name ("grace.ward@": Ward is a surname here)
    const personal = firstNameFirst(local) || namesSomeoneMentioned(text, start, end, local) || (!isRole(local) && namesAPerson(local));
    if (!personal) continue;
    out.push(
      finding(
        "pii.email",
        "pii.email.named-person",
        "block",
        start,
        end,
        "This email address names a person. Don't post people's own addresses: give your team's or service's shared mailbox instead (for example communications@ or pals@).",
      ),
    );
  }
  return out;
};
