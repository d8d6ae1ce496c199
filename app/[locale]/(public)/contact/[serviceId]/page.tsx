import { randomUUID } from "node:crypto";
import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { connection } from "next/server";
import { getLocale, getMessages, getTranslations } from "next-intl/server";
import { CatalogueText } from "@/components/catalogue/CatalogueText";
import { IndependenceNote } from "@/components/catalogue/IndependenceNote";
import { ContactForm } from "@/components/contact/ContactForm";
import { ContactWays } from "@/components/contact/ContactWays";
import { RouteNotes } from "@/components/vraagwijzer/RouteNotes";
import { answersQuery, parseAnswers } from "@/lib/vraagwijzer/answers";
import { findContactDetails, findMunicipality } from "@/lib/catalogue/read";

type Props = PageProps<"/[locale]/contact/[serviceId]">;

async function load({ params, searchParams }: Props) {
  const [{ serviceId }, query, locale] = await Promise.all([params, searchParams, getLocale()]);
  const supporterId = [query.ondersteuner].flat()[0];
  return { details: await findContactDetails(serviceId, supporterId, locale), query, locale, serviceId };
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { details } = await load(props);
  const t = await getTranslations("ContactPage");
  return details ? { title: t("title", { service: details.name.text }) } : {};
}

/** The contact page a resident reaches by choosing a service: every way to reach it, and an optional request. */
export default async function ContactPage(props: Props) {
  await connection();
  const { details, query, locale, serviceId } = await load(props);
  if (!details) {
    // notFound() would need JavaScript (vercel/next.js#62228); an address that matches no
    // route gets the server-rendered 404 page with status 404.
    redirect(`/${locale}/contact/${encodeURIComponent(serviceId)}/onbekend`);
  }
  const answers = parseAnswers(query);
  const [t, messages, municipality] = await Promise.all([getTranslations("ContactPage"), getMessages(), findMunicipality(answers.municipality, locale)]);
  // Answers from the vraagwijzer can go along with the request, only if the resident ticks it.
  const shared = answers.municipality ? { answers, municipalityName: municipality?.name } : undefined;

  return (
    <div className="mx-auto w-full max-w-page px-4 py-8 sm:py-10">
      <h1 className="text-h2 sm:text-h1">{t("title", { service: details.name.text })}</h1>
      <p className="mt-2 text-ink-secondary">{details.organizationName}</p>
      <div className="mt-3">
        <IndependenceNote value={details.independence} />
      </div>
      <RouteNotes answers={answers} />
      {details.supporter ? (
        <section aria-labelledby="supporter" className="mt-6 rounded-portal bg-surface p-4">
          <h2 id="supporter" className="text-h3">
            {t("supporterTitle", { name: details.supporter.displayName })}
          </h2>
          {details.supporter.bio ? <CatalogueText as="p" value={details.supporter.bio} className="mt-2 max-w-prose" /> : null}
        </section>
      ) : null}
      <ContactWays details={details} />
      <section aria-labelledby="contact-form" className="mt-10">
        <h2 id="contact-form" className="text-h3 sm:text-h2">
          {messages.ContactForm.title}
        </h2>
        <p className="mt-2 max-w-prose">{messages.ContactForm.intro}</p>
        <ContactForm serviceId={details.id} supporterId={details.supporter?.id} idempotencyKey={randomUUID()} shared={shared} />
      </section>
      {answers.municipality ? (
        <p className="mt-10">
          <a href={`/${locale}/vraagwijzer/suggesties${answersQuery(answers)}`}>{t("back")}</a>
        </p>
      ) : null}
    </div>
  );
}
