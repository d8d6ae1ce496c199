import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { LookupForm } from "@/components/staff/LookupForm";
import { LookupResultItem } from "@/components/staff/LookupResultItem";
import { pageRoles } from "@/lib/auth/protected-pages";
import { requireRole } from "@/lib/auth/request";
import { hasRole } from "@/lib/auth/roles";
import { parseDirectoryFilters } from "@/lib/catalogue/directory/filters";
import { findMunicipalities, lookupServices } from "@/lib/catalogue/read";
import { isId } from "@/lib/catalogue/ids";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("StaffLookup"))("title") };
}

/** The staff lookup: one search box and the directory's filters, as a GET form that works without JavaScript. */
export default async function LookupPage({ searchParams }: PageProps<"/[locale]/werk">) {
  const actor = await requireRole(pageRoles("/werk"));
  const [t, locale, query, municipalities] = await Promise.all([getTranslations("StaffLookup"), getLocale(), searchParams, findMunicipalities(await getLocale())]);
  const { filters } = parseDirectoryFilters(query);
  // "Verbind opnieuw" after a decline: the search carries the declined handover on to the handover form (checked there).
  const reconnectFrom = [query.opnieuw].flat()[0];
  const again = reconnectFrom && isId(reconnectFrom) ? reconnectFrom : undefined;
  const result = await lookupServices(filters, locale);
  return (
    <>
      <h1 className="text-h2 sm:text-h1">{t("title")}</h1>
      <p className="mt-4 max-w-prose">{t("intro")}</p>
      {again ? <p className="mt-4 max-w-prose border-l-4 border-primary pl-3 font-bold">{t("reconnecting")}</p> : null}
      <LookupForm filters={filters} municipalities={municipalities} reconnectFrom={again} />
      <h2 className="mt-8 text-h3" id="results">
        {t("resultCount", { count: result.total })}
      </h2>
      {result.total > result.items.length ? <p className="mt-2">{t("moreResults", { shown: result.items.length })}</p> : null}
      <ul aria-labelledby="results" className="mt-4 space-y-6">
        {result.items.map((item) => (
          <LookupResultItem key={item.id} item={item} canHandOver={hasRole(actor, pageRoles("/werk/verbinden/[serviceId]"))} reconnectFrom={again} />
        ))}
      </ul>
    </>
  );
}
