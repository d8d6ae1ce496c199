import { afterEach, describe, expect, it, vi } from "vitest";
import { DRAFT_MINUTES, keepableFields, keepDraft, takeDraft } from "@/lib/auth/form-drafts";
import { createSession, sessionId } from "@/lib/auth/session";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { purgeEverything } from "@/lib/retention/hourly-purge";
import { messagesByLocale } from "@/messages";
import { testEngines } from "@/tests/helpers/db";
import { demoDatabase } from "@/tests/helpers/demo-database";
import { handoverValues, makeActor, YOUTH_SERVICE } from "@/tests/staff/fixtures";

/** The cookie jar of one request, as next/headers gives it to a server action. */
const jar = { values: new Map<string, string>(), set: vi.fn(), delete: vi.fn() };
/** The page's path as proxy.ts tells server components. */
const request = { page: "" };
let database: PrismaClient | undefined;
vi.mock("next/headers", () => ({
  cookies: async () => ({ get: (name: string) => (jar.values.has(name) ? { value: jar.values.get(name) } : undefined), set: jar.set, delete: jar.delete }),
  headers: async () => new Headers(request.page ? { "x-portal-page-path": request.page } : {}),
}));
vi.mock("@/lib/db/client", () => ({ getPrisma: async () => database }));
class Redirected extends Error {
  constructor(readonly to: unknown) {
    super("redirected");
  }
}
vi.mock("@/i18n/navigation", () => ({
  redirect: vi.fn((to: unknown) => {
    throw new Redirected(to);
  }),
}));
vi.mock("next/navigation", () => ({ unstable_rethrow: (error: unknown) => { if (error instanceof Redirected) throw error; } }));
vi.mock("next-intl/server", () => ({
  getLocale: async () => "nl",
  getTranslations: async ({ locale, namespace }: { locale: "nl" | "en"; namespace: string }) => (key: string) =>
    (messagesByLocale[locale] as unknown as Record<string, Record<string, string>>)[namespace]?.[key] ?? key,
}));

const { createHandoverAction } = await import("@/lib/actions/staff-actions");
const { keptValues } = await import("@/lib/actions/kept-input");

const MINUTE = 60_000;
const PAGE = `/nl/werk/verbinden/${YOUTH_SERVICE}`;

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.append(name, value);
  return data;
}

async function redirectOf(run: Promise<unknown>): Promise<unknown> {
  try {
    await run;
  } catch (error) {
    if (error instanceof Redirected) return error.to;
    throw error;
  }
  throw new Error("no redirect");
}

afterEach(() => {
  request.page = "";
  jar.values.clear();
  jar.set.mockClear();
});

describe("what a form keeps", () => {
  it("never a password, a code or a token, nor empty fields", () => {
    expect(keepableFields({ residentName: "Fatma", password: "geheim", newPassword: "x", code: "123456", current: "a", next: "b", repeat: "b", recoveryCode: "r", csrfToken: "t", question: "" })).toEqual({
      residentName: "Fatma",
    });
  });
});

