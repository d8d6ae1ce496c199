import { useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import { StatusMessage } from "./StatusMessage";

/** What a resident sees for an address that does not exist, in the page's language. */
export function NotFoundMessage() {
  const t = useTranslations("NotFoundPage");
  return (
    <>
      <title>{t("title")}</title>
      <StatusMessage title={t("title")} description={t("description")}>
        <Link href="/">{t("homeLink")}</Link>
      </StatusMessage>
    </>
  );
}
