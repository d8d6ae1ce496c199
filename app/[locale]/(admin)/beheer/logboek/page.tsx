import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { SecurityLogFilters } from "@/components/staff/SecurityLogFilters";
import { SecurityLogTable } from "@/components/staff/SecurityLogTable";
import { pageRoles } from "@/lib/auth/protected-pages";
import { requireRole } from "@/lib/auth/request";
import { readSecurityLog } from "@/lib/auth/accounts";
import { securityLogQuerySchema } from "@/lib/auth/security-log";
import { valuesOf } from "@/lib/catalogue/url-params";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("AdminSecurityLog"))("title") };
}

/** The security log for admins: sign-ins, limits, sign-outs, passwords, second factors, accounts and roles. */
export default async function SecurityLogPage({ searchParams }: PageProps<"/[locale]/beheer/logboek">) {
  await requireRole(pageRoles("/beheer/logboek"));
  const [t, params] = await Promise.all([getTranslations("AdminSecurityLog"), searchParams]);
  const query = securityLogQuerySchema.parse({ soort: valuesOf(params, "soort")[0], account: valuesOf(params, "account")[0], pagina: valuesOf(params, "pagina")[0] });
  const log = await readSecurityLog(query);
  return (
    <>
      <h1 className="text-h2 sm:text-h1">{t("title")}</h1>
      <p className="mt-4 max-w-prose">{t("intro")}</p>
      <SecurityLogFilters query={query} accounts={log.accounts} />
      <SecurityLogTable query={query} log={log} />
    </>
  );
}
