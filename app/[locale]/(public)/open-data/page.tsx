import type { Metadata } from "next";
import { connection } from "next/server";
import { getTranslations } from "next-intl/server";
import { OpenDataPage } from "@/components/open-data/OpenDataPage";
import { openDataSummary } from "@/lib/open-data/reader";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("OpenDataPage");
  return { title: t("title") };
}

/** Open data: the downloads of the published catalogue, its licence and the HSDS API. */
export default async function OpenData() {
  // Rendered per request: the date of the last change and the licence are the running portal's.
  await connection();
  return <OpenDataPage summary={await openDataSummary()} />;
}
