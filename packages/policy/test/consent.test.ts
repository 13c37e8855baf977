import { describe, expect, it } from "vitest";
import {
  consentFindings,
  consentStatusAt,
  expiresWithin,
  mediaGateFindings,
  peopleFindings,
  publishGate,
  submissionMediaFindings,
  type AssetPeopleFacts,
  type BrandFacts,
  type ConsentFacts,
} from "../src/index.ts";

const NOW = new Date("2026-12-01T09:00:00Z");
const consent = (over: Partial<ConsentFacts> = {}): ConsentFacts => ({
  id: "c1",
  subjectKind: "patient",
  platforms: ["instagram"],
  givenAt: "2026-11-01T10:00:00Z",
  expiresAt: "2027-11-01T10:00:00Z",
  withdrawnAt: null,
  ...over,
});
const photo = (over: Partial<AssetPeopleFacts> = {}): AssetPeopleFacts => ({
  name: "ward-team.jpg",
  people: "identifiable",
  peopleNote: null,
  faceCount: 2,
  consents: [consent({ id: "c1" }), consent({ id: "c2" })],
  nearCopyOfWithdrawn: false,
  ...over,
});
const rules = (findings: { rule: string }[]) => findings.map((f) => f.rule);
/** A picture the brand checks pass, so these tests see only the consent rule. */
const BRANDED: BrandFacts = {
  name: "ward-team.jpg",
  brandState: "approved",
  classification: "OFFICIAL",
  tags: ["flu"],
  caption: "",
  altText: "Two nurses on the ward",
  metadataCredit: { artist: null, copyright: null },
  organisationName: "Demo NHS Trust",
  taxonomy: ["flu"],
  renditions: (["x", "instagram"] as const).map((platform) => ({ platform, width: 1080, height: 1080, bytes: 100_000 })),
  strap: null,
};

describe("a consent's life", () => {
  it("is live from the day it is given until it expires or is withdrawn, whichever is first", () => {
    expect(consentStatusAt(consent(), NOW)).toBe("live");
    expect(consentStatusAt(consent(), new Date("2026-10-31T00:00:00Z"))).toBe("not_yet_given");
    expect(consentStatusAt(consent(), new Date("2027-11-01T10:00:00Z"))).toBe("expired");
    expect(consentStatusAt(consent({ withdrawnAt: "2026-11-20T00:00:00Z" }), NOW)).toBe("withdrawn");
    expect(consentStatusAt(consent({ withdrawnAt: "2026-12-20T00:00:00Z" }), NOW)).toBe("live");
    expect(consentStatusAt(consent({ expiresAt: null }), new Date("2040-01-01T00:00:00Z"))).toBe("live");
  });

  it("warns 30 days before expiry, and not for a withdrawn or open-ended consent", () => {
    expect(expiresWithin(consent({ expiresAt: "2026-12-30T00:00:00Z" }), NOW)).toBe(true);
    expect(expiresWithin(consent({ expiresAt: "2027-01-05T00:00:00Z" }), NOW)).toBe(false);
    expect(expiresWithin(consent({ expiresAt: "2026-12-30T00:00:00Z", withdrawnAt: "2026-11-30T00:00:00Z" }), NOW)).toBe(false);
    expect(expiresWithin(consent({ expiresAt: null }), NOW)).toBe(false);
  });
});

