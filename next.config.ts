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
    // Only the supporter form comes above 1 MB (a photo of at most 2 MB and its fields):
    // Next.js buffers no more than this of a body for the proxy, and server actions
    // refuse larger ones. proxy.ts answers 413 itself, 1 MB for every other address
    // (lib/http/request-body.ts, `bodyLimitFor`); route handlers read within 1 MB.
    proxyClientMaxBodySize: "3mb",
    serverActions: { bodySizeLimit: "3mb" },
  },
  async headers() {
    return [{ source: "/:path*", headers: [...securityHeaders] }];
  },
};

export default withNextIntl(nextConfig);
