import { useLocale, useTranslations } from "next-intl";
import { CatalogueText } from "@/components/catalogue/CatalogueText";
import { ChooseForm } from "@/components/contact/ChooseForm";
import { initials } from "@/lib/catalogue/format";
import { vocabularyLabel } from "@/lib/catalogue/labels";
import type { SupporterDetail } from "@/lib/catalogue/shapes/service-detail";
import { TermList } from "./TermList";
import { PageSection } from "@/components/layout/PageSection";

type Props = { serviceId: string; supporters: readonly SupporterDetail[]; /** Open for contact: each person can be chosen. */ canChoose: boolean };

/** The people behind a service, so a resident can pick someone they feel comfortable with, and choose them. */
export function SupporterList({ serviceId, supporters, canChoose }: Props) {
  const t = useTranslations("ServicePage");
  const locale = useLocale();
  if (supporters.length === 0) return null;
  return (
    <PageSection id="supporters" title={t("supporters")} intro={t("supportersIntro")}>
      <ul className="mt-4 grid gap-4 sm:grid-cols-2">
        {supporters.map((person) => (
          <li key={person.id} className="flex gap-4 rounded-portal border-2 border-line p-4">
            {person.photo ? (
              // eslint-disable-next-line @next/next/no-img-element -- a plain img works without JavaScript and needs no image optimiser
              <img
                src={`/${locale}/aanbod/${serviceId}/foto/${person.id}?v=${encodeURIComponent(person.photo)}`}
                alt={t("supporterPhoto", { name: person.displayName })}
                width={80}
                height={80}
                className="size-20 shrink-0 rounded-full object-cover"
              />
            ) : (
              <span aria-hidden="true" className="flex size-20 shrink-0 items-center justify-center rounded-full bg-primary text-h3 font-bold text-primary-contrast">
                {initials(person.displayName)}
              </span>
            )}
            <div>
              <h3 className="text-h3">{person.displayName}</h3>
              {person.gender ? <p className="text-ink-secondary">{person.gender}</p> : null}
              {person.bio ? <CatalogueText as="p" value={person.bio} className="mt-2" /> : null}
              {person.languages.length > 0 ? (
                <p className="mt-2">{t("supporterLanguages", { languages: person.languages.map((code) => vocabularyLabel(locale, "language", code)).join(", ") })}</p>
              ) : null}
              {person.livedExperience.length > 0 ? (
                <p className="mt-1">
                  {t("supporterExperience")}{" "}
                  <TermList items={person.livedExperience} />
                </p>
              ) : null}
              {canChoose ? (
                <div className="mt-3">
                  <ChooseForm serviceId={serviceId} supporterId={person.id} variant="secondary">
                    {t("choose", { name: person.displayName })}
                  </ChooseForm>
                </div>
              ) : null}
            </div>
          </li>
        ))}
      </ul>
    </PageSection>
  );
}
