import { createHash, randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from "node:http";
import path from "node:path";
import { ByteLru } from "./byte-lru";

/**
 * Resident pages that are the same for every visitor: home, the directory, a service's
 * page and the compare page. Staff and admin pages never match, and neither does
 * anything under /api or /_next.
 */
const RESIDENT_PAGE = /^\/(?:nl|en)(?:\/aanbod(?:\/[0-9a-f-]{36})?|\/vergelijk)?\/?$/i;

/** Headers that make a request personal or a client-side navigation (an RSC payload, not the page). */
const PERSONAL_OR_NAVIGATION = ["cookie", "authorization", "rsc", "next-action", "next-router-state-tree", "next-router-prefetch", "next-router-segment-prefetch", "next-url"];

/** Pages are revalidated, never used unasked; a cookie makes it someone else's page. */
const CACHE_CONTROL = "no-cache";
const VARY = "Cookie";

/** Headers of a kept page that belong to one connection or are set again when it is sent. */
const NOT_KEPT = new Set(["date", "connection", "keep-alive", "transfer-encoding", "content-length", "etag", "cache-control"]);

export type ResidentPagesOptions = {
  /** The build's id: a new build makes every page new. */
  buildId: string;
  /** The catalogue's revision now (lib/catalogue/revision.ts: read at most once a second). */
  revision: () => Promise<number>;
  now?: () => Date;
  /** Bytes of rendered pages kept in memory (oldest use dropped first). */
  maxBytes?: number;
};

type KeptPage = { status: number; headers: OutgoingHttpHeaders; parts: Buffer[]; nonce: string | undefined };

/** The URL of a resident page any visitor may share with any other, or undefined. */
export function sharedPageUrl(req: IncomingMessage): string | undefined {
  if (req.method !== "GET") return undefined;
  if (PERSONAL_OR_NAVIGATION.some((name) => req.headers[name] !== undefined)) return undefined;
  const url = req.url ?? "/";
  const [path, query = ""] = url.split("?", 2) as [string, string?];
  if (!RESIDENT_PAGE.test(path) || /(?:^|&)_rsc=/.test(query)) return undefined;
  return url;
}

/** The page's address as Next.js sees it: its alternate-language links are absolute, on the host asked for. */
function pageAddress(req: IncomingMessage, url: string): string {
  const { host = "", "x-forwarded-host": forwardedHost = "", "x-forwarded-proto": forwardedProto = "" } = req.headers;
  return `${String(forwardedProto)}://${String(forwardedHost)}|${host}${url}`;
}

/**
 * The version of a shared page: the same build, catalogue revision, address and minute
 * give the same page (the next walk-in and "open now" are worked out to the minute).
 * Weak, because every copy carries its own CSP nonce.
 */
export function pageTag(buildId: string, revision: number, url: string, now: Date): string {
  const minute = Math.floor(now.getTime() / 60_000);
  return `W/"${createHash("sha256").update(`${buildId}\n${revision}\n${minute}\n${url}`).digest("base64url").slice(0, 27)}"`;
}

function matches(ifNoneMatch: string | undefined, tag: string): boolean {
  if (!ifNoneMatch) return false;
  const opaque = tag.slice(2);
  return ifNoneMatch.split(",").some((candidate) => {
    const value = candidate.trim();
    return value === "*" || value === tag || value === opaque || value === `W/${opaque}`;
  });
}

const newNonce = () => Buffer.from(randomUUID()).toString("base64");
const nonceOf = (policy: unknown) => (typeof policy === "string" ? /'nonce-([^']+)'/.exec(policy)?.[1] : undefined);
/** Next.js's Vary (its navigation headers) and Cookie. */
const withCookie = (vary: unknown) => [...new Set([...String(vary ?? "").split(","), VARY].map((name) => name.trim()).filter(Boolean))].join(", ");
const withNonce = (value: string, from: string | undefined, to: string) => (from ? value.split(from).join(to) : value);

/**
 * Conditional GET and a small cache of rendered pages, in front of Next.js, for shared
 * resident pages (sharedPageUrl). A request whose If-None-Match names the current
 * version gets 304 without rendering; a version rendered before is sent again from
 * memory with a fresh CSP nonce. Everything else goes to `render` untouched.
 */
export function residentPages({ buildId, revision, now = () => new Date(), maxBytes = 32 * 1024 * 1024 }: ResidentPagesOptions) {
  const kept = new ByteLru<KeptPage>(maxBytes);

  return async function serve(req: IncomingMessage, res: ServerResponse, render: () => unknown): Promise<void> {
    const url = sharedPageUrl(req);
    let tag: string | undefined;
    if (url !== undefined) {
      try {
        tag = pageTag(buildId, await revision(), pageAddress(req, url), now());
      } catch {
        tag = undefined; // the page itself will say what is wrong with the database
      }
    }
    if (tag === undefined) {
      await render();
      return;
    }
    if (matches(req.headers["if-none-match"], tag)) {
      // The browser keeps the policy it has, whose nonce is the one in the page it kept.
      res.removeHeader("Content-Security-Policy");
      res.writeHead(304, { ETag: tag, "Cache-Control": CACHE_CONTROL }).end();
      return;
    }
    const page = kept.get(tag);
    if (page) {
      send(res, page, tag);
      return;
    }
    keepWhenShared(res, tag, (page, size) => kept.set(tag, page, size));
    // Kept pages are sent uncompressed (their nonce is replaced per copy): so is the first.
    delete req.headers["accept-encoding"];
    await render();
  };
}

