import { useTranslations } from "next-intl";
import type { ServiceView } from "@/lib/catalogue/view";
import { CatalogueText } from "./CatalogueText";
import { IndependenceNote } from "./IndependenceNote";

export function ServiceItem({ service }: { service: ServiceView }) {
  const t = useTranslations("Service");
  return (
    <li className="rounded-portal border-2 border-line bg-canvas p-3 sm:p-5">
      <CatalogueText as="h3" value={service.name} className="text-lg text-primary sm:text-h3" />
      {service.description ? <CatalogueText as="p" value={service.description} className="mt-2 max-w-prose" /> : null}
      <p className="mt-3 text-ink-secondary">{t("organisation", { organisation: service.organisationName })}</p>
      <div className="mt-3">
        <IndependenceNote value={service.independence} />
      </div>
    </li>
  );
}
