import { env } from "@/lib/env";

/**
 * The address visitors reach the portal at (`https://hulp.gemeente.nl`), for links that
 * leave the screen: on paper, in a QR code, in a summary to keep, as the OIDC redirect,
 * and whether cookies are Secure. It is the PUBLIC_ORIGIN setting. Without it
 * (development) it is http:// and the Host the browser sent; X-Forwarded-Host and
 * X-Forwarded-Proto are never read, as any visitor can write them. A Host that is no
 * plain host name (with an optional port) is not printed: `localhost` is used instead.
 */
type HeaderSource = { get(name: string): string | null };

const HOST = /^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*|\[[0-9a-f:.]+\])(?::\d{1,5})?$/i;

export function publicOrigin(headers: HeaderSource, configured = env().publicOrigin): string {
  if (configured) return configured;
  const host = headers.get("host")?.trim();
  return `http://${(host && HOST.test(host) ? host : "localhost").toLowerCase()}`;
}

/** Secure cookies, a `__Host-` name: only when visitors use https. */
export function servedOverHttps(configured = env().publicOrigin): boolean {
  return configured?.startsWith("https:") ?? false;
}

/**
 * A post comes from one of the portal's own pages: browsers send Origin with every POST,
 * and it must be the portal's public origin (or, without PUBLIC_ORIGIN, name the Host
 * addressed). A post without Origin is not from a browser page and passes.
 */
export function isSameOrigin(headers: HeaderSource, configured = env().publicOrigin): boolean {
  const origin = headers.get("origin");
  if (origin === null) return true;
  try {
    const sent = new URL(origin);
    return configured ? sent.origin === configured : sent.host === headers.get("host")?.trim().toLowerCase();
  } catch {
    return false;
  }
}
