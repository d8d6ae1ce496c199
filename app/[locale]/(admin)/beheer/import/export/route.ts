import { notFound, routeLocale } from "@/lib/actions/request-context";
import { pageRoles } from "@/lib/auth/protected-pages";
import { currentActor } from "@/lib/auth/request";
import { hasRole } from "@/lib/auth/roles";
import { catalogueDownload } from "@/lib/catalogue/transfer/read";

/** The published catalogue as one JSON file, for the people of /beheer/import. Photos are not in it (the command line copies them). */
export async function GET(_request: Request, { params }: RouteContext<"/[locale]/beheer/import/export">) {
  if (!routeLocale((await params).locale)) return notFound();
  if (!hasRole(await currentActor(), pageRoles("/beheer/import"))) return new Response(null, { status: 403 });
  const { text, day } = await catalogueDownload();
  return new Response(text, {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename=catalogus-${day}.json`,
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
