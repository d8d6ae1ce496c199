import { useTranslations } from "next-intl";

/** First focusable element on every page, so keyboard users can skip the header. */
export function SkipLink() {
  const t = useTranslations("Layout");
  return (
    <a
      href="#main"
      className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50 focus:bg-canvas focus:px-4 focus:py-3 focus:font-bold"
    >
      {t("skipLink")}
    </a>
  );
}
