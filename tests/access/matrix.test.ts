import { mkdtempSync, readdirSync, readFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, testEngines, type TestDatabase } from "@/tests/helpers/db";
import { roleActions, type RoleActionName } from "@/lib/actions/access";
import { isRefused } from "@/lib/auth/guard";
import { totpCode } from "@/lib/auth/totp";
import { protectedPages } from "@/lib/auth/protected-pages";
import { requestLink } from "@/lib/auth/oidc-links";
import { exportCatalogue } from "@/lib/catalogue/interchange/export";
import { getCatalogueRevision } from "@/lib/catalogue/revision";
import { stageImport } from "@/lib/catalogue/transfer/browser-import";
import { ROLES, type Actor, type Role } from "@/lib/auth/roles";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { saveDraft } from "@/lib/catalogue/editing/drafts";
import { handoverValues, loadDemoCatalogue, makeActor, YOUTH_ORGANIZATION, YOUTH_SERVICE } from "@/tests/staff/fixtures";

/**
 * The access matrix: every role action (lib/actions/access.ts) against every role and an anonymous visitor.
 * A forbidden combination must be refused and leave every table as it was; an allowed
 * one must get past the check. Pages are checked statically here (each protected page
 * asks requireRole for its entry in protectedPages) and over HTTP in tests/e2e/staff-access.spec.ts.
 */
/** An admin holds a data role only when given one (least privilege): both kinds are in the matrix. */
type Who = Role | "admin+staff" | "admin+editor" | "anonymous";
const MATRIX_SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";
const EVERYONE: Who[] = [...ROLES, "admin+staff", "admin+editor", "anonymous"];

async function snapshot(prisma: PrismaClient): Promise<string> {
  const tables = ["CatalogueDraft", "CatalogueChange", "Municipality", "Service", "User", "Team", "Session", "ContactRequest", "ContactRequestEvent", "MailOutbox", "ServiceInternal", "ErrorReport", "AuditEvent", "OidcLinkRequest", "RecoveryCode"];
  const parts = await Promise.all(
    tables.map((table) => prisma.$queryRawUnsafe<{ digest: string }[]>(`select md5(coalesce(string_agg(t::text, '|' order by t::text), '')) as digest from "${table}" t`)),
  );
  return parts.map((rows, i) => `${tables[i]}:${rows[0]!.digest}`).join(",");
}

