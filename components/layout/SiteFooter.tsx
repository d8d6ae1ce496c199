import { useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";

const linkClass = "inline-block py-2 text-primary-contrast hover:text-primary-contrast";

/** On every page: what the portal is, and the privacy, accessibility and contact pages. */
export function SiteFooter() {
  const t = useTranslations("Layout");
  const tTrust = useTranslations("TrustFooter");
  const tNav = useTranslations("DirectoryNav");
  const links = [
    { href: "/privacy", text: tTrust("privacy") },
    { href: "/toegankelijkheid", text: tTrust("accessibility") },
    { href: "/colofon", text: tTrust("colophon") },
    { href: "/open-data", text: tTrust("openData") },
    { href: "/inloggen", text: tNav("staff") },
  ];
  return (
    <footer className="mt-12 bg-primary text-primary-contrast print:hidden">
      <div className="mx-auto w-full max-w-page px-4 py-8">
        <h2 id="footer-title" className="text-lg font-bold">
          {t("footerLabel")}
        </h2>
        <p className="mt-2 max-w-prose">{t("footerText")}</p>
        <nav aria-labelledby="footer-title" className="mt-4">
          <ul className="flex flex-col gap-x-6 sm:flex-row sm:flex-wrap">
            {links.map((link) => (
              <li key={link.href}>
                <Link href={link.href} className={linkClass}>
                  {link.text}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      </div>
    </footer>
  );
}
