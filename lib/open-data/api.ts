import "server-only";
import { getCatalogueRevision } from "@/lib/catalogue/revision";
import { getPrisma } from "@/lib/db/client";
import { env } from "@/lib/env";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { clientAddressFrom } from "@/lib/http/client-address";
import { hit, type Limit } from "@/lib/rate-limit/rate-limit";
import type { OpenCatalogue } from "./catalogue";
import { BadParameter } from "./query";
import { readOpenCatalogue } from "./reader";

/**
 * What every open-data route does around its own work: open to any site (CORS, no key),
 * a limit per visitor's address (429 with Retry-After), a 304 when the client already
 * has this catalogue revision (the ETag), and a 400 in plain words for a bad parameter,
 * as JSON problem details (RFC 9457). Route handlers in app/api/hsds stay one call.
 */
export const API_LIMIT: Limit = { max: 600, windowSeconds: 60 };

const CORS = {
  "Access-Control-Allow-Origin": "*",
  "Access-Control-Expose-Headers": "ETag, Retry-After, Content-Disposition",
};

export type Work = {
  db: PrismaClient;
  params: URLSearchParams;
  origin: string;
  revision: number;
  catalogue(): Promise<OpenCatalogue>;
};

/** A body to send: JSON, lines of newline-delimited JSON, or bytes of a download. */
export type Answer =
  | { json: unknown }
  | { ndjson: Iterable<unknown> }
  | { bytes: Uint8Array; type: string; filename: string }
  | { notFound: string };

export function problem(status: number, title: string, detail: string, extra: Record<string, unknown> = {}, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify({ type: "about:blank", title, status, detail, ...extra }), {
    status,
    headers: { ...CORS, ...headers, "Content-Type": "application/problem+json; charset=utf-8" },
  });
}

/** A preflight for browsers that send If-None-Match from another site. */
export function preflight(): Response {
  return new Response(null, {
    status: 204,
    headers: { ...CORS, "Access-Control-Allow-Methods": "GET, OPTIONS", "Access-Control-Allow-Headers": "If-None-Match", "Access-Control-Max-Age": "86400" },
  });
}

const etagOf = (revision: number) => `W/"hsds-${revision}-${env().openDataLicence}"`;

function matchesEtag(header: string | null, etag: string): boolean {
  if (!header) return false;
  return header.split(",").some((tag) => {
    const value = tag.trim();
    return value === "*" || value.replace(/^W\//, "") === etag.replace(/^W\//, "");
  });
}

export async function openDataAnswer(request: Request, work: (context: Work) => Promise<Answer>): Promise<Response> {
  const db = await getPrisma();
  const limit = await hit(db, `open-data:ip:${clientAddressFrom(request.headers)}`, API_LIMIT);
  if (!limit.allowed) {
    return problem(429, "Too Many Requests", `At most ${API_LIMIT.max} requests a minute from one address. Try again in ${limit.retryAfterSeconds} seconds.`, {}, {
      "Retry-After": String(limit.retryAfterSeconds),
    });
  }
  const revision = await getCatalogueRevision(db);
  const etag = etagOf(revision);
  const cache = { ...CORS, ETag: etag, "Cache-Control": "public, no-cache" };
  if (matchesEtag(request.headers.get("if-none-match"), etag)) return new Response(null, { status: 304, headers: cache });

  const url = new URL(request.url);
  let answer: Answer;
  try {
    answer = await work({ db, params: url.searchParams, origin: url.origin, revision, catalogue: () => readOpenCatalogue(db, revision) });
  } catch (error) {
    if (error instanceof BadParameter) return problem(400, "Bad Request", error.message, { parameter: error.parameter });
    throw error;
  }
  if ("notFound" in answer) return problem(404, "Not Found", answer.notFound);
  if ("json" in answer) return new Response(JSON.stringify(answer.json), { headers: { ...cache, "Content-Type": "application/json; charset=utf-8" } });
  if ("ndjson" in answer) {
    const lines = [...answer.ndjson].map((item) => JSON.stringify(item) + "\n").join("");
    return new Response(lines, { headers: { ...cache, "Content-Type": "application/x-ndjson; charset=utf-8" } });
  }
  return new Response(new Uint8Array(answer.bytes), {
    headers: { ...cache, "Content-Type": answer.type, "Content-Disposition": `attachment; filename="${answer.filename}"` },
  });
}
