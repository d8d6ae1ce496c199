import { getLocale, getTranslations } from "next-intl/server";
import { useTranslations } from "next-intl";
import { scriptNonce } from "@/lib/http/csp-nonce";
import { QUICK_EXIT_URL, quickExitScript } from "@/lib/vraagwijzer/quick-exit";
import { QuickExitBehaviour } from "./QuickExitBehaviour";

/**
 * The "Snel weg" button on every vraagwijzer page, the crisis numbers included. Without
 * JavaScript it is a plain link to a neutral site (no Referer: rel=noreferrer and the
 * portal's Referrer-Policy). With JavaScript it replaces the page, Escape does the same,
 * and the steps replace each other in the history (lib/vraagwijzer/quick-exit.ts): an
 * inline script installs that at once, before React hydrates, so a quick click cannot
 * slip past it; QuickExitBehaviour installs it after a client-side navigation.
 */
export async function QuickExit() {
  const [t, locale, nonce] = await Promise.all([getTranslations("QuickExit"), getLocale(), scriptNonce()]);
  return (
    <div className="sticky top-0 z-10 border-b border-line bg-canvas/95 print:hidden">
      <div className="mx-auto flex w-full max-w-page justify-end px-4 py-2">
        <a
          href={QUICK_EXIT_URL}
          rel="noreferrer"
          data-quick-exit=""
          aria-describedby="quick-exit-how"
          className="inline-flex min-h-11 min-w-11 items-center justify-center rounded-portal border-2 border-ink bg-ink px-5 py-2 font-bold text-canvas no-underline hover:bg-canvas hover:text-ink"
        >
          {t("button")}
        </a>
        <span id="quick-exit-how" className="sr-only">
          {t("how")}
        </span>
      </div>
      <script nonce={nonce} dangerouslySetInnerHTML={{ __html: quickExitScript(locale) }} />
      <QuickExitBehaviour url={QUICK_EXIT_URL} locale={locale} />
    </div>
  );
}

/** Said once, on the first question: what the button does, briefly. */
export function QuickExitExplained() {
  const t = useTranslations("QuickExit");
  return <p className="mt-2 max-w-prose text-ink-secondary">{t("explained")}</p>;
}
