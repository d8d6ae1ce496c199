import { useLocale, useTranslations } from "next-intl";
import { vocabularyLabel } from "@/lib/catalogue/labels";
import type { ServiceDetail } from "@/lib/catalogue/shapes/service-detail";
import { CredentialExplanations } from "@/components/catalogue/CredentialExplanations";
import { Fact } from "./Fact";
import { TermList } from "./TermList";

/** The short facts of a service page, as a definition list. */
export function ServiceFacts({ service }: { service: ServiceDetail }) {
  const t = useTranslations("ServicePage");
  const tr = useTranslations("DirectoryResult");
  const tKinds = useTranslations("Kinds");
  const locale = useLocale();
  const { minimumAge: min, maximumAge: max } = service;
  const age =
    min !== null && max !== null ? t("ageRange", { min, max }) : min !== null ? t("ageFrom", { min }) : max !== null ? t("ageTo", { max }) : undefined;

  return (
    <dl className="mt-4 grid gap-x-8 gap-y-3 sm:grid-cols-2">
      <Fact term={tr("kind")}>{service.kind ? tKinds(`${service.kind}.title`) : tKinds("unknown.title")}</Fact>
      <Fact term={t("organization")}>{service.organization.name}</Fact>
      {service.domains.length > 0 ? (
        <Fact term={tr("domains")}>
          <TermList items={service.domains} />
        </Fact>
      ) : null}
      {service.targetGroups.length > 0 ? (
        <Fact term={t("targetGroups")}>
          <TermList items={service.targetGroups} />
        </Fact>
      ) : null}
      <Fact term={tr("languages")}>{service.languages.map((code) => vocabularyLabel(locale, "language", code)).join(", ")}</Fact>
      {service.attending.length > 0 ? (
        <Fact term={tr("attending")}>
          <TermList items={service.attending.map((a) => a.name)} />
        </Fact>
      ) : null}
      {age ? <Fact term={t("age")}>{age}</Fact> : null}
      {service.waitingDays !== null ? <Fact term={tr("waiting")}>{tr("waitingDays", { days: service.waitingDays })}</Fact> : null}
      {service.acceptingNewClients !== null ? (
        <Fact term={tr("newClients")}>{service.acceptingNewClients ? tr("accepting") : tr("notAccepting")}</Fact>
      ) : null}
      <Fact term={t("municipalities")}>{service.municipalities.map((m) => m.name).join(", ")}</Fact>
      {service.credentials.length > 0 ? (
        <Fact term={t("credentials")}>
          <TermList items={service.credentials} />
          <CredentialExplanations codes={service.explainedCredentials} />
        </Fact>
      ) : null}
    </dl>
  );
}
