import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { StatementPage } from "@/components/trust/StatementPage";
import { operatorDetails } from "@/components/trust/operator";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("AccessibilityPage");
  return { title: t("title") };
}

/** The accessibility statement, after the Dutch model statement: status, what is tested and how, reporting a problem. */
export default async function AccessibilityPage() {
  const [t, who] = await Promise.all([getTranslations("AccessibilityPage"), operatorDetails()]);
  return (
    <StatementPage
      title={t("title")}
      intro={t("intro", who)}
      updated={t("updated")}
      sections={[
        { id: "status", title: t("statusTitle"), paragraphs: [t("status1"), t("status2")] },
        {
          id: "tested",
          title: t("testedTitle"),
          paragraphs: [t("tested1")],
          items: [t("testedAxe"), t("testedKeyboard"), t("testedNoJs"), t("testedPhone")],
        },
        { id: "problem", title: t("problemTitle"), paragraphs: [t("problem1", who), t("problem2"), t("problem3")] },
      ]}
    />
  );
}