function send(res: ServerResponse, page: KeptPage, tag: string): void {
  const nonce = newNonce();
  for (const [name, value] of Object.entries(page.headers)) {
    if (value === undefined) continue;
    res.setHeader(name, typeof value === "string" ? withNonce(value, page.nonce, nonce) : value);
  }
  const separator = page.nonce === undefined ? undefined : Buffer.from(nonce);
  const body = separator ? Buffer.concat(page.parts.flatMap((part, i) => (i === 0 ? [part] : [separator, part]))) : page.parts[0]!;
  res.setHeader("Content-Length", body.length);
  res.setHeader("ETag", tag);
  res.setHeader("Cache-Control", CACHE_CONTROL);
  res.writeHead(page.status).end(body);
}

/**
 * Marks Next.js's answer with the version when it is a shared page (200, no cookie set,
 * not compressed) and hands a copy of it to `keep` once it is complete.
 */
function keepWhenShared(res: ServerResponse, tag: string, keep: (page: KeptPage, size: number) => void): void {
  let shared = false;
  const chunks: Buffer[] = [];
  const writeHead = res.writeHead;
  res.writeHead = function (this: ServerResponse, status: number, ...rest: unknown[]) {
    const given = rest.find((arg): arg is OutgoingHttpHeaders => typeof arg === "object" && arg !== null && !Array.isArray(arg));
    if (given) for (const [name, value] of Object.entries(given)) if (value !== undefined) this.setHeader(name, value);
    shared = status === 200 && !this.hasHeader("set-cookie") && !this.hasHeader("content-encoding");
    if (shared) {
      this.setHeader("ETag", tag);
      this.setHeader("Cache-Control", CACHE_CONTROL);
      this.setHeader("Vary", withCookie(this.getHeader("vary")));
    }
    // The headers given were set above, so only the status (and a reason phrase) is passed on.
    return typeof rest[0] === "string" ? (writeHead as (status: number, reason: string) => ServerResponse).call(this, status, rest[0]) : writeHead.call(this, status);
  } as ServerResponse["writeHead"];

  const capture = (chunk: unknown, encoding: unknown) => {
    // Kept until the end: the first write comes before the status is known.
    if (chunk === undefined || chunk === null || typeof chunk === "function") return;
    chunks.push(typeof chunk === "string" ? Buffer.from(chunk, typeof encoding === "string" ? (encoding as BufferEncoding) : "utf8") : Buffer.from(chunk as Uint8Array));
  };
  const write = res.write;
  res.write = function (this: ServerResponse, chunk: unknown, ...rest: unknown[]) {
    capture(chunk, rest[0]);
    return (write as (...args: unknown[]) => boolean).call(this, chunk, ...rest);
  } as ServerResponse["write"];
  const end = res.end;
  res.end = function (this: ServerResponse, chunk?: unknown, ...rest: unknown[]) {
    capture(chunk, rest[0]);
    return (end as (...args: unknown[]) => ServerResponse).call(this, chunk, ...rest);
  } as ServerResponse["end"];

  res.once("finish", () => {
    if (!shared) return;
    const body = Buffer.concat(chunks);
    const headers: OutgoingHttpHeaders = {};
    for (const [name, value] of Object.entries(res.getHeaders())) if (!NOT_KEPT.has(name)) headers[name] = value;
    const nonce = nonceOf(res.getHeader("content-security-policy"));
    const parts = nonce === undefined ? [body] : splitBuffer(body, Buffer.from(nonce));
    keep({ status: 200, headers, parts, nonce }, body.length);
  });
}

function splitBuffer(body: Buffer, separator: Buffer): Buffer[] {
  const parts: Buffer[] = [];
  let start = 0;
  for (let at = body.indexOf(separator); at !== -1; at = body.indexOf(separator, start)) {
    parts.push(body.subarray(start, at));
    start = at + separator.length;
  }
  parts.push(body.subarray(start));
  return parts;
}

/** residentPages for the built portal in this process: its build id, and the revision from the process's database. */
export async function residentPagesOfBuild(distDir = ".next"): Promise<ReturnType<typeof residentPages>> {
  const buildId = readFileSync(path.join(distDir, "BUILD_ID"), "utf8").trim();
  // Loaded here: the pure parts above need no database in tests.
  const [{ getPrisma }, { recentCatalogueRevision }] = await Promise.all([import("@/lib/db/client"), import("@/lib/catalogue/revision")]);
  return residentPages({ buildId, revision: async () => recentCatalogueRevision(await getPrisma()) });
}
