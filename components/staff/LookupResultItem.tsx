import { getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { vocabularyLabel } from "@/lib/catalogue/labels";
import type { LookupItem } from "@/lib/catalogue/shapes/lookup-item";

/** One service as staff see it: what residents see plus waiting time, intake and internal notes. */
export async function LookupResultItem({ item, canHandOver, reconnectFrom }: { item: LookupItem; canHandOver: boolean; reconnectFrom?: string }) {
  const [t, locale] = await Promise.all([getTranslations("StaffLookup"), getLocale()]);
  const languages = (codes: readonly string[]) => codes.map((code) => vocabularyLabel(locale, "language", code)).join(", ");
  return (
    <li className="rounded border-2 border-line p-4">
      <h3 className="text-h3" lang={item.name.lang}>
        {item.name.text}
      </h3>
      <p className="text-sm text-ink-secondary">
        {item.organizationName} · {vocabularyLabel(locale, "kind", item.kind ?? "unknown")}
        {item.independence.independent ? ` · ${t("independent")}` : ` · ${t("notIndependent")}`}
      </p>
      {item.status !== "active" ? <p className="mt-2 border-l-4 border-notice pl-2 font-bold">{t(`status.${item.status as "inactive"}`)}</p> : null}
      <dl className="mt-3 grid gap-x-4 gap-y-1 sm:grid-cols-[max-content_1fr]">
        <dt className="font-bold">{t("languages")}</dt>
        <dd>{languages(item.languages) || t("unknown")}</dd>
        <dt className="font-bold">{t("waiting")}</dt>
        <dd>{item.waitingDays === null ? t("unknown") : t("waitingDays", { days: item.waitingDays })}</dd>
        <dt className="font-bold">{t("accepting")}</dt>
        <dd>{item.acceptingNewClients === null ? t("unknown") : item.acceptingNewClients ? t("yes") : t("no")}</dd>
        {item.internal?.directPhone || item.internal?.directEmail ? (
          <>
            <dt className="font-bold">{t("directLine")}</dt>
            <dd>{[item.internal.directPhone, item.internal.directEmail].filter(Boolean).join(" · ")}</dd>
          </>
        ) : null}
        {item.internal?.notes ? (
          <>
            <dt className="font-bold">{t("notes")}</dt>
            <dd className="whitespace-pre-line">{item.internal.notes}</dd>
          </>
        ) : null}
      </dl>
      {item.supporterLines.length > 0 ? (
        <>
          <p className="mt-3 font-bold">{t("supporters")}</p>
          <ul className="list-disc pl-6">
            {item.supporterLines.map((s) => (
              <li key={s.id}>
                {s.name}
                {s.languages.length > 0 ? ` (${languages(s.languages)})` : ""}
                {s.livedExperience.length > 0 ? ` · ${t("livedExperience")}: ${s.livedExperience.join(", ")}` : ""}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {canHandOver && item.status === "active" ? (
        <p className="mt-4">
          <Link href={{ pathname: `/werk/verbinden/${item.id}`, query: reconnectFrom ? { opnieuw: reconnectFrom } : {} }} className="font-bold">
            {t("handOver", { service: item.name.text })}
          </Link>
        </p>
      ) : null}
    </li>
  );
}
