import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { NextIntlClientProvider } from "next-intl";
import { SignInForm } from "@/components/staff/SignInForm";
import { pickMessages } from "@/components/staff/messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("StaffSignIn"))("title") };
}

/** Sign-in for wijkteam staff, providers, editors and admins. Residents never need an account. */
export default async function SignInPage({ searchParams }: PageProps<"/[locale]/inloggen">) {
  const [t, query] = await Promise.all([getTranslations("StaffSignIn"), searchParams]);
  const notice = query.geweigerd ? t("forbidden") : query.uitgelogd === "overal" ? t("signedOutEverywhere") : query.uitgelogd ? t("signedOut") : undefined;
  return (
    <>
      <h1 className="text-h2 sm:text-h1">{t("title")}</h1>
      <p className="mt-4 max-w-prose">{t("intro")}</p>
      {notice ? <p className="mt-4 border-l-4 border-primary pl-3 font-bold">{notice}</p> : null}
      <NextIntlClientProvider messages={await pickMessages(["StaffSignIn"])}>
        <SignInForm />
      </NextIntlClientProvider>
    </>
  );
}
