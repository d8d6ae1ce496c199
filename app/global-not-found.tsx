import { connection } from "next/server";
import { getLocale } from "next-intl/server";
import { NotFoundMessage } from "@/components/layout/NotFoundMessage";
import { Main } from "@/components/layout/Main";
import { PageShell } from "@/components/layout/PageShell";
import "./globals.css";

/**
 * Every address that matches no route, e.g. /nl/bestaat-niet or /onbekend.txt. It is
 * rendered on the server with the full page around it, so it works without JavaScript.
 * The language comes from the address (set by proxy.ts); without one it is Dutch, and
 * the language switch leads to the English version.
 */
export default async function GlobalNotFound() {
  await connection();
  const locale = await getLocale();
  return (
    <PageShell locale={locale}>
      <Main>
        <NotFoundMessage />
      </Main>
    </PageShell>
  );
}
