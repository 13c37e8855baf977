export * from "./roles.ts";
export * from "./platforms.ts";
export * from "./permissions.ts";
export * from "./account-requests.ts";
export * from "./screening/index.ts";
export * from "./workflow.ts";
export * from "./submissions.ts";
