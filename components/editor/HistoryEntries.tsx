import { getFormatter, getTranslations } from "next-intl/server";
import type { HistoryEntry } from "@/lib/catalogue/editing/history-read";
import type { RecordKind } from "@/lib/catalogue/editing/kinds";
import { FieldChangeTable } from "./FieldChangeTable";
import { RestoreVersionForm } from "./RestoreVersionForm";

type Props = {
  kind: RecordKind;
  recordId: string;
  entries: readonly HistoryEntry[];
  /** The published version now: it has no restore button (it is what residents see). */
  currentVersion: number | null;
};

/** A record's published changes, newest first: version, when (Dutch time), who, the fields, and a way back to each earlier version. */
export async function HistoryEntries({ kind, recordId, entries, currentVersion }: Props) {
  const [t, format] = await Promise.all([getTranslations("EditorHistory"), getFormatter()]);
  const who = (entry: HistoryEntry) =>
    entry.origin === "import" ? t("byImport") : entry.origin === "provider" ? t("byProvider", { name: entry.userName ?? t("byUnknown") }) : (entry.userName ?? t("byUnknown"));
  return (
    <ol className="mt-6 flex flex-col gap-6">
      {entries.map((entry) => (
        <li key={entry.id} className="rounded border-2 border-line p-4">
          <h2 className="text-h3">{t("version", { version: entry.version })}</h2>
          <p className="mt-1">
            {t("when", { date: format.dateTime(entry.createdAt, { dateStyle: "long", timeStyle: "short", timeZone: "Europe/Amsterdam" }), who: who(entry) })}
          </p>
          {entry.restorable ? null : <p className="mt-1 font-bold">{t("removed")}</p>}
          {entry.fields.length > 0 ? <FieldChangeTable changes={entry.fields} caption={t("changesCaption", { version: entry.version })} className="mt-3" /> : null}
          {entry.restorable && entry.version !== currentVersion ? <RestoreVersionForm kind={kind} recordId={recordId} version={entry.version} /> : null}
        </li>
      ))}
    </ol>
  );
}
