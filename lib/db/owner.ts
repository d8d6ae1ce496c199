import { randomBytes, timingSafeEqual } from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { env, type Env } from "@/lib/env";
import { openDatabase, type Database } from "./client";
import { currentOwner, DatabaseInUseError, type OwnerInfo } from "./lock";
import { errorFields, log } from "@/lib/log";

/**
 * The process that owns an embedded database takes work from other processes (an
 * import while the server runs, a second CLI) over a loopback HTTP channel. Its port
 * and a random token are in the lock file, which only the same OS user can read.
 *
 * This file is only the channel: what a name means is decided by the handler its
 * caller passes in (lib/commands), so the database layer knows no domain.
 */
export type CommandDatabase = Pick<Database, "prisma" | "appliedMigrations" | "backup">;

/** Runs the work called `name`; a payload it refuses is a CommandRejected, never a partial change. */
export type OwnerHandler = (name: string, payload: unknown, db: CommandDatabase) => Promise<unknown>;

/** The handler refused the work (unknown name, invalid payload): nothing was done. */
export class CommandRejected extends Error {
  constructor(message: string) {
    super(message);
    this.name = "CommandRejected";
  }
}

export type Route = "here" | OwnerInfo;

const MAX_BODY_BYTES = 256 * 1024 * 1024;

async function readBody(req: http.IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new CommandRejected("The request is too large.");
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString("utf8");
}

function sameToken(given: string | undefined, expected: string): boolean {
  const a = Buffer.from(given ?? "");
  const b = Buffer.from(`Bearer ${expected}`);
  return a.length === b.length && timingSafeEqual(a, b);
}

type Reply = { ok: true; result: unknown } | { ok: false; rejected: boolean; message: string };

function send(res: http.ServerResponse, status: number, body: Reply): void {
  res.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(body));
}

/** Starts the channel for an owner of an embedded database; nothing to do for a server database. */
export async function serveOwnerControl(db: Database, handler: OwnerHandler): Promise<void> {
  if (!db.lock) return;
  const token = randomBytes(32).toString("hex");
  const server = http.createServer(async (req, res) => {
    const name = /^\/commands\/([a-z.-]+)$/.exec(req.url ?? "")?.[1];
    if (req.method !== "POST" || !name || !sameToken(req.headers.authorization, token)) {
      return send(res, 404, { ok: false, rejected: true, message: "not found" });
    }
    try {
      const text = await readBody(req);
      let payload: unknown;
      try {
        payload = JSON.parse(text || "null");
      } catch {
        throw new CommandRejected("The payload is not JSON.");
      }
      send(res, 200, { ok: true, result: await handler(name, payload, db) });
    } catch (error) {
      const rejected = error instanceof CommandRejected;
      if (!rejected) log().error({ event: "command failed", command: name, ...errorFields(error) }, "a command failed");
      send(res, rejected ? 400 : 500, { ok: false, rejected, message: error instanceof Error ? error.message : String(error) });
    }
  });
  server.unref();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  db.lock.publishControl({ port: (server.address() as AddressInfo).port, token });
  const close = db.close;
  db.close = async () => {
    server.close();
    await close();
  };
}

async function sendToOwner(owner: OwnerInfo, name: string, payload: unknown): Promise<unknown> {
  const control = owner.control!;
  const response = await fetch(`http://127.0.0.1:${control.port}/commands/${name}`, {
    method: "POST",
    headers: { authorization: `Bearer ${control.token}`, "content-type": "application/json" },
    body: JSON.stringify(payload ?? null),
  });
  const body = (await response.json()) as Reply;
  if (body.ok) return body.result;
  const message = `The process that owns the database (pid ${owner.pid}) reported: ${body.message}`;
  throw body.rejected ? new CommandRejected(message) : new Error(message);
}

/** Waits a little for an owner that is still starting (migrating) to open its channel. */
async function ownerWithControl(dataDir: string, waitMs: number): Promise<OwnerInfo | undefined> {
  const until = Date.now() + waitMs;
  for (;;) {
    const owner = currentOwner(dataDir);
    if (!owner || owner.control) return owner;
    if (Date.now() > until) throw new DatabaseInUseError(dataDir, owner);
    await new Promise((r) => setTimeout(r, 200));
  }
}

/**
 * Runs `handler(name, payload)` on the configured database: in this process when it
 * may open the database (serving the channel meanwhile, so a third process can hand
 * its work here), otherwise in the process that owns the embedded folder.
 * `onRoute` tells the caller where the work runs, for its messages.
 */
export async function runInOwningProcess(
  name: string,
  payload: unknown,
  handler: OwnerHandler,
  options: { config?: Env; onRoute?: (where: Route) => void; waitMs?: number } = {},
): Promise<unknown> {
  const config = options.config ?? env();
  for (let attempt = 0; attempt < 3; attempt++) {
    if (!config.databaseUrl) {
      const owner = await ownerWithControl(config.dataDir, options.waitMs ?? 30_000);
      if (owner) {
        options.onRoute?.(owner);
        return sendToOwner(owner, name, payload);
      }
    }
    let db: Database;
    try {
      db = await openDatabase(config);
    } catch (error) {
      if (error instanceof DatabaseInUseError) continue; // another process took it just now: route to it
      throw error;
    }
    try {
      await serveOwnerControl(db, handler);
      options.onRoute?.("here");
      return await handler(name, payload, db);
    } finally {
      await db.close();
    }
  }
  throw new DatabaseInUseError(config.dataDir, currentOwner(config.dataDir)!);
}
