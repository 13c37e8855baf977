import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Page } from "playwright-core";
import sharp from "sharp";
import { afterAll, describe, expect, it } from "vitest";
import { logoBox, type BrandKitLayout } from "../../packages/policy/src/index.ts";
import { BRIEF, call } from "./api.ts";
import { signIn } from "./browser.ts";
import { useBrowserSession } from "./session.ts";

const session = useBrowserSession();
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "gatehouse-brand-e2e-"));
afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

const FACEBOOK = "Facebook – DemoNHSTrust";
const X = "X – @DemoNHSTrust";
const INSTAGRAM = "Instagram – @demonhstrust";
const LOGO = { width: 400, height: 200 };
const X_SIZE = { width: 1600, height: 900 };

function nav(page: Page) {
  return page.getByRole("navigation", { name: "Primary navigation" });
}

function idFrom(page: Page, area: string): string {
  return new RegExp(`/${area}/([^/?#]+)`).exec(page.url())![1]!;
}

/** A pure red logo: easy to find on the blue sample picture. */
async function redLogo(): Promise<string> {
  const file = path.join(scratch, "trust-logo.png");
  await sharp({ create: { ...LOGO, channels: 4, background: { r: 230, g: 0, b: 0, alpha: 1 } } })
    .png()
    .toFile(file);
  return file;
}

/** A photo whose metadata credits its photographer, as a camera or an agency would. */
async function creditedPhoto(): Promise<string> {
  const file = path.join(scratch, "flu-clinic.jpg");
  const stripes = Buffer.from(
    `<svg xmlns="http://www.w3.org/2000/svg" width="1600" height="1200"><rect width="1600" height="1200" fill="#7fa36b"/><rect x="200" y="300" width="500" height="600" fill="#e8d9b0"/><circle cx="1150" cy="550" r="260" fill="#3d6e8f"/></svg>`,
  );
  await sharp(stripes).withExif({ IFD0: { Artist: "Jane Smith" } }).jpeg().toFile(file);
  return file;
}

async function pixel(image: Buffer, x: number, y: number): Promise<[number, number, number]> {
  const { data } = await sharp(image).extract({ left: Math.round(x), top: Math.round(y), width: 1, height: 1 }).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  return [data[0]!, data[1]!, data[2]!];
}

async function layoutNow(page: Page): Promise<BrandKitLayout> {
  const answer = await call<{ kit: { layout: BrandKitLayout } }>(page, session.server.url, "brand.kit", {}, "query");
  return answer.kit.layout;
}

