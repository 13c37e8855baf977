import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { open, parseKeyRing, seal } from "../src/connections/crypto.ts";
import { signedMediaUrl } from "../src/connections/public-media.ts";
import { rotateCredentials } from "../src/connections/rotate.ts";
import { sealCredentials, StoredConnection } from "../src/connections/stored-connection.ts";
import { createHarness, type Harness } from "./support/harness.ts";

const key = (byte: number) => Buffer.alloc(32, byte).toString("base64");

describe("credentials at rest", () => {
  const ring = parseKeyRing(`new:${key(1)},old:${key(2)}`);

  it("seals with the current key and opens only for the same account", () => {
    const sealed = seal(ring, '{"accessToken":"secret-token"}', "account-1");
    expect(sealed).toMatch(/^v1:new:/);
    expect(sealed).not.toContain("secret-token");
    expect(open(ring, sealed, "account-1")).toBe('{"accessToken":"secret-token"}');
    expect(() => open(ring, sealed, "account-2")).toThrow(/altered or belong to another account/);
  });

  it("refuses a ciphertext changed by one bit, and a key it does not hold", () => {
    const sealed = seal(ring, "hello", "a");
    const parts = sealed.split(":");
    const body = Buffer.from(parts[4]!, "base64");
    body[0]! ^= 1;
    parts[4] = body.toString("base64");
    expect(() => open(ring, parts.join(":"), "a")).toThrow(/altered/);
    expect(() => open(parseKeyRing(`other:${key(3)}`), sealed, "a")).toThrow(/key new, which is not in GATEHOUSE_TOKEN_KEYS/);
  });

  it("refuses keys that are not 32 bytes, or named twice", () => {
    expect(() => parseKeyRing("short:AAAA")).toThrow(/not 32 bytes/);
    expect(() => parseKeyRing(`a:${key(1)},a:${key(2)}`)).toThrow(/listed twice/);
  });
});

describe("stored connections and key rotation", () => {
  let h: Harness;
  let accountId: string;
  beforeAll(async () => {
    h = await createHarness({ config: { tokenKeys: `old:${key(2)}` } });
    accountId = (await h.deps.db.selectFrom("account").select("id").where("platform", "=", "mastodon").executeTakeFirstOrThrow()).id;
    await h.deps.db
      .updateTable("account")
      .set({ connector: "api", base_url: "https://social.example", credentials_enc: sealCredentials(h.deps, accountId, { accessToken: "tok-1", remoteAccountId: "42" }) })
      .where("id", "=", accountId)
      .execute();
  });
  afterAll(async () => h.close());

  it("keeps credentials encrypted in the database, and a client reads and saves them through the connection", async () => {
    const row = await h.deps.db.selectFrom("account").select("credentials_enc").where("id", "=", accountId).executeTakeFirstOrThrow();
    expect(row.credentials_enc).not.toContain("tok-1");
    const connection = new StoredConnection(h.deps, accountId, "https://social.example");
    expect(await connection.credentials()).toEqual({ accessToken: "tok-1", remoteAccountId: "42" });
    await connection.saveCredentials({ accessToken: "tok-2", remoteAccountId: "42", expiresAt: "2027-01-01T00:00:00.000Z" });
    expect((await new StoredConnection(h.deps, accountId, "https://social.example").credentials()).accessToken).toBe("tok-2");
    const after = await h.deps.db.selectFrom("account").select(["token_expires_at", "renew_by"]).where("id", "=", accountId).executeTakeFirstOrThrow();
    expect(after).toEqual({ token_expires_at: "2027-01-01T00:00:00.000Z", renew_by: "2027-01-01T00:00:00.000Z" });
  });

  it("does not overwrite credentials another worker saved after this one read them", async () => {
    const slow = new StoredConnection(h.deps, accountId, "https://social.example");
    await slow.credentials();
    await new StoredConnection(h.deps, accountId, "https://social.example").saveCredentials({ accessToken: "tok-newer", remoteAccountId: "42" });
    await slow.saveCredentials({ accessToken: "tok-stale", remoteAccountId: "42" });
    expect((await new StoredConnection(h.deps, accountId, "https://social.example").credentials()).accessToken).toBe("tok-newer");
  });

  it("moves every account to a new key with rotateCredentials, after which the old key can go", async () => {
    h.deps.config.tokenKeys = `new:${key(1)},old:${key(2)}`;
    expect(await rotateCredentials(h.deps)).toEqual({ rotated: 1, current: 0 });
    expect(await rotateCredentials(h.deps)).toEqual({ rotated: 0, current: 1 });
    h.deps.config.tokenKeys = `new:${key(1)}`;
    expect((await new StoredConnection(h.deps, accountId, "https://social.example").credentials()).accessToken).toBe("tok-newer");
  });

  it("serves a picture to a platform only through a signed link that runs out", async () => {
    const stored = await h.deps.storage.put(Buffer.from([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3]));
    const url = new URL(signedMediaUrl(h.deps, stored));
    const ok = await h.app.request(url.pathname + url.search);
    expect(ok.status).toBe(200);
    expect(ok.headers.get("content-type")).toBe("image/jpeg");
    const forged = await h.app.request(url.pathname + url.search.replace(/sig=./, "sig=A"));
    expect(forged.status).toBe(404);
    h.clock.advance(61 * 60_000);
    expect((await h.app.request(url.pathname + url.search)).status).toBe(404);
  });
});
