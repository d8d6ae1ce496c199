import { getFormatter, getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import type { TimelineEntry } from "@/lib/contact-requests/timeline";

/**
 * A request's timeline, the same on both sides (the provider's request page and the staff
 * member's handover page): each step in words, who took it (or "the portal") and when, in
 * Dutch time. `nextHref` says where a reconnected request's own page is for this reader.
 */
export async function Timeline({ entries, nextHref }: { entries: TimelineEntry[]; nextHref?: (id: string) => string }) {
  const [t, tOutcome, tDecline, format] = await Promise.all([getTranslations("StaffTimeline"), getTranslations("StaffOutcome"), getTranslations("StaffDeclineCode"), getFormatter()]);
  const what = (entry: TimelineEntry) => {
    if (entry.kind === "closed" && entry.outcome) return t("closedWith", { outcome: tOutcome(entry.outcome as "other") });
    if (entry.kind === "declined" && entry.declineCode) return t("declinedWith", { reason: tDecline(entry.declineCode as "other") });
    if (entry.kind === "assigned") return t("assignedTo", { name: entry.supporterName ?? t("someone") });
    if (entry.kind === "reconnected" && entry.next) return t("reconnectedTo", { number: entry.next.number });
    return t(`kinds.${entry.kind}`);
  };
  return (
    <section aria-labelledby="timeline" className="mt-8">
      <h2 id="timeline" className="text-h3">
        {t("title")}
      </h2>
      {entries.length === 0 ? <p className="mt-2">{t("empty")}</p> : null}
      <ol className="mt-3 flex flex-col gap-3 border-l-4 border-line pl-4">
        {entries.map((entry) => (
          <li key={entry.id}>
            <p className="font-bold">
              {entry.kind === "reconnected" && entry.next && nextHref ? <Link href={nextHref(entry.next.id)}>{what(entry)}</Link> : what(entry)}
            </p>
            <p className="text-sm">
              <time dateTime={entry.at.toISOString()}>{format.dateTime(entry.at, { dateStyle: "long", timeStyle: "short" })}</time> · {entry.actorName ?? t("portal")}
            </p>
          </li>
        ))}
      </ol>
    </section>
  );
}
