import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { ownAccountSecurity, ownMailNotices } from "@/lib/auth/accounts";
import { pageRoles } from "@/lib/auth/protected-pages";
import { requireRole } from "@/lib/auth/request";
import { ChangePasswordForm } from "@/components/staff/ChangePasswordForm";
import { MailNoticesForm } from "@/components/staff/MailNoticesForm";
import { RenewRecoveryCodesForm } from "@/components/staff/SecondFactorForms";
import { SignOutEverywhereForm } from "@/components/staff/SignOutEverywhereForm";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("StaffAccount"))("title") };
}

/**
 * The signed-in user's own account: the password, the second factor, and signing out on
 * every device (e.g. after losing a laptop). After an admin reset the password, this page
 * shows only the form for a new one. A provider chooses here whether new requests are
 * also mailed to them.
 */
export default async function AccountPage() {
  const actor = await requireRole(pageRoles("/werk/account"), ["password", "enrol"]);
  const [t, tPassword, tFactor, tMail, security, notices] = await Promise.all([
    getTranslations("StaffAccount"),
    getTranslations("StaffPassword"),
    getTranslations("StaffSecondFactor"),
    getTranslations("StaffMailNotices"),
    ownAccountSecurity(actor.id),
    actor.role === "provider" ? ownMailNotices(actor.id) : null,
  ]);
  if (actor.pending === "password") {
    return (
      <>
        <h1 className="text-h2 sm:text-h1">{tPassword("title")}</h1>
        <p className="mt-4 max-w-prose border-l-4 border-primary pl-3 font-bold">{tPassword("mustChange")}</p>
        <ChangePasswordForm afterReset />
      </>
    );
  }
  return (
    <>
      <h1 className="text-h2 sm:text-h1">{t("title")}</h1>
      <p className="mt-4">{t("who", { name: actor.name, email: actor.email })}</p>
      {security.hasPassword ? (
        <>
          <h2 className="mt-6 text-h3">{tPassword("title")}</h2>
          <ChangePasswordForm afterReset={false} />
          <h2 className="mt-6 text-h3">{tFactor("title")}</h2>
          {security.secondFactorOn ? (
            <>
              <p className="mt-2 max-w-prose">{tFactor("on")}</p>
              <p className="mt-2">{tFactor("codesLeft", { count: security.codesLeft })}</p>
              <RenewRecoveryCodesForm />
            </>
          ) : (
            <p className="mt-2 max-w-prose">
              {tFactor("off")}{" "}
              <Link href="/werk/account/tweede-stap" className="font-bold">
                {tFactor("setUp")}
              </Link>
            </p>
          )}
        </>
      ) : null}
      {notices ? (
        <>
          <h2 className="mt-6 text-h3">{tMail("title")}</h2>
          <p className="mt-2 max-w-prose">{tMail("intro")}</p>
          {notices.mailSent ? null : <p className="mt-2 max-w-prose font-bold">{tMail("noMail")}</p>}
          <MailNoticesForm on={notices.on} />
        </>
      ) : null}
      <h2 className="mt-6 text-h3">{t("everywhereTitle")}</h2>
      <p className="mt-2 max-w-prose">{t("everywhereText")}</p>
      <SignOutEverywhereForm />
    </>
  );
}
