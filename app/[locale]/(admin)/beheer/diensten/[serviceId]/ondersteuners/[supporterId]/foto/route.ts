import path from "node:path";
import { readFile } from "node:fs/promises";
import { notFound, routeLocale } from "@/lib/actions/request-context";
import { pageRoles } from "@/lib/auth/protected-pages";
import { currentActor } from "@/lib/auth/request";
import { hasRole } from "@/lib/auth/roles";
import { photoFile } from "@/lib/catalogue/editing/draft-photos";
import { recordForEditing } from "@/lib/catalogue/editing/read";
import { parseId } from "@/lib/catalogue/ids";

const TYPES: Record<string, string> = { ".jpg": "image/jpeg", ".jpeg": "image/jpeg", ".png": "image/png", ".webp": "image/webp" };

/**
 * A supporter's photo as the service's draft has it, for editors only: a photo not yet
 * published is seen here and nowhere else (residents' route reads only the catalogue).
 */
export async function GET(_request: Request, { params }: RouteContext<"/[locale]/beheer/diensten/[serviceId]/ondersteuners/[supporterId]/foto">) {
  const segments = await params;
  const [locale, serviceId, supporterId] = [routeLocale(segments.locale), parseId(segments.serviceId), parseId(segments.supporterId)];
  if (!locale || !serviceId || !supporterId) return notFound();
  if (!hasRole(await currentActor(), pageRoles("/beheer/diensten/[serviceId]/ondersteuners/[supporterId]"))) return new Response(null, { status: 403 });
  const editing = await recordForEditing("service", serviceId);
  const supporters = Array.isArray(editing.record?.x_supporters) ? (editing.record.x_supporters as Array<{ id?: unknown; photo?: unknown }>) : [];
  const name = supporters.find((p) => p.id === supporterId)?.photo;
  const file = typeof name === "string" ? photoFile(name) : undefined;
  const type = file ? TYPES[path.extname(file).toLowerCase()] : undefined;
  if (!file || !type) return notFound();
  try {
    return new Response(new Uint8Array(await readFile(file)), {
      headers: { "Content-Type": type, "Cache-Control": "private, no-store", "X-Content-Type-Options": "nosniff" },
    });
  } catch {
    return notFound();
  }
}
