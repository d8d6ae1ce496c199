export type Independence =
  | { independent: true }
  | { independent: false; reason: "care-provider" | "access-team"; organizationName: string };

type IndependenceFacts = { name: string; isCareProvider: boolean; isAccessTeam: boolean };

/**
 * The Wmo asks for client support that is independent of whoever decides on or delivers
 * care. The wijkteam decides on provisions, so it is named first when both flags are set.
 */
export function independence(organization: IndependenceFacts): Independence {
  if (organization.isAccessTeam) {
    return { independent: false, reason: "access-team", organizationName: organization.name };
  }
  if (organization.isCareProvider) {
    return { independent: false, reason: "care-provider", organizationName: organization.name };
  }
  return { independent: true };
}
