import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { PageLinks } from "@/components/layout/PageLinks";
import { HandoverFilters } from "@/components/staff/HandoverFilters";
import { HandoverTable } from "@/components/staff/HandoverTable";
import { pageRoles } from "@/lib/auth/protected-pages";
import { requireRole } from "@/lib/auth/request";
import { handoversHref, hasFilters, parseHandoverFilters } from "@/lib/contact-requests/handover-filters";
import { handoversFor, HANDOVERS_READ } from "@/lib/contact-requests/inbox";
import { parseRequestNumber } from "@/lib/contact-requests/request-number";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("StaffHandovers"))("title") };
}

/** The team view: the staff member's own handovers and their team's, filtered in the address, with "Neem over" on a colleague's. */
export default async function HandoversPage({ searchParams }: PageProps<"/[locale]/werk/overdrachten">) {
  const actor = await requireRole(pageRoles("/werk/overdrachten"));
  const [t, locale, params] = await Promise.all([getTranslations("StaffHandovers"), getLocale(), searchParams]);
  const { filters, invalid } = parseHandoverFilters(params);
  const list = await handoversFor(actor, locale, filters);
  const filtered = hasFilters(filters);
  const takenOver = parseRequestNumber(params.overgenomen);
  return (
    <>
      <h1 className="text-h2 sm:text-h1">{t("title")}</h1>
      <p className="mt-4 max-w-prose">{t("intro")}</p>
      {takenOver ? (
        <p role="status" className="mt-4 max-w-prose border-l-4 border-primary pl-3 font-bold">
          {t("takeOver.done", { number: takenOver })}
        </p>
      ) : null}
      {invalid ? (
        <p role="status" className="mt-4 max-w-prose border-l-4 border-notice pl-3 font-bold">
          {t("badFilter")}
        </p>
      ) : null}
      {list.total > 0 || filtered ? <HandoverFilters filters={filters} services={list.services} /> : null}
      <p className="mt-6" role="status">
        {list.total === 0 ? (filtered ? t("noMatch") : t("empty")) : t("count", { count: list.total })}
      </p>
      {list.capped ? <p className="mt-2 max-w-prose">{t("capped", { count: HANDOVERS_READ })}</p> : null}
      {list.rows.length > 0 ? <HandoverTable rows={list.rows} actorId={actor.id} list={handoversHref(filters, filters.pagina).split("?")[1] ?? ""} /> : null}
      <PageLinks
        page={filters.pagina}
        pageCount={list.pages}
        href={(page) => handoversHref(filters, page)}
        words={{ label: t("pagination"), previous: t("previous"), next: t("next"), pageOf: t("pageOf", { page: filters.pagina, pages: list.pages }) }}
      />
    </>
  );
}