describe.each(testEngines)("access matrix of server actions (%s)", (engine) => {
  let db: TestDatabase;
  const actors = {} as Record<Exclude<Who, "anonymous">, Actor>;
  let inputs: Record<RoleActionName, () => Promise<unknown>>;

  beforeAll(async () => {
    // Staged catalogue files (applyCatalogueImport) go to a folder of this test.
    process.env.DATA_DIR = mkdtempSync(path.join(tmpdir(), "matrix-"));
    db = await createTestDatabase(engine);
    await loadDemoCatalogue(db.prisma);
    for (const role of ROLES) actors[role] = await makeActor(db.prisma, role, role === "provider" ? YOUTH_ORGANIZATION : undefined);
    actors["admin+staff"] = await makeActor(db.prisma, "admin", undefined, undefined, ["staff"]);
    actors["admin+editor"] = await makeActor(db.prisma, "admin", undefined, undefined, ["editor"]);
    const target = await makeActor(db.prisma, "staff");
    // The staff members of the matrix share a team, so a colleague's handover is theirs to take over.
    const team = await db.prisma.team.create({ data: { name: "Wijkteam matrix" } });
    const maker = await makeActor(db.prisma, "staff");
    for (const member of [actors.staff, actors["admin+staff"], maker]) {
      await db.prisma.user.update({ where: { id: member.id }, data: { teamId: team.id } });
      member.teamId = team.id;
    }
    inputs = {
      signOutEverywhere: async () => undefined,
      changeOwnPassword: async () => {
        const next = `nieuw-${crypto.randomUUID()}`;
        return { current: "een-lang-wachtwoord", next, repeat: next };
      },
      // Every account gets the same secret to confirm, so one code fits whoever runs it.
      confirmSecondFactor: async () => {
        await db.prisma.user.updateMany({ where: { totpEnabledAt: null }, data: { totpPendingSecret: MATRIX_SECRET } });
        return totpCode(MATRIX_SECRET, new Date());
      },
      renewRecoveryCodes: async () => {
        await db.prisma.user.updateMany({ where: { totpEnabledAt: null }, data: { totpSecret: MATRIX_SECRET, totpEnabledAt: new Date(), totpPendingSecret: null } });
        return undefined;
      },
      resetPassword: async () => target.id,
      setMailNotices: async () => true,
      createHandover: async () => ({ values: handoverValues(), locale: "nl", consentText: () => "akkoord" }),
      answerContactRequest: async () => {
        const request = await db.prisma.contactRequest.create({
          data: { origin: "resident", serviceId: YOUTH_SERVICE, organizationId: YOUTH_ORGANIZATION, residentName: "R", residentPhone: "0612345678", question: "?", consentText: "ok", consentAt: new Date(), locale: "nl", idempotencyKey: crypto.randomUUID() },
        });
        return { id: request.id, version: 1, to: "accept" };
      },
      assignSupporter: async () => {
        const request = await db.prisma.contactRequest.create({
          data: { origin: "resident", serviceId: YOUTH_SERVICE, organizationId: YOUTH_ORGANIZATION, residentName: "R", residentPhone: "0612345678", question: "?", consentText: "ok", consentAt: new Date(), locale: "nl", idempotencyKey: crypto.randomUUID() },
        });
        const supporter = await db.prisma.supporter.findFirstOrThrow({ where: { serviceId: YOUTH_SERVICE } });
        return { id: request.id, version: 1, supporterId: supporter.id };
      },
      saveServiceInternal: async () => {
        const existing = await db.prisma.serviceInternal.findUnique({ where: { serviceId: YOUTH_SERVICE } });
        return { serviceId: YOUTH_SERVICE, notes: "Bel eerst", directPhone: "030 123 45 67", directEmail: "", version: existing?.version ?? 0 };
      },
      // A staged file that changes nothing: the catalogue as it is.
      applyCatalogueImport: async () => {
        const staged = await stageImport(db.prisma, { text: JSON.stringify(await exportCatalogue(db.prisma)), fileName: "matrix.json", replace: false }, "Matrix");
        if (!staged.ok) throw new Error("not staged");
        return { token: staged.token, revision: await getCatalogueRevision(db.prisma), keep: false };
      },
      cancelCatalogueImport: async () => "0123456789abcdef0123456789abcdef",
      markErrorReportHandled: async () => (await db.prisma.errorReport.create({ data: { serviceId: YOUTH_SERVICE, message: "Telefoonnummer klopt niet", locale: "nl" } })).id,
      createUser: async () => ({ email: `nieuw-${crypto.randomUUID()}@example.nl`, name: "Nieuw", role: "staff", password: "een-lang-wachtwoord" }),
      setUserDisabled: async () => ({ userId: target.id, disabled: true }),
      createTeam: async () => ({ name: `Wijkteam ${crypto.randomUUID()}`, municipalityCode: "" }),
      setUserTeam: async () => ({ userId: target.id, teamId: team.id }),
      saveCatalogueDraft: async () => newMunicipalityForm(),
      publishCatalogueDraft: async () => ({ ...(await municipalityDraft()), draftVersion: ["1"] }),
      discardCatalogueDraft: async () => ({ ...(await municipalityDraft()), draftVersion: ["1"] }),
      takeOverHandover: async () => {
        const request = await db.prisma.contactRequest.create({
          data: { origin: "staff", serviceId: YOUTH_SERVICE, organizationId: YOUTH_ORGANIZATION, createdByUserId: maker.id, handledByUserId: maker.id, teamId: team.id, residentName: "R", residentPhone: "0612345678", question: "?", consentText: "ok", consentAt: new Date(), locale: "nl", idempotencyKey: crypto.randomUUID() },
        });
        return { id: request.id, version: 1 };
      },
      decideOidcLink: async () => {
        const waiting = await makeActor(db.prisma, "staff");
        await requestLink(db.prisma, waiting.id, { issuer: "https://id.example.nl", subject: crypto.randomUUID() });
        return { userId: waiting.id, approve: true };
      },
    };
  });
  afterAll(() => db?.close());

  /** A new municipality's form, as an editor posts it (a fresh code each time, beyond every real CBS code). */
  let municipalities = 0;
  const nextCode = () => `GM${9000 + municipalities++}`;
  const newMunicipalityForm = () => ({
    kind: ["municipality"],
    "startedFrom.draftVersion": [""],
    "startedFrom.recordVersion": [""],
    "startedFrom.start": [""],
    code: [nextCode()],
    name: ["Matrixdorp"],
  });
  const municipalityDraft = async () => {
    const code = nextCode();
    await saveDraft(db.prisma, { kind: "municipality", data: { code, name: "Matrixdorp" }, startedFrom: { draftVersion: null, recordVersion: null, start: null }, userId: actors.editor.id });
    return { kind: ["municipality"], recordId: [code] };
  };

  it("covers every role action", () => {
    expect(Object.keys(inputs).sort()).toEqual(Object.keys(roleActions).sort());
  });

  for (const name of Object.keys(roleActions) as RoleActionName[]) {
    for (const who of EVERYONE) {
      const action = roleActions[name];
      const allowed = who !== "anonymous" && (who.split("+") as Role[]).some((role) => action.roles.includes(role));
      it(`${name} as ${who}: ${allowed ? "allowed" : "refused, nothing changed"}`, async () => {
        const input = await inputs[name]();
        const before = await snapshot(db.prisma);
        const actor = who === "anonymous" ? null : actors[who];
        const result = await (action.execute as (a: Actor | null, p: PrismaClient, i: unknown) => Promise<unknown>)(actor, db.prisma, input);
        if (allowed) {
          expect(isRefused(result)).toBe(false);
          expect(result).toMatchObject({ ok: true });
        } else {
          expect(isRefused(result)).toBe(true);
          expect(await snapshot(db.prisma)).toBe(before);
        }
      });
    }
  }
});

