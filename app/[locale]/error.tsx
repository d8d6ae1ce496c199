"use client";

import { useTranslations } from "next-intl";
import { useEffect } from "react";
import { MainLandmark } from "@/components/layout/MainLandmark";
import { StatusMessage } from "@/components/layout/StatusMessage";
import { Link } from "@/i18n/navigation";

type Props = { error: unknown; retry: () => void };

/**
 * A calm page for faults the code did not expect. The details stay in the server log
 * (matched by error.digest); the resident only learns that it is not their fault.
 */
export default function ErrorPage({ error, retry }: Props) {
  const t = useTranslations("ErrorPage");

  useEffect(() => {
    console.error(error);
  }, [error]);

  return (
    <MainLandmark>
      <title>{t("title")}</title>
      <StatusMessage title={t("title")} description={t("description")}>
        <button
          type="button"
          onClick={retry}
          className="min-h-11 rounded-portal border-2 border-primary bg-primary px-5 py-2 font-bold text-primary-contrast hover:bg-link-hover"
        >
          {t("retry")}
        </button>
        <Link href="/">{t("homeLink")}</Link>
      </StatusMessage>
    </MainLandmark>
  );
}
