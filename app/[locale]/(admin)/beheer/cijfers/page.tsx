import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { UsageFigures } from "@/components/usage/UsageFigures";
import { pageRoles } from "@/lib/auth/protected-pages";
import { requireRole } from "@/lib/auth/request";
import { usageFiguresForLastDays } from "@/lib/usage/report";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("AdminFigures"))("title") };
}

/** Policy officers see how the vraagwijzer is used: counts only, nothing about a person. */
export default async function UsageFiguresPage() {
  await requireRole(pageRoles("/beheer/cijfers"));
  const [t, report] = await Promise.all([getTranslations("AdminFigures"), usageFiguresForLastDays(90)]);
  return (
    <>
      <h1 className="text-h2 sm:text-h1">{t("title")}</h1>
      <div className="mt-6">
        <UsageFigures report={report} />
      </div>
    </>
  );
}