describe("the consent rule", () => {
  it("lets a picture go where every person's live consent covers the platform, and nowhere else", () => {
    expect(consentFindings(photo(), "instagram", NOW)).toEqual([]);
    const onX = consentFindings(photo(), "x", NOW);
    expect(rules(onX)).toEqual(["media.consent.platform"]);
    expect(onX[0]!.message).toContain("does not cover X (it covers Instagram)");
    expect(onX[0]!.clause).toContain("ICBP038 §3.6");
    expect(onX[0]!.severity).toBe("block");
  });

  it("refuses once one person withdraws, even when the others still consent", () => {
    const withdrawn = photo({ consents: [consent({ id: "c1" }), consent({ id: "c2", withdrawnAt: "2026-11-30T12:00:00Z" })] });
    expect(rules(consentFindings(withdrawn, "instagram", NOW))).toEqual(["media.consent.withdrawn"]);
    // The same consent before it was withdrawn covered the picture.
    expect(consentFindings(withdrawn, "instagram", new Date("2026-11-30T11:00:00Z"))).toEqual([]);
  });

  it("refuses at a publishing time after the consent expires", () => {
    const expiring = photo({ consents: [consent({ id: "c1" }), consent({ id: "c2", expiresAt: "2026-12-10T00:00:00Z" })] });
    expect(consentFindings(expiring, "instagram", NOW)).toEqual([]);
    expect(rules(consentFindings(expiring, "instagram", new Date("2026-12-11T00:00:00Z")))).toEqual(["media.consent.expired"]);
  });

  it("needs a consent for every face found, and at least one for a declared person", () => {
    expect(rules(consentFindings(photo({ faceCount: 3 }), "instagram", NOW))).toEqual(["media.consent.missing"]);
    expect(rules(consentFindings(photo({ faceCount: 0, consents: [] }), "instagram", NOW))).toEqual(["media.consent.missing"]);
    expect(rules(consentFindings(photo({ faceCount: null, consents: [consent()] }), "instagram", NOW))).toEqual([]);
  });

  it("cites the colleague clauses when a member of staff is in the picture", () => {
    const staff = photo({ consents: [consent({ subjectKind: "staff", platforms: ["facebook"] }), consent({ id: "c2" })] });
    expect(consentFindings(staff, "instagram", NOW)[0]!.clause).toEqual(expect.arrayContaining(["NWL §6.11", "CDDFT §4.4.2"]));
  });

  it("lets the public-place exemption stand without consent, but only with its explanation", () => {
    const crowd = photo({ people: "public_incidental", peopleNote: "Queue outside the walk-in centre, backs to camera", consents: [], faceCount: 4 });
    expect(mediaGateFindings(crowd, "x", NOW)).toEqual([]);
    expect(rules(mediaGateFindings({ ...crowd, peopleNote: " " }, "x", NOW))).toEqual(["media.people.public-unexplained"]);
  });
});

describe("what a picture says about the people in it", () => {
  it("asks for a declaration, and blocks faces declared as nobody", () => {
    expect(rules(peopleFindings(photo({ people: null })))).toEqual(["media.people.undeclared"]);
    const contradicted = peopleFindings(photo({ people: "none", faceCount: 2, consents: [] }));
    expect(rules(contradicted)).toEqual(["media.people.faces-declared-none"]);
    expect(contradicted[0]!.message).toContain("2 faces were found");
    expect(peopleFindings(photo({ people: "none", faceCount: 0, consents: [] }))).toEqual([]);
  });

  it("blocks a near copy of a withdrawn picture until it is cleared", () => {
    expect(rules(mediaGateFindings(photo({ nearCopyOfWithdrawn: true }), "instagram", NOW))).toEqual(["media.consent.near-copy"]);
  });
});

describe("pictures in the publish gate and on a submission", () => {
  const gateFacts = (platform: "x" | "instagram", asset: AssetPeopleFacts, textFindings = []) => ({
    submissionState: "approved" as const,
    account: { id: "a1", platform, status: "active" as const },
    scheduler: { roles: ["comms_officer" as const], grantedAccountIds: ["a1"] },
    screening: [],
    media: [{ asset, textFindings, brand: BRANDED }],
    at: NOW,
  });

  it("refuses a post whose picture lacks consent for its platform", () => {
    expect(publishGate(gateFacts("instagram", photo()))).toEqual([]);
    expect(rules(publishGate(gateFacts("x", photo())))).toEqual(["media.consent.platform"]);
  });

  it("refuses a picture with personal data written in it", () => {
    const text = { category: "pii.nhs_number" as const, rule: "image-text.pii.nhs-number.mod11", severity: "block" as const, start: 0, end: 0, message: "m", clause: [] };
    expect(rules(publishGate({ ...gateFacts("instagram", photo()), media: [{ asset: photo(), textFindings: [text], brand: BRANDED }] }))).toEqual(["image-text.pii.nhs-number.mod11"]);
  });

  it("warns on a submission about accounts the consent does not cover, and blocks what no account could take", () => {
    const targets = [
      { accountId: "ig", platform: "instagram" as const },
      { accountId: "x1", platform: "x" as const },
    ];
    const onSubmission = submissionMediaFindings([{ asset: photo(), textFindings: [], brand: BRANDED }], targets, NOW);
    expect(onSubmission).toEqual([expect.objectContaining({ rule: "media.consent.platform", severity: "warn", platforms: ["x"], accountIds: ["x1"] })]);
    const withdrawn = photo({ consents: [consent({ withdrawnAt: "2026-11-30T00:00:00Z" }), consent({ id: "c2" })] });
    expect(submissionMediaFindings([{ asset: withdrawn, textFindings: [], brand: BRANDED }], targets, NOW).map((f) => [f.rule, f.severity])).toEqual([
      ["media.consent.withdrawn", "block"],
      ["media.consent.platform", "warn"],
    ]);
    expect(submissionMediaFindings([{ asset: photo({ people: null }), textFindings: [], brand: BRANDED }], targets, NOW)[0]).toMatchObject({ rule: "media.people.undeclared", severity: "block", platforms: ["instagram", "x"] });
  });
});
