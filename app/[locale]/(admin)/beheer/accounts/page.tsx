import { cellClass, lastCellClass, rowClass, StaffTable } from "@/components/staff/StaffTable";
import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { NewAccountForm } from "@/components/staff/NewAccountForm";
import { pageRoles } from "@/lib/auth/protected-pages";
import { requireRole } from "@/lib/auth/request";
import { accountsOverview } from "@/lib/auth/accounts";
import { AccountAccessForm } from "@/components/staff/AccountAccessForm";
import { OidcLinkForm } from "@/components/staff/OidcLinkForm";
import { ResetPasswordForm } from "@/components/staff/ResetPasswordForm";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("AdminAccounts"))("title") };
}

/** Accounts: who may sign in, with which role; disabling ends every session at once. */
export default async function AccountsPage() {
  const actor = await requireRole(pageRoles("/beheer/accounts"));
  const [t, tRoles, format, { users, organizations, linkRequests }] = await Promise.all([
    getTranslations("AdminAccounts"),
    getTranslations("StaffNav.roles"),
    getFormatter(),
    accountsOverview(),
  ]);
  return (
    <>
      <h1 className="text-h2 sm:text-h1">{t("title")}</h1>
      <StaffTable caption={t("title")} headers={[t("name"), t("email"), t("role"), t("state")]}>
        {users.map((u) => (
          <tr key={u.id} className={rowClass}>
            <td className={cellClass}>{u.name}</td>
            <td className={cellClass}>{u.email}</td>
            <td className={cellClass}>
              {tRoles(u.role)}
              {u.organizationName ? ` (${u.organizationName})` : ""}
              {u.extraRoles.length > 0 ? `, ${t("alsoRoles", { roles: u.extraRoles.map((role) => tRoles(role)).join(", ") })}` : ""}
            </td>
            <td className={lastCellClass}>
              {u.disabledAt ? t("disabled") : t("active")}
              {u.id !== actor.id ? (
                <>
                  <AccountAccessForm userId={u.id} email={u.email} disabled={u.disabledAt !== null} />
                  <ResetPasswordForm userId={u.id} email={u.email} />
                </>
              ) : null}
            </td>
          </tr>
        ))}
      </StaffTable>
      {linkRequests.length > 0 ? (
        <>
          <h2 className="mt-8 text-h3">{t("linksTitle")}</h2>
          <p className="mt-2 max-w-prose">{t("linksIntro")}</p>
          <ul className="mt-4 space-y-4">
            {linkRequests.map((link) => (
              <li key={link.userId}>
                <p>
                  {link.name} ({link.email}). {t("linkRequested", { date: format.dateTime(link.createdAt, { dateStyle: "long", timeStyle: "short", timeZone: "Europe/Amsterdam" }) })}
                </p>
                <OidcLinkForm userId={link.userId} email={link.email} />
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <h2 className="mt-8 text-h3">{t("newTitle")}</h2>
      <NewAccountForm organizations={organizations} />
    </>
  );
}
