import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { pageRoles } from "@/lib/auth/protected-pages";
import { requireRole } from "@/lib/auth/request";
import { SignOutEverywhereForm } from "@/components/staff/SignOutEverywhereForm";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("StaffAccount"))("title") };
}

/** The signed-in user's own account: sign out on every device (e.g. after losing a laptop). */
export default async function AccountPage() {
  const actor = await requireRole(pageRoles("/werk/account"));
  const t = await getTranslations("StaffAccount");
  return (
    <>
      <h1 className="text-h2 sm:text-h1">{t("title")}</h1>
      <p className="mt-4">{t("who", { name: actor.name, email: actor.email })}</p>
      <h2 className="mt-6 text-h3">{t("everywhereTitle")}</h2>
      <p className="mt-2 max-w-prose">{t("everywhereText")}</p>
      <SignOutEverywhereForm />
    </>
  );
}
