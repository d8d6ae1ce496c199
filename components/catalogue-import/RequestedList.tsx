import { getTranslations } from "next-intl/server";
import type { RequestedRecord } from "@/lib/catalogue/interchange/still-requested";

/** Services and organisations contact requests point at: refused for removal, or kept (services as defunct). */
export async function RequestedList({ records, kept }: { records: readonly RequestedRecord[]; kept: boolean }) {
  const t = await getTranslations("AdminImport");
  return (
    <section aria-labelledby="requested-title" className="mt-8 border-l-4 border-notice pl-4">
      <h2 id="requested-title" className="text-h3">
        {kept ? t("keptTitle") : t("requestedTitle")}
      </h2>
      <p className="mt-2 max-w-prose">{kept ? t("keptIntro") : t("requestedIntro")}</p>
      <ul className="mt-2 list-disc pl-6">
        {records.map((r) => (
          <li key={`${r.kind}-${r.id}`}>
            {t(r.kind === "service" ? "requestedService" : "requestedOrganization", { name: r.name ?? "", key: r.id, count: r.count })}
          </li>
        ))}
      </ul>
    </section>
  );
}
