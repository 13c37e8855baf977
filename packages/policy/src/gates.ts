import { brandGateFindings, type BrandFacts } from "./brand.ts";
import { mediaGateFindings, type AssetPeopleFacts } from "./consent.ts";
import { canPublishTo, type AccountStatus } from "./permissions.ts";
import { PLATFORM_LABELS, type Platform } from "./platforms.ts";
import type { Role } from "./roles.ts";
import { blockingFindings, type TargetFinding } from "./screening/targets.ts";
import type { Finding } from "./screening/types.ts";
import type { SubmissionState } from "./workflow.ts";

/**
 * The one place publishing is decided. Checked when a post is scheduled and again at the
 * moment it goes out, because an account can be paused, a grant revoked, or the policy's
 * settings changed in between (and, with media, consent withdrawn).
 */
export interface PublishFacts {
  submissionState: SubmissionState;
  /** `connectionLost`: why the platform stopped accepting the account's credentials, when it has */
  account: { id: string; platform: Platform; status: AccountStatus; connectionLost?: string | null };
  /** the communications officer who scheduled the post, as they are now */
  scheduler: { roles: readonly Role[]; grantedAccountIds: readonly string[] };
  /** the post's copy screened for its platform, with reviewers' overrides marked */
  screening: readonly TargetFinding[];
  /** the pictures the post carries, each with what it shows and whose consent covers it */
  media: readonly { asset: AssetPeopleFacts; textFindings: readonly Finding[]; brand: BrandFacts }[];
  /** the moment of publishing (the scheduled time when scheduling, now when sending) */
  at: Date;
}

/** A gate finding has the shape of a screening finding; its category names the gate. */
export type GateFinding = Omit<Finding, "category"> & { category: string };

function gate(category: string, rule: string, message: string, clause: string[]): GateFinding {
  return { category, rule, severity: "block", start: 0, end: 0, message, clause };
}

export function publishGate(f: PublishFacts): GateFinding[] {
  const out: GateFinding[] = [];
  if (f.submissionState !== "approved") {
    out.push(gate("gate.approval", "gate.approval.not-approved", "The submission is no longer approved.", ["ICBP038 §3.2.5", "NWL §5"]));
  }
  if (f.account.status !== "active") {
    out.push(gate("gate.account", "gate.account.not-active", `The account is ${f.account.status}: it cannot be published to until an administrator reactivates it.`, ["NWL §3"]));
  } else if (f.account.connectionLost) {
    // Sending would only fail again: hold the post until an administrator reconnects the account.
    out.push(
      gate(
        "gate.account",
        "gate.account.disconnected",
        `${PLATFORM_LABELS[f.account.platform]} no longer accepts the account's sign-in. An administrator must connect it again on the account's page, where the platform's reason is shown, before posts can go out.`,
        ["NWL §3"],
      ),
    );
  } else if (!canPublishTo(f.scheduler, f.account)) {
    out.push(
      gate(
        "gate.authority",
        "gate.authority.no-grant",
        "The person who scheduled this post no longer has a grant on the account. Another communications officer must schedule it.",
        ["NWL §3", "NWL §4"],
      ),
    );
  }
  out.push(...blockingFindings(f.screening).map(({ accountId: _a, platform: _p, overriddenBecause: _o, ...rest }) => rest));
  for (const { asset, textFindings, brand } of f.media) {
    out.push(...mediaGateFindings(asset, f.account.platform, f.at));
    out.push(...textFindings.filter((t) => t.severity === "block"));
    out.push(...brandGateFindings(brand, f.account.platform));
  }
  return out;
}
