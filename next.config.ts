import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./i18n/request.ts");

/**
 * Headers for every response, including static files. The script and style policy is
 * not here: it needs a fresh nonce per page and is set in proxy.ts. These directives
 * contain no script-src or default-src, so they never narrow that nonce policy.
 */
const baselineContentSecurityPolicy = [
  "base-uri 'self'",
  "object-src 'none'",
  "frame-ancestors 'none'",
  "form-action 'self'",
].join("; ");

const securityHeaders = [
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

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // PGlite resolves its WebAssembly files relative to its own package and the schema
  // engine loads a .wasm file from disk: bundling either breaks those paths.
  serverExternalPackages: ["@electric-sql/pglite", "@prisma/schema-engine-wasm"],
  experimental: {
    // app/global-not-found.tsx answers URLs outside any locale (the root layout lives in [locale]).
    globalNotFound: true,
    // No form comes near 1 MB: Next.js buffers no more than this of a body for the
    // proxy, and server actions refuse larger ones. proxy.ts and route handlers answer
    // 413 themselves (lib/http/request-body.ts).
    proxyClientMaxBodySize: "1mb",
    serverActions: { bodySizeLimit: "1mb" },
  },
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders }];
  },
};

export default withNextIntl(nextConfig);
