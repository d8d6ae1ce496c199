import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { SignInCodeForm } from "@/components/staff/SignInCodeForm";
import { Link } from "@/i18n/navigation";
import { currentActor } from "@/lib/auth/request";
import { returnPath } from "@/lib/auth/return-path";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("StaffSignInCode"))("title") };
}

/** The second step of signing in, after the password: only for a session waiting for its code. */
export default async function SignInCodePage({ searchParams }: PageProps<"/[locale]/inloggen/code">) {
  const [t, actor, query] = await Promise.all([getTranslations("StaffSignInCode"), currentActor(), searchParams]);
  return (
    <>
      <h1 className="text-h2 sm:text-h1">{t("title")}</h1>
      {actor?.pending === "code" ? (
        <>
          <p className="mt-4 max-w-prose">{t("intro")}</p>
          <SignInCodeForm back={returnPath(query.terug)} />
        </>
      ) : (
        <p className="mt-4 max-w-prose">
          {t("expired")}{" "}
          <Link href="/inloggen" className="font-bold">
            {t("again")}
          </Link>
        </p>
      )}
    </>
  );
}
