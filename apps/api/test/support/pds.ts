import * as pdsModule from "@atproto/pds";
import * as plc from "@did-plc/lib";
import { Hono } from "hono";
import { randomBytes } from "node:crypto";
import { once } from "node:events";
import { mkdtemp, rm } from "node:fs/promises";
import { createServer as createHttpServer, type RequestListener } from "node:http";
import { createServer, type AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { serveFake, type ServedFake } from "../../src/fakes/serve.ts";

/**
 * A did:plc directory in memory: the PDS registers each new account's DID here and reads
 * its DID document back, as it would from plc.directory, without leaving this machine.
 * Operations are trusted as sent (the PDS signs them; nothing here needs to check).
 */
function plcDirectory(): Hono {
  const log = new Map<string, plc.CompatibleOpOrTombstone[]>();
  const app = new Hono();
  const last = (did: string) => log.get(did)?.at(-1);
  app.post("/:did", async (c) => {
    const did = c.req.param("did");
    log.set(did, [...(log.get(did) ?? []), await c.req.json<plc.CompatibleOpOrTombstone>()]);
    return c.body(null, 200);
  });
  app.get("/:did/log/last", (c) => {
    const op = last(c.req.param("did"));
    return op ? c.json(op) : c.json({ message: "DID not registered" }, 404);
  });
  app.get("/:did/data", (c) => {
    const op = last(c.req.param("did"));
    const data = op && plc.opToData(c.req.param("did"), op);
    return data ? c.json(data) : c.json({ message: "DID not registered" }, 404);
  });
  app.get("/:did", (c) => {
    const op = last(c.req.param("did"));
    const data = op && plc.opToData(c.req.param("did"), op);
    return data ? c.json(plc.formatDidDoc(data)) : c.json({ message: "DID not registered" }, 404);
  });
  return app;
}

async function freeLoopbackPort(): Promise<number> {
  const probe = createServer().listen(0, "127.0.0.1");
  await once(probe, "listening");
  const { port } = probe.address() as AddressInfo;
  await new Promise((done) => probe.close(done));
  return port;
}

export interface LocalPdsAccount {
  did: string;
  handle: string;
  /** an app password made on the account, as a person would make one for Gatehouse */
  appPassword: string;
}

export interface LocalPds {
  /** the PDS's root on loopback: http://127.0.0.1:<port> */
  url: string;
  createAccount(handle: string): Promise<LocalPdsAccount>;
  close(): Promise<void>;
}

async function xrpc(url: string, nsid: string, body: unknown, accessJwt?: string): Promise<Record<string, unknown>> {
  const response = await fetch(`${url}/xrpc/${nsid}`, {
    method: "POST",
    headers: { "content-type": "application/json", ...(accessJwt ? { authorization: `Bearer ${accessJwt}` } : {}) },
    body: JSON.stringify(body),
  });
  const answer = (await response.json()) as Record<string, unknown>;
  if (!response.ok) throw new Error(`${nsid} answered ${response.status}: ${JSON.stringify(answer)}`);
  return answer;
}

/**
 * The reference Personal Data Server (@atproto/pds), the software bsky.social's own PDSes
 * run, started in this process on a free loopback port with its data in a temporary
 * directory: no invite codes, handles under .test, did:plc served by plcDirectory(), no
 * relay to tell, no app view.
 */
export async function startLocalPds(): Promise<LocalPds> {
  const plcServer: ServedFake = await serveFake(plcDirectory());
  const dataDirectory = await mkdtemp(join(tmpdir(), "gatehouse-pds-"));
  const port = await freeLoopbackPort();
  const env: pdsModule.ServerEnvironment = {
    port,
    hostname: "localhost",
    devMode: true,
    dataDirectory,
    blobstoreDiskLocation: join(dataDirectory, "blobs"),
    didPlcUrl: plcServer.url,
    inviteRequired: false,
    serviceHandleDomains: [".test"],
    crawlers: [],
    rateLimitsEnabled: false,
    jwtSecret: randomBytes(16).toString("hex"),
    adminPassword: randomBytes(16).toString("hex"),
    dpopSecret: randomBytes(32).toString("hex"),
    plcRotationKeyK256PrivateKeyHex: randomBytes(32).toString("hex"),
  };
  const pds = await pdsModule.PDS.create(pdsModule.envToCfg(env), pdsModule.envToSecrets(env));
  // PDS.start() listens on every interface; only loopback is wanted, so listen here instead.
  await pds.ctx.sequencer.start();
  // express's types are not installed here; the app is a plain Node request listener.
  const server = createHttpServer(pds.app as unknown as RequestListener).listen(port, "127.0.0.1");
  await once(server, "listening");
  const url = `http://127.0.0.1:${port}`;

  return {
    url,
    async createAccount(handle) {
      const password = randomBytes(12).toString("hex");
      const account = await xrpc(url, "com.atproto.server.createAccount", { handle, email: `${handle.split(".")[0]}@example.test`, password });
      const made = await xrpc(url, "com.atproto.server.createAppPassword", { name: "Gatehouse" }, account.accessJwt as string);
      return { did: account.did as string, handle: account.handle as string, appPassword: made.password as string };
    },
    async close() {
      server.closeAllConnections();
      await new Promise((done) => server.close(done));
      await pds.destroy();
      await plcServer.close();
      await rm(dataDirectory, { recursive: true, force: true });
    },
  };
}
