import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { DashboardSection } from "@/components/freshness/DashboardSection";
import { Link } from "@/i18n/navigation";
import { pageRoles } from "@/lib/auth/protected-pages";
import { requireRole } from "@/lib/auth/request";
import { hasRole } from "@/lib/auth/roles";
import { findCatalogueDashboard } from "@/lib/catalogue/editing/editor-pages";
import { isRecordKind } from "@/lib/catalogue/editing/kinds";
import { editorPath } from "@/lib/catalogue/editing/paths";
import { formatDate, formatMoment } from "@/lib/catalogue/format";
import { vocabularyLabel } from "@/lib/catalogue/labels";
import { openReportsFor } from "@/lib/error-reports/review";
import { currentMissingSupport } from "@/lib/insight/dashboard";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("AdminHome"))("title") };
}

/** The editor's dashboard: what waits in the catalogue, each section with its first rows and a link to its full list. */
export default async function AdminHomePage() {
  const actor = await requireRole(pageRoles("/beheer"));
  const mayReadReports = hasRole(actor, pageRoles("/beheer/meldingen"));
  const [t, tHome, tLog, tQueue, locale] = await Promise.all([
    getTranslations("EditorDashboard"),
    getTranslations("AdminHome"),
    getTranslations("AdminSecurityLog"),
    getTranslations("FreshnessQueue"),
    getLocale(),
  ]);
  const [catalogue, reports, missing] = await Promise.all([findCatalogueDashboard(locale), mayReadReports ? openReportsFor(locale) : null, currentMissingSupport()]);
  const day = (moment: Date) => formatMoment(moment, locale).day;
  const recordHref = (kind: string, id: string) => (isRecordKind(kind) ? editorPath(kind, id) : "/beheer/concepten");
  const catalogueLinks = await Promise.all([
    ["/beheer/diensten", "EditorServices"],
    ["/beheer/organisaties", "EditorOrganizations"],
    ["/beheer/locaties", "EditorLocations"],
    ["/beheer/gemeenten", "EditorMunicipalities"],
    ["/beheer/begrippen", "EditorTaxonomies"],
    ["/beheer/import", "AdminImport"],
  ].map(async ([href, namespace]) => ({ href: href!, label: (await getTranslations(namespace as "EditorServices"))("title") })));
  const service = (id: string, name: { text: string; lang: string }) => ({ href: `/beheer/diensten/${id}`, name: name.text, lang: name.lang });
  return (
    <>
      <h1 className="text-h2 sm:text-h1">{tHome("title")}</h1>
      <p className="mt-2 max-w-prose">{t("intro")}</p>
      <nav aria-label={t("links")} className="mt-4">
        <ul className="list-disc pl-6">
          {mayReadReports ? (
            <li>
              <Link href="/beheer/meldingen">{tHome("reports")}</Link>
            </li>
          ) : null}
          {catalogueLinks.map((link) => (
            <li key={link.href}>
              <Link href={link.href}>{link.label}</Link>
            </li>
          ))}
          <li>
            <Link href="/beheer/controleren">{tQueue("title")}</Link>
          </li>
          <li>
            <Link href="/beheer/concepten">{t("drafts")}</Link>
          </li>
          <li>
            <Link href="/beheer/beschikbaarheid">{t("availability")}</Link>
          </li>
          <li>
            <Link href="/beheer/cijfers">{tHome("figures")}</Link>
          </li>
          {hasRole(actor, pageRoles("/beheer/accounts")) ? (
            <li>
              <Link href="/beheer/accounts">{tHome("accounts")}</Link>
            </li>
          ) : null}
          {actor.role === "admin" ? (
            <li>
              <Link href="/beheer/logboek">{tLog("link")}</Link>
            </li>
          ) : null}
        </ul>
      </nav>

      <div className="mt-8 grid gap-6 lg:grid-cols-2">
        <DashboardSection
          id="dash-drafts"
          title={t("drafts")}
          total={catalogue.drafts.total}
          href="/beheer/concepten"
          rows={catalogue.drafts.items.map((draft) => ({
            key: `${draft.kind}:${draft.recordId}`,
            href: recordHref(draft.kind, draft.recordId),
            name: draft.name?.text ?? draft.recordId,
            lang: draft.name?.lang,
            detail: `${t("draftRow", { kind: t(`kind.${draft.kind}`), origin: t(`origin.${draft.origin}`), who: draft.who ?? t("unknownPerson") })} · ${day(draft.updatedAt)}`,
          }))}
        />
        <DashboardSection
          id="dash-stale"
          title={t("stale")}
          total={catalogue.stale.total}
          href="/beheer/controleren"
          rows={catalogue.stale.items.map((item) => ({
            key: item.id,
            ...service(item.id, item.name),
            detail: item.assuredDate ? t("lastChecked", { date: formatDate(item.assuredDate, locale) }) : t("never"),
          }))}
        />
        {reports ? (
          <DashboardSection
            id="dash-reports"
            title={t("reports")}
            total={reports.total}
            href="/beheer/meldingen"
            rows={reports.items.map((report) => ({ key: report.id, ...service(report.serviceId, report.serviceName), detail: t("reportRow", { date: day(report.createdAt) }) }))}
          />
        ) : null}
        <DashboardSection
          id="dash-providers"
          title={t("providerChanges")}
          total={catalogue.providerChanges.total}
          href="/beheer/beschikbaarheid?lijst=aanbieders"
          rows={catalogue.providerChanges.items.map((change, i) => ({
            key: `${change.recordId}-${i}`,
            href: recordHref(change.kind, change.recordId),
            name: change.name?.text ?? change.recordId,
            lang: change.name?.lang,
            detail: t("providerRow", { who: change.userName ?? t("unknownPerson"), date: day(change.createdAt), fields: change.fields.join(", ") }),
          }))}
        />
        <DashboardSection
          id="dash-not-accepting"
          title={t("notAccepting")}
          total={catalogue.notAccepting.total}
          href="/beheer/beschikbaarheid?lijst=nieuw"
          rows={catalogue.notAccepting.items.map((row) => ({ key: row.id, ...service(row.id, row.name), detail: row.organizationName }))}
        />
        <DashboardSection
          id="dash-closed"
          title={t("closed")}
          total={catalogue.closed.total}
          href="/beheer/beschikbaarheid?lijst=gesloten"
          rows={catalogue.closed.items.map((row) => ({
            key: row.id,
            ...service(row.id, row.name),
            detail: row.reopensOn ? `${row.organizationName} · ${t("reopens", { date: formatDate(row.reopensOn, locale) })}` : row.organizationName,
          }))}
        />
        <DashboardSection
          id="dash-missing"
          title={t("missing")}
          total={missing.length}
          empty={t("missingNone")}
          rows={missing.map((m) => ({
            key: m.code,
            href: `/beheer/cijfers?gemeente=${m.code}`,
            name: m.name,
            detail: t("missingRow", { kinds: m.missing.map((kind) => vocabularyLabel(locale, "kind", kind)).join(", ") }),
          }))}
        />
      </div>
    </>
  );
}
