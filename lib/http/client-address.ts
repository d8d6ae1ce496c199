import { env } from "@/lib/env";

/**
 * The visitor's address, for rate-limit keys only. Next.js keeps an X-Forwarded-For
 * that the client sent and only fills it in when absent, so the leftmost entry is
 * whatever the visitor chose. Each trusted reverse proxy appends the address it saw:
 * with N of them (TRUSTED_PROXY_HOPS, default 1) the visitor is the N-th entry from the
 * right. Limits that must hold whatever a visitor claims also count per service or
 * per account.
 */
export function clientAddressFrom(headers: Headers, hops = env().trustedProxyHops): string {
  const chain = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  return chain[Math.max(0, chain.length - Math.max(1, hops))] ?? headers.get("x-real-ip")?.trim() ?? "unknown";
}

