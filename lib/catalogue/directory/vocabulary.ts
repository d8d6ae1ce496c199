/**
 * The codes of the standard vocabularies every catalogue carries (PROFILE.md). Filters
 * accept only these, so a resident's URL can never ask the database for something odd.
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

export type DomainCode = (typeof DOMAIN_CODES)[number];
export type TargetGroupCode = (typeof TARGET_GROUP_CODES)[number];
export type AttendingCode = (typeof ATTENDING_CODES)[number];