describe.each(testEngines)("forms that forgive an ended session (%s)", (engine) => {
  const db = demoDatabase(engine);

  async function idleStaff() {
    const user = await makeActor(db.prisma, "staff");
    const session = await createSession(db.prisma, user.id, "Firefox", new Date(Date.now() - 31 * MINUTE));
    database = db.prisma;
    jar.values.set("portal_session", session.token);
    return { user, session };
  }

  it("a handover posted after the session ended is kept for its maker, who is sent to sign in and back", async () => {
    const { user, session } = await idleStaff();
    const values = handoverValues();
    const to = await redirectOf(createHandoverAction({ status: "idle" }, form({ ...values, locale: "nl", formPage: PAGE, formKey: "" })));
    expect(to).toEqual({ href: { pathname: "/inloggen", query: { uitgelogd: "bewaard", terug: PAGE } }, locale: "nl" });
    // Nothing was stored as a handover; the session is gone.
    expect(await db.prisma.contactRequest.count({ where: { createdByUserId: user.id } })).toBe(0);
    expect(await db.prisma.session.findUnique({ where: { id: sessionId(session.token) } })).toBeNull();
    // The browser gets a random token, HttpOnly and SameSite=Strict; the values stay on the server, bound to the page.
    expect(jar.set).toHaveBeenCalledTimes(1);
    const cookie = jar.set.mock.calls[0]![0] as { name: string; value: string; path: string; httpOnly: boolean; sameSite: string; expires: Date };
    expect(cookie).toMatchObject({ name: "portal_draft", path: "/", httpOnly: true, sameSite: "strict" });
    expect(cookie.value).not.toContain("Fatma");
    expect(cookie.expires.getTime() - Date.now()).toBeLessThanOrEqual(DRAFT_MINUTES * MINUTE);
    const drafts = await db.prisma.formDraft.findMany({ where: { userId: user.id } });
    expect(drafts).toHaveLength(1);
    expect(drafts[0]!.id).not.toBe(cookie.value);
    expect(drafts[0]!.page).toBe(PAGE);
    expect(JSON.parse(drafts[0]!.fields)).toEqual({ residentName: values.residentName, residentPhone: values.residentPhone, preferredContact: "phone", question: values.question, consent: "yes" });

    // Signed in again: the handover form gets the values once.
    const again = await createSession(db.prisma, user.id, "Firefox");
    jar.values.set("portal_session", again.token);
    jar.values.set("portal_draft", cookie.value);
    // Another page, another form on the page, or no path known: nothing, and the draft waits for its own form.
    request.page = `/nl/werk/verbinden/${crypto.randomUUID()}`;
    expect(await keptValues("createHandover", "")).toBeNull();
    request.page = "";
    expect(await keptValues("createHandover", "")).toBeNull();
    request.page = PAGE;
    expect(await keptValues("answerContactRequest", "")).toBeNull();
    expect(await keptValues("createHandover", "other-")).toBeNull();
    expect(await keptValues("createHandover", "")).toMatchObject({ residentName: values.residentName, question: values.question });
    expect(await keptValues("createHandover", "")).toBeNull();
    expect(await db.prisma.formDraft.count({ where: { userId: user.id } })).toBe(0);
  });

  it("another person signing in at the same browser never sees it", async () => {
    const { user } = await idleStaff();
    await redirectOf(createHandoverAction({ status: "idle" }, form({ ...handoverValues(), locale: "nl", formPage: PAGE, formKey: "" })));
    const token = (jar.set.mock.calls[0]![0] as { value: string }).value;
    const colleague = await makeActor(db.prisma, "staff");
    jar.values.set("portal_session", (await createSession(db.prisma, colleague.id, "Firefox")).token);
    jar.values.set("portal_draft", token);
    request.page = PAGE;
    expect(await keptValues("createHandover", "")).toBeNull();
    // Erased at once, so its maker does not get it later either.
    expect(await db.prisma.formDraft.count({ where: { userId: user.id } })).toBe(0);
  });

  it("a bad page to return to keeps nothing and leads to sign-in without it", async () => {
    await idleStaff();
    for (const page of ["https://evil.example/nl/werk", "//evil.example", "/nl/werk?naam=Fatma"]) {
      const to = await redirectOf(createHandoverAction({ status: "idle" }, form({ ...handoverValues(), locale: "nl", formPage: page, formKey: "" })));
      expect(to).toEqual({ href: { pathname: "/inloggen", query: { uitgelogd: "sessie" } }, locale: "nl" });
    }
    expect(jar.set).not.toHaveBeenCalled();
  });

  it("a post without any session keeps nothing (whose would it be?)", async () => {
    database = db.prisma;
    const before = await db.prisma.formDraft.count();
    const to = await redirectOf(createHandoverAction({ status: "idle" }, form({ ...handoverValues(), locale: "en", formPage: PAGE, formKey: "" })));
    expect(to).toEqual({ href: { pathname: "/inloggen", query: { uitgelogd: "sessie", terug: PAGE } }, locale: "en" });
    expect(await db.prisma.formDraft.count()).toBe(before);
  });

  it("a signed-in post runs as before", async () => {
    const user = await makeActor(db.prisma, "staff");
    database = db.prisma;
    jar.values.set("portal_session", (await createSession(db.prisma, user.id, "Firefox")).token);
    const to = await redirectOf(createHandoverAction({ status: "idle" }, form({ ...handoverValues(), locale: "nl", formPage: PAGE, formKey: "" })));
    expect(JSON.stringify(to)).toContain("/werk/overdrachten/");
    expect(await db.prisma.contactRequest.count({ where: { createdByUserId: user.id } })).toBe(1);
    expect(jar.set).not.toHaveBeenCalled();
  });

  it("a kept form lasts half an hour: then it is refused and the hourly purge erases it", async () => {
    const user = await makeActor(db.prisma, "staff");
    const start = new Date();
    const kept = await keepDraft(db.prisma, { userId: user.id, action: "createHandover", formKey: "", page: PAGE, values: { question: "Hulp" } }, start);
    const late = new Date(start.getTime() + (DRAFT_MINUTES + 1) * MINUTE);
    const other = await keepDraft(db.prisma, { userId: user.id, action: "createHandover", formKey: "", page: PAGE, values: { question: "Hulp" } }, start);
    expect(await takeDraft(db.prisma, { token: kept!.token, userId: user.id, page: PAGE, action: "createHandover", formKey: "" }, late)).toBeNull();
    expect((await purgeEverything(db.prisma, 90, late))?.formDrafts).toBeGreaterThanOrEqual(1);
    expect(await takeDraft(db.prisma, { token: other!.token, userId: user.id, page: PAGE, action: "createHandover", formKey: "" }, start)).toBeNull();
    expect(await keepDraft(db.prisma, { userId: user.id, action: "x", formKey: "", page: PAGE, values: { password: "geheim", code: "123456" } })).toBeNull();
  });
});
