import { useTranslations } from "next-intl";
import type { Independence } from "@/lib/catalogue/independence";

/**
 * Says in words whether a service is independent; the coloured bar only repeats it,
 * so the message never depends on colour.
 */
export function IndependenceNote({ value }: { value: Independence }) {
  const t = useTranslations("Service");
  if (value.independent) {
    return <p className="note border-independent font-bold text-independent">{t("independent")}</p>;
  }
  const text =
    value.reason === "care-provider" ? t("careProvider", { organization: value.organizationName }) : t("accessTeam");
  return <p className="note border-not-independent font-bold text-not-independent">{text}</p>;
}
