import type { Migration } from "kysely";
import * as m0001 from "./0001_foundation.ts";
import * as m0002 from "./0002_organisation_settings.ts";
import * as m0003 from "./0003_submissions.ts";
import * as m0004 from "./0004_posts.ts";
import * as m0005 from "./0005_media_consent.ts";
import * as m0006 from "./0006_brand.ts";
import * as m0007 from "./0007_connections.ts";

/** Listed by hand so migrations work the same from source, from a bundle and in tests. */
export const migrations: Record<string, Migration> = {
  "0001_foundation": m0001,
  "0002_organisation_settings": m0002,
  "0003_submissions": m0003,
  "0004_posts": m0004,
  "0005_media_consent": m0005,
  "0006_brand": m0006,
  "0007_connections": m0007,
};
