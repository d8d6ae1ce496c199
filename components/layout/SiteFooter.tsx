import { useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";

export function SiteFooter() {
  const t = useTranslations("Layout");
  const tNav = useTranslations("DirectoryNav");
  return (
    <footer className="mt-12 bg-primary text-primary-contrast print:hidden">
      <div className="mx-auto w-full max-w-page px-4 py-8">
        <h2 className="text-lg font-bold">{t("footerLabel")}</h2>
        <p className="mt-2 max-w-prose">{t("footerText")}</p>
        <p className="mt-4 text-sm">
          <Link href="/inloggen" className="text-primary-contrast hover:text-primary-contrast">
            {tNav("staff")}
          </Link>
        </p>
      </div>
    </footer>
  );
}
