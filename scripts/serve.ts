/**
 * The serving process that `npm start` starts after the build: the portal's own HTTP
 * server in front of Next.js (lib/server/http-server.ts).
 */
import { servePortal } from "@/lib/server/http-server";

servePortal(Number(process.env.PORT ?? 3000)).catch((error: unknown) => {
  console.error("[portal] the server could not start:", error);
  process.exit(1);
});
