import http, { type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { noteCatalogueChanged } from "@/lib/catalogue/freshness";
import { importCatalogue } from "@/lib/catalogue/interchange/import";
import { bumpCatalogueRevision, recentCatalogueRevision, REVISION_REUSE_MS } from "@/lib/catalogue/revision";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { residentPages } from "@/lib/server/conditional-get";
import { sample } from "@/tests/catalogue/fixtures";
import { testEngines } from "@/tests/helpers/db";
import { demoDatabase } from "@/tests/helpers/demo-database";

/**
 * The revision behind conditional GET is read at most once per REVISION_REUSE_MS. A change
 * through another server (a bump this process did not make) shows once that window has
 * passed; an import in this process at once.
 */
describe.each(testEngines)("the catalogue revision of conditional GET (%s)", (engine) => {
  const db = demoDatabase(engine);
  let clock = Date.now();
  let reads = 0;
  let server: Server;
  let base: string;

  /** The database client, counting the revision reads it is asked for (one client, as in the server). */
  let counted: PrismaClient;
  const countReads = (): PrismaClient =>
    new Proxy(db.prisma, {
      get(client, property: string) {
        const value = Reflect.get(client, property) as unknown;
        if (property !== "$queryRaw" || typeof value !== "function") return value;
        return (...args: unknown[]) => {
          reads++;
          return (value as (...a: unknown[]) => unknown).apply(client, args);
        };
      },
    });

  beforeAll(async () => {
    counted = countReads();
    const serve = residentPages({ buildId: "b", revision: () => recentCatalogueRevision(counted, () => new Date(clock)), now: () => new Date(clock) });
    server = http.createServer((req, res) => void serve(req, res, () => res.writeHead(200, { "Content-Type": "text/html" }).end("<p>page</p>")));
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/nl/aanbod`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
  beforeEach(() => {
    noteCatalogueChanged(); // nothing confirmed from an earlier test
    clock = Math.ceil(Date.now() / 60_000) * 60_000; // the start of a minute: the tag keeps its minute
    reads = 0;
  });

  const tagNow = async (ifNoneMatch?: string) => {
    const response = await fetch(base, { headers: ifNoneMatch ? { "If-None-Match": ifNoneMatch } : {} });
    await response.arrayBuffer();
    return { status: response.status, tag: response.headers.get("etag")! };
  };

  it("answers a burst of requests with one revision read", async () => {
    const { tag } = await tagNow();
    for (let i = 0; i < 5; i++) {
      clock += 100;
      expect((await tagNow(tag)).status).toBe(304);
    }
    expect(reads).toBe(1);
  });

  it("sees a change through another server once the window has passed", async () => {
    const { tag } = await tagNow();
    await bumpCatalogueRevision(db.prisma); // another server: this process is not told
    clock += REVISION_REUSE_MS - 1;
    expect((await tagNow(tag)).status).toBe(304);
    clock += 1;
    const after = await tagNow(tag);
    expect(after.status).toBe(200);
    expect(after.tag).not.toBe(tag);
    expect(reads).toBe(2);
  });

  it("sees an import of this process at once", async () => {
    const before = await recentCatalogueRevision(db.prisma, () => new Date(clock));
    const document = sample();
    document.services[0].name.nl = `Andere naam ${engine}`;
    expect((await importCatalogue(db.prisma, document)).ok).toBe(true);
    expect(await recentCatalogueRevision(db.prisma, () => new Date(clock))).toBe(before + 1);
  });
});
