import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { SignInForm } from "@/components/staff/SignInForm";
import { DRAFT_MINUTES } from "@/lib/auth/form-drafts";
import { returnPath } from "@/lib/auth/return-path";
import { env } from "@/lib/env";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("StaffSignIn"))("title") };
}

/** Sign-in for wijkteam staff, providers, editors and admins. Residents never need an account. */
export default async function SignInPage({ searchParams }: PageProps<"/[locale]/inloggen">) {
  const [t, query, locale] = await Promise.all([getTranslations("StaffSignIn"), searchParams, getLocale()]);
  // `terug`: the page to go back to after signing in, checked (no open redirect); `uitgelogd=bewaard`: a form was kept for then.
  const back = returnPath(query.terug);
  const notice = query.geweigerd ? t("forbidden") : query.uitgelogd === "bewaard" ? t("sessionKept", { minutes: DRAFT_MINUTES }) : query.uitgelogd === "sessie" ? t("sessionEnded") : query.uitgelogd === "overal" ? t("signedOutEverywhere") : query.uitgelogd ? t("signedOut") : query.oidc === "pending" ? t("oidcPending") : query.oidc === "unverified" ? t("oidcUnverified") : query.oidc ? t("oidcFailed") : undefined;
  return (
    <>
      <h1 className="text-h2 sm:text-h1">{t("title")}</h1>
      <p className="mt-4 max-w-prose">{t("intro")}</p>
      {notice ? <p className="mt-4 border-l-4 border-primary pl-3 font-bold">{notice}</p> : null}
      <SignInForm back={back} />
      {env().oidc ? (
        <p className="mt-8">
          {/* A plain link: the route sends the browser on to the identity provider. */}
          <a href={`/api/auth/oidc/start?locale=${locale}`} className="font-bold">
            {t("oidc")}
          </a>
        </p>
      ) : null}
    </>
  );
}
