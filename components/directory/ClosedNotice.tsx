import { useLocale, useTranslations } from "next-intl";
import { formatDay } from "@/lib/catalogue/format";
import { localise } from "@/lib/catalogue/localise";

type Props = {
  /** The provider's reason, catalogue text in every language (shown as text). */
  reason?: unknown;
  /** The day it opens again, YYYY-MM-DD. */
  reopensOn?: string | null;
};

/** Temporarily closed services stay visible, so residents who know them learn why they cannot go now, and until when. */
export function ClosedNotice({ reason, reopensOn }: Props) {
  const t = useTranslations("DirectoryResult");
  const tClosure = useTranslations("ServiceClosure");
  const locale = useLocale();
  const why = localise(reason, locale);
  return (
    <div className="mt-3 border-l-4 border-notice pl-3">
      <p>
        <strong>{t("closed")}.</strong> {t("closedText")}
      </p>
      {why ? <p lang={why.lang === locale ? undefined : why.lang}>{tClosure("reason", { reason: why.text })}</p> : null}
      {reopensOn ? <p>{tClosure("reopens", { date: formatDay(reopensOn, locale, true) })}</p> : null}
    </div>
  );
}
