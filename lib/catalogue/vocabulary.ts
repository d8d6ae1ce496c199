/**
 * The standard vocabularies every catalogue carries (PROFILE.md), as codes. One list per
 * vocabulary for the directory, the staff lookup, the vraagwijzer and matching; URL
 * parameters accept only these codes, so an address can never ask the database for
 * something odd. Labels come from one place: ./labels.ts.
 */
export const KIND_CODES = ["formal", "experience-expert", "volunteer"] as const;
export const DOMAIN_CODES = [
  "care-at-home",
  "youth-family",
  "long-term-care",
  "health-insurance",
  "work-income",
  "money-debt",
  "housing",
  "education",
  "participation",
  "objection-complaint",
  "paperwork",
] as const;
export const TARGET_GROUP_CODES = [
  "everyone",
  "older-people",
  "youth-family",
  "intellectual-disability",
  "physical-disability",
  "mental-health",
  "acquired-brain-injury",
  "dementia",
  "chronic-illness",
  "informal-carers",
  "newcomers",
  "low-literacy",
] as const;
export const ATTENDING_CODES = ["home-visit", "walk-in", "office-appointment", "phone", "online"] as const;
export const LIVED_EXPERIENCE_CODES = [
  "own-disability",
  "parent-of-disabled-child",
  "mental-health",
  "addiction",
  "debt",
  "informal-carer",
  "migration",
  "chronic-illness",
  "acquired-brain-injury",
] as const;
/**
 * Languages a resident can ask for by name (the vraagwijzer's question), in that order.
 * A catalogue may name any ISO 639 code; those work in filters too (./url-params.ts).
 */
export const ASKED_LANGUAGE_CODES = ["nl", "en", "tr", "ar", "ber", "pl", "pap", "so", "ti", "uk", "fr", "de", "es"] as const;

/**
 * Quality marks residents meet on formal services whose names alone say little; the
 * portal explains them in a sentence wherever they are shown (labels.ts).
 */
export const EXPLAINED_CREDENTIAL_CODES = ["bcmb-member", "registerplein"] as const;

export type Kind = (typeof KIND_CODES)[number];
export type DomainCode = (typeof DOMAIN_CODES)[number];
export type TargetGroupCode = (typeof TARGET_GROUP_CODES)[number];
export type AttendingCode = (typeof ATTENDING_CODES)[number];
export type LivedExperienceCode = (typeof LIVED_EXPERIENCE_CODES)[number];
export type AskedLanguageCode = (typeof ASKED_LANGUAGE_CODES)[number];
export type ExplainedCredentialCode = (typeof EXPLAINED_CREDENTIAL_CODES)[number];

/** The taxonomy ids of the standard vocabularies in the catalogue's tables. */
export const TAXONOMY = {
  kind: "co-kind",
  domain: "co-domain",
  targetGroup: "co-target-group",
  attending: "co-attending",
  credential: "co-credential",
  livedExperience: "co-lived-experience",
} as const;

type AttributeTerm = { taxonomyId: string; code: string };

export function isKind(code: string): code is Kind {
  return (KIND_CODES as readonly string[]).includes(code);
}

/** Who gives the support, from a service's attributes; undefined when the catalogue has no known kind. */
export function kindOf(attributes: readonly AttributeTerm[]): Kind | undefined {
  const term = attributes.find((attribute) => attribute.taxonomyId === TAXONOMY.kind && isKind(attribute.code));
  return term === undefined ? undefined : (term.code as Kind);
}

/** The codes of one taxonomy among a service's attributes, in the catalogue's order. */
export function codesOf(attributes: readonly AttributeTerm[], taxonomy: string): string[] {
  return attributes.filter((attribute) => attribute.taxonomyId === taxonomy).map((attribute) => attribute.code);
}
