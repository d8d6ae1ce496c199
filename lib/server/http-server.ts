import http, { type IncomingMessage, type ServerResponse } from "node:http";
import { CLIENT_ADDRESS_HEADER } from "@/lib/http/client-address";
import { ALLOWED_METHODS, isRefusedMethod } from "@/lib/http/refused-request";
import { securityHeaders } from "@/lib/http/security-headers";
import { getDatabase } from "@/lib/db/client";
import { env } from "@/lib/env";
import { captureConsole, errorFields, log } from "@/lib/log";
import { probeDatabase, readiness } from "./health";
import { outageLocale, outagePage, outagePagePolicy } from "./outage-page";
import { trackRequest } from "./request-log";
import { residentPagesOfBuild } from "./conditional-get";

/**
 * The portal's own HTTP server in front of Next.js (`npm start` runs it instead of
 * `next start`). Next.js gives route handlers and server actions no socket address and
 * applies next.config.ts headers not to every answer, so this server does two things to
 * every request before Next.js sees it:
 * - it stamps the peer's address in CLIENT_ADDRESS_HEADER, after removing any copy the
 *   client sent, for rate limits (lib/http/client-address.ts);
 * - it sets the security headers, so plain 4xx answers of proxy.ts and route handlers
 *   carry them as pages do (a page's own headers replace them).
 * A path whose percent-encoding cannot be decoded (400) and TRACE (405) are answered
 * here: Next.js would answer both with a 500.
 */
export function prepareRequest(req: IncomingMessage, res: ServerResponse): boolean {
  delete req.headers[CLIENT_ADDRESS_HEADER];
  req.headers[CLIENT_ADDRESS_HEADER] = req.socket.remoteAddress ?? "unknown";
  for (const { key, value } of securityHeaders) res.setHeader(key, value);
  if (isRefusedMethod(req.method)) return refuse(res, 405, { Allow: ALLOWED_METHODS });
  if (!decodablePath(req.url ?? "/")) return refuse(res, 400);
  return true;
}

function refuse(res: ServerResponse, status: number, headers: Record<string, string> = {}): false {
  res.writeHead(status, headers).end();
  return false;
}

function decodablePath(url: string): boolean {
  try {
    decodeURIComponent(url.split("?")[0]!);
    return true;
  } catch {
    return false;
  }
}

// ---- Health: /healthz and /readyz -------------------------------------------------------

const HEALTH_HEADERS = { "Content-Type": "application/json; charset=utf-8", "Cache-Control": "no-store" };

/**
 * /healthz (the process answers) and /readyz (database reachable, migrations applied,
 * catalogue in memory; 503 otherwise), answered here rather than by Next.js: no rendering,
 * no middleware, no rate limit, and /healthz still answers when the database is gone.
 * Returns false for every other request.
 */
export function answerHealth(req: IncomingMessage, res: ServerResponse): boolean {
  const pathname = (req.url ?? "/").split("?")[0];
  if (pathname !== "/healthz" && pathname !== "/readyz") return false;
  if (req.method !== "GET" && req.method !== "HEAD") {
    res.writeHead(405, { ...HEALTH_HEADERS, Allow: "GET, HEAD" }).end();
    return true;
  }
  if (pathname === "/healthz") {
    res.writeHead(200, HEALTH_HEADERS).end(req.method === "HEAD" ? undefined : JSON.stringify({ status: "alive" }));
    return true;
  }
  void readiness().then((state) => {
    res.writeHead(state.status === "ready" ? 200 : 503, HEALTH_HEADERS).end(req.method === "HEAD" ? undefined : JSON.stringify(state));
  });
  return true;
}

// ---- Database outage: forms and staff pages answer a calm 503 ---------------------------

// Sections whose pages read or write more than the catalogue in memory.
const DATABASE_SECTIONS = new Set(["contact", "inloggen", "werk", "beheer", "open-data"]);

/**
 * Whether a request needs the database itself. Resident pages (home, directory, service
 * pages, the vraagwijzer, the leaflet) do not: they are served from the catalogue in
 * memory (lib/catalogue/queries.ts). The vraagwijzer's posts only count, quietly, and lead on.
 */
