import { finding } from "../finding.ts";
import type { Detector, Finding } from "../types.ts";
import { continuesWord, isQuoted, scanFromWordStart, sentenceAfter, sentenceBefore, withoutOverlaps } from "./conduct-text.ts";

/*
 * concern.whistleblowing: raising concerns in public rather than through internal channels
 * ("going public", "blow the whistle", "raising concerns because management ignored us",
 * "nobody listens internally", "the public deserve to know what's happening on our ward").
 *
 * Raising concerns goes through Freedom to Speak Up and the organisation's raising concerns
 * policy first (ICBP038 §3.2.8, CDDFT §4.4.1), so the message points there.
 *
 * Not flagged: pointers to those channels ("speak to our Freedom to Speak Up Guardian", "find
 * out how to raise a concern at work", "Speak Up Month", "our whistleblowing policy", "the
 * National Whistleblowing Helpline"), advice not to whistleblow on social media, the word
 * in quotation marks, and "speak out" awareness ("speak out about domestic abuse").
 */

const B = String.raw`(?<![\p{L}\p{N}_])`;
const E = String.raw`(?![\p{L}\p{N}_])`;

/** A post that points to the proper channel is not itself whistleblowing. */
const CHANNEL =
  /\b(?:freedom\s+to\s+speak\s+up|ftsu|speak(?:ing)?\s+up|guardians?|whistle-?blowing\s+(?:policy|procedure|helpline|hotline)|raising\s+concerns\s+(?:at\s+work|policy|procedure)|protect\s+\(|national\s+guardian|legal(?:ly)?\s+protect(?:ion|ed)|protected\s+by\s+law|public\s+interest\s+disclosure)\b/i;
/** Nor is a sentence advising against going public. */
const ADVICE =
  /\b(?:not\s+(?:be\s+)?(?:considered\s+)?appropriate|should\s+not|shouldn['’]?t|must\s+not|mustn['’]?t|do\s+not|don['’]?t|never|instead\s+of|rather\s+than)\b/i;

/** "going to the press conference" is not going to the press. */
const NOT_PRESS_EVENT = String.raw`(?!\s+(?:conference|launch|briefing|event|release|office|team|call|room|night|awards?|desk))`;

const CHANNEL_NOUN = String.raw`(?:policy|policies|procedure|procedures|guardians?|helpline|hotline|line|lead|leads|champions?|process|arrangements|day|week|month|awareness|law|laws|legislation|act|protection|protections|charity|training|guidance|routes?|channels?|service|team|officer|case|cases|claims?|tribunal)`;

interface Rule {
  re: RegExp;
  rule: string;
  /**
   * true: skip in posts that point to Freedom to Speak Up or sentences that advise against going
   * public; "channel": skip only in posts that point to Freedom to Speak Up (the wording itself is
   * negative: "HR have never replied").
   */
  pointerSensitive: boolean | "channel";
  /** a cheap test the text must pass before the rule's own (costlier) pattern is scanned */
  pre?: RegExp;
  keep?: (text: string, start: number) => boolean;
}

/** Who a concern is raised with inside the organisation. */
const INSTITUTION = String.raw`(?:(?:the|our|my|ward|line)\s+)?(?:management|managers?|hr|bosses|board|trust|hospital|execs|executives|exec\s+team|practice\s+manager|directors|senior\s+(?:leaders|leadership|management|managers)|matron)`;

const SPORT = /\b(?:referee|ref|match|game|kick-?off|full-?time|half-?time|football|rugby|hockey|netball|final\s+whistle|pitch|tournament)\b/i;

const RULES: Rule[] = [
  {
    re: new RegExp(
      String.raw`${B}(?:going|go|gone|went|goes)\s+public${E}(?!\s+with\s+(?:our|the|these|its|their)\s+(?:plans|proposals|consultation|results|designs|vision|ideas|offer))`,
      "giu",
    ),
    rule: "concern.whistleblowing.going-public",
    pointerSensitive: true,
    pre: /public/iu,
  },
  {
    re: new RegExp(
      String.raw`${B}(?:tak(?:e|es|ing)|bring(?:s|ing)?|tak(?:en|ing))\s+(?:my|our|these|this|it|them|the)\s+(?:concerns?|story|complaints?|evidence|case|issues?)\b[^.!?
]{0,80}?\s(?:public|to\s+the\s+(?:press|papers|media))${E}` +
        String.raw`|${B}i(?:['’](?:ll|ve|m)|\s+(?:will|have|am|had|must))?\s+(?:(?:to|just|now|finally|already|going\s+to)\s+){0,2}(?:go(?:ing)?|went|gone|contact(?:ed|ing)?|tell(?:ing)?|told|talk(?:ed|ing)?\s+to|spoken?\s+to|speaking\s+to|spoke\s+to)\s+(?:to\s+)?the\s+(?:press|papers|media|newspapers)${E}${NOT_PRESS_EVENT}` +
        String.raw`|${B}(?:we(?:['’](?:ll|ve|re)|\s+(?:will|have|are|had|must))?|time|had|have|need)\s+(?:(?:to|just|now|finally|already)\s+){0,2}(?:go(?:ing)?|went|gone)\s+to\s+the\s+(?:press|papers|media|newspapers)${E}${NOT_PRESS_EVENT}` +
        String.raw`|${B}(?:here\s+it\s+is|i['’]m\s+saying\s+it|we['’]re\s+saying\s+it|saying\s+it)\s+(?:publicly|in\s+public|out\s+loud\s+here)${E}` +
        String.raw`|${B}(?:tak(?:e|es|ing|en)|took|bring(?:s|ing)?|brought)\s+(?:this|it|all\s+this)\s+to\s+the\s+(?:press|papers|media|newspapers|local\s+paper)${E}${NOT_PRESS_EVENT}` +
        // "I've spoken to a journalist", "I'm contacting a reporter" (the organisation's own "we spoke to a journalist" is comms work)
        String.raw`|${B}i(?:['’](?:ve|ll|m)|\s+(?:have|will|am|had))?\s+(?:(?:just|now|finally|already|going\s+to)\s+)?(?:contact(?:ed|ing)?|tipp(?:ed|ing)\s+off|spoken\s+to|speaking\s+to|spoke\s+to|talk(?:ed|ing)\s+to|emailed|rung|rang|sent\s+(?:it|this|everything)\s+to)\s+(?:a|the|an)\s+(?:journalist|reporter|investigative\s+journalist|newspaper|paper|tv\s+programme)${E}`,
      "giu",
    ),
    rule: "concern.whistleblowing.going-public",
    pointerSensitive: false,
    pre: /\b(?:press|papers?|media|newspapers?|public(?:ly)?|out\s+loud|journalist|reporter|tv\s+programme)\b/iu,
  },
  // "Going to the papers about the mould." (the "I" left out, as people write): only at the start of a sentence
  {
    re: new RegExp(
      String.raw`${B}(?:going|gone|went|off|heading)\s+to\s+the\s+(?:press|papers|media|newspapers|local\s+paper)${E}${NOT_PRESS_EVENT}`,
      "giu",
    ),
    rule: "concern.whistleblowing.going-public",
    pointerSensitive: false,
    pre: /\b(?:press|papers|media|newspapers|local\s+paper)\b/iu,
    keep: (text, start) => /^[\s\p{P}\p{S}]*$/u.test(sentenceBefore(text, start, 40)),
  },
  {
    re: new RegExp(
      String.raw`${B}(?:blow(?:ing|s)?|blew|blown)\s+the\s+whistle${E}|${B}whistle[-\s]?blow(?:ers?|ing|n|s)?${E}(?![\s)'’"”]{0,3}${CHANNEL_NOUN}${E})`,
      "giu",
    ),
    rule: "concern.whistleblowing.whistleblower",
    pointerSensitive: true,
    pre: /whistle/iu,
    // a referee's whistle is not a concern
    keep: (text, start) => !SPORT.test(sentenceBefore(text, start, 120) + sentenceAfter(text, start, 120)),
  },
  {
    re: new RegExp(
      String.raw`${B}(?:management|managers?|my\s+manager|our\s+manager|bosses|the\s+board|senior\s+(?:leaders|leadership|management|managers)|the\s+trust|the\s+hospital|hr|execs|executives|they)\s+` +
        String.raw`(?:(?:has|have|had|just|completely|simply|repeatedly|keeps?|kept|always|still|continue\s+to|continues\s+to)\s+){0,2}` +
        String.raw`(?:ignor(?:ed|es|e|ing)\s+(?:(?:us|me|staff|it|them|concerns|warnings)\b|(?:our|my|the|every|all|staff|repeated|these|those|multiple|numerous)\s+(?:[\p{L}-]+\s+){0,2}?(?:concerns?|warnings?|reports?|complaints?|emails?|requests?|datix(?:es)?|letters?|pleas?))|dismissed\s+(?:our|my|the|staff)\s+concerns|brushed\s+(?:it|us|me|them|our\s+concerns|my\s+concerns)\s+(?:off|aside)|swept\s+(?:it|this|everything|them|our\s+concerns)\s+under\s+the\s+(?:carpet|rug)|won['’]?t\s+listen|wouldn['’]?t\s+listen|refuse[sd]?\s+to\s+listen|(?:don['’]?t|doesn['’]?t|didn['’]?t|do\s+not|does\s+not|did\s+not)\s+(?:listen|care|want\s+(?:the\s+public|you|people|anyone)\s+to\s+know)|covered\s+(?:it|this|everything)\s+up)${E}` +
        String.raw`|${B}(?:nobody|no\s+one|no-one)\s+(?:here\s+|at\s+work\s+)?(?:listens|listened|is\s+listening|will\s+listen|cares|cared)\s+(?:internally|to\s+(?:us|staff|nurses|our\s+concerns|my\s+concerns|the\s+staff|frontline\s+staff|concerns))${E}` +
        String.raw`|${B}(?:nobody|no\s+one|no-one)\s+(?:in|at\s+the\s+top\s+of)\s+(?:management|senior\s+management|charge|the\s+trust|the\s+board|hr|leadership)\s+(?:listens|listened|is\s+listening|will\s+listen|cares|cared|gives\s+a\s+\S+|does\s+anything|did\s+anything)${E}` +
        String.raw`|${B}(?:tried|used|went\s+(?:through|to)|raised\s+it\s+(?:with|through)|reported\s+it\s+to)\s+(?:speak\s+up|freedom\s+to\s+speak\s+up|ftsu|the\s+(?:speak\s+up\s+)?guardian|our\s+guardian|hr|management|my\s+manager|the\s+proper\s+channels|the\s+right\s+channels|every\s+channel|datix)\s+(?:and|but)\s+(?:got\s+nowhere|nothing\s+(?:happened|changed)|(?:we|i)\s+(?:were|was)\s+ignored|heard\s+nothing|no\s+one\s+listened|nobody\s+listened)${E}` +
        String.raw`|${B}(?:my|our|staff|the)\s+concerns\s+(?:were|have\s+been|are\s+being|keep\s+being|got|was|had\s+been)\s+(?:repeatedly\s+|completely\s+|just\s+)?(?:ignored|dismissed|brushed\s+(?:off|aside)|swept\s+under)${E}` +
        String.raw`|${B}raised\s+(?:(?:my|our|these|the|this|serious)\s+)?concerns?\s+(?:(?:internally|with\s+(?:management|my\s+manager|the\s+trust|hr|senior\s+staff)|repeatedly|many\s+times|again\s+and\s+again|for\s+(?:months|years))\s+)?(?:but|and)\s+(?:nothing|no\s+one|nobody|no-one)\s+(?:happened|has\s+happened|was\s+done|has\s+been\s+done|changed|has\s+changed|listened|did\s+anything)${E}` +
        String.raw`|${B}rais(?:ing|e)\s+(?:(?:my|our|these|the|this|serious)\s+)?concerns?\s+(?:publicly|here|in\s+public|on\s+(?:social\s+media|twitter|x|facebook|linkedin|instagram)|online)${E}`,
      "giu",
    ),
    rule: "concern.whistleblowing.ignored",
    pointerSensitive: false,
    pre: /\b(?:ignor\w*|dismissed|brushed|swept|listen\w*|cares?|cared|want|covered|nowhere|nothing|concerns?|anything|gives)\b/iu,
  },
  // internal routes that failed: "our complaints to the board have gone nowhere", "fell on deaf ears"
  {
    re: new RegExp(
      String.raw`${B}(?:my|our|staff|the|these|repeated|multiple|all\s+(?:my|our|the))\s+(?:(?:formal|written|safety|repeated)\s+)?(?:concerns?|complaints?|reports?|incident\s+reports?|emails?|datix(?:es)?|letters?|grievances?|warnings?)${E}[^.!?\n]{0,60}?${B}(?:went|have\s+gone|has\s+gone|had\s+gone|go|goes|going|got|have\s+got|has\s+got|get|gets|getting)\s+nowhere${E}` +
        String.raw`|${B}(?:fell|fallen|falling|falls)\s+on\s+deaf\s+ears${E}`,
      "giu",
    ),
    rule: "concern.whistleblowing.ignored",
    pointerSensitive: "channel",
    pre: /nowhere|deaf\s+ears/iu,
  },
  // "management know and do nothing", "HR haven't replied to a single email", "the board turned a blind eye"
  {
    re: new RegExp(
      String.raw`${B}${INSTITUTION}\s+(?:` +
        String.raw`(?:know|knows|knew|are\s+aware|is\s+aware|were\s+aware|was\s+aware|have\s+known|has\s+known|have\s+been\s+told|has\s+been\s+told|were\s+told|was\s+told)(?:\s+about\s+(?:it|this))?(?:\s+for\s+(?:months|years|weeks))?[\s,]+(?:and|but)\s+(?:still\s+)?(?:do|does|did|have\s+done|has\s+done)\s+(?:absolutely\s+)?nothing` +
        String.raw`|(?:(?:have|has|had)\s+)?(?:(?:still|just)\s+)?(?:done|do|does|did)\s+(?:absolutely\s+)?nothing(?:\s+about\s+(?:it|this|them))?(?!\s+(?:wrong|but|to\s+(?:deserve|warrant)))` +
        String.raw`|(?:(?:still|just)\s+)?(?:won['’]?t|will\s+not|refuse[sd]?\s+to|never)\s+(?:act|do\s+anything|take\s+action|respond|reply|answer)` +
        String.raw`|(?:(?:still|just)\s+)?(?:haven['’]?t|hasn['’]?t|have\s+not|has\s+not|didn['’]?t|did\s+not|never)\s+(?:replied|responded|answered|acted|got\s+back|bothered\s+to\s+reply)\s+(?:to\s+)?(?:a\s+single|any\s+of\s+(?:my|our|the)|one\s+of\s+(?:my|our)|my|our)\s+(?:\p{L}+\s+)?(?:emails?|letters?|concerns?|complaints?|reports?|datix(?:es)?|messages?)` +
        String.raw`|(?:(?:have|has|had|just|keep|keeps)\s+)?turn(?:ed|s|ing)?\s+a\s+blind\s+eye` +
        String.raw`)${E}`,
      "giu",
    ),
    rule: "concern.whistleblowing.ignored",
    pointerSensitive: "channel",
    pre: /\bnothing\b|blind\s+eye|\b(?:replied|responded|answered|acted|got\s+back|bothered)\b|\b(?:won['’]?t|will\s+not|refuse[sd]?\s+to|never)\s+(?:act|do|take|respond|reply|answer)\b/iu,
  },
  // "nobody in management will act"
  {
    re: new RegExp(
      String.raw`${B}(?:nobody|no\s+one|no-one)\s+(?:in|at\s+the\s+top\s+of|from)\s+(?:management|senior\s+management|charge|the\s+trust|the\s+board|hr|leadership|the\s+exec(?:utive)?\s+team)\s+(?:(?:will|would|is\s+going\s+to|has|have|had|ever|even)\s+){0,2}(?:act|acts|acted|do\s+anything|does\s+anything|done\s+anything|take\s+action|takes\s+action|taken\s+action|took\s+action)${E}`,
      "giu",
    ),
    rule: "concern.whistleblowing.ignored",
    pointerSensitive: "channel",
    pre: /\b(?:nobody|no\s+one|no-one)\s/iu,
  },
  {
    re: new RegExp(
      String.raw`${B}(?:the\s+)?(?:public|people|patients|everyone)\s+(?:deserves?|needs?\s+to|ha(?:s|ve)\s+(?:a|the)\s+right|ought)\s+(?:to\s+)?know\s+(?:what['’]?s|what\s+is|what\s+goes\s+on|the\s+truth|how\s+bad|about)` +
        String.raw`|${B}(?:the\s+)?public\s+(?:deserves?|needs?|ha(?:s|ve)\s+(?:a|the)\s+right)\s+to\s+know${E}` +
        // "time the public heard the truth about ...", "the public should see what really goes on"
        String.raw`|${B}(?:the\s+)?(?:public|taxpayers?)\s+(?:(?:deserves?|needs?|ought|should|must|ha(?:s|ve)\s+(?:a|the)\s+right)\s+(?:to\s+)?)?(?:know|knew|hear|heard|learn|learned|learnt|see|saw|found\s+out|find\s+out)\s+(?:the\s+(?:truth|reality|real\s+story|whole\s+story)|what\s+(?:really\s+)?(?:goes|went)\s+on|what['’]?s\s+really\s+(?:happening|going\s+on))${E}` +
        String.raw`|${B}expos(?:e|es|ed|ing)\s+(?:what['’]?s|what\s+is|what\s+goes|the\s+truth|the\s+reality|the\s+scandal|the\s+cover-?up|how\s+(?:bad|badly|unsafe)|the\s+(?:trust|hospital|management)|management)` +
        String.raw`|${B}the\s+truth\s+about\s+(?:what['’]?s|what\s+is)\s+(?:really\s+)?(?:happening|going\s+on)` +
        String.raw`|${B}the\s+truth\s+(?:needs|has|deserves|ought|is\s+going)\s+to\s+(?:come\s+out|be\s+told|be\s+heard|come\s+to\s+light)${E}` +
        String.raw`|${B}(?:break(?:ing)?|broke(?:n)?)\s+(?:my|our)\s+silence${E}` +
        String.raw`|${B}(?:gagg(?:ed|ing)\s+(?:staff|us|nurses|doctors|me|whistle-?blowers)|(?:trying|tried)\s+to\s+(?:gag|silence)\s+(?:us|me|staff|nurses))${E}` +
        String.raw`|${B}(?:the|this|a)\s+cover-?up\s+(?:over|of|about|on|at|in|around)\s+(?:the\s+|our\s+|these\s+)?(?:\p{L}+\s+){0,2}?(?:deaths?|failings?|errors?|incidents?|mistakes?|abuse|neglect|infections?|outbreaks?|baby|babies|maternity|ward|unit|care|staffing)${E}` +
        String.raw`|${B}what\s+(?:management|the\s+trust|the\s+hospital|they|our\s+bosses|the\s+board)\s+(?:don['’]?t|doesn['’]?t|won['’]?t|do\s+not|does\s+not)\s+want\s+(?:you|the\s+public|people|anyone|patients)\s+to\s+know` +
        String.raw`|${B}(?:i|we)\s+(?:can['’]?t|cannot|can\s+no\s+longer|won['’]?t|will\s+not|refuse\s+to)\s+(?:stay|keep|remain)\s+(?:silent|quiet)${E}` +
        String.raw`|${B}(?:i['’]?m|i\s+am|we['’]?re|we\s+are|i\s+have\s+to|i\s+had\s+to|i\s+must|i['’]?ve\s+decided\s+to|i\s+have\s+decided\s+to)\s+(?:speaking|speak)\s+out(?:\s+(?:publicly|because|against\s+(?:management|the\s+trust|my\s+employer)))${E}`,
      "giu",
    ),
    rule: "concern.whistleblowing.public-interest",
    pointerSensitive: true,
    pre: /\b(?:public|people|patients|everyone|taxpayers?|expos\w*|truth|cover-?up|silent|silence|quiet|gag\w*|speak(?:ing)?\s+out|want\s+(?:you|the\s+public|people|anyone|patients)\s+to\s+know)\b/iu,
  },
  {
    re: new RegExp(
      String.raw`${B}(?:our|my|the|this)\s+(?:ward|wards|unit|department|dept|team|hospital|a&e|a\s+&\s+e|ed|service|practice|icu|itu|trust)\s+(?:is|are|has\s+been|have\s+been|was|were|is\s+being|are\s+being)\s+(?:left\s+)?(?:dangerously|critically|chronically|severely|unsafely|seriously|so)\s+(?:understaffed|under-?staffed|short[-\s]?staffed|unsafe|overstretched|under-?resourced)${E}` +
        String.raw`|${B}unsafe\s+staffing(?:\s+levels)?\s+(?:on|in|at)\s+(?:our|my|the)\s+(?:ward|unit|department|hospital)${E}` +
        String.raw`|${B}(?:patients|lives)\s+(?:are|is)\s+(?:being\s+)?(?:put\s+)?at\s+risk\s+because\s+(?:of\s+)?(?:management|the\s+trust|the\s+board|cuts|bosses)${E}` +
        String.raw`|${B}only\s+a\s+matter\s+of\s+time\s+before\s+(?:someone|a\s+patient|somebody)\s+dies${E}`,
      "giu",
    ),
    rule: "concern.whistleblowing.unsafe-care",
    pointerSensitive: false,
    pre: /staff|unsafe|risk|overstretched|resourced|dies/iu,
  },
];

/** The rules as scanned: without the word-start look-behind where every alternative opens with it. */
const SCANNED = RULES.map((r) => ({ ...r, ...scanFromWordStart(r.re, B) }));

const MESSAGE = (s: string) =>
  `"${s}" raises a concern in public. Concerns about care, safety or wrongdoing must go through internal channels first: speak to your line manager or your Freedom to Speak Up Guardian, or follow your organisation's raising concerns (whistleblowing) policy. Do not post it on social media.`;

function pointsToChannel(text: string, start: number, end: number): boolean {
  if (CHANNEL.test(text.slice(Math.max(0, start - 300), end + 300))) return true;
  return ADVICE.test(sentenceBefore(text, start, 200, false) + text.slice(start, end) + sentenceAfter(text, end, 200, false));
}

export const whistleblowing: Detector = ({ text }) => {
  if (text.length === 0) return [];
  const out: Finding[] = [];
  for (const { re, inside, rule, pointerSensitive, keep, pre } of SCANNED) {
    if (pre !== undefined && !pre.test(text)) continue;
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
      const start = m.index;
      const end = start + m[0].length;
      if (isQuoted(text, start, end)) continue;
      if (pointerSensitive === "channel" ? CHANNEL.test(text.slice(Math.max(0, start - 300), end + 300)) : pointerSensitive && pointsToChannel(text, start, end)) continue;
      if (keep !== undefined && !keep(text, start)) continue;
      out.push(finding("concern.whistleblowing", rule, "block", start, end, MESSAGE(text.slice(start, end))));
    }
  }
  return withoutOverlaps(out);
};
