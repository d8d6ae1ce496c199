import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { StatementPage } from "@/components/trust/StatementPage";
import { operatorDetails } from "@/components/trust/operator";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("ColophonPage");
  return { title: t("title") };
}

/** Contact and colofon: who runs the portal and how to reach them. */
export default async function ColophonPage() {
  const [t, who] = await Promise.all([getTranslations("ColophonPage"), operatorDetails()]);
  return (
    <StatementPage
      title={t("title")}
      intro={t("intro")}
      sections={[
        { id: "contact", title: t("contactTitle"), paragraphs: [t("contact1", who), t("contact2", who), t("contact3")] },
        { id: "about", title: t("aboutTitle"), paragraphs: [t("about1", who), t("about2")] },
      ]}
    />
  );
}
