import http, { type IncomingMessage, type ServerResponse } from "node:http";
import { CLIENT_ADDRESS_HEADER } from "@/lib/http/client-address";
import { ALLOWED_METHODS, isRefusedMethod } from "@/lib/http/refused-request";
import { securityHeaders } from "@/lib/http/security-headers";
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

/** Serves the built portal on `port` until a signal ends the process (the lock file goes on exit). */
export async function servePortal(port: number): Promise<void> {
  // Loaded here, not at the top: tests of prepareRequest need no Next.js server.
  const { default: next } = await import("next");
  const app = next({ dev: false, port, hostname: "localhost" });
  await app.prepare();
  const handle = app.getRequestHandler();
  const pages = await residentPagesOfBuild();
  const server = http.createServer((req, res) => {
    if (!prepareRequest(req, res)) return;
    pages(req, res, () => handle(req, res)).catch((error: unknown) => console.error("[portal] a request failed:", error));
  });
  for (const [signal, code] of [["SIGINT", 130], ["SIGTERM", 143]] as const) {
    // Exiting runs the exit handlers (the lock file); the embedded database's write-ahead log keeps every commit.
    process.on(signal, () => process.exit(code));
  }
  await new Promise<void>((resolve) => server.listen(port, resolve));
  console.log(`[portal] listening on port ${port}.`);
}
