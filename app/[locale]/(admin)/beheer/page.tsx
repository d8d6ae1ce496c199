import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { pageRoles } from "@/lib/auth/protected-pages";
import { requireRole } from "@/lib/auth/request";
import { hasRole } from "@/lib/auth/roles";
import { findServicesForEditing as servicesForEditing } from "@/lib/catalogue/read";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("AdminHome"))("title") };
}

/** Home for editors and admins: error reports, accounts, and the internal notes per service. */
export default async function AdminHomePage() {
  const actor = await requireRole(pageRoles("/beheer"));
  const [t, tLog, tServices, locale] = await Promise.all([getTranslations("AdminHome"), getTranslations("AdminSecurityLog"), getTranslations("EditorServices"), getLocale()]);
  const services = await servicesForEditing(locale);
  return (
    <>
      <h1 className="text-h2 sm:text-h1">{t("title")}</h1>
      <ul className="mt-4 list-disc pl-6">
        {hasRole(actor, pageRoles("/beheer/meldingen")) ? (
          <li>
            <Link href="/beheer/meldingen">{t("reports")}</Link>
          </li>
        ) : null}
        <li>
          <Link href="/beheer/diensten">{tServices("title")}</Link>
        </li>
        <li>
          <Link href="/beheer/cijfers">{t("figures")}</Link>
        </li>
        <li><Link href="/beheer/import">{(await getTranslations("AdminImport"))("title")}</Link></li>
        {hasRole(actor, pageRoles("/beheer/accounts")) ? (
          <li>
            <Link href="/beheer/accounts">{t("accounts")}</Link>
          </li>
        ) : null}
        {actor.role === "admin" ? (
          <li>
            <Link href="/beheer/logboek">{tLog("link")}</Link>
          </li>
        ) : null}
      </ul>
      <h2 className="mt-8 text-h3">{t("servicesTitle")}</h2>
      <p className="mt-2 max-w-prose">{t("servicesIntro")}</p>
      <ul className="mt-4 space-y-1">
        {services.map((s) => (
          <li key={s.id}>
            <Link href={`/beheer/diensten/${s.id}/notities`} lang={s.name.lang}>
              {s.name.text}
            </Link>{" "}
            <span className="text-sm text-ink-secondary">
              ({s.organizationName}
              {s.hasNotes ? `, ${t("hasNotes")}` : ""})
            </span>
          </li>
        ))}
      </ul>
    </>
  );
}