/** Files named `name` under `dir` (every .ts and .tsx file when `name` is null). */
function files(dir: string, name: string | null): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const full = path.join(dir, entry);
    if (statSync(full).isDirectory()) return entry === "generated" ? [] : files(full, name);
    return (name === null ? /\.tsx?$/.test(entry) : entry === name) ? [full] : [];
  });
}

describe("every protected page and server action goes through the one check", () => {
  const groups = ["app/[locale]/(staff)", "app/[locale]/(admin)"];
  const pages = groups.flatMap((group) => files(group, "page.tsx").map((file) => ({ file, group })));
  const publicPages = ["/inloggen", "/inloggen/code"];

  it("lists every page in protectedPages, and each page asks requireRole for exactly that entry", () => {
    const seen = pages.map(({ file, group }) => "/" + path.relative(group, path.dirname(file)).split(path.sep).join("/"));
    expect(seen.filter((p) => !publicPages.includes(p)).sort()).toEqual(protectedPages.map((p) => p.path).sort());
    for (const { file, group } of pages) {
      const route = "/" + path.relative(group, path.dirname(file)).split(path.sep).join("/");
      if (publicPages.includes(route)) continue;
      // A second argument names the steps of signing in the page is part of (lib/auth/pending.ts).
      expect(readFileSync(file, "utf8"), file).toMatch(new RegExp(`requireRole\\(pageRoles\\("${route.replace(/[[\]]/g, "\\$&")}"\\)(\\)|, \\[)`));
    }
  });

  it("every server action is built from the registry, except the few public ones, and every registry entry is used", () => {
    const actionFiles = readdirSync("lib/actions").filter((file) => file.endsWith("-actions.ts")).map((file) => path.join("lib/actions", file));
    expect(actionFiles.length).toBeGreaterThan(0);
    const publicActions = ["sendContactRequest", "reportError", "chooseSignals", "signInAction", "signOutAction", "giveCodeAction"];
    const seenPublic: string[] = [];
    const seenRole: string[] = [];
    for (const file of actionFiles) {
      const source = readFileSync(file, "utf8");
      expect(source.startsWith('"use server";'), file).toBe(true);
      // Nothing but built actions leaves a "use server" file.
      const exports = [...source.matchAll(/^export (?!const \w+ = (?:publicAction|roleAction)\()(.*)$/gm)].map((m) => m[1]);
      expect(exports, file).toEqual([]);
      for (const [, name] of source.matchAll(/^export const (\w+) = publicAction\(/gm)) seenPublic.push(name!);
      for (const [, entry] of source.matchAll(/^export const \w+ = roleAction\("(\w+)"/gm)) seenRole.push(entry!);
    }
    expect(seenPublic.sort()).toEqual([...publicActions].sort());
    expect(seenRole.sort()).toEqual(Object.keys(roleActions).sort());
  });

  it("server actions live in lib/actions only, so forms import them from one place", () => {
    const declared = ["app", "components", "lib"].flatMap((dir) => files(dir, null)).filter((file) => readFileSync(file, "utf8").startsWith('"use server"'));
    expect(declared.every((file) => /^lib\/actions\/[\w-]+-actions\.ts$/.test(file.split(path.sep).join("/"))), declared.join(", ")).toBe(true);
  });

  it("no component imports from app/ (routes use components, not the other way round)", () => {
    const sources = ["components", "lib"].flatMap((dir) => files(dir, null));
    for (const file of sources) expect(readFileSync(file, "utf8"), file).not.toMatch(/from "@\/app\//);
  });
});
