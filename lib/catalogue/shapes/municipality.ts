import { localise, type LocalisedText } from "../localise";
import type { CatalogueMunicipality } from "../records";

/** A municipality as a filter offers it. */
export type MunicipalityChoice = { code: string; name: string };

/** A municipality with its wijkteam / Toegang, in the visitor's language. */
export type MunicipalityDetail = MunicipalityChoice & {
  accessTeam: { name: LocalisedText | undefined; phone: string | null; website: string | null; description: LocalisedText | undefined } | undefined;
};

export function toMunicipalityDetail(municipality: CatalogueMunicipality, locale: string): MunicipalityDetail {
  const team = municipality.accessTeam;
  return {
    code: municipality.code,
    name: municipality.name,
    accessTeam: team
      ? { name: localise(team.name, locale), phone: team.phone, website: team.website, description: localise(team.description, locale) }
      : undefined,
  };
}
