import { randomUUID } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import { log } from "@/lib/log";

/**
 * One log line per request: its id (also the `X-Request-Id` answer header), method,
 * path, status and duration. The path is logged without its query string, which can
 * carry a resident's vraagwijzer answers or search words; headers and bodies are never
 * logged.
 */
export const REQUEST_ID_HEADER = "x-request-id";

/** An id a proxy in front made (a UUID, nginx's `$request_id`): hex and dashes only, so it can hold no name or address. */
const PROXY_ID = /^[0-9a-f][0-9a-f-]{15,63}$/i;

/** The request's id: the trusted proxy's when it sent a well-formed one, else a new one. */
export function requestId(req: IncomingMessage, trustProxy: boolean): string {
  const given = req.headers[REQUEST_ID_HEADER];
  return trustProxy && typeof given === "string" && PROXY_ID.test(given) ? given : randomUUID();
}

/** The path of a request target, without query string or fragment. */
export function pathOnly(url: string | undefined): string {
  return (url ?? "/").split(/[?#]/, 1)[0] || "/";
}

/**
 * Gives the request its id (in the request's headers too, for Next.js, and in the
 * answer) and logs it when the answer is sent or the connection ends before that.
 */
export function trackRequest(req: IncomingMessage, res: ServerResponse, trustProxy: boolean): void {
  const id = requestId(req, trustProxy);
  req.headers[REQUEST_ID_HEADER] = id;
  res.setHeader("X-Request-Id", id);
  const start = process.hrtime.bigint();
  let logged = false;
  const done = () => {
    if (logged) return;
    logged = true;
    const status = res.writableFinished ? res.statusCode : 499;
    const line = {
      reqId: id,
      method: req.method,
      path: pathOnly(req.url),
      status,
      durationMs: Math.round(Number(process.hrtime.bigint() - start) / 1e5) / 10,
    };
    const level = status >= 500 ? "error" : "info";
    log()[level](line, "request");
  };
  res.once("finish", done);
  res.once("close", done);
}
