import { getFormatter, getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import type { HandoverRow } from "@/lib/contact-requests/inbox";
import { StaffCell, StaffTable } from "./StaffTable";
import { StatusBadge } from "./StatusBadge";
import { TakeOverForm } from "./TakeOverForm";

/** The team view's rows: made by whom, with whom now (when a colleague took it over), the status with the overdue mark, and "Neem over". */
export async function HandoverTable({ rows, actorId, list }: { rows: readonly HandoverRow[]; actorId: string; list: string }) {
  const [t, format] = await Promise.all([getTranslations("StaffHandovers"), getFormatter()]);
  const headers = [t("date"), t("number"), t("resident"), t("service"), t("madeBy"), t("status")] as const;
  const who = (id: string | null, name: string | null) => (id === actorId ? t("you") : (name ?? "–"));
  return (
    <StaffTable caption={t("title")} headers={headers}>
      {rows.map((h) => (
        <tr key={h.id}>
          <StaffCell label={headers[0]}>{format.dateTime(h.createdAt, { dateStyle: "medium", timeStyle: "short", timeZone: "Europe/Amsterdam" })}</StaffCell>
          <StaffCell label={headers[1]} className="whitespace-nowrap">
            {h.number}
          </StaffCell>
          <StaffCell label={headers[2]}>
            <Link href={`/werk/overdrachten/${h.id}`}>{h.erased ? t("erased") : h.residentName}</Link>
          </StaffCell>
          <StaffCell label={headers[3]} lang={h.serviceName.lang}>
            {h.serviceName.text}
          </StaffCell>
          <StaffCell label={headers[4]}>
            {who(h.createdByUserId, h.createdByName)}
            {h.handledByUserId && h.handledByUserId !== h.createdByUserId ? (
              <span className="block text-sm">
                {t("handledBy")}: {who(h.handledByUserId, h.handledByName)}
              </span>
            ) : null}
            {h.mayTakeOver ? <TakeOverForm id={h.id} version={h.version} number={h.number} list={list} /> : null}
          </StaffCell>
          <StaffCell label={headers[5]}>
            <StatusBadge status={h.status} overdue={h.overdue} />
            {h.declineReason ? <span className="block text-sm">{t("reason", { reason: h.declineReason })}</span> : null}
          </StaffCell>
        </tr>
      ))}
    </StaffTable>
  );
}
