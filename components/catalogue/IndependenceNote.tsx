import { useTranslations } from "next-intl";
import type { Independence } from "@/lib/catalogue/independence";

/**
 * Says in words whether a service is independent; the coloured bar only repeats it,
 * so the message never depends on colour. Its classes live in app/globals.css: a directory page shows twenty.
 */
export function IndependenceNote({ value }: { value: Independence }) {
  const t = useTranslations("Service");
  if (value.independent) {
    return <p className="note-independent">{t("independent")}</p>;
  }
  const text =
    value.reason === "care-provider" ? t("careProvider", { organization: value.organizationName }) : t("accessTeam");
  return <p className="note-not-independent">{text}</p>;
}
