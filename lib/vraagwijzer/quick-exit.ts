/**
 * "Snel weg": where the quick exit goes. A neutral page that looks like any search, so
 * someone looking over the resident's shoulder sees nothing about help or danger.
 */
export const QUICK_EXIT_URL = "https://www.google.nl/";

/**
 * The quick exit in the browser, installed once per page (idempotent) and acting only
 * while the address is a vraagwijzer page (`/{locale}/vraagwijzer…`):
 * - the "Snel weg" link and the Escape key replace the page with the neutral site;
 * - moving between vraagwijzer pages (links, GET forms, the last step's counted POST)
 *   replaces the history entry, so the back button finds no vraagwijzer page afterwards.
 * Forms that post to a server action (the signals page) are React's own; their redirect
 * replaces too. Sent before React has hydrated, such a form would post natively and the
 * browser would add a history entry: the submit waits for `hydratedEvent` (HYDRATED_EVENT) instead (at
 * most a few seconds, then it goes natively after all). The function must stay
 * self-contained: it is also sent as an inline script (components/vraagwijzer/QuickExit.tsx),
 * which runs before React has hydrated.
 */
export function installQuickExit(url: string, locale: string, hydratedEvent: string): void {
  const root = document.documentElement;
  if (root.dataset.quickExit === "on") return;
  root.dataset.quickExit = "on";
  const prefix = `/${locale}/vraagwijzer`;
  const inFlow = (pathname: string) => pathname === prefix || pathname.startsWith(`${prefix}/`);
  const here = () => inFlow(window.location.pathname);
  const replaceWith = (href: string) => window.location.replace(href);
  let hydrated = false;
  let waiting: { form: HTMLFormElement; submitter: HTMLElement | null } | undefined;
  let native = false;
  const release = () => {
    const held = waiting;
    waiting = undefined;
    if (held) held.form.requestSubmit(held.submitter);
  };
  document.addEventListener(hydratedEvent, () => {
    hydrated = true;
    release();
  });
  const texts = (data: FormData) => [...data.entries()].flatMap(([name, value]) => (typeof value === "string" ? [[name, value]] : []));

  document.addEventListener("keydown", (event) => {
    if (event.key === "Escape" && !event.defaultPrevented && here()) replaceWith(url);
  });
  document.addEventListener("click", (event) => {
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey || !here()) return;
    const link = event.target instanceof Element ? event.target.closest("a") : null;
    if (!link) return;
    if (link.hasAttribute("data-quick-exit")) {
      event.preventDefault();
      replaceWith(url);
      return;
    }
    const target = new URL(link.href, window.location.href);
    if (target.origin === window.location.origin && inFlow(target.pathname) && !link.target) {
      event.preventDefault();
      replaceWith(target.href);
    }
  });
  document.addEventListener("submit", (event) => {
    const form = event.target;
    if (event.defaultPrevented || !(form instanceof HTMLFormElement) || !here()) return;
    const submitter = event.submitter;
    // A server action's form names no address of its own: React's, once it has hydrated.
    const address = submitter?.getAttribute("formaction") || form.getAttribute("action");
    if (!address) {
      if (hydrated || native) {
        native = false;
        return;
      }
      event.preventDefault();
      if (waiting) return;
      waiting = { form, submitter };
      window.setTimeout(() => {
        if (hydrated || !waiting) return;
        native = true;
        release();
      }, 4000);
      return;
    }
    const action = new URL(address, window.location.href);
    if (action.origin !== window.location.origin || !inFlow(action.pathname)) return;
    const method = (submitter?.getAttribute("formmethod") ?? form.getAttribute("method") ?? "get").toLowerCase();
    const data = new URLSearchParams(texts(new FormData(form, submitter)));
    if (method === "get") {
      event.preventDefault();
      action.search = data.toString();
      replaceWith(action.href);
    } else if (method === "post") {
      // The last step posts (it is counted) and is sent on with 303: follow it, then replace.
      event.preventDefault();
      fetch(action, { method: "POST", body: data })
        .then((response) => replaceWith(response.redirected ? response.url : action.href))
        .catch(() => form.submit());
    }
  });
}

/** Sent once React has hydrated the page (QuickExitBehaviour): a held submit may go. */
export const HYDRATED_EVENT = "quickexit:hydrated";

/** installQuickExit as an inline script for this page. */
export function quickExitScript(locale: string): string {
  const args = [QUICK_EXIT_URL, locale, HYDRATED_EVENT].map((value) => JSON.stringify(value)).join(",");
  return `(${installQuickExit.toString()})(${args});`;
}
