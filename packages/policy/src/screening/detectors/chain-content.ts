import { finding } from "../finding.ts";
import type { Detector, Finding } from "../types.ts";
import { continuesWord, scanFromWordStart, withoutOverlaps } from "./conduct-text.ts";

/*
 * conduct.chain_content: chain mail, junk and hoaxes.
 *
 * What makes a chain letter is the demand to pass it on to a number of people, with a
 * guilt trip, a threat or a dare ("share with 10 friends", "copy and paste this", "99% won't",
 * "bad luck if you don't share"), or a known hoax ("Facebook will start charging", "I do not
 * give Facebook permission"). An ordinary call to action is not chain content: "please
 * share", "share with friends and family who might need it", "retweet to help us reach more
 * people".
 */

const B = String.raw`(?<![\p{L}\p{N}_])`;
const E = String.raw`(?![\p{L}\p{N}_])`;
const NUMBER = String.raw`(?:\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|fifty|a\s+hundred)`;
const COPY_PASTE = String.raw`(?:copy\s*(?:and|&|\+|n|'n')\s*paste|copy[-/]paste)`;
const SHARE = String.raw`(?:share|send|forward|pass|repost|re-post|copy|tag|text|post)`;

/** 1 to 4 people: a targeted ask rather than a chain. */
function smallNumber(s: string): boolean {
  const m = /\b(\d{1,3}|two|three|four)\b/i.exec(s);
  return m !== null && (/^[a-z]/i.test(m[1]!) || Number(m[1]) < 5);
}

