import { useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import { LanguageSwitch } from "./LanguageSwitch";

export function SiteHeader() {
  const t = useTranslations("Layout");
  return (
    <header className="border-b-4 border-primary bg-canvas">
      <div className="mx-auto flex w-full max-w-page flex-wrap items-center justify-between gap-4 px-4 py-4">
        <Link href="/" className="text-ink no-underline hover:text-ink hover:underline">
          <span className="block text-h3 font-bold text-primary">{t("portalName")}</span>
          <span className="block text-sm text-ink-secondary">{t("portalTagline")}</span>
        </Link>
        <LanguageSwitch />
      </div>
    </header>
  );
}
