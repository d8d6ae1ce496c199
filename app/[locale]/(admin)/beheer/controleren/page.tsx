import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { SelectField } from "@/components/forms/SelectField";
import { SubmitButton } from "@/components/forms/SubmitButton";
import { FreshnessQueueTable } from "@/components/freshness/FreshnessQueueTable";
import { PageLinks } from "@/components/layout/PageLinks";
import { Link } from "@/i18n/navigation";
import { pageRoles } from "@/lib/auth/protected-pages";
import { requireRole } from "@/lib/auth/request";
import { checkLimitMonths } from "@/lib/catalogue/checked";
import { findFreshnessQueue, findServiceName } from "@/lib/catalogue/editing/editor-pages";
import { parseId } from "@/lib/catalogue/ids";
import { findMunicipalities } from "@/lib/catalogue/read";
import { parseMunicipalityCode, urlParams } from "@/lib/catalogue/url-params";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("FreshnessQueue"))("title") };
}

/** Services not checked for FRESHNESS_MONTHS (or never), oldest first, per municipality: check or edit each. */
export default async function FreshnessQueuePage({ searchParams }: PageProps<"/[locale]/beheer/controleren">) {
  await requireRole(pageRoles("/beheer/controleren"));
  const [t, locale, params] = await Promise.all([getTranslations("FreshnessQueue"), getLocale(), searchParams]);
  const gemeente = parseMunicipalityCode(params.gemeente);
  const asked = urlParams.pagina.safeParse([params.pagina].flat()[0]);
  const [queue, municipalities] = await Promise.all([
    findFreshnessQueue({ municipality: gemeente, page: asked.success ? asked.data : 1, locale }),
    findMunicipalities(locale),
  ]);
  const checked = parseId(params.gecontroleerd);
  const checkedName = checked ? await findServiceName(checked, locale) : undefined;
  const href = (page: number) => {
    const query = new URLSearchParams({ ...(gemeente ? { gemeente } : {}), ...(page > 1 ? { pagina: String(page) } : {}) }).toString();
    return `/beheer/controleren${query ? `?${query}` : ""}`;
  };
  return (
    <>
      <h1 className="text-h2 sm:text-h1">{t("title")}</h1>
      <p className="mt-4 max-w-prose">{t("intro", { months: checkLimitMonths() })}</p>
      {checked ? (
        <p role="status" className="mt-4 max-w-prose border-l-4 border-independent pl-3 font-bold text-independent">
          {checkedName ? t("checkedDone", { name: checkedName.text }) : t("checkedDoneUnnamed")}{" "}
          <Link href={`/aanbod/${checked}`} prefetch={false} className="font-normal">
            {t("residentPage")}
          </Link>
        </p>
      ) : null}
      <form method="get" aria-label={t("filters")} className="mt-6 flex flex-wrap items-end gap-4 rounded-portal border-2 border-line bg-surface p-4">
        <SelectField
          name="gemeente"
          id="filter-gemeente"
          label={t("municipality")}
          emptyLabel={t("allMunicipalities")}
          options={municipalities.map((m) => ({ value: m.code, label: m.name }))}
          defaultValue={gemeente ?? ""}
        />
        <SubmitButton>{t("apply")}</SubmitButton>
      </form>
      <p className="mt-6" role="status">
        {t("count", { count: queue.total })}
      </p>
      {queue.items.length > 0 ? <FreshnessQueueTable items={queue.items} back={{ gemeente, pagina: queue.page }} /> : null}
      <PageLinks
        page={queue.page}
        pageCount={queue.pages}
        href={href}
        words={{ label: t("pagination"), previous: t("previous"), next: t("next"), pageOf: t("pageOf", { page: queue.page, pages: queue.pages }) }}
      />
    </>
  );
}
