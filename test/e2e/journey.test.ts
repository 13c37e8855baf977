import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { toLondon } from "../../packages/policy/src/index.ts";
import { signIn } from "./browser.ts";
import { useBrowserSession } from "./session.ts";

const session = useBrowserSession({ WORKER_POLL_MS: "500" });

function nav(page: Page) {
  return page.getByRole("navigation", { name: "Primary navigation" });
}

/** The first London minute at least `seconds` from now. */
function londonMinuteAhead(seconds: number) {
  const at = new Date(Math.ceil((Date.now() + seconds * 1000) / 60_000) * 60_000);
  return toLondon(at);
}

describe("from submission to published post", () => {
  it("walks the whole journey with two comms officers, and the audit log shows every step", async () => {
    const url = session.server.url;

    // A contributor writes the submission, is stopped at an NHS number, fixes it and sends it.
    const dept = session.page;
    await signIn(dept, url, "dept@demo.gatehouse.test");
    await nav(dept).getByRole("link", { name: "Submit content" }).click();
    await dept.getByLabel("Title").fill("Winter flu clinics");
    await dept.getByLabel("What should this achieve?").fill("More over-65s book a flu jab before December.");
    await dept.getByLabel("Who is it for?").fill("Adults over 65 and their carers.");
    await dept.getByLabel("Key messages").fill("Free jabs; walk in on Tuesdays.");
    await dept.getByLabel("How will you measure success?").fill("Bookings in the fortnight after posting.");
    await dept.getByLabel("X – @DemoNHSTrust").check();
    const text = dept.getByLabel("Post text");
    await text.click();
    await text.pressSequentially("Flu jabs for patient 401 023 2137 on Tuesday", { delay: 5 });
    const finding = dept.locator("li.app-finding").filter({ hasText: "NHS number" }).first();
    await finding.waitFor();
    expect(await finding.innerText()).toContain("ICBP038 §3.5");
    await dept.getByRole("button", { name: "Send to the communications team" }).click();
    await dept.getByRole("heading", { name: "There is a problem" }).waitFor();
    expect(await dept.locator(".nhsuk-error-summary").innerText()).toMatch(/NHS number/);

    await text.fill("Free flu jabs every Tuesday at Blaydon Leisure Centre, 10am to 4pm.");
    await dept.locator('[aria-live="polite"]').filter({ hasText: "No problems found" }).first().waitFor();
    await expect(finding.count()).resolves.toBe(0);
    await dept.getByRole("button", { name: "Send to the communications team" }).click();
    await dept.getByText("Your submission has been sent to the communications team").waitFor();
    const submissionUrl = dept.url().replace(/\/edit$/, "");
    const submissionId = /\/submissions\/([^/?#]+)/.exec(submissionUrl)![1]!;

    // The contributor cannot review or approve, by the UI or the API.
    await dept.goto(`${url}/review/${submissionId}`);
    await dept.getByRole("heading", { name: "You do not have permission to see this page" }).waitFor();
    expect((await dept.request.post(`${url}/trpc/review.approve`, { data: { id: submissionId } })).status()).toBe(403);

    // The first comms officer asks for a change.
    const comms = await session.newPerson();
    await signIn(comms, url, "comms@demo.gatehouse.test");
    await nav(comms).getByRole("link", { name: "Review" }).click();
    await comms.getByRole("link", { name: "Winter flu clinics" }).click();
    await comms.getByRole("button", { name: "Claim" }).click();
    await comms.getByLabel("What needs to change?").fill("Please say it is free for everyone over 65.");
    await comms.getByRole("button", { name: "Request changes" }).click();
    await comms.getByText(/Changes requested/).first().waitFor();

    // The contributor sees why and revises.
    await dept.goto(`${url}/submissions/${submissionId}`);
    await dept.getByText("The communications team has asked for changes").waitFor();
    expect(await dept.getByText("Please say it is free for everyone over 65.").count()).toBeGreaterThan(0);
    await dept.getByRole("link", { name: "Make changes" }).click();
    await dept.getByLabel("Post text").fill("Free flu jabs for everyone over 65, every Tuesday at Blaydon Leisure Centre, 10am to 4pm.");
    await dept.locator('[aria-live="polite"]').filter({ hasText: "No problems found" }).first().waitFor();
    await dept.getByRole("button", { name: "Send to the communications team" }).click();
    await dept.getByText("Your submission has been sent to the communications team").waitFor();

    // A second comms officer approves and schedules it for the next minute.
    const comms2 = await session.newPerson();
    await signIn(comms2, url, "comms2@demo.gatehouse.test");
    await comms2.goto(`${url}/review/${submissionId}`);
    await comms2.getByRole("button", { name: "Approve", exact: true }).click();
    await comms2.getByText("Submission approved").waitFor();
    const when = londonMinuteAhead(45);
    const group = comms2.getByRole("group", { name: "When to publish to X – @DemoNHSTrust" });
    await group.getByLabel("Date").fill(when.date);
    await group.getByLabel("Time").fill(when.time);
    await comms2.getByRole("button", { name: "Schedule for X – @DemoNHSTrust" }).click();
    await comms2.getByText(/Scheduled for X – @DemoNHSTrust/).waitFor();

    // The publisher sends it at its time; the post page shows it published, with its URL.
    await comms2.getByRole("link", { name: "View the post" }).first().click();
    const postId = /\/posts\/([^/?#]+)/.exec(comms2.url())![1]!;
    for (let i = 0; i < 60; i++) {
      const res = await comms2.request.get(`${url}/trpc/posts.get?input=${encodeURIComponent(JSON.stringify({ id: postId }))}`);
      const { result } = (await res.json()) as { result: { data: { state: string } } };
      if (result.data.state === "published") break;
      await new Promise((r) => setTimeout(r, 3000));
    }
    await comms2.reload();
    await comms2.getByText("Published").first().waitFor();
    const view = comms2.getByRole("link", { name: "View on X (sandbox)" });
    const remote = await view.getAttribute("href");
    expect(remote).toMatch(/\/sandbox\/[^#]+#post-/);
    await view.click();
    const card = comms2.locator(`article${remote!.slice(remote!.indexOf("#"))}`);
    await card.waitFor();
    expect(await card.innerText()).toContain("Free flu jabs for everyone over 65");

    // The audit log shows every step.
    const admin = await session.newPerson();
    await signIn(admin, url, "admin@demo.gatehouse.test");
    await admin.goto(`${url}/audit?entityId=${submissionId}`);
    await admin.getByRole("heading", { name: "Audit log" }).waitFor();
    const submissionLog = await admin.getByRole("table").innerText();
    for (const action of ["submission.created", "submission.submitted", "submission.claimed", "submission.changes_requested", "submission.updated", "submission.approved"]) {
      expect(submissionLog).toContain(action);
    }
    await admin.goto(`${url}/audit?entityId=${postId}`);
    const postLog = await admin.getByRole("table").innerText();
    expect(postLog).toContain("post.scheduled");
    expect(postLog).toContain("post.published");
  }, 300_000);
});
