import "server-only";
import { headers } from "next/headers";
import { hasLocale } from "next-intl";
import { routing, type Locale } from "@/i18n/routing";
import { env } from "@/lib/env";
import { clientAddressFrom } from "@/lib/http/client-address";
import { localPath } from "@/lib/http/local-path";

/**
 * What every server action needs to know about its request, from one place: the form's
 * language and the visitor's address (for rate limits only). Server actions cannot read
 * the [locale] segment (next/root-params works only while rendering), so every form
 * sends its language in a hidden `locale` field (components/forms/LocaleField.tsx).
 */
export type RequestContext = {
  form: FormData;
  locale: Locale;
  client: string;
  /** A submitted text field, or "" when missing. */
  text(name: string): string;
  /** The named text fields, to give back to the form. */
  values(names: readonly string[]): Record<string, string>;
};

export function formLocale(form: FormData): Locale {
  const value = form.get("locale");
  return hasLocale(routing.locales, value) ? value : routing.defaultLocale;
}

export function clientAddress(list: Headers): string {
  return clientAddressFrom(list, env().trustedProxyHops);
}

export async function requestContext(form: FormData): Promise<RequestContext> {
  const text = (name: string) => {
    const value = form.get(name);
    return typeof value === "string" ? value : "";
  };
  return {
    form,
    locale: formLocale(form),
    client: clientAddress(await headers()),
    text,
    values: (names) => Object.fromEntries(names.map((name) => [name, text(name)])),
  };
}

/**
 * "See other": after a counted post, on to a page of this site. The address stays
 * relative, so the browser keeps the host it used: the server may know itself by
 * another name (localhost behind a proxy), and CSP form-action 'self' blocks a form
 * post that redirects to another origin. Anything but a path on this site (an open
 * redirect) is answered 404 instead.
 */
export function seeOther(pathAndQuery: string): Response {
  const location = localPath(pathAndQuery);
  if (!location) return notFound();
  return new Response(null, { status: 303, headers: { Location: location } });
}

export function notFound(): Response {
  return new Response(null, { status: 404 });
}

/**
 * The [locale] segment of a route handler. Paths with a dot skip proxy.ts, so a route
 * handler sees whatever was typed there (`%2F%2Fevil.example`): it must check it.
 */
export function routeLocale(value: string): Locale | undefined {
  return hasLocale(routing.locales, value) ? value : undefined;
}
