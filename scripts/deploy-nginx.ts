/**
 * `npm run deploy:nginx`: writes docs/deploy/nginx.conf, the documented nginx example,
 * from lib/server/nginx-config.ts (the same text the multi-server end-to-end test runs).
 */
import { writeFileSync } from "node:fs";
import { exampleSite, nginxSite } from "@/lib/server/nginx-config";

writeFileSync("docs/deploy/nginx.conf", nginxSite(exampleSite));
console.log("Wrote docs/deploy/nginx.conf.");
