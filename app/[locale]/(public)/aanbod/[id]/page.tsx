import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { connection } from "next/server";
import { getLocale } from "next-intl/server";
import { ServiceArticle } from "@/components/directory/ServiceArticle";
import { findMunicipality, findService } from "@/lib/catalogue/read";
import { isClientSupport } from "@/lib/catalogue/visibility";

export async function generateMetadata({ params }: PageProps<"/[locale]/aanbod/[id]">): Promise<Metadata> {
  const { id } = await params;
  const service = await findService(id, await getLocale());
  return { title: service?.name.text };
}

/** Everything a resident needs to act on one service. */
export default async function ServicePage({ params }: PageProps<"/[locale]/aanbod/[id]">) {
  await connection();
  const [{ id }, locale] = await Promise.all([params, getLocale()]);
  const service = await findService(id, locale);
  if (!service) {
    // notFound() gives a page that needs JavaScript in Next.js 16.4 (an empty error shell).
    // An address that matches no route gets the server-rendered 404 page with status 404.
    redirect(`/${locale}/aanbod/onbekend/${encodeURIComponent(id)}`);
  }
  const firstMunicipality = service.municipalities[0]?.code;
  // The access team's own service page stays reachable, and says first that this team decides.
  const teamOf = isClientSupport(service) ? undefined : ((await findMunicipality(firstMunicipality, locale)) ?? service.municipalities[0]);

  return (
    <article className="mx-auto w-full max-w-page px-4 py-8">
      <ServiceArticle service={service} teamOf={teamOf} now={new Date()} />
    </article>
  );
}