export function needsDatabase(method: string | undefined, pathname: string): boolean {
  const [first, second] = pathname.split("/").filter(Boolean);
  if (first === "api") return true;
  const section = first === "nl" || first === "en" ? second : first;
  if (section !== undefined && DATABASE_SECTIONS.has(section)) return true;
  return method !== "GET" && method !== "HEAD" && section !== "vraagwijzer";
}

/**
 * While the database cannot be reached, a request that needs it gets a calm 503 page in
 * the visitor's language (JSON for the API) instead of a failure inside Next.js.
 * Returns false when the request may go on to Next.js.
 */
export async function refuseWhileDatabaseDown(req: IncomingMessage, res: ServerResponse): Promise<boolean> {
  const pathname = (req.url ?? "/").split("?")[0]!;
  if (!needsDatabase(req.method, pathname)) return false;
  if ((await probeDatabase()).reachable) return false;
  const headers = { "Cache-Control": "no-store", "Retry-After": "60" };
  if (pathname.startsWith("/api/")) {
    const body = JSON.stringify({ title: "Service Unavailable", status: 503, detail: "The database cannot be reached. Try again in a minute." });
    res.writeHead(503, { ...headers, "Content-Type": "application/problem+json" }).end(body);
  } else {
    res.writeHead(503, { ...headers, "Content-Type": "text/html; charset=utf-8", "Content-Security-Policy": outagePagePolicy });
    res.end(req.method === "HEAD" ? undefined : outagePage(outageLocale(req, pathname)));
  }
  return true;
}

// ---- Stopping: finish what is in flight -------------------------------------------------

/** How long requests in flight may take after SIGTERM before the process ends anyway (systemd waits 30 s). */
const SHUTDOWN_GRACE_MS = 25_000;

/**
 * SIGTERM or SIGINT: stop accepting connections at once (a proxy in front sends new
 * requests to another server), let the requests in flight finish, close the database
 * (for the embedded one: release its lock), then exit. A repeated signal changes nothing
 * (systemd and `npm start` may both pass one on); after SHUTDOWN_GRACE_MS it exits anyway.
 */
export function stopGracefully(server: http.Server, code: number): void {
  if (stopping) return;
  stopping = true;
  log().info({ event: "stopping" }, "no new connections; finishing the requests in flight");
  const idle = setInterval(() => server.closeIdleConnections(), 100);
  setTimeout(() => {
    log().warn({ event: "stopping", graceSeconds: SHUTDOWN_GRACE_MS / 1000 }, "requests still running after the grace period: stopping anyway");
    process.exit(code);
  }, SHUTDOWN_GRACE_MS).unref();
  server.close(() => {
    clearInterval(idle);
    void getDatabase()
      .then((db) => db.close())
      .catch(() => {})
      .finally(() => {
        process.exit(code);
      });
  });
  server.closeIdleConnections();
}
let stopping = false;

// ---- Serving ---------------------------------------------------------------------------

/** One request: checks, health, the outage gate, then Next.js. */
function portalHandler(handle: (req: IncomingMessage, res: ServerResponse) => Promise<void>) {
  return async (req: IncomingMessage, res: ServerResponse) => {
    if (!prepareRequest(req, res) || answerHealth(req, res)) return;
    if (await refuseWhileDatabaseDown(req, res)) return;
    await handle(req, res);
  };
}

/** Serves the built portal on `port` until a signal stops it (see stopGracefully). */
export async function servePortal(port: number): Promise<void> {
  captureConsole();
  // Loaded here, not at the top: tests of prepareRequest need no Next.js server.
  const { default: next } = await import("next");
  const app = next({ dev: false, port, hostname: "localhost" });
  await app.prepare();
  const handle = app.getRequestHandler();
  const trustProxy = env().trustedProxyHops > 0;
  const pages = await residentPagesOfBuild();
  const serve = portalHandler((req, res) => pages(req, res, () => handle(req, res)));
  const server = http.createServer((req, res) => {
    trackRequest(req, res, trustProxy);
    serve(req, res).catch((error: unknown) => log().error({ event: "request failed", ...errorFields(error) }, "a request failed"));
  });
  for (const [signal, code] of [["SIGINT", 130], ["SIGTERM", 143]] as const) {
    process.on(signal, () => stopGracefully(server, code));
  }
  await new Promise<void>((resolve) => server.listen(port, resolve));
  log().info({ event: "start", port }, "listening");
  process.once("exit", (code) => log().info({ event: "stop", exitCode: code }, "stopped"));
}
