import { getLocale, getTranslations } from "next-intl/server";
import { MissingRecord } from "@/components/staff/MissingRecord";
import { Link } from "@/i18n/navigation";
import type { DraftRow, StartedFrom } from "@/lib/catalogue/editing/drafts";
import type { RecordValue } from "@/lib/catalogue/editing/field-changes";
import { supporterPath } from "@/lib/catalogue/editing/forms/supporter";
import { editorPath } from "@/lib/catalogue/editing/paths";
import { DraftBar } from "./DraftBar";
import { SupporterForm } from "./SupporterForm";

type Props = {
  serviceId: string;
  editing: { record: RecordValue | null; draft: DraftRow | null; published: unknown; startedFrom: StartedFrom } | null;
  /** The supporter to edit, or a fresh id for a new one. */
  supporterId: string;
  isNew: boolean;
  done: Parameters<typeof DraftBar>[0]["done"];
};

const rowsOf = (value: unknown): RecordValue[] => (Array.isArray(value) ? (value as RecordValue[]) : []);

/**
 * One supporter of a service, new or existing: the service's draft state and its steps
 * (a supporter is published with the service), the other supporters, and the form.
 */
export async function SupporterPage({ serviceId, editing, supporterId, isNew, done }: Props) {
  const [t, locale] = await Promise.all([getTranslations("EditorSupporters"), getLocale()]);
  const record = editing?.record ?? null;
  const supporters = rowsOf(record?.x_supporters);
  const index = isNew ? supporters.length : supporters.findIndex((p) => p.id === supporterId);
  if (!editing || !record || index < 0) return <MissingRecord title={t("missingTitle")} text={t("missing")} />;
  const supporter = isNew ? { id: supporterId } : supporters[index]!;
  const names = (record.name ?? {}) as Record<string, string>;
  const photo = typeof supporter.photo === "string" ? `/${locale}${supporterPath(serviceId, supporterId)}/foto?v=${editing.draft?.version ?? 0}` : undefined;
  return (
    <>
      <p>
        <Link href={editorPath("service", serviceId)}>{t("back")}</Link>
      </p>
      <h1 className="mt-2 text-h2 sm:text-h1">{isNew ? t("newTitle") : t("editTitle", { name: String(supporter.display_name ?? "") })}</h1>
      <p className="mt-2">{t("service", { name: names[locale] ?? names.nl ?? serviceId })}</p>
      <p className="mt-2 max-w-prose">{t("intro")}</p>
      <DraftBar kind="service" recordId={serviceId} draft={editing.draft} published={editing.published !== null} done={done} />
      <nav aria-label={t("supporters")} className="mt-4">
        <ul className="flex flex-wrap gap-x-6 gap-y-2">
          {supporters.map((p) => (
            <li key={String(p.id)}>
              <Link href={supporterPath(serviceId, String(p.id))} aria-current={p.id === supporterId ? "page" : undefined} prefetch={false}>
                {String(p.display_name ?? p.id)}
              </Link>
            </li>
          ))}
          <li>
            <Link href={`${editorPath("service", serviceId)}/ondersteuners/nieuw`} className="font-bold" aria-current={isNew ? "page" : undefined}>
              {t("add")}
            </Link>
          </li>
        </ul>
      </nav>
      <div className="mt-6">
        <SupporterForm startedFrom={editing.startedFrom} index={index} supporter={supporter} photoSrc={photo} />
      </div>
    </>
  );
}
