/** What a globalSetup hands to the test files: where to copy a fresh, migrated database from. */
export type DbTemplate = { kind: "sqlite"; file: string } | { kind: "postgres"; adminUrl: string; template: string; prefix: string };

declare module "vitest" {
  export interface ProvidedContext {
    dbTemplate: DbTemplate;
  }
}
