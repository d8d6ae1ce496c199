/**
 * `npm run bench:http [-- --services N --port P --nginx-port P --seconds S --connections C]`:
 * loads a generated catalogue (default 5,000 services) into a fresh embedded database,
 * starts the built portal on it (lib/server/http-server.ts) and prints requests/s, p50 and
 * p99 with C concurrent connections (default 20), and the HTML size, of the home page, the
 * directory (unfiltered, filtered, searched) and service pages (one address, and all of
 * them). Also: the filtered directory and a short fixed page (privacy) with a cookie (never
 * shared, so always rendered: what rendering costs) and a browser revalidating a directory
 * page it has (If-None-Match). As ceilings in the same run: one static file
 * served by the same server and by nginx. Printed, never asserted. `--sizes-only`: only
 * the HTML sizes (largest and smallest of 20 addresses per kind of page), no load.
 */
import { rmSync } from "node:fs";
import os from "node:os";
import { formatLoad, generatedDatabase, load, startNginx } from "./load";
import { numberArg, startPortal } from "./portal";

const services = numberArg("services", 5000);
const port = numberArg("port", 3261);
const nginxPort = numberArg("nginx-port", 3260);
const seconds = numberArg("seconds", 10);
const sizesOnly = process.argv.includes("--sizes-only");
const connections = numberArg("connections", 20);
const base = `http://127.0.0.1:${port}`;

const { document, dataDir } = await generatedDatabase(services, "http");

const municipalities = (document.municipalities as Array<{ code: string }>).map((m) => m.code);
const serviceIds = (document.services as Array<{ id: string; status: string }>).filter((s) => s.status === "active").map((s) => s.id);
const filters = ["soort=formal", "domein=money-debt&contact=walk-in", "taal=tr", "onafhankelijk=1", "leeftijd=70&doelgroep=older-people"];
const searches = ["hulp", "schulden", "thuis", "buurt", "raad"];
const locale = (i: number) => (i % 2 ? "en" : "nl");

const pages: Array<[string, (i: number) => string]> = [
  ["home", (i) => `/${locale(i)}`],
  ["directory, unfiltered", (i) => `/${locale(i)}/aanbod${i % 3 ? `?pagina=${(i % 5) + 1}` : ""}`],
  ["directory, filtered", (i) => `/${locale(i)}/aanbod?gemeente=${municipalities[i % municipalities.length]}&${filters[i % filters.length]}`],
  ["directory, searched", (i) => `/${locale(i)}/aanbod?q=${searches[i % searches.length]}&gemeente=${municipalities[(i >> 1) % municipalities.length]}`],
  // One address asked by everyone (a page shared or linked from the municipality's site):
  // rendered once a minute, then sent from memory. And all 5,000 in both languages, spread
  // so almost every request is the first for its address: the cost of rendering.
  ["service page, one address", () => `/nl/aanbod/${serviceIds[0]}`],
  ["service pages, all", (i) => `/${locale(i)}/aanbod/${serviceIds[(i * 7919) % serviceIds.length]}`],
];

const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;
const portal = await startPortal(port, dataDir, "/nl");
try {
  const rows: string[] = [];
  for (const [label, url] of pages) {
    // Warm-up: the first requests load the catalogue into the revision caches.
    const sizes: number[] = [];
    for (let i = 0; i < 20; i++) sizes.push((await (await fetch(base + url(i))).arrayBuffer()).byteLength);
    if (sizesOnly) {
      console.log(`${label.padEnd(26)} HTML ${(Math.max(...sizes) / 1024).toFixed(1)} KB max, ${(Math.min(...sizes) / 1024).toFixed(1)} KB min`);
      continue;
    }
    const r = await load((i) => base + url(i), { seconds, connections });
    rows.push(`${formatLoad(label, r, 26)}   HTML ${kb(Math.max(...sizes))} max`);
    console.log(rows.at(-1));
  }
  if (!sizesOnly) {
    // With a cookie nothing is shared (lib/server/conditional-get.ts): every request is rendered.
    const filtered = pages[2]![1];
    console.log(formatLoad("directory, filtered, cookie", await load((i) => base + filtered(i), { seconds, connections, headers: { cookie: "bench=1" } }), 26));

    // What rendering alone costs: a short fixed page, with a cookie so it is never shared.
    console.log(formatLoad("privacy page, cookie", await load((i) => `${base}/${locale(i)}/privacy`, { seconds, connections, headers: { cookie: "bench=1" } }), 26));

    // A browser or proxy that has the page asks again: with conditional GET it gets 304.
    // A page's version changes with the minute (lib/server/conditional-get.ts): the run starts
    // early enough in a minute to end in it.
    const intoMinute = Date.now() % 60_000;
    if (intoMinute > 60_000 - (seconds + 2) * 1000) await new Promise((resolve) => setTimeout(resolve, 60_000 - intoMinute + 100));
    const revalidate = pages[1]![1](0);
    const etag = (await fetch(base + revalidate)).headers.get("etag");
    if (etag) {
      console.log(formatLoad("directory, If-None-Match", await load(() => base + revalidate, { seconds, connections, headers: { "if-none-match": etag }, expect: 304 }), 26));
    } else {
      console.log("directory, If-None-Match        the page has no ETag");
    }

    // Ceilings: one static file of the build, from this server and from nginx.
    const home = await (await fetch(`${base}/nl`)).text();
    const css = home.match(/href="(\/_next\/static\/[^"]+\.css)"/)?.[1];
    if (!css) throw new Error("the home page links no stylesheet");
    const body = Buffer.from(await (await fetch(base + css)).arrayBuffer());
    console.log(`${formatLoad("static CSS, this server", await load(() => base + css, { seconds, connections }), 26)}   ${kb(body.length)}`);
    const nginx = await startNginx(new Map([[css, body]]), nginxPort, { defaultType: "text/css", readyPath: css });
    if (nginx) {
      console.log(`${formatLoad("static CSS, nginx", await load(() => `http://127.0.0.1:${nginxPort}${css}`, { seconds, connections }), 26)}   ${kb(body.length)}`);
      nginx.stop();
    } else {
      console.log("static CSS, nginx: not installed (apt-get install nginx-light)");
    }
  }
  console.log(`catalogue: ${services} services; ${connections} connections, ${seconds} s per run; load: ${os.loadavg().map((l) => l.toFixed(2)).join(", ")}`);
} finally {
  await portal.stop();
  rmSync(dataDir, { recursive: true, force: true });
}
