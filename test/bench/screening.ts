import { fileURLToPath } from "node:url";
import { screen, screenForPlatforms, PLATFORMS } from "../../packages/policy/src/index.ts";
import { formatScore, loadLabelled, scoreCorpus } from "../../packages/policy/test/screening/score.ts";
import { line, measure } from "./stats.ts";

const fixture = (name: string) => fileURLToPath(new URL(`../../packages/policy/test/fixtures/${name}`, import.meta.url));

/** A realistic 3,000-character post: the corpus's own sentences, run together. */
function longPost(texts: string[]): string {
  let out = "";
  for (let i = 0; out.length < 3000; i++) out += `${texts[i % texts.length]} `;
  return out.slice(0, 3000);
}

export async function benchScreening(): Promise<void> {
  console.log("\nscreening");
  const corpus = loadLabelled(fixture("screening-corpus.jsonl"));
  const posts = await measure(corpus.length * 3, (i) => {
    const row = corpus[i % corpus.length]!;
    screen(row.text, row.platform);
  });
  line("corpus posts screened, one platform", posts);

  const text = longPost(corpus.map((r) => r.text));
  // Typing: the same long post with one character more each time, as the editor sees it.
  const one = await measure(300, (i) => screen(`${text.slice(0, 2999 - (i % 50))}x`, "x"));
  line("one 3,000-character post, one platform", one);
  const six = await measure(100, (i) => screenForPlatforms(`${text.slice(0, 2999 - (i % 50))}y`, PLATFORMS));
  line("one 3,000-character post, all six platforms", six);
  console.log(`ratio six platforms / one platform time: ${(six.p50 / one.p50).toFixed(2)}x`);

  for (const name of ["screening-dev.jsonl", "screening-corpus.jsonl", "screening-heldout.jsonl"]) {
    try {
      console.log(formatScore(name, scoreCorpus(loadLabelled(fixture(name)))).split("\n")[0]);
    } catch {
      console.log(`${name}: not present`);
    }
  }
}
