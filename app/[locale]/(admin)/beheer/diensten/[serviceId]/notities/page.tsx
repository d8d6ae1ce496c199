import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { InternalForm } from "@/components/staff/InternalForm";
import { pageRoles } from "@/lib/auth/protected-pages";
import { requireRole } from "@/lib/auth/request";
import { findServiceInternal as serviceInternalFor } from "@/lib/catalogue/read";
import { MissingRecord } from "@/components/staff/MissingRecord";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("AdminInternal"))("title") };
}

/** Internal notes and direct lines of one service: seen only by professionals. */
export default async function ServiceInternalPage({ params }: PageProps<"/[locale]/beheer/diensten/[serviceId]/notities">) {
  await requireRole(pageRoles("/beheer/diensten/[serviceId]/notities"));
  const [{ serviceId }, t, locale] = await Promise.all([params, getTranslations("AdminInternal"), getLocale()]);
  const service = await serviceInternalFor(serviceId, locale);
  if (!service) {
    return <MissingRecord title={t("missingTitle")} text={t("missing")} />;
  }
  return (
    <>
      <h1 className="text-h2 sm:text-h1">{t("title")}</h1>
      <p className="mt-4 text-lg" lang={service.name.lang}>
        {service.name.text}
      </p>
      <InternalForm
        serviceId={service.id}
        version={service.internal?.version ?? 0}
        values={{ notes: service.internal?.notes ?? "", directPhone: service.internal?.directPhone ?? "", directEmail: service.internal?.directEmail ?? "" }}
      />
    </>
  );
}
