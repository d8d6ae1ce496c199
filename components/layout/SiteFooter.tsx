import { useTranslations } from "next-intl";

export function SiteFooter() {
  const t = useTranslations("Layout");
  return (
    <footer className="mt-12 bg-primary text-primary-contrast">
      <div className="mx-auto w-full max-w-page px-4 py-8">
        <h2 className="text-lg font-bold">{t("footerLabel")}</h2>
        <p className="mt-2 max-w-prose">{t("footerText")}</p>
      </div>
    </footer>
  );
}
