import { createHash, randomBytes } from "node:crypto";

/**
 * Recovery codes: for when the phone with the authenticator app is lost. Ten random codes
 * of 10 characters (about 50 bits each, so a plain SHA-256 is enough to store them); each
 * works once. Written as "abcde-fghij"; case, spaces and dashes do not matter when typed.
 */
export const RECOVERY_CODE_COUNT = 10;
const ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";

export function newRecoveryCodes(): string[] {
  return Array.from({ length: RECOVERY_CODE_COUNT }, () => {
    const chars = Array.from(randomBytes(10), (byte) => ALPHABET[byte % ALPHABET.length]).join("");
    return `${chars.slice(0, 5)}-${chars.slice(5)}`;
  });
}

export function recoveryCodeHash(code: string): string {
  return createHash("sha256").update(code.toLowerCase().replace(/[\s-]/g, "")).digest("hex");
}

/** Looks like a recovery code rather than a 6-digit app code. */
export function isRecoveryCodeShape(code: string): boolean {
  return /^[a-z0-9]{10}$/i.test(code.replace(/[\s-]/g, "")) && !/^\d+$/.test(code.replace(/[\s-]/g, ""));
}
