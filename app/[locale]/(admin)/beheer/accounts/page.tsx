import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { NewAccountForm } from "@/components/staff/NewAccountForm";
import { pageRoles } from "@/lib/auth/protected-pages";
import { requireRole } from "@/lib/auth/request";
import { accountsOverview } from "@/lib/auth/accounts";
import { AccountAccessForm } from "@/components/staff/AccountAccessForm";
import { ResetPasswordForm } from "@/components/staff/ResetPasswordForm";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("AdminAccounts"))("title") };
}

/** Accounts: who may sign in, with which role; disabling ends every session at once. */
export default async function AccountsPage() {
  const actor = await requireRole(pageRoles("/beheer/accounts"));
  const [t, tRoles, { users, organizations }] = await Promise.all([getTranslations("AdminAccounts"), getTranslations("StaffNav.roles"), accountsOverview()]);
  return (
    <>
      <h1 className="text-h2 sm:text-h1">{t("title")}</h1>
      <table className="mt-6 w-full border-collapse text-left">
        <caption className="sr-only">{t("title")}</caption>
        <thead>
          <tr className="border-b-2 border-line">
            <th scope="col" className="py-2 pr-4">{t("name")}</th>
            <th scope="col" className="py-2 pr-4">{t("email")}</th>
            <th scope="col" className="py-2 pr-4">{t("role")}</th>
            <th scope="col" className="py-2">{t("state")}</th>
          </tr>
        </thead>
        <tbody>
          {users.map((u) => (
            <tr key={u.id} className="border-b border-line align-top">
              <td className="py-2 pr-4">{u.name}</td>
              <td className="py-2 pr-4">{u.email}</td>
              <td className="py-2 pr-4">
                {tRoles(u.role)}
                {u.organizationName ? ` (${u.organizationName})` : ""}
              </td>
              <td className="py-2">
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
        </tbody>
      </table>
      <h2 className="mt-8 text-h3">{t("newTitle")}</h2>
      <NewAccountForm organizations={organizations} />
    </>
  );
}
