import { getLocale, getTranslations } from "next-intl/server";
import { StaffCell, StaffTable } from "@/components/staff/StaffTable";
import { PREVIEW_KINDS, type PreviewKind, type PreviewRecord } from "@/lib/catalogue/interchange/preview";

/** Per list: the first records say enough; the rest is counted. */
const SHOWN = 200;

type Kind = (typeof PREVIEW_KINDS)[number];

function nameIn(record: PreviewRecord, locale: string): { text: string; lang?: string } {
  const text = record.name[locale];
  if (text) return { text };
  const [lang, other] = Object.entries(record.name).find(([, value]) => value) ?? [undefined, record.key];
  return { text: other, lang: lang && lang !== locale ? lang : undefined };
}

/** What a file adds, changes (field by field) and removes, per kind of record, with a count table first. */
export async function PreviewRecords({ records }: { records: Record<Kind, PreviewKind> }) {
  const [t, locale] = await Promise.all([getTranslations("AdminImport"), getLocale()]);
  const kinds = PREVIEW_KINDS.filter((kind) => {
    const group = records[kind];
    return group.added.length + group.changed.length + group.removed.length > 0;
  });
  if (kinds.length === 0) return <p className="mt-8 text-lg font-bold">{t("nothing")}</p>;
  const columns = [t("kind"), t("added"), t("changed"), t("removed")];

  const list = (items: PreviewRecord[], withFields: boolean) => (
    <>
      <ul className="mt-2 list-disc space-y-2 pl-6">
        {items.slice(0, SHOWN).map((record) => {
          const name = nameIn(record, locale);
          return (
            <li key={record.key}>
              <span lang={name.lang} className="font-bold">
                {name.text}
              </span>{" "}
              <code className="break-all text-sm">({record.key})</code>
              {withFields ? (
                <ul className="mt-1 list-[circle] pl-6">
                  {record.fields.map((f) => (
                    <li key={f.field}>
                      {t("fieldChange", { field: f.field, before: f.before ?? t("empty"), after: f.after ?? t("empty") })}
                    </li>
                  ))}
                </ul>
              ) : null}
            </li>
          );
        })}
      </ul>
      {items.length > SHOWN ? <p className="mt-1">{t("moreRecords", { count: items.length - SHOWN })}</p> : null}
    </>
  );

  return (
    <>
      <StaffTable caption={t("summaryTable")} headers={columns}>
        {kinds.map((kind) => (
          <tr key={kind}>
            <StaffCell label={columns[0]!}>{t(`kinds.${kind}`)}</StaffCell>
            <StaffCell label={columns[1]!}>{records[kind].added.length}</StaffCell>
            <StaffCell label={columns[2]!}>{records[kind].changed.length}</StaffCell>
            <StaffCell label={columns[3]!}>{records[kind].removed.length}</StaffCell>
          </tr>
        ))}
      </StaffTable>
      {kinds.map((kind) => {
        const group = records[kind];
        return (
          <section key={kind} aria-labelledby={`kind-${kind}`} className="mt-8">
            <h2 id={`kind-${kind}`} className="text-h3">
              {t(`kinds.${kind}`)}
            </h2>
            {group.added.length > 0 ? (
              <>
                <h3 className="mt-4 font-bold">{t("addedTitle", { count: group.added.length })}</h3>
                {list(group.added, false)}
              </>
            ) : null}
            {group.changed.length > 0 ? (
              <>
                <h3 className="mt-4 font-bold">{t("changedTitle", { count: group.changed.length })}</h3>
                {list(group.changed, true)}
              </>
            ) : null}
            {group.removed.length > 0 ? (
              <>
                <h3 className="mt-4 font-bold">{t("removedTitle", { count: group.removed.length })}</h3>
                {list(group.removed, false)}
              </>
            ) : null}
          </section>
        );
      })}
    </>
  );
}
