import { useTranslations } from "next-intl";
import type { KindGroup } from "@/lib/catalogue/view";
import { ServiceItem } from "./ServiceItem";

/** One kind of support (formal, experience expert, volunteer) with what it means and its services. */
export function KindSection({ group }: { group: KindGroup }) {
  const t = useTranslations("Kinds");
  const headingId = `kind-${group.kind}`;
  return (
    <section aria-labelledby={headingId} className="mt-10">
      <h2 id={headingId} className="text-h3 sm:text-h2">
        {t(`${group.kind}.title`)}
      </h2>
      <p className="mt-2 max-w-prose">{t(`${group.kind}.explanation`)}</p>
      <ul className="mt-4 flex flex-col gap-4">
        {group.services.map((service) => (
          <ServiceItem key={service.id} service={service} />
        ))}
      </ul>
    </section>
  );
}