describe("the brand gate in the browser", () => {
  it("takes a brand guardian's logo, refusing an SVG with a script, shows it on the live and the saved previews, and gives an account its own kit", async () => {
    const url = session.server.url;
    const brand = session.page;
    await signIn(brand, url, "brand@demo.gatehouse.test");
    await nav(brand).getByRole("link", { name: "Brand kit" }).click();
    await brand.getByRole("heading", { name: "Brand kit", level: 1 }).waitFor();
    await brand.getByText("There is no logo yet").waitFor();

    // An SVG that runs a script is refused, with the server's reason next to the field.
    const unsafe = path.join(scratch, "animated-logo.svg");
    fs.writeFileSync(unsafe, '<svg xmlns="http://www.w3.org/2000/svg" width="300" height="120"><script>alert(1)</script><rect width="300" height="120"/></svg>');
    await brand.getByLabel("Upload the logo").setInputFiles(unsafe);
    await brand.getByRole("button", { name: "Upload logo" }).click();
    const summary = brand.locator(".nhsuk-error-summary");
    await summary.getByText('"animated-logo.svg" cannot be used as a logo').waitFor();
    expect(await brand.locator(".nhsuk-form-group--error .nhsuk-error-message").innerText()).toContain("Export a plain SVG or a PNG");

    await brand.getByLabel("Upload the logo").setInputFiles(await redLogo());
    await brand.getByRole("button", { name: "Upload logo" }).click();
    await brand.getByText('The logo "trust-logo.png" is saved as version 2 of the kit.').waitFor();
    await brand.getByRole("img", { name: "The logo now: trust-logo.png" }).waitFor();

    // The live preview draws the logo where the server will, and follows the form before anything is saved.
    const live = brand.getByRole("img", { name: /^X: / });
    const saved = await layoutNow(brand);
    const here = logoBox(X_SIZE, saved, LOGO)!;
    expect(await live.getAttribute("aria-label")).toContain(`${here.left} pixels from the left and ${here.top} from the top`);
    expect(await live.locator("image").getAttribute("href")).toMatch(/^\/api\/brand\/kits\/[^/]+\/logo$/);
    await brand.getByLabel("Top left").check();
    const moved = logoBox(X_SIZE, { ...saved, corner: "top-left" }, LOGO)!;
    await brand.getByRole("img", { name: `X: Logo ${moved.width} × ${moved.height} pixels, top left, ${moved.left} pixels from the left and ${moved.top} from the top.` }).waitFor();

    // A strap the WCAG cannot read is flagged as the colours are chosen, and the server refuses it on its field.
    await brand.getByLabel("Put a strap across the bottom").check();
    await brand.getByLabel("Strap text").fill("Demo NHS Trust");
    await brand.getByLabel("Text colour").selectOption({ label: "NHS Warm Yellow (#FFB81C)" });
    await brand.getByLabel("Background colour").selectOption({ label: "NHS White (#FFFFFF)" });
    await brand.getByText("Below WCAG AA").waitFor();
    await brand.getByRole("button", { name: "Save the brand kit" }).click();
    await summary.getByRole("link", { name: /contrast of 1\.\d:1; WCAG AA needs 4\.5:1/ }).click();
    expect(await brand.evaluate(() => document.activeElement?.id)).toBe("strapTextColour");
    await brand.getByLabel("Text colour").selectOption({ label: "NHS White (#FFFFFF)" });
    await brand.getByLabel("Background colour").selectOption({ label: "NHS Blue (#005EB8)" });
    await brand.getByText("Meets WCAG AA").waitFor();
    await brand.getByLabel("Put a strap across the bottom").uncheck();
    await brand.getByRole("button", { name: "Save the brand kit" }).click();
    await brand.getByText("The brand kit is saved as version 3.").waitFor();

    // The server's own preview of the saved kit shows the logo in its new corner.
    const preview = brand.getByRole("img", { name: "X sample picture wearing version 3 of the kit" });
    await brand.waitForFunction((img) => img instanceof HTMLImageElement && img.complete && img.naturalWidth === 1600, await preview.elementHandle());
    const drawn = await brand.request.get(`${url}${await preview.getAttribute("src")}`);
    const [r, g, b] = await pixel(Buffer.from(await drawn.body()), moved.left + moved.width / 2, moved.top + moved.height / 2);
    expect(r > 180 && g < 70 && b < 70, `logo pixel ${r},${g},${b}`).toBe(true);
    const versions = brand.getByRole("table", { name: "Versions of the brand kit" });
    expect(await versions.innerText()).toMatch(/3 \(in use\)[\s\S]*trust-logo\.png[\s\S]*Bea Brand/);

    // An account uses the organisation's kit until one of its own is saved.
    await brand.getByLabel("Whose kit").selectOption({ label: INSTAGRAM });
    await brand.getByRole("button", { name: "Show this kit" }).click();
    await brand.getByText("This account uses the organisation's kit.").waitFor();
    await brand.getByText("No versions have been saved for it yet.").waitFor();
    await brand.getByLabel("Bottom left").check();
    await brand.getByRole("button", { name: "Save the brand kit" }).click();
    await brand.getByText("The brand kit is saved as version 1.").waitFor();
    await brand.locator("#scope option", { hasText: `${INSTAGRAM} (its own kit)` }).waitFor({ state: "attached" });
    expect(await brand.getByText("This account uses the organisation's kit.").count()).toBe(0);
  });

  it("takes a credited photo through rejection and a fixed caption to approval and a scheduled post; labelled OFFICIAL-SENSITIVE it is never scheduled", async () => {
    const url = session.server.url;

    // A contributor uploads a photo whose metadata credits Jane Smith, labelled and tagged as they upload it.
    const dept = session.page;
    await signIn(dept, url, "dept@demo.gatehouse.test");
    await nav(dept).getByRole("link", { name: "Upload a photo" }).click();
    await dept.getByText("Label, tags, caption and alt text (optional)").click();
    await dept.getByLabel("OFFICIAL", { exact: true }).check();
    await dept.getByLabel("Flu", { exact: true }).check();
    await dept.getByLabel("Caption").fill("Photo by Jane Smith");
    await dept.getByLabel("Alt text").fill("A nurse giving a flu jab at the new clinic");
    await dept.getByLabel("Choose photos").setInputFiles(await creditedPhoto());
    await dept.getByRole("link", { name: /Open flu-clinic\.jpg/ }).click({ timeout: 60_000 });
    await dept.getByRole("heading", { name: /flu-clinic\.jpg/ }).waitFor();
    const assetId = idFrom(dept, "assets");
    await dept.getByLabel("No identifiable people", { exact: true }).check();
    await dept.getByRole("button", { name: "Save who is in the picture" }).click();
    await dept.getByText("Saved: no identifiable people.").waitFor();

    // They see the credit finding, with its clause, and that the picture waits for a brand guardian.
    const mustFix = dept.locator("section", { has: dept.getByRole("heading", { name: "What must be fixed" }) });
    await mustFix.getByText(/The caption credits ".*Jane Smith"/).waitFor();
    expect(await mustFix.innerText()).toContain("CO23 §3.5.4");
    expect(await mustFix.innerText()).toContain('names "Jane Smith" as its photographer');
    await dept.getByText("Waiting for brand review").first().waitFor();

    // The brand guardian finds it in their queue, cannot approve it, and rejects it saying what to change.
    const brand = await session.newPerson();
    await signIn(brand, url, "brand@demo.gatehouse.test");
    await nav(brand).getByRole("link", { name: "Brand review" }).click();
    const row = brand.locator("tr", { has: brand.getByRole("link", { name: "flu-clinic.jpg" }) });
    await row.waitFor();
    expect(await row.locator("td").allInnerTexts()).toEqual([expect.stringContaining("flu-clinic.jpg"), expect.stringContaining("Dana Department"), "1", "1"]);
    await row.getByRole("link", { name: "flu-clinic.jpg" }).click();
    const review = brand.locator("section", { has: brand.getByRole("heading", { name: "Brand review", level: 2 }) });
    // Every platform size, as it will go out.
    await review.locator("img").first().waitFor();
    const sizes = (await review.locator("figcaption strong").allInnerTexts()).map((t) => t.trim());
    expect(sizes).toEqual(["X", "Instagram, square", "Instagram, portrait", "Facebook", "LinkedIn", "Mastodon", "Bluesky"]);
    // The Instagram account has a kit of its own: its sizes can be seen wearing it.
    await review.getByLabel("Show it as it goes out on").selectOption({ label: `${INSTAGRAM} (its own kit)` });
    await review.getByText("Its platform's sizes, wearing the account's own brand kit.").waitFor();
    expect((await review.locator("figcaption strong").allInnerTexts()).map((t) => t.trim())).toEqual(["Instagram, square", "Instagram, portrait"]);
    expect(await review.locator("img").first().getAttribute("src")).toMatch(/&account=/);
    const creditCheck = review.locator("tr", { hasText: "No credit to a person or company" });
    expect(await creditCheck.innerText()).toContain("Must fix");
    expect(await review.locator("tr", { hasText: "Security label" }).innerText()).toContain("Passed");
    expect(await review.getByRole("button", { name: "Approve for the brand" }).count()).toBe(0);
    await review.getByRole("button", { name: "Reject and ask for changes" }).click();
    await brand.locator(".nhsuk-error-summary").getByText("Say what the uploader must change.").waitFor();
    const reason = "Remove the photographer's credit from the caption: official pictures are never credited.";
    await brand.getByLabel("What must the uploader change?").fill(reason);
    await review.getByRole("button", { name: "Reject and ask for changes" }).click();
    await brand.getByText("The picture is rejected. The uploader has been told what to change.").waitFor();

    // The contributor reads what to change, and fixes the caption.
    await dept.reload();
    await dept.getByRole("heading", { name: "What to change" }).waitFor();
    await dept.getByText(reason).waitFor();
    await dept.getByLabel("Caption").fill("Flu jabs at the new clinic");
    await dept.getByRole("button", { name: "Save details" }).click();
    await dept.getByText("The picture's details are saved. It has gone back for brand review.").waitFor();

    // The brand guardian approves it.
    await brand.reload();
    await brand.getByRole("button", { name: "Approve for the brand" }).click();
    await brand.getByText("The picture is approved for the brand. It can now be scheduled.").waitFor();

    // The library finds it by tag, label and brand state, from the address.
    await nav(brand).getByRole("link", { name: "Pictures" }).click();
    // The asset page has a label select too: fill the library's form only once the library is showing.
    await brand.getByRole("form", { name: "Filter the pictures" }).waitFor();
    await brand.getByLabel("Tag").fill("flu");
    await brand.getByLabel("Security classification").selectOption("OFFICIAL");
    await brand.getByLabel("Brand review").selectOption({ label: "Approved for the brand" });
    await brand.getByRole("button", { name: "Apply filters" }).click();
    await brand.waitForURL(/tag=flu&label=OFFICIAL&brand=approved/);
    await brand.getByRole("link", { name: "flu-clinic.jpg" }).waitFor();
    await brand.goto(`${url}/assets?tag=flu&brand=rejected`);
    await brand.getByText("No pictures match.").waitFor();

    // The contributor submits content with it; a second comms officer approves; a comms officer schedules it.
    await nav(dept).getByRole("link", { name: "Submit content" }).click();
    await dept.getByLabel("Title").fill("Flu jabs at the new clinic");
    await dept.getByLabel("What should this achieve?").fill(BRIEF.objective);
    await dept.getByLabel("Who is it for?").fill(BRIEF.audience);
    await dept.getByLabel("Key messages").fill(BRIEF.keyMessages);
    await dept.getByLabel("How will you measure success?").fill(BRIEF.measure);
    await dept.getByLabel(FACEBOOK).check();
    await dept.getByLabel(X).check();
    await dept.getByLabel("Post text").fill("Free flu jabs at the new clinic every Tuesday, 10am to 4pm.");
    await dept.getByRole("checkbox", { name: /flu-clinic\.jpg/ }).check();
    await dept.getByText(/names "Jane Smith" as its photographer/).first().waitFor();
    await dept.getByLabel("I have checked the warnings").check();
    await dept.getByRole("button", { name: "Send to the communications team" }).click();
    await dept.getByText("Your submission has been sent to the communications team").waitFor();
    const submissionId = idFrom(dept, "submissions");

    const comms2 = await session.newPerson();
    await signIn(comms2, url, "comms2@demo.gatehouse.test");
    await comms2.goto(`${url}/review/${submissionId}`);
    await comms2.getByRole("button", { name: "Approve", exact: true }).click();
    await comms2.getByText("Submission approved").waitFor();

    const comms = await session.newPerson();
    await signIn(comms, url, "comms@demo.gatehouse.test");
    await comms.goto(`${url}/review/${submissionId}`);
    await comms.getByRole("button", { name: `Schedule for ${FACEBOOK}` }).click();
    await comms.getByText(`Scheduled for ${FACEBOOK}`).waitFor();

    // Labelled OFFICIAL-SENSITIVE, the picture can never be scheduled, and no brand guardian can approve it.
    await comms.goto(`${url}/assets/${assetId}`);
    await comms.getByLabel("OFFICIAL-SENSITIVE", { exact: true }).check();
    await comms.getByRole("button", { name: "Save details" }).click();
    await comms.getByText("The picture's details are saved. It has gone back for brand review.").waitFor();
    await comms.goto(`${url}/review/${submissionId}`);
    await comms.getByRole("button", { name: `Schedule for ${X}` }).click();
    const refused = comms.locator(".nhsuk-error-summary");
    await refused.getByText(/Must fix: "flu-clinic\.jpg" is labelled OFFICIAL-SENSITIVE: it can never be published on social media/).waitFor();
    expect(await refused.innerText()).toContain("CO23 §3.5.3");
    expect(await comms.getByText(`Scheduled for ${X}`).count()).toBe(0);

    await brand.goto(`${url}/assets/${assetId}`);
    const label = brand.locator("tr", { hasText: "Security label" });
    await label.getByText("Must fix").first().waitFor();
    expect(await brand.getByRole("button", { name: "Approve for the brand" }).count()).toBe(0);
  }, 240_000);
});
