import type { Executor } from "../db/database.ts";

export async function findSetting(db: Executor, key: string) {
  return db.selectFrom("organisation_setting").select(["key", "value_json", "updated_by", "updated_at"]).where("key", "=", key).executeTakeFirst();
}

export async function saveSetting(db: Executor, row: { key: string; value_json: string; updated_by: string | null; updated_at: string }): Promise<void> {
  await db
    .insertInto("organisation_setting")
    .values(row)
    .onConflict((oc) => oc.column("key").doUpdateSet({ value_json: row.value_json, updated_by: row.updated_by, updated_at: row.updated_at }))
    .execute();
}
