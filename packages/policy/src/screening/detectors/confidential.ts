import { finding } from "../finding.ts";
import type { Detector, Finding } from "../types.ts";
import { continuesWord, scanFromWordStart, sentenceBefore, withoutOverlaps } from "./conduct-text.ts";

/*
 * confidential.marker: protective markings and other signs that material is not public.
 *
 * - protective markings: OFFICIAL-SENSITIVE (any case, hyphen, space or none), and SECRET,
 *   TOP SECRET, RESTRICTED, CONFIDENTIAL, PROTECT written as a marking (capitals at the start of
 *   a line or followed by a colon or dash, or after "classification:"); "commercial in
 *   confidence", "management in confidence";
 * - embargoes: "embargoed until", "under embargo";
 * - distribution limits: "internal only", "for internal use", "not for circulation", "not for
 *   publication", "do not circulate", "draft – do not share", "for your eyes only";
 * - confidential papers: "confidential board paper", "part 2 board papers", "leaked memo";
 * - unannounced plans framed as secret: "don't tell anyone yet", "keep this under your hat",
 *   "off the record", "before it's announced", "hasn't been announced yet, but".
 *
 * Not flagged: "confidential" describing a service ("our confidential sexual health
 * service", "a free and confidential helpline", "your data is kept confidential",
 * "talk to us in confidence"), advice not to share a PIN or password, and "internal only"
 * vacancies.
 */

const B = String.raw`(?<![\p{L}\p{N}_])`;
const E = String.raw`(?![\p{L}\p{N}_])`;

const LABEL_AFTER = /^(?:\s{0,3}[:\-–—/|]|\s{0,3}$|[ \t]{0,3}\n|\s{1,3}(?:UK\s+EYES|EYES\s+ONLY|MANAGEMENT|COMMERCIAL|PERSONAL|STAFF|POLICY|NHS)\b)/u;

/** A marking labels the text: after "Classification:", or followed by a colon, dash, line break or the end. */
function isLabel(text: string, start: number, end: number): boolean {
  return CLASSIFIED_BEFORE.test(text.slice(Math.max(0, start - 40), start)) || LABEL_AFTER.test(text.slice(end, end + 20));
}

/** What an unannounced plan is about: "don't tell anyone, but we're merging", not "... it's Sister Jones's birthday". */
const ORGANISATIONAL_NEWS =
  /\b(?:merg\w*|clos(?:e|es|ed|ing|ure)|restructur\w*|reorgani[sz]\w*|cuts?|redundanc\w*|jobs?|relocat\w*|moving|takeover|acquisition|budget|contract|tender|funding|deal|downgrad\w*|shut\w*|axe[ds]?|scrap\w*|announce\w*|board|plans?|new\s+(?:unit|service|hospital|ward|chief|director|ceo|building|scanner|contract)|cqc|inspection|report|results|step(?:s|ping)?\s+down|stood\s+down|resign\w*|quit(?:s|ting)?|leaving|sack(?:ed|ing)|suspend\w*|appoint\w*|replac\w*|chief\s+exec\w*|ceo|director|chair|redeploy\w*|pay\s+(?:rise|cut|freeze)|strike|outsourc\w*|privatis\w*)\b/i;

/** Someone is invited to talk: "speak to any member of our staff in confidence". */
const CONFIDING = /\b(?:speak|speaking|talk|talking|chat|tell|contact|call|ring|raise|discuss|confide|ask|text|email|write|see|visit|approach|reach\s+out)\b/iu;

/** Only after "classification:" and the like does a lower-case "restricted" or "secret" mark a document. */
const CLASSIFIED_BEFORE = /(?:classification|classified|protective\s+marking|security\s+marking)\s{0,3}[:\-–—]?\s{0,3}$/iu;

