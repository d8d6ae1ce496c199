/**
 * The serving process that `npm start` starts after the build: the portal's own HTTP
 * server in front of Next.js (lib/server/http-server.ts).
 */
import { servePortal } from "@/lib/server/http-server";
import { errorFields, log } from "@/lib/log";

servePortal(Number(process.env.PORT ?? 3000)).catch((error: unknown) => {
  log().fatal({ event: "start failed", ...errorFields(error) }, "the server could not start");
  process.exit(1);
});
