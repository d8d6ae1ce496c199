import { createHash } from "node:crypto";
import type { IncomingMessage } from "node:http";
import en from "@/messages/en.json";
import nl from "@/messages/nl.json";

/**
 * The calm page for a form or a staff page while the database cannot be reached
 * (lib/server/http-server.ts answers it with 503, before Next.js would fail with a 500):
 * in the visitor's language, without anything technical, with a way to the pages that
 * still work. Plain HTML with its own small style, so it needs nothing that might be down.
 */
const style =
  "body{margin:0;font:1.125rem/1.5 system-ui,sans-serif;color:#1a1a1a;background:#fff}" +
  "main{max-width:40rem;margin:0 auto;padding:2.5rem 1rem}h1{font-size:1.75rem;line-height:1.25}" +
  "a{color:#0b5394;text-decoration:underline}a:focus{outline:3px solid #1a1a1a;outline-offset:2px}li{margin:.5rem 0}";
const styleHash = createHash("sha256").update(style).digest("base64");

/** The policy of this page only: nothing but its own style. */
export const outagePagePolicy = `default-src 'none'; style-src 'sha256-${styleHash}'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'`;

export type OutageLocale = "nl" | "en";

/** The address's language (`/en/…`), else the browser's first choice between the two, else Dutch. */
export function outageLocale(req: IncomingMessage, pathname: string): OutageLocale {
  const first = pathname.split("/")[1];
  if (first === "nl" || first === "en") return first;
  return /^\s*en\b/i.test(req.headers["accept-language"] ?? "") ? "en" : "nl";
}

const escape = (text: string) => text.replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]!);

export function outagePage(locale: OutageLocale): string {
  const t = (locale === "en" ? en : nl).Outage;
  return `<!DOCTYPE html>
<html lang="${locale}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escape(t.unavailableTitle)}</title><style>${style}</style></head>
<body><main>
<h1>${escape(t.unavailableTitle)}</h1>
<p>${escape(t.unavailableText)}</p>
<ul><li><a href="/${locale}/aanbod">${escape(t.directoryLink)}</a></li><li><a href="/${locale}">${escape(t.homeLink)}</a></li></ul>
</main></body>
</html>
`;
}
