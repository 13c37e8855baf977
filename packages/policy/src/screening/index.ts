export * from "./types.ts";
export { CLAUSES } from "./clauses.ts";
export { screen, screenForPlatforms, hasBlocking } from "./run.ts";
export { PLATFORM_LIMITS, platformLength } from "./detectors/length.ts";
export { isValidNhsNumber } from "./detectors/nhs-number.ts";
export { screenTargets, blockingFindings, mergeTargetFindings, type TargetCopy, type FindingOverride, type TargetFinding, type MergedFinding } from "./targets.ts";
