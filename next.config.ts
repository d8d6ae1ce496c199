import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { securityHeaders } from "./lib/http/security-headers";

const withNextIntl = createNextIntlPlugin("./i18n/request.ts");

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
    return [{ source: "/:path*", headers: [...securityHeaders] }];
  },
};

export default withNextIntl(nextConfig);
