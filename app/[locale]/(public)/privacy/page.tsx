import type { Metadata } from "next";
import { connection } from "next/server";
import { getTranslations } from "next-intl/server";
import { StatementPage } from "@/components/trust/StatementPage";
import { operatorDetails } from "@/components/trust/operator";
import { env } from "@/lib/env";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("PrivacyPage");
  return { title: t("title") };
}

/** The privacy statement: what is kept, who sees it, how long (the real retention setting), rights. */
export default async function PrivacyPage() {
  // Rendered per request: the retention period is the running portal's setting, not the build's.
  await connection();
  const [t, who] = await Promise.all([getTranslations("PrivacyPage"), operatorDetails()]);
  return (
    <StatementPage
      title={t("title")}
      intro={t("intro")}
      updated={t("updated")}
      sections={[
        { id: "visitors", title: t("visitorsTitle"), paragraphs: [t("visitors1"), t("visitors2"), t("visitors3")] },
        {
          id: "requests",
          title: t("requestsTitle"),
          paragraphs: [t("requests1"), t("requests2"), t("requests3", { days: env().retentionDays })],
        },
        { id: "basis", title: t("basisTitle"), paragraphs: [t("basis1"), t("basis2")] },
        {
          id: "rights",
          title: t("rightsTitle"),
          paragraphs: [t("rights1")],
          items: [t("rightsSee"), t("rightsChange"), t("rightsErase"), t("rightsStop")],
          closing: [t("rights2", who)],
        },
        { id: "responsible", title: t("responsibleTitle"), paragraphs: [t("responsible1", who)] },
      ]}
    />
  );
}
