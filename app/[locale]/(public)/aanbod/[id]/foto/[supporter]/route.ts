import { readFile } from "node:fs/promises";
import path from "node:path";
import { notFound, routeLocale } from "@/lib/actions/request-context";
import { parseId } from "@/lib/catalogue/ids";
import { env } from "@/lib/env";
import { findSupporterPhoto } from "@/lib/catalogue/read";

const TYPES: Record<string, string> = { ".jpg": "image/jpeg", ".jpeg": "image/jpeg", ".png": "image/png", ".webp": "image/webp" };

/** A supporter's photo from DATA_DIR/uploads, only while the service is shown to residents. */
export async function GET(_request: Request, { params }: RouteContext<"/[locale]/aanbod/[id]/foto/[supporter]">) {
  const segments = await params;
  const [locale, id, supporter] = [routeLocale(segments.locale), parseId(segments.id), parseId(segments.supporter)];
  if (!locale || !id || !supporter) return notFound();
  const stored = await findSupporterPhoto(id, supporter);
  const type = stored ? TYPES[path.extname(stored).toLowerCase()] : undefined;
  if (!stored || !type) return notFound();
  const uploads = path.resolve(env().dataDir, "uploads");
  const file = path.resolve(uploads, stored);
  // The path comes from the catalogue; still, never read outside the uploads folder.
  if (!file.startsWith(uploads + path.sep)) return notFound();
  try {
    return new Response(new Uint8Array(await readFile(file)), {
      headers: { "Content-Type": type, "Cache-Control": "public, max-age=3600", "X-Content-Type-Options": "nosniff" },
    });
  } catch {
    return notFound();
  }
}