/** Each rule: its pattern, a cheap test the text must pass first (`pre`), and an optional check on the match. */
const RULES: Array<{ re: RegExp; rule: string; pre?: RegExp; keep?: (text: string, start: number, end: number) => boolean }> = [
  {
    re: new RegExp(String.raw`${B}official[\s_:-]*sensitive${E}|${B}official-\s*sensitive${E}`, "giu"),
    rule: "confidential.marker.protective-marking",
  },
  {
    re: new RegExp(
      String.raw`${B}(?:NHS\s+|STRICTLY\s+|HIGHLY\s+|PRIVATE\s+(?:AND|&)\s+|PERSONAL\s+(?:AND|&)\s+)?(?:TOP\s+SECRET|SECRET|RESTRICTED|CONFIDENTIAL|PROTECT)${E}`,
      "gu",
    ),
    rule: "confidential.marker.protective-marking",
    keep: isLabel,
  },
  {
    re: new RegExp(String.raw`${B}(?:top\s+secret|secret|restricted|confidential|protect)${E}`, "giu"),
    rule: "confidential.marker.protective-marking",
    keep: (text, start) => CLASSIFIED_BEFORE.test(text.slice(Math.max(0, start - 40), start)),
  },
  {
    re: new RegExp(
      String.raw`${B}commercial(?:ly)?\s+in[\s-]+confidence${E}|${B}(?:strictly|highly|private\s+(?:and|&)|personal\s+(?:and|&))\s+confidential(?=\s{0,3}[:\-–—])|${B}commercially\s+sensitive\s{0,3}[:\-–—]`,
      "giu",
    ),
    rule: "confidential.marker.protective-marking",
  },
  { re: new RegExp(String.raw`${B}COMMERCIALLY\s+SENSITIVE${E}`, "gu"), rule: "confidential.marker.protective-marking" },
  // "Management in confidence" marks a paper; "speak to our staff in confidence" offers a service
  {
    re: new RegExp(String.raw`${B}(?:management|staff|board|hr|personnel|exec(?:utive)?)\s+in[\s-]+confidence${E}`, "giu"),
    rule: "confidential.marker.protective-marking",
    pre: /confidence/iu,
    keep: (text, start) => !CONFIDING.test(sentenceBefore(text, start, 120)),
  },
  {
    // a press embargo, not "the embargo on non-urgent surgery"
    re: new RegExp(
      String.raw`${B}(?:embargoed|under\s+(?:an?\s+|strict\s+)?embargo|embargo(?:ed)?\s*(?:until|till|to|:|–|—|-)|embargo\s+(?:lifts|ends|expires|time|date))${E}`,
      "giu",
    ),
    rule: "confidential.marker.embargo",
  },
  {
    re: new RegExp(
      String.raw`${B}DRAFT${E}(?=\s{0,3}[:\-–—]|\s+v?\d|\s+version)`,
      "gu",
    ),
    rule: "confidential.marker.draft",
  },
  {
    re: new RegExp(
      String.raw`${B}draft\s*[:\-–—,]?\s*(?:do\s+not|don['’]?t|not\s+for)\s+(?:share|circulate|distribute|publish|publication|circulation|use|quote|forward)${E}|${B}draft\s+for\s+(?:internal|comment|discussion|approval)${E}`,
      "giu",
    ),
    rule: "confidential.marker.draft",
  },
  {
    re: new RegExp(
      String.raw`${B}not\s+(?:yet\s+)?(?:for|to\s+be)\s+(?:publication|published|circulation|circulated|distribution|distributed|release|released|sharing|shared|public(?:ation)?(?:\s+(?:release|use|consumption))?|onward\s+(?:circulation|sharing|distribution|transmission)|wider\s+(?:circulation|distribution|sharing)|external\s+(?:use|circulation|distribution|release)|forwarding|forwarded)${E}` +
        String.raw`|${B}(?:for\s+)?internal\s+(?:use\s+only|circulation\s+only|distribution\s+only|only)${E}(?!\s+(?:vacanc(?:y|ies)|posts?|roles?|applicants?|candidates?|positions?|recruitment|jobs?|opportunit(?:y|ies)))` +
        String.raw`|${B}for\s+internal\s+(?:use|circulation|distribution|eyes)${E}` +
        String.raw`|${B}internal\s+(?:comms|communications?|audiences?|briefing|staff\s+briefing)\s+only${E}` +
        String.raw`|${B}(?:under|covered\s+by|subject\s+to)\s+(?:an?\s+|the\s+)?(?:nda|non-disclosure\s+agreement|confidentiality\s+agreement)${E}` +
        String.raw`|${B}(?:for\s+your\s+eyes\s+only|eyes\s+only)${E}` +
        String.raw`|${B}(?:please\s+)?do\s+not\s+(?:circulate|distribute|publish)${E}` +
        String.raw`|${B}(?<!\byou\s{1,3})(?:please\s+)?(?:do\s+not|don['’]?t)\s+(?:share|forward)(?=\s+(?:this|externally|outside|further|beyond|publicly|widely|yet|until|on\s+social)|\s*[.!]|\s*$)`,
      "giu",
    ),
    rule: "confidential.marker.not-for-publication",
  },
  {
    re: new RegExp(
      String.raw`${B}confidential\s+(?:(?:board|committee|cabinet|executive|finance|financial|hr|staff|draft|internal|strategy|business|management|legal|briefing|cost)\s+)?(?:papers?|reports?|documents?|docs?|minutes|briefings?|memos?|memorandum|draft|items?|business\s+case|budget|figures|plans|proposals?|slides|presentation|spreadsheet|review|findings|recommendations)${E}` +
        String.raw`|${B}part\s+(?:2|ii|two|b)\s+(?:board\s+)?(?:papers?|items?|agenda|session|business|meeting|minutes)${E}` +
        String.raw`|${B}(?:private|closed)\s+(?:board\s+)?(?:session\s+)?(?:board\s+)?(?:papers|minutes|agenda\s+items?)${E}` +
        String.raw`|${B}leaked\s+(?:\w+\s+)?(?:memo|memos|document|documents|report|reports|email|emails|minutes|plans|papers|letter|figures|recording|messages)${E}` +
        String.raw`|${B}(?:leaked\s+(?:from|out\s+of)|(?:a|the)\s+leak\s+from)\s+(?:(?:the|this|that|our|today['’]s|yesterday['’]s|this\s+morning['’]s|last\s+night['’]s|last\s+week['’]s|a|an)\s+)?(?:[\p{L}-]+\s+){0,2}?(?:meeting|board|exec|executive|email|emails|document|memo|briefing|minutes|papers|report|committee|management|hr|team\s+meeting|call)${E}` +
        String.raw`|${B}leaked\s+to\s+(?:me|us)${E}`,
      "giu",
    ),
    rule: "confidential.marker.confidential-paper",
  },
  {
    re: new RegExp(
      String.raw`${B}keep\s+(?:this|it|that)\s+(?:under\s+(?:your|our)\s+hats?|under\s+wraps|between\s+(?:us|ourselves|you\s+and\s+me)|to\s+yourselves?|on\s+the\s+down[-\s]?low|on\s+the\s+qt)` +
        String.raw`|${B}(?:off\s+the\s+record|you\s+didn['’]?t\s+hear\s+(?:it|this)\s+from\s+me)${E}` +
        String.raw`|${B}(?:don['’]?t|do\s+not|dont)\s+tell\s+(?:anyone|anybody|a\s+soul|the\s+others|the\s+press|the\s+public)(?:\s+(?:else|about\s+(?:this|it)))?\s+yet${E}` +
        String.raw`|${B}(?:before|until)\s+it['’]?s\s+(?:been\s+)?(?:officially\s+)?(?:announced|official|public|made\s+public|released)${E}` +
        String.raw`|${B}(?:before|ahead\s+of)\s+(?:the|an|its|any)\s+(?:official\s+|public\s+|formal\s+)?announcement${E}(?=[^.!?\n]{0,40}(?:but|psst|shh|secret|quiet|between|hush|yet))` +
        String.raw`|${B}(?:(?:has|have|hasn['’]?t|haven['’]?t|is|isn['’]?t)\s+(?:not\s+)?(?:yet\s+)?(?:been\s+)?(?:officially\s+)?(?:announced|made\s+public)|not\s+(?:yet\s+)?(?:been\s+)?(?:officially\s+)?(?:announced|public|official))(?:\s+yet)?\s*[,;:–-]?\s+(?:but|so\s+keep|so\s+don['’]?t|so\s+please)${E}` +
        String.raw`|${B}(?:not|aren['’]?t|isn['’]?t|weren['’]?t)\s+(?:supposed|meant|allowed)\s+to\s+(?:say|tell|share|know|mention|announce|talk\s+about)${E}` +
        String.raw`|${B}(?:psst|shh+)\b[^.!?\n]{0,20}(?:secret|don['’]?t\s+tell|quiet)`,
      "giu",
    ),
    rule: "confidential.marker.unannounced",
  },
  // weaker secrecy ("don't tell anyone", "between you and me", "keep it quiet"): only about organisational news
  {
    re: new RegExp(
      String.raw`${B}(?:(?:don['’]?t|do\s+not|dont)\s+tell\s+(?:anyone|anybody|everyone|a\s+soul|the\s+others|the\s+press|the\s+public)(?=\s*(?:but|[,.!…]|$|about\s+(?:this|it)|until))|keep\s+(?:this|it|that)\s+(?:quiet|secret|hush[-\s]hush)(?=\s*(?:[.!,…]|$|for\s+now|until|but|please|though))|between\s+you\s+and\s+me|between\s+ourselves|(?:strictly|just|only)\s+between\s+(?:us|the\s+two\s+of\s+us)|(?:^|(?<=[.!?:;]\s{0,3})|(?<=\n))between\s+(?:us|the\s+two\s+of\s+us)(?=\s*[,:;–—-])|on\s+the\s+(?:quiet|qt|q\.t\.)(?=\s*[,.!;:–—]|\s+(?:but|though|for\s+now))|mum['’]?s\s+the\s+word|hush[-\s]hush)${E}`,
      "giu",
    ),
    rule: "confidential.marker.unannounced",
    keep: (text, start, end) => ORGANISATIONAL_NEWS.test(text.slice(Math.max(0, start - 150), end + 200)),
  },
];

/** The rules as scanned: without the word-start look-behind where every alternative opens with it. */
const SCANNED = RULES.map((r) => ({ ...r, ...scanFromWordStart(r.re, B) }));

const MESSAGE = (s: string) =>
  `"${s}" shows this is confidential or not yet public. Official accounts must not publish protectively marked, embargoed or internal material, or plans that have not been announced. Remove it, and check with the communications team before posting anything about it.`;

export const confidential: Detector = ({ text }) => {
  if (text.length === 0) return [];
  const out: Finding[] = [];
  for (const { re, inside, rule, keep, pre } of SCANNED) {
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
      const end = start + m[0].trimEnd().length;
      if (keep !== undefined && !keep(text, start, end)) continue;
      out.push(finding("confidential.marker", rule, "block", start, end, MESSAGE(text.slice(start, end))));
    }
  }
  return withoutOverlaps(out);
};
