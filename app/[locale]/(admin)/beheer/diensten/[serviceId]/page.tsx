import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { DraftBar } from "@/components/editor/DraftBar";
import { ServiceForm } from "@/components/editor/ServiceForm";
import { RetireServiceForm } from "@/components/editor/RetireServiceForm";
import { ServiceSupporters } from "@/components/editor/ServiceSupporters";
import { CheckServiceForm } from "@/components/freshness/CheckServiceForm";
import { MissingRecord } from "@/components/staff/MissingRecord";
import { Link } from "@/i18n/navigation";
import { pageRoles } from "@/lib/auth/protected-pages";
import { requireRole } from "@/lib/auth/request";
import { doneFlags } from "@/lib/catalogue/editing/done-flags";
import { recordForEditing } from "@/lib/catalogue/editing/read";
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
  const key = parseId(serviceId);
  const [editing, choices] = key ? await Promise.all([recordForEditing("service", key), serviceFormChoices(key)]) : [null, null];
  if (!key || !editing || !choices || editing.record === null) return <MissingRecord title={t("missingTitle")} text={t("missing")} />;
  const name = localise(editing.record.name, locale)?.text ?? key;
  // A defunct service is kept for its history; it is neither checked nor removed again.
  const live = editing.published?.record.status !== "defunct";
  return (
    <>
      <p>
        <Link href="/beheer/diensten">{t("back")}</Link>
      </p>
      <h1 className="mt-2 text-h2 sm:text-h1">{t("editTitle", { name })}</h1>
      {editing.published ? (
        <p className="mt-2">
          <Link href={`/beheer/diensten/${key}/notities`}>{t("notes")}</Link>
        </p>
      ) : null}
      <DraftBar
        kind="service"
        recordId={key}
        draft={editing.draft}
        published={editing.published !== null}
        previewHref={`/beheer/diensten/${key}/voorbeeld`}
        done={doneFlags(query)}
      />
      <div className="mt-6">
        <ServiceForm record={editing.record} startedFrom={editing.startedFrom} choices={choices} />
      </div>
      <ServiceSupporters serviceId={key} supporters={editing.record.x_supporters} />
      {live && editing.published ? (
        <>
          <section aria-labelledby="check-heading" className="mt-8 flex flex-col gap-3 rounded border-2 border-line p-4">
            <h2 id="check-heading" className="text-h3">
              {t("checkTitle")}
            </h2>
            <p className="max-w-prose">{t("checkText")}</p>
            <CheckServiceForm serviceId={key} version={editing.published.version} name={name} />
          </section>
          <RetireServiceForm serviceId={key} recordVersion={editing.published.version} />
        </>
      ) : null}
    </>
  );
}
