import { createElement, type ComponentProps, type ReactElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { NextIntlClientProvider } from "next-intl";
import { messagesByLocale } from "@/messages";

/** A component's HTML as the server renders it in one language, for tests that read the markup. */
export function renderInLocale(locale: "nl" | "en", element: ReactElement): string {
  return renderToStaticMarkup(
    createElement(
      NextIntlClientProvider,
      { locale, messages: messagesByLocale[locale], timeZone: "Europe/Amsterdam" } as ComponentProps<typeof NextIntlClientProvider>,
      element,
    ),
  );
}
