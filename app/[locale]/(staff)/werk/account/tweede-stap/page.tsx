import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { QrCode } from "@/components/print/QrCode";
import { ConfirmSecondFactorForm } from "@/components/staff/SecondFactorForms";
import { Link } from "@/i18n/navigation";
import { secondFactorEnrolment } from "@/lib/auth/accounts";
import { homeOf } from "@/lib/auth/pending";
import { pageRoles } from "@/lib/auth/protected-pages";
import { requireRole } from "@/lib/auth/request";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("StaffSecondFactor"))("setUp") };
}

/** Setting up the second factor: the QR code and the key as text, then a code from the app to confirm. */
export default async function SecondFactorPage() {
  const actor = await requireRole(pageRoles("/werk/account/tweede-stap"), ["enrol"]);
  const [t, tLayout] = await Promise.all([getTranslations("StaffSecondFactor"), getTranslations("Layout")]);
  const enrolment = await secondFactorEnrolment(actor, tLayout("portalName"));
  return (
    <>
      <h1 className="text-h2 sm:text-h1">{t("setUp")}</h1>
      {actor.pending === "enrol" ? <p className="mt-4 max-w-prose border-l-4 border-primary pl-3 font-bold">{t("required")}</p> : null}
      {enrolment ? (
        <>
          <ol className="mt-4 max-w-prose list-decimal space-y-4 pl-6">
            <li>{t("step1")}</li>
            <li>
              {t("step2")}
              <QrCode value={enrolment.uri} label={t("qrLabel")} className="mt-2 size-48" />
              <p className="mt-2">{t("secretLabel")}</p>
              <p className="mt-1 font-mono text-lg break-all" data-testid="totp-secret">
                {enrolment.secret.match(/.{1,4}/g)?.join(" ")}
              </p>
            </li>
            <li>{t("step3")}</li>
          </ol>
          <ConfirmSecondFactorForm next={homeOf(actor.role)} />
        </>
      ) : (
        <p className="mt-4 max-w-prose">
          {t("on")}{" "}
          <Link href="/werk/account" className="font-bold">
            {t("continue")}
          </Link>
        </p>
      )}
    </>
  );
}
