import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { ServiceForm } from "@/components/editor/ServiceForm";
import { RecordEditPage, type EditedRecord } from "@/components/editor/RecordPage";
import { RetireServiceForm } from "@/components/editor/RetireServiceForm";
import { ServiceSupporters } from "@/components/editor/ServiceSupporters";
import { CheckServiceForm } from "@/components/freshness/CheckServiceForm";
import { Link } from "@/i18n/navigation";
import { pageRoles } from "@/lib/auth/protected-pages";
import { requireRole } from "@/lib/auth/request";
import { serviceFormChoices } from "@/lib/catalogue/editing/service-read";
import { parseId } from "@/lib/catalogue/ids";
import { localise } from "@/lib/catalogue/localise";

export async function generateMetadata({ params }: PageProps<"/[locale]/beheer/diensten/[serviceId]">): Promise<Metadata> {
  const t = await getTranslations("EditorServices");
  return { title: t("editTitle", { name: (parseId((await params).serviceId) ?? "").slice(0, 8) }) };
}

/** One service: its draft state, the steps on the draft, the form, and its supporters (edited on their own pages). */
export default async function ServiceEditPage({ params, searchParams }: PageProps<"/[locale]/beheer/diensten/[serviceId]">) {
  await requireRole(pageRoles("/beheer/diensten/[serviceId]"));
  const [{ serviceId }, query, t, locale] = await Promise.all([params, searchParams, getTranslations("EditorServices"), getLocale()]);
  const key = parseId(serviceId) ?? null;
  const nameOf = (record: EditedRecord["record"]) => localise(record.name, locale)?.text ?? serviceId;
  return (
    <RecordEditPage
      kind="service"
      recordKey={key}
      query={query}
      listHref="/beheer/diensten"
      namespace="EditorServices"
      title={({ record }) => t("editTitle", { name: nameOf(record) })}
      previewHref={`/beheer/diensten/${key}/voorbeeld`}
      lead={({ published }) =>
        published ? (
          <p className="mt-2">
            <Link href={`/beheer/diensten/${key}/notities`}>{t("notes")}</Link>
          </p>
        ) : null
      }
    >
      {(editing, id) => (
        <>
          <ServiceFormWithChoices id={id} editing={editing} />
          <ServiceSupporters serviceId={id} supporters={editing.record.x_supporters} />
          {/* A defunct service is kept for its history; it is neither checked nor removed again. */}
          {editing.published && editing.published.record.status !== "defunct" ? (
            <>
              <section aria-labelledby="check-heading" className="mt-8 flex flex-col gap-3 rounded border-2 border-line p-4">
                <h2 id="check-heading" className="text-h3">
                  {t("checkTitle")}
                </h2>
                <p className="max-w-prose">{t("checkText")}</p>
                <CheckServiceForm serviceId={id} version={editing.published.version} name={nameOf(editing.record)} />
              </section>
              <RetireServiceForm serviceId={id} recordVersion={editing.published.version} />
            </>
          ) : null}
        </>
      )}
    </RecordEditPage>
  );
}

/** The service's form with its choices (organisations, places, terms), read only once the service is found. */
async function ServiceFormWithChoices({ id, editing }: { id: string; editing: EditedRecord }) {
  return <ServiceForm record={editing.record} startedFrom={editing.startedFrom} choices={await serviceFormChoices(id)} />;
}
