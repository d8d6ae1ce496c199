import { env } from "@/lib/env";

/**
 * The address of the peer that connected to the portal, stamped on every request by the
 * portal's own HTTP server (lib/server/http-server.ts) after it removed any copy the
 * client sent. Next.js itself offers no socket address to route handlers or actions.
 */
export const CLIENT_ADDRESS_HEADER = "x-portal-client-address";

/**
 * The visitor's address, for rate-limit keys only. With no proxy in front
 * (TRUSTED_PROXY_HOPS=0, the default) it is the socket address: an X-Forwarded-For the
 * visitor wrote is ignored. Each trusted reverse proxy appends the address it saw, so
 * with N of them the visitor is N entries left of the socket address. A chain shorter
 * than that (a request that bypassed the proxies) gives its leftmost entry. Limits that
 * must hold whatever a visitor claims also count per service or per account.
 */
export function clientAddressFrom(headers: Headers, hops = env().trustedProxyHops): string {
  const socket = headers.get(CLIENT_ADDRESS_HEADER)?.trim() || "unknown";
  if (hops === 0) return socket;
  const chain = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  chain.push(socket);
  return chain[Math.max(0, chain.length - 1 - hops)] ?? socket;
}
