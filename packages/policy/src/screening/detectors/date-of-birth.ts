import { finding, matchesOf } from "../finding.ts";
import type { Detector, Finding } from "../types.ts";
import { sentenceAt } from "./people.ts";

/*
 * pii.date_of_birth: a date given as somebody's date of birth.
 *
 * Flagged: "DOB", "D.O.B.", "date of birth", "birth date" or "born" followed (within a few
 * words: "born on Tuesday", "born at 3.42am on", "born at our maternity unit on") by a date
 * with at least a day and a month: "5 May 1934", "5th of May", "May 5th, 1934", "05/05/1934",
 * "5.5.34", "1934-05-05". A new baby's "born on 5 May" is a date of birth even without a year.
 * Not flagged, deliberately:
 *   - a year alone, or a month and year ("born in 1948", "born in May 1990"): too coarse to be a
 *     date of birth, and "the NHS was born in 1948" is the commonest use in NHS posts;
 *   - the birth of an organisation or an idea: "the NHS was born on 5 July 1948";
 *   - anyone born before 1900 ("Florence Nightingale, born 12 May 1820"): not a living person;
 *   - dates with no birth label: events, openings and deadlines are just dates;
 *   - "birthday": "Florence Nightingale's birthday, 12 May" is International Nurses Day;
 *   - eligibility cohorts: "if you were born on or after 2 September 1947", "people born
 *     between 1 April 1950 and...".
 */

const S = String.raw`[ \u00a0]`;
const MONTH = String.raw`(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?`;
const DAY = String.raw`(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?`;
const year = (name: string): string => String.raw`(?<${name}>\d{4}|'?\d{2})`;
const DATE =
  String.raw`(?:` +
  String.raw`${DAY}${S}+(?:of${S}+)?${MONTH}(?:,?${S}+${year("y1")})?` + // 5 May 1934, 5th of May
  String.raw`|${MONTH}${S}+${DAY}(?:,?${S}+${year("y2")})?` + // May 5th, 1934
  String.raw`|(?:[12]\d|3[01]|0?[1-9])(?<sep>[\/.\-])(?:1[0-2]|0?[1-9])\k<sep>${year("y3")}` + // 05/05/1934, 5.5.34
  String.raw`|(?<y4>\d{4})-(?:1[0-2]|0[1-9])-(?:[12]\d|3[01]|0[1-9])` + // 1934-05-05
  String.raw`)(?![\p{L}\p{N}])`;

const LABEL = String.raw`(?<![\p{L}\p{N}])(?:(D\.?${S}?O\.?${S}?B\.?|[Dd]\.${S}?[Oo]\.${S}?[Bb]\.?|[Dd]o[Bb]|[Dd]ate${S}+of${S}+[Bb]irth|[Bb]irth${S}?[Dd]ate)|([Bb]orn|BORN))(?![\p{L}])`;
const WEEKDAY = String.raw`(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day`;
const TIME = String.raw`\d{1,2}(?:[.:]\d{2})?${S}?(?:am|pm|a\.m\.|p\.m\.)`;
const FILLER_WORDS = "is|was|on|the|of|at|in|our|a|an|this|last|hospital|maternity|unit|ward|centre|suite|birth|home|here|morning|afternoon|evening|night|weighing";
// One token per step and every token ends at a word end, so the filler cannot backtrack wildly.
const FILLER = String.raw`(?:[\s:\-–—(,]|(?:${FILLER_WORDS}|${WEEKDAY}|${TIME}|\p{Lu}[\p{L}'’&]*)(?![\p{L}\p{N}'’]))`;
const DOB = new RegExp(`${LABEL}(${FILLER}{0,16}?)${DATE}`, "gu");

const ORGANISATION_BIRTH =
  /\b(?:NHS|health\s+service|service|hospital|trust|organisation|organization|charity|campaign|scheme|idea|movement|programme|it|welfare\s+state)\b['’]?s?[\s,]*(?:which|that)?[\s,]*(?:was|is|were)?\s*(?:officially\s+|first\s+)?$/i;

/** A range of birth dates is an eligibility rule, not somebody's date of birth. */
const COHORT = /\b(?:before|after|between|from|since|until|till|or)\b/i;
const COHORT_BEFORE = /\b(?:anyone|everyone|people|those|adults|children|babies|if\s+you\s+were|you\s+were|all|men|women)\b[^.!?]{0,20}$/i;

/** "Born on 5 July 1948, the NHS turns 76 today." */
const ORGANISATION_AFTER = /^\s*,?\s*(?:the\s+|our\s+)?(?:NHS|health\s+service|hospital|trust|charity|service|organisation|organization|welfare\s+state)\b/i;

export const dateOfBirth: Detector = ({ text }) => {
  const out: Finding[] = [];
  for (const m of matchesOf(DOB, text)) {
    const start = m.index;
    const end = m.index + m[0].length;
    const g = m.groups ?? {};
    const fourDigitYear = [g.y1, g.y2, g.y3, g.y4].find((y) => y !== undefined && /^\d{4}$/.test(y));
    if (fourDigitYear !== undefined && Number(fourDigitYear) < 1900) continue;
    const born = m[2] !== undefined;
    // Eligibility cohorts: "if you were born on or after 2 September 1947", "born between ...".
    if (COHORT.test(m[3] ?? "") || (born && COHORT_BEFORE.test(text.slice(Math.max(0, start - 40), start)))) continue;
    if (born) {
      const sentence = sentenceAt(text, start);
      const before = text.slice(Math.max(sentence.start, start - 60), start);
      const after = text.slice(end, Math.min(sentence.end, end + 40));
      if (ORGANISATION_BIRTH.test(before) || ORGANISATION_AFTER.test(after)) continue;
    }
    out.push(
      finding(
        "pii.date_of_birth",
        born ? "pii.date-of-birth.born" : "pii.date-of-birth.labelled",
        "block",
        start,
        end,
        "This looks like someone's date of birth. Never post a patient's, relative's or colleague's date of birth: remove it (an age or \"celebrating her 90th\" is enough).",
      ),
    );
  }
  return out;
};
