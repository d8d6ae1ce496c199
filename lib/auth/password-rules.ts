import { dictionary } from "@zxcvbn-ts/language-common";

/**
 * What a new password must be: at least 12 characters, and not one of the passwords
 * that leak most often. The list is the common-password dictionary of zxcvbn-ts
 * (@zxcvbn-ts/language-common, about 49,000 passwords from public breaches), shipped
 * in the package: nothing is looked up over the network.
 */
export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 500;

export type PasswordProblem = "short" | "long" | "common";

let common: Set<string> | undefined;
function commonPasswords(): Set<string> {
  common ??= new Set(dictionary["passwords-common"].map((p) => p.toLowerCase()));
  return common;
}

/** Lower case, and without digits or signs at the end: "Password123456!" is "password". */
function variants(password: string): string[] {
  const lower = password.normalize("NFC").toLowerCase();
  const stem = lower.replace(/[\d\W_]+$/u, "");
  return stem.length >= 4 && stem !== lower ? [lower, stem] : [lower];
}

/** Why a password may not be used, or null when it may. */
export function passwordProblem(password: string): PasswordProblem | null {
  const length = [...password].length;
  if (length < MIN_PASSWORD_LENGTH) return "short";
  if (length > MAX_PASSWORD_LENGTH) return "long";
  // One character over and over ("aaaaaaaaaaaa") is as weak as a listed one.
  if (new Set(password).size < 3) return "common";
  return variants(password).some((v) => commonPasswords().has(v)) ? "common" : null;
}
