import { useTranslations } from "next-intl";

/** Temporarily closed services stay visible, so residents who know them learn why they cannot go now. */
export function ClosedNotice() {
  const t = useTranslations("DirectoryResult");
  return (
    <p className="mt-3 border-l-4 border-notice pl-3">
      <strong>{t("closed")}.</strong> {t("closedText")}
    </p>
  );
}