/** Each rule: its pattern, a cheap test the text must pass first (`pre`), and an optional check on the match. */
const RULES: Array<{ re: RegExp; rule: string; pre?: RegExp; keep?: (text: string, m: RegExpExecArray) => boolean }> = [
  // "share with 10 friends", "send this to 5 people", "tag 3 friends"
  {
    re: new RegExp(
      String.raw`${B}${SHARE}\s+(?:(?:this|it|this\s+post|this\s+message)\s+)?(?:(?:on\s+)?(?:to|with)\s+)?(?:at\s+least\s+)?${NUMBER}\s+(?:of\s+your\s+)?(?:friends|people|contacts|others|groups|mates|family\s+members|more\s+people|colleagues|followers|loved\s+ones|nurses|group\s+chats|whatsapp\s+groups)${E}`,
      "giu",
    ),
    rule: "conduct.chain-content.share-demand",
    pre: /\b(?:share|send|forward|pass|repost|re-post|copy|tag|text|post)\b/iu,
    // "share this with 2 friends who need a flu jab" is a targeted ask; "share with 10 friends" is a chain
    keep: (text, m) => !(smallNumber(m[0]) && /^\s+(?:who|that|in\s+need|needing|aged|over|under)\b/i.test(text.slice(m.index + m[0].length, m.index + m[0].length + 20))),
  },
  // "copy and paste this to your status", "copy and paste this if you agree", "don't share, copy and paste!"
  // (not an instruction: "copy and paste the link into your browser", "our copy-paste template")
  {
    re: new RegExp(
      String.raw`${B}${COPY_PASTE}\s+(?:this|it)?\s*(?:to|on|onto|into|as|in)\s+(?:your|ur)\s+(?:own\s+)?(?:status|wall|timeline|profile|story|stories|page|feed)${E}|${B}${COPY_PASTE}\s+(?:this|it)(?=\s*[:–—])|${B}${COPY_PASTE}(?:\s+(?:this|it))?(?=\s*(?:[.!]|$|if\s|and\s+(?:share|repost)|rather\s+than|instead\s+of|(?:,\s*)?(?:don['’]?t|do\s+not)\s+(?:just\s+)?share))|${B}copy\s+and\s+re-?post${E}` +
        // "copy and forward!", "copy & share this": copying is what makes it a chain
        String.raw`|${B}copy\s*(?:and|&|\+|n|'n')\s*(?:forward|share|send|pass\s+(?:it|this)\s+on)${E}`,
      "giu",
    ),
    rule: "conduct.chain-content.copy-paste",
    pre: /cop(?:y|ied)/iu,
  },
  // "99% won't share", "97% of people won't", "most people won't repost"
  {
    re: new RegExp(
      String.raw`${B}\d{2}(?:\.\d)?\s*%\s+(?:of\s+(?:(?:my|your|our|the)\s+)?[\p{L}-]+(?:\s+[\p{L}-]+)?\s+)?(?:won['’]?t|will\s+not|wont|don['’]?t|do\s+not|can['’]?t|cannot|never)\s+(?:share|repost|re-post|retweet|copy|read|forward|pass|do\s+it|have\s+the\s+guts)|${B}\d{2}(?:\.\d)?\s*%\s+(?:of\s+(?:people|you)\s+)?(?:won['’]?t|will\s+not|wont)(?=\s*(?:[.!?]|$))|${B}(?:most|few)\s+(?:people|of\s+you|of\s+(?:my|your)\s+[\p{L}-]+)\s+(?:won['’]?t|will\s+not)(?:\s+(?:share|repost|copy|pass\s+this\s+on)|(?=\s*[,.!]|\s+but))|${B}(?:only\s+)?(?:true|real)\s+(?:friends|nurses|heroes|supporters|fans)\s+will(?:\s+(?:share|repost|copy|read|pass\s+it\s+on)|(?=\s*[,.!]|\s*$))`,
      "giu",
    ),
    rule: "conduct.chain-content.dare",
    pre: /%|\b(?:most|few|true|real)\b/iu,
  },
  // "forward this to everyone you know", "send it to all your contacts"
  {
    re: new RegExp(
      String.raw`${B}(?:forward|send|share|pass)\s+(?:this|it|this\s+(?:on|message|post))\s+(?:on\s+)?to\s+(?:everyone|everybody|all\s+(?:of\s+)?your\s+(?:friends|contacts)|every\s+(?:one|person)\s+(?:you\s+know|in\s+your\s+contacts))(?:\s+(?:you\s+know|in\s+your\s+contacts))?${E}` +
        // "send to everyone on your contact list", "forward it to everyone in your phone book"
        String.raw`|${B}(?:forward|send|share|pass)\s+(?:(?:this|it|this\s+(?:on|message|post))\s+)?(?:on\s+)?(?:to|with)\s+(?:everyone|everybody|all|every\s+(?:one|person))\s+(?:in|on|from)\s+(?:your|ur)\s+(?:contacts?(?:\s+list)?|phone(?:\s*book)?|address\s+book|whatsapp(?:\s+groups?)?|friends\s+list)${E}` +
        String.raw`|${B}(?:share|forward|send|pass)\s+(?:this\s+|it\s+)?(?:with|to)\s+(?:everyone|everybody|all\s+the\s+people)\s+you\s+(?:love|care\s+about|hold\s+dear)${E}` +
        String.raw`|${B}(?:share|forward|send|pass)\s+(?:this\s+|it\s+)?(?:with|to)\s+(?:everyone|everybody)\s+you\s+know(?=\s*[.!]|\s*$)` +
        // "forward this to every nurse you know:", "send it to every parent you know!" (not "... you know who is eligible")
        String.raw`|${B}(?:share|forward|send|pass)\s+(?:this\s+|it\s+)?(?:on\s+)?(?:with|to)\s+(?:every|each)\s+(?:single\s+)?(?:[\p{L}-]+\s+){1,2}?you\s+know(?=\s*[.!:]|\s*$)` +
        // "tell all your contacts", "warn everyone in your phone book", "warn all your friends"
        String.raw`|${B}(?:tell|warn|alert|message|text|whatsapp)\s+(?:all\s+(?:of\s+)?(?:your|ur)\s+(?:contacts|whatsapp\s+(?:contacts|groups)|address\s+book|phone\s+book)|(?:everyone|everybody)\s+(?:in|on)\s+(?:your|ur)\s+(?:contacts|contact\s+list|address\s+book|phone(?:\s*book)?|whatsapp))${E}` +
        String.raw`|${B}warn\s+(?:all\s+(?:of\s+)?(?:your|ur)\s+(?:friends|family|loved\s+ones|mates)|(?:everyone|everybody)\s+you\s+know)${E}`,
      "giu",
    ),
    rule: "conduct.chain-content.share-demand",
    pre: /\b(?:forward|send|share|pass|tell|warn|alert|message|text|whatsapp)\b/iu,
  },
  // "repost if you agree", "share if you care", "like and share if you support our nurses", "type amen"
  {
    re: new RegExp(
      String.raw`${B}(?:(?:like|comment)\s+(?:and|&)\s+)?(?:share|repost|re-post|retweet|rt|copy)\s+(?:this\s+)?(?:(?:on|in|to)\s+(?:your|ur)\s+(?:stories|story|status|wall|timeline|page|feed|profile)\s+)?if\s+(?:you\s+|u\s+|you(?=['’]))?(?:agree|care|love|support|believe|think|remember|appreciate|value|stand\s+with|back|salute|(?:are|['’]re|r)\s+(?:(?:a|an|so|really|truly)\s+)?(?:proud|against|with|grateful|thankful|behind|in\s+favour|a\s+(?:proud\s+)?supporter|on\s+board))${E}|${B}type\s+['"“‘]?amen${E}|${B}1\s+like\s*=\s*1\s+(?:prayer|hug|share)${E}|${B}(?:let['’]?s|lets)\s+see\s+how\s+(?:many|far)\s+(?:shares|likes|people|this\s+(?:goes|can\s+go|travels))|${B}don['’]?t\s+break\s+the\s+chain${E}|${B}(?:share|repost|retweet|rt)(?:[\s,!.]+(?:share|repost|retweet|rt)){2,}${E}|${B}(?:share|repost|retweet|forward)\s+(?:this\s+)?(?:now|immediately|asap|urgently)\s*!{2,}|${B}share\s+(?:this\s+)?before\s+(?:it['’]?s|it\s+gets|they)\s+(?:deleted|removed|taken\s+down|delete)${E}`,
      "giu",
    ),
    rule: "conduct.chain-content.share-demand",
    pre: /share|repost|re-post|retweet|forward|\brt\b|copy|amen|1\s+like|see\s+how|chain/iu,
  },
  // "bad luck if you don't share", "7 years of bad luck", "something bad will happen"
  {
    re: new RegExp(
      String.raw`${B}(?:bad\s+luck|misfortune|cursed?|something\s+(?:bad|terrible)\s+will\s+happen|(?:seven|7)\s+years\s+of)\b[^.!?\n]{0,60}?(?:don['’]?t|do\s+not|doesn['’]?t|fail\s+to|unless\s+you|if\s+you\s+(?:ignore|break|delete))\s*(?:share|pass|forward|send|repost|copy)?|${B}(?:if\s+you\s+don['’]?t|if\s+you\s+do\s+not|unless\s+you)\s+(?:share|pass\s+(?:this|it)\s+on|forward|repost|copy)\b[^.!?\n]{0,60}?(?:bad\s+luck|misfortune|curse|something\s+(?:bad|terrible)|you\s+(?:don['’]?t|do\s+not)\s+(?:care|support|love))`,
      "giu",
    ),
    rule: "conduct.chain-content.threat",
    pre: /luck|misfortune|curse|something\s+(?:bad|terrible)|years\s+of|unless|if\s+you/iu,
  },
  // "retweet this in the next 5 minutes or you'll have bad luck"
  {
    re: new RegExp(
      String.raw`${B}(?:share|repost|re-post|retweet|forward|send|pass)\b[^.!?\n]{0,60}?\bor\s+(?:you['’]?ll|you\s+will|you['’]re\s+going\s+to)\s+(?:have|get|be)\s+(?:bad\s+luck|cursed|unlucky|\d+\s+years\s+of)|${B}(?:share|repost|retweet|forward|send)\s+(?:this\s+|it\s+)?(?:within|in)\s+(?:the\s+next\s+\d+\s+(?:minutes|mins|hours|seconds)|\d+\s+(?:minutes|mins|seconds))${E}`,
      "giu",
    ),
    rule: "conduct.chain-content.threat",
    pre: /share|repost|re-post|retweet|forward|send|pass/iu,
  },
  // health hoaxes passed around as chain messages
  {
    re: new RegExp(
      String.raw`${B}(?:drinking|gargling|sipping|eating)\s+(?:hot|warm|salt|salty|lemon|garlic)\s+(?:water|drinks?|tea|juice|cloves?)\b[^.!?\n]{0,60}?\b(?:kills|cures|prevents|destroys)\b|${B}hold\s+your\s+breath\s+for\s+\d+\s+seconds${E}[^.!?\n]{0,80}?\b(?:covid|coronavirus|virus|infection|test|check)|${B}doctors\s+in\s+(?:japan|china|italy|germany|wuhan|india|russia|israel)\s+(?:say|recommend|have\s+found|are\s+saying)${E}` +
        // "the cure doctors don't want you to know about"
        String.raw`|${B}(?:doctors|big\s+pharma|drug\s+companies|pharmaceutical\s+companies|the\s+government|scientists|the\s+media|the\s+experts)\s+(?:don['’]?t|do\s+not|doesn['’]?t|does\s+not|won['’]?t)\s+want\s+you\s+to\s+know${E}`,
      "giu",
    ),
    rule: "conduct.chain-content.hoax",
    pre: /drinking|gargling|sipping|eating|hold\s+your\s+breath|doctors|pharma|drug\s+companies|government|scientists|media|experts/iu,
  },
  // a kitchen remedy said to kill or cure a disease: "lemon in hot water kills cancer cells" (not "garlic does not cure cancer")
  {
    re: new RegExp(
      String.raw`${B}(?:lemons?|lemon\s+juice|garlic|ginger|turmeric|bicarb(?:onate(?:\s+of\s+soda)?)?|baking\s+soda|(?:apple\s+cider\s+)?vinegar|honey|onions?|bleach|cannabis\s+oil|colloidal\s+silver|apricot\s+kernels?|alkaline\s+water|essential\s+oils?|cinnamon|coconut\s+oil)${E}[^.!?\n]{0,60}?${B}(?:kills?|cures?|destroys?|reverses?|eliminates?|wipes?\s+out|gets?\s+rid\s+of|prevents?)\s+(?:\p{L}+\s+){0,2}?(?:cancer|tumou?rs?|covid|coronavirus|the\s+virus|viruses|diabetes|dementia|alzheimer['’]?s|hiv|autism|infections?)${E}`,
      "giu",
    ),
    rule: "conduct.chain-content.hoax",
    pre: /\b(?:kills?|cures?|destroys?|reverses?|eliminates?|wipes?\s+out|gets?\s+rid|prevents?)\b/iu,
    keep: (_text, m) => !/\b(?:not|no|never|cannot|myths?|claims?|false|untrue|won['’]?t|can['’]?t|doesn['’]?t|don['’]?t|isn['’]?t)\b/iu.test(m[0]),
  },
  // known hoaxes
  {
    re: new RegExp(
      String.raw`${B}(?:facebook|instagram|whatsapp|meta|twitter|tiktok)\s+(?:will|is\s+going\s+to|are\s+going\s+to|is\s+about\s+to|plans\s+to)\s+(?:start\s+|begin\s+)?(?:charg(?:e|ing)|make\s+(?:[\p{L}-]+\s+){0,5}?(?:public|visible\s+to\s+(?:everyone|anyone)))|${B}i\s+do\s+not\s+give\s+(?:facebook|instagram|meta|whatsapp)(?:\s+or\s+any\s+\w+(?:\s+\w+)?)?\s+(?:permission|the\s+right)|${B}(?:bill\s+gates|mark\s+zuckerberg)\s+(?:will|is\s+going\s+to)\s+(?:give|donate|pay)|${B}(?:this\s+is\s+not\s+a\s+hoax|not\s+a\s+hoax[,!]?\s+(?:share|pass|forward))` +
        // "a virus called 'NHS Update' will wipe your phone"
        String.raw`|${B}(?:virus|malware|worm|trojan)\b[^.!?\n]{0,60}?${B}(?:will|is\s+going\s+to)\s+(?:wipe|destroy|delete|erase|hack|steal|take\s+over|infect|corrupt|crash)\s+(?:all\s+)?(?:your|ur)\s+(?:(?:whole|entire)\s+)?(?:phone|computer|pc|laptop|tablet|device|hard\s+drive|contacts|data|photos|bank\s+account|account)${E}`,
      "giu",
    ),
    rule: "conduct.chain-content.hoax",
    pre: /facebook|instagram|whatsapp|meta|twitter|tiktok|bill\s+gates|zuckerberg|hoax|virus|malware|worm|trojan/iu,
  },
  // "copy this message to your status", "post this on your wall" (after the rules above, which name more of it)
  {
    re: new RegExp(
      String.raw`${B}(?:copy|paste|repost|re-post|post)\s+(?:this|it)(?:\s+(?:message|post|text|status|word\s+for\s+word))?\s+(?:to|on|onto|into|as|in)\s+(?:your|ur)\s+(?:own\s+)?(?:status|wall|timeline|profile|story|stories|feed)${E}`,
      "giu",
    ),
    rule: "conduct.chain-content.copy-paste",
    pre: /\b(?:copy|paste|repost|re-post|post)\b/iu,
  },
];

/** The rules as scanned: without the word-start look-behind where every alternative opens with it. */
const SCANNED = RULES.map((r) => ({ ...r, ...scanFromWordStart(r.re, B) }));

const MESSAGE = (s: string) =>
  `"${s}" reads like chain mail or a hoax. Official accounts must not post or pass on chain messages: remove it. If you want people to share the post, ask plainly ("please share with anyone who might find this useful").`;

export const chainContent: Detector = ({ text }) => {
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
      if (keep !== undefined && !keep(text, m)) continue;
      const start = m.index;
      const end = start + m[0].trimEnd().length;
      out.push(finding("conduct.chain_content", rule, "warn", start, end, MESSAGE(text.slice(start, end))));
    }
  }
  return withoutOverlaps(out);
};
