import { useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import { brandLogo } from "@/lib/brand";
import { ChosenMunicipality } from "./ChosenMunicipality";
import { LanguageSwitch } from "./LanguageSwitch";

export function SiteHeader() {
  const t = useTranslations("Layout");
  const tNav = useTranslations("DirectoryNav");
  const tOperator = useTranslations("TrustOperator");
  const logo = brandLogo();
  return (
    <header className="border-b-4 border-primary bg-canvas print:border-b-2">
      <div className="mx-auto flex w-full max-w-page flex-wrap items-center justify-between gap-4 px-4 py-4 print:px-0 print:py-2">
        <div className="flex flex-wrap items-center gap-x-6 gap-y-3">
          <Link href="/" className="flex flex-wrap items-center gap-x-4 gap-y-2 text-ink no-underline hover:text-ink hover:underline">
            {logo ? (
              // The logo belongs to whoever runs the portal: its text alternative is their name (TrustOperator).
              // eslint-disable-next-line @next/next/no-img-element -- the municipality's own logo file, served as is
              <img src={logo.src} alt={tOperator("name")} className="h-12 w-auto print:h-10" />
            ) : null}
            <span>
              <span className="block text-h3 font-bold text-primary">{t("portalName")}</span>
              <span className="block text-sm text-ink-secondary">{t("portalTagline")}</span>
            </span>
          </Link>
          <ChosenMunicipality />
        </div>
        <div className="print:hidden">
          <LanguageSwitch />
        </div>
      </div>
      <nav aria-label={tNav("label")} className="mx-auto w-full max-w-page px-4 pb-3 print:hidden">
        <ul className="flex flex-wrap gap-x-6 gap-y-2">
          <li>
            <Link href="/" className="font-bold">
              {tNav("home")}
            </Link>
          </li>
          <li>
            <Link href="/aanbod" className="font-bold">
              {tNav("directory")}
            </Link>
          </li>
          <li>
            <Link href="/vraagwijzer" className="font-bold">
              {tNav("vraagwijzer")}
            </Link>
          </li>
          <li>
            <Link href="/spreekuren" className="font-bold">
              {tNav("walkIn")}
            </Link>
          </li>
        </ul>
      </nav>
    </header>
  );
}
