import { afterEach, describe, expect, it, vi } from "vitest";
import { actorForToken, createSession, deleteExpiredSessions, sessionId } from "@/lib/auth/session";
import { parseEnv } from "@/lib/env";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { testEngines } from "@/tests/helpers/db";
import { demoDatabase } from "@/tests/helpers/demo-database";
import { makeActor } from "@/tests/staff/fixtures";

const MINUTE = 60_000;
const at = (start: Date, minutes: number) => new Date(start.getTime() + minutes * MINUTE);

/** The cookie jar of one request, as next/headers gives it to a server action. */
const jar = { values: new Map<string, string>(), set: vi.fn(), delete: vi.fn() };
let database: PrismaClient | undefined;
vi.mock("next/headers", () => ({
  cookies: async () => ({ get: (name: string) => (jar.values.has(name) ? { value: jar.values.get(name) } : undefined), set: jar.set, delete: jar.delete }),
  headers: async () => new Headers(),
}));
vi.mock("@/lib/db/client", () => ({ getPrisma: async () => database }));
vi.mock("@/i18n/navigation", () => ({ redirect: vi.fn() }));
vi.mock("next-intl/server", () => ({ getLocale: async () => "nl" }));

/** lib/auth/request.ts with the settings of `environment` (the configuration is read once per module load). */
async function requestModule(environment: Record<string, string>) {
  vi.resetModules();
  for (const [name, value] of Object.entries(environment)) vi.stubEnv(name, value);
  return import("@/lib/auth/request");
}

afterEach(() => {
  vi.unstubAllEnvs();
  jar.values.clear();
  jar.set.mockClear();
});

describe("the idle time setting", () => {
  it("is 30 minutes by default, can be changed, and a wrong value names the setting", () => {
    expect(parseEnv({}).sessionIdleMinutes).toBe(30);
    expect(parseEnv({ SESSION_IDLE_MINUTES: "15" }).sessionIdleMinutes).toBe(15);
    for (const wrong of ["0", "half an hour", "2000"]) expect(() => parseEnv({ SESSION_IDLE_MINUTES: wrong })).toThrow(/SESSION_IDLE_MINUTES/);
  });
});

describe.each(testEngines)("sessions (%s)", (engine) => {
  const db = demoDatabase(engine);

  it("end after 30 minutes without a request", async () => {
    const user = await makeActor(db.prisma, "staff");
    const start = new Date();
    const { token } = await createSession(db.prisma, user.id, "Firefox", start);
    expect(await actorForToken(db.prisma, token, at(start, 29), { idleMinutes: 30 })).not.toBeNull();
    const idle = await createSession(db.prisma, user.id, "Firefox", start);
    expect(await actorForToken(db.prisma, idle.token, at(start, 30), { idleMinutes: 30 })).toBeNull();
    // An ended session is gone, not merely refused.
    expect(await db.prisma.session.findUnique({ where: { id: sessionId(idle.token) } })).toBeNull();
  });

  it("slide: every request starts the idle time again", async () => {
    const user = await makeActor(db.prisma, "staff");
    const start = new Date();
    const { token } = await createSession(db.prisma, user.id, null, start);
    for (let minute = 20; minute <= 200; minute += 20) {
      expect(await actorForToken(db.prisma, token, at(start, minute), { idleMinutes: 30 }), `minute ${minute}`).not.toBeNull();
    }
    expect(await actorForToken(db.prisma, token, at(start, 231), { idleMinutes: 30 })).toBeNull();
  });

  it("follow the configured idle time", async () => {
    const user = await makeActor(db.prisma, "staff");
    const start = new Date();
    const { token } = await createSession(db.prisma, user.id, null, start);
    expect(await actorForToken(db.prisma, token, at(start, 6), { idleMinutes: 5 })).toBeNull();
  });

  it("idle ones are erased by the hourly purge with the expired ones", async () => {
    const user = await makeActor(db.prisma, "staff");
    const start = new Date();
    const idle = await createSession(db.prisma, user.id, null, at(start, -45));
    const fresh = await createSession(db.prisma, user.id, null, at(start, -5));
    await deleteExpiredSessions(db.prisma, start, 30);
    expect(await db.prisma.session.findUnique({ where: { id: sessionId(idle.token) } })).toBeNull();
    expect(await db.prisma.session.findUnique({ where: { id: sessionId(fresh.token) } })).not.toBeNull();
  });

  it("a new sign-in ends the session the browser held before", async () => {
    database = db.prisma;
    const { setSessionCookie } = await requestModule({});
    const first = await makeActor(db.prisma, "staff");
    const second = await makeActor(db.prisma, "editor");
    const before = await createSession(db.prisma, first.id, null);
    jar.values.set("portal_session", before.token);
    const after = await createSession(db.prisma, second.id, null);
    await setSessionCookie(after.token, after.expiresAt);
    expect(await db.prisma.session.findUnique({ where: { id: sessionId(before.token) } })).toBeNull();
    expect(await actorForToken(db.prisma, before.token)).toBeNull();
    expect((await actorForToken(db.prisma, after.token))?.id).toBe(second.id);
    expect(jar.set).toHaveBeenCalledWith(expect.objectContaining({ name: "portal_session", value: after.token }));
  });

  /** Signs a new user in with these settings; the session and what went into the cookie jar. */
  async function signInWith(environment: Record<string, string>) {
    database = db.prisma;
    const { setSessionCookie } = await requestModule(environment);
    const session = await createSession(db.prisma, (await makeActor(db.prisma, "staff")).id, null);
    await setSessionCookie(session.token, session.expiresAt);
    return session;
  }

  it("the cookie is __Host- prefixed, Secure and HttpOnly when PUBLIC_ORIGIN is https", async () => {
    const session = await signInWith({ PUBLIC_ORIGIN: "https://hulp.gemeente.nl" });
    const cookie = { name: "__Host-portal_session", value: session.token, httpOnly: true, secure: true, sameSite: "lax", path: "/", expires: session.expiresAt };
    expect(jar.set).toHaveBeenCalledWith(cookie);
  });

  it("on plain http (development) the cookie has no prefix and no Secure flag, so browsers keep it", async () => {
    await signInWith({ PUBLIC_ORIGIN: "http://127.0.0.1:3000" });
    expect(jar.set).toHaveBeenCalledWith(expect.objectContaining({ name: "portal_session", secure: false, httpOnly: true }));
  });
});
