import { createHash, randomBytes } from "node:crypto";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";

/**
 * What a staff member typed when their session had ended, kept so the form comes back
 * filled after they sign in again (the forgiving forms of lib/actions/builders.ts).
 *
 * The values may hold a resident's details, so they stay on the server: the browser holds
 * only a random token (an HttpOnly, SameSite=Strict cookie), the database only its
 * SHA-256, bound to the person whose session ended and to the form (page, action, id
 * prefix). A draft is given back once, to that person on that form only, within
 * DRAFT_MINUTES; the hourly purge removes the rest.
 * Secrets are never kept, whatever a form asks.
 */
export const DRAFT_MINUTES = 30;

/** Field names that are never kept: passwords, codes, tokens. */
const SECRET = /(pass|wachtwoord|secret|token|recovery)|^(code|current|next|repeat)$/i;

/** At most this much text is kept per form (the longest field, a question, is 2,000 characters). */
const MAX_CHARACTERS = 20_000;

export type DraftKey = { page: string; action: string; formKey: string };

const digest = (token: string) => createHash("sha256").update(token).digest("hex");

export function keepableFields(values: Readonly<Record<string, string>>): Record<string, string> {
  const kept = Object.entries(values).filter(([name, value]) => !SECRET.test(name) && value !== "");
  let room = MAX_CHARACTERS;
  return Object.fromEntries(
    kept.flatMap(([name, value]) => {
      if (value.length > room) return [];
      room -= value.length;
      return [[name, value]];
    }),
  );
}

/** Keeps the values for `userId`; the token for the browser, or null when nothing is worth keeping. */
export async function keepDraft(
  prisma: PrismaClient,
  input: DraftKey & { userId: string; values: Readonly<Record<string, string>> },
  now = new Date(),
): Promise<{ token: string; expiresAt: Date } | null> {
  const fields = keepableFields(input.values);
  if (Object.keys(fields).length === 0) return null;
  const token = randomBytes(32).toString("base64url");
  const expiresAt = new Date(now.getTime() + DRAFT_MINUTES * 60_000);
  await prisma.formDraft.create({
    data: { id: digest(token), userId: input.userId, page: input.page, action: input.action, formKey: input.formKey, fields: JSON.stringify(fields), createdAt: now, expiresAt },
  });
  return { token, expiresAt };
}

/**
 * The kept values of this form for this user, erased as they are given back. Another
 * user, another form, an expired draft or an unknown token: nothing (another form's draft
 * stays for that form).
 */
export async function takeDraft(prisma: PrismaClient, input: DraftKey & { token: string | undefined; userId: string }, now = new Date()): Promise<Record<string, string> | null> {
  if (!input.token || input.token.length > 100) return null;
  const id = digest(input.token);
  const draft = await prisma.formDraft.findUnique({ where: { id } });
  if (!draft) return null;
  if (draft.expiresAt <= now || draft.userId !== input.userId) {
    await prisma.formDraft.deleteMany({ where: { id } });
    return null;
  }
  if (draft.page !== input.page || draft.action !== input.action || draft.formKey !== input.formKey) return null;
  // Only the call that deletes the row gives the values back: two renders never both show them.
  const { count } = await prisma.formDraft.deleteMany({ where: { id } });
  if (count === 0) return null;
  const fields: unknown = JSON.parse(draft.fields);
  return typeof fields === "object" && fields !== null ? Object.fromEntries(Object.entries(fields).filter(([, v]) => typeof v === "string")) : null;
}

export async function deleteExpiredDrafts(prisma: Prisma.TransactionClient, now = new Date()): Promise<number> {
  return (await prisma.formDraft.deleteMany({ where: { expiresAt: { lte: now } } })).count;
}

/** Whose session a token belonged to, also when it has just ended (idle or expired); null when unknown. */
export async function sessionOwner(prisma: PrismaClient, sessionHash: string): Promise<string | null> {
  const session = await prisma.session.findUnique({ where: { id: sessionHash }, select: { userId: true } });
  return session?.userId ?? null;
}
