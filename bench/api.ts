/**
 * `npm run bench:api [-- --services N --port P --seconds S --connections C]`: loads a
 * generated catalogue (default 5,000 services) into a fresh embedded database, starts the
 * built portal on it and prints requests/s and p50/p99 latency of the HSDS API with C
 * concurrent connections (default 20): pages of /api/hsds/services (per_page=50) and
 * single services. As ceilings in the same run, nginx (when installed: `apt-get install
 * nginx`) and a bare Node.js HTTP server send the same bytes.
 * Printed, never asserted.
 */
import { rmSync } from "node:fs";
import { createServer } from "node:http";
import { formatLoad, generatedDatabase, load as loadFor, startNginx, type LoadResult } from "./load";
import { numberArg, startPortal } from "./portal";

const arg = numberArg;
const services = arg("services", 5000);
const port = arg("port", Number(process.env.E2E_PORT ?? 3232));
const seconds = arg("seconds", 10);
const connections = arg("connections", 20);
const base = `http://127.0.0.1:${port}`;

const { document, dataDir } = await generatedDatabase(services, "api");
console.log(`catalogue: ${services} services in a fresh embedded database; ${connections} connections, ${seconds} s per run`);

const serviceIds = (document.services as Array<{ id: string; status: string }>).filter((s) => s.status === "active").map((s) => s.id);
const pages = Math.ceil(serviceIds.length / 50);

const report = (label: string, r: LoadResult) => console.log(formatLoad(label, r));
const load = (url: (i: number) => string) => loadFor(url, { seconds, connections });


const pageUrl = (i: number) => `/api/hsds/services?page=${(i % pages) + 1}&per_page=50`;
const serviceUrl = (i: number) => `/api/hsds/services/${serviceIds[(i * 7919) % serviceIds.length]}`;

const portal = await startPortal(port, dataDir, "/api/hsds");
try {
  const started = performance.now();
  await (await fetch(base + pageUrl(0))).arrayBuffer();
  console.log(`first request (builds the HSDS form of the catalogue): ${(performance.now() - started).toFixed(0)} ms`);
  // Warm-up: each route handler is loaded on its first request.
  for (let i = 0; i < 20; i++) await Promise.all([fetch(base + pageUrl(i)), fetch(base + serviceUrl(i))].map((r) => r.then((x) => x.arrayBuffer())));

  // The ceiling: the same bytes from memory, without the portal's work.
  const bodies = new Map<string, Buffer>();
  for (let i = 0; i < Math.min(pages, 200); i++) bodies.set(pageUrl(i), Buffer.from(await (await fetch(base + pageUrl(i))).arrayBuffer()));
  for (let i = 0; i < 200; i++) bodies.set(serviceUrl(i), Buffer.from(await (await fetch(base + serviceUrl(i))).arrayBuffer()));
  const ceiling = createServer((request, response) => {
    const body = bodies.get(request.url ?? "");
    response.writeHead(body ? 200 : 404, { "Content-Type": "application/json" }).end(body);
  });
  await new Promise<void>((resolve) => ceiling.listen(port + 1, "127.0.0.1", resolve));

  report("/services?page=…&per_page=50", await load((i) => base + pageUrl(i)));
  report("/services/{id}", await load((i) => base + serviceUrl(i)));
  report("ceiling: same bytes, bare Node", await load((i) => `http://127.0.0.1:${port + 1}${pageUrl(i % Math.min(pages, 200))}`));
  ceiling.close();
  const pageBodies = new Map([...Array(Math.min(pages, 200)).keys()].map((i) => [i + 1, bodies.get(pageUrl(i))!]));
  const files = new Map([...pageBodies].map(([page, body]) => [`pages/${page}.json`, body]));
  const nginx = await startNginx(files, port + 2, {
    defaultType: "application/json",
    locations: "location /api/hsds/services { try_files /pages/$arg_page.json =404; }",
    readyPath: "/api/hsds/services?page=1",
  });
  if (nginx) {
    report("ceiling: same bytes, nginx", await load((i) => `http://127.0.0.1:${port + 2}${pageUrl(i % Math.min(pages, 200))}`));
    nginx.stop();
  } else {
    console.log("ceiling: nginx is not installed (apt-get install nginx), so only the bare Node ceiling was measured");
  }
} finally {
  await portal.stop();
  rmSync(dataDir, { recursive: true, force: true });
}
