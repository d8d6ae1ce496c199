import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from "node:crypto";

/**
 * Passwords are hashed with scrypt (memory-hard, in node:crypto, no native add-on).
 * N=2^15, r=8 uses 32 MiB per hash: costly for an attacker with a stolen table, still
 * about a tenth of a second here. The parameters are stored with the hash, so they can
 * be raised later without breaking existing accounts.
 */
const PARAMS = { N: 2 ** 15, r: 8, p: 1 };
const KEY_LENGTH = 32;

function derive(password: string, salt: Buffer, params: { N: number; r: number; p: number }): Promise<Buffer> {
  const options: ScryptOptions = { ...params, maxmem: 256 * params.N * params.r };
  return new Promise((resolve, reject) =>
    scrypt(password.normalize("NFC"), salt, KEY_LENGTH, options, (error, key) => (error ? reject(error) : resolve(key))),
  );
}

export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await derive(password, salt, PARAMS);
  return ["scrypt", PARAMS.N, PARAMS.r, PARAMS.p, salt.toString("base64"), key.toString("base64")].join("$");
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, salt, key] = stored.split("$");
  if (scheme !== "scrypt" || !salt || !key) return false;
  const expected = Buffer.from(key, "base64");
  const actual = await derive(password, Buffer.from(salt, "base64"), { N: Number(n), r: Number(r), p: Number(p) });
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

/**
 * At most a few hashes at once (as many as libuv runs scrypt in parallel): each costs a tenth of a second of a core and 32 MiB, so
 * a burst of sign-ins could otherwise starve every other request. A sign-in that finds
 * every slot taken is told "try again later" at once (verifyPasswordOrBusy).
 */
export const MAX_CONCURRENT_HASHES = 4;
let running = 0;

export const hashSlots = {
  /** Takes a slot, or says false when all are taken. */
  tryTake(): boolean {
    if (running >= MAX_CONCURRENT_HASHES) return false;
    running += 1;
    return true;
  },
  give(): void {
    running = Math.max(0, running - 1);
  },
  get running(): number {
    return running;
  },
};

/** verifyPassword within the limit above: "busy" (without hashing) when it is reached. */
export async function verifyPasswordOrBusy(password: string, stored: () => Promise<string>): Promise<boolean | "busy"> {
  if (!hashSlots.tryTake()) return "busy";
  try {
    return await verifyPassword(password, await stored());
  } finally {
    hashSlots.give();
  }
}

// Checked when an account does not exist, so a wrong e-mail address takes as long as a wrong password.
let decoy: Promise<string> | undefined;
export function decoyHash(): Promise<string> {
  decoy ??= hashPassword(randomBytes(16).toString("hex"));
  return decoy;
}

/** A password for scripted set-ups: 20 characters from an alphabet without look-alikes. */
export function generatePassword(): string {
  const alphabet = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
  return Array.from(randomBytes(20), (byte) => alphabet[byte % alphabet.length]).join("");
}
