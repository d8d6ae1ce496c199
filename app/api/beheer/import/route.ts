import type { NextRequest } from "next/server";
import { notFound, routeLocale, seeOther } from "@/lib/actions/request-context";
import { pageRoles } from "@/lib/auth/protected-pages";
import { currentActor } from "@/lib/auth/request";
import { hasRole } from "@/lib/auth/roles";
import { MAX_IMPORT_BYTES } from "@/lib/catalogue/transfer/browser-import";
import { stageUploadedCatalogue } from "@/lib/catalogue/transfer/read";
import { isSameOrigin } from "@/lib/http/public-origin";
import { readUpload } from "@/lib/http/upload";

/**
 * The upload of /beheer/import: a catalogue file far larger than a server action or proxy.ts
 * takes (both stop at 1 MB), so it posts here, outside proxy.ts, which makes this handler
 * check the origin itself. For the page's roles only; the file is staged with its preview
 * and the editor goes on to that preview (303), also without JavaScript.
 */
export async function POST(request: NextRequest) {
  const locale = routeLocale(request.nextUrl.searchParams.get("locale") ?? "");
  if (!locale) return notFound();
  if (!isSameOrigin(request.headers)) return new Response(null, { status: 403 });
  const page = `/${locale}/beheer/import`;
  // The page itself sends anyone else to sign in, or says the role is missing.
  const actor = await currentActor();
  if (!hasRole(actor, pageRoles("/beheer/import"))) return seeOther(page);
  const upload = await readUpload(request, MAX_IMPORT_BYTES, "bestand");
  if (!upload.ok) return seeOther(`${page}?fout=${upload.error}`);
  const replace = upload.fields.get("vervangen") === "ja";
  const staged = await stageUploadedCatalogue({ text: upload.text, fileName: upload.fileName, replace }, actor.name);
  if (!staged.ok) return seeOther(`${page}?fout=geen-json`);
  return seeOther(`${page}/${staged.token}`);
}
