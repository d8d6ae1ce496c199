import { useTranslations } from "next-intl";
import { checkLimitMonths } from "@/lib/catalogue/checked";

/** On a service's page: its information was checked too long ago (or never), so call before going. */
export function StaleNotice({ assuredDate }: { assuredDate: string | null }) {
  const t = useTranslations("CheckedNotice");
  return (
    <p className="mt-4 max-w-prose border-l-4 border-notice pl-3 font-bold">
      {assuredDate ? t("stale", { months: checkLimitMonths() }) : t("neverChecked")}
    </p>
  );
}
