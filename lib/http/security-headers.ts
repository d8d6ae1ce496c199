/**
 * Headers for every response, including static files and the plain 4xx answers of
 * proxy.ts and route handlers. The portal's HTTP server (lib/server/http-server.ts) sets
 * them before Next.js answers, so no response leaves without them; next.config.ts lists
 * them too, for `next dev`. The script and style policy is not here: it needs a fresh
 * nonce per page and is set in proxy.ts. These directives contain no script-src or
 * default-src, so they never narrow that nonce policy.
 * Imported by next.config.ts: relative imports only.
 */
const baselineContentSecurityPolicy = ["base-uri 'self'", "object-src 'none'", "frame-ancestors 'none'", "form-action 'self'"].join("; ");

export const securityHeaders: readonly { key: string; value: string }[] = [
  { key: "Content-Security-Policy", value: baselineContentSecurityPolicy },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "X-Frame-Options", value: "DENY" },
  // Residents' searches (municipality, topics) stay on this site.
  { key: "Referrer-Policy", value: "same-origin" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(), usb=()" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
  // Browsers ignore this over plain HTTP, so it does no harm on an intranet test server.
  { key: "Strict-Transport-Security", value: "max-age=31536000; includeSubDomains" },
];
