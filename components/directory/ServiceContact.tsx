import { useTranslations } from "next-intl";
import { CallLink } from "@/components/catalogue/CallLink";
import { CatalogueText } from "@/components/catalogue/CatalogueText";
import type { ServiceDetail } from "@/lib/catalogue/shapes/service-detail";
import { PageSection } from "@/components/layout/PageSection";

/** How to reach a service; numbers are shown as the catalogue writes them. */
export function ServiceContact({ service }: { service: ServiceDetail }) {
  const t = useTranslations("ServicePage");
  if (service.phones.length === 0 && !service.email && !service.url) return null;
  return (
    <PageSection id="contact" title={t("contact")}>
      <ul className="mt-3 flex flex-col gap-3">
        {service.phones.map((phone) => (
          <li key={phone.number}>
            <CallLink number={phone.number} className="text-lg font-bold" />
            {phone.description ? <CatalogueText as="p" value={phone.description} className="text-ink-secondary" /> : null}
          </li>
        ))}
        {service.email ? (
          <li>
            <a href={`mailto:${service.email}`}>{t("email", { email: service.email })}</a>
          </li>
        ) : null}
        {service.url ? (
          <li>
            <a href={service.url}>{t("website", { name: service.organization.name })}</a>
          </li>
        ) : null}
      </ul>
    </PageSection>
  );
}
