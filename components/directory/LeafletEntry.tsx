import { CatalogueText } from "@/components/catalogue/CatalogueText";
import { IndependenceNote } from "@/components/catalogue/IndependenceNote";
import type { ServiceDetail } from "@/lib/catalogue/shapes/service-detail";
import { CallLink } from "@/components/catalogue/CallLink";

/** One service on the printed leaflet: name, who, how to reach them and where. */
export function LeafletEntry({ service }: { service: ServiceDetail }) {
  const place = service.locations.find((l) => l.address);
  const walkIn = place?.schedules.find((s) => s.description)?.description;
  // A narrow printed column breaks an e-mail address after the @ rather than in the middle of a word.
  const at = service.email?.lastIndexOf("@") ?? -1;
  return (
    <li className="break-inside-avoid rounded-portal border-2 border-line p-3 print:mb-2 print:border print:p-2 print:text-sm print:leading-snug">
      <h3 className="text-lg font-bold print:text-sm">
        <CatalogueText value={service.name} />
      </h3>
      <p className="text-ink-secondary">{service.organization.name}</p>
      <div className="mt-2 text-sm print:mt-1">
        <IndependenceNote value={service.independence} />
      </div>
      {service.phones[0] ? (
        <p className="mt-2 print:mt-1">
          <CallLink number={service.phones[0].number} />
        </p>
      ) : null}
      {service.email ? (
        <p className="[overflow-wrap:anywhere]">
          {service.email.slice(0, at + 1)}
          <wbr />
          {service.email.slice(at + 1)}
        </p>
      ) : null}
      {place?.address ? (
        <p className="mt-1">
          {place.name}, {place.address.line}, {place.address.city}
        </p>
      ) : null}
      {walkIn ? <CatalogueText as="p" value={walkIn} className="mt-1 text-sm" /> : null}
    </li>
  );
}
