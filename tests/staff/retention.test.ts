import { describe, expect, it } from "vitest";
import { testEngines } from "@/tests/helpers/db";
import { demoDatabase } from "@/tests/helpers/demo-database";
import { createContactRequest } from "@/lib/contact-requests/create";
import { purgePersonalData } from "@/lib/contact-requests/retention";
import { parseEnv } from "@/lib/env";
import { handoverValues, makeActor, YOUTH_ORGANIZATION, YOUTH_SERVICE } from "./fixtures";

const options = { locale: "nl", consentText: () => "akkoord" };
const DAY = 86_400_000;

describe.each(testEngines)("retention and lookup (%s)", (engine) => {
  const db = demoDatabase(engine);

  it("erases personal data of requests closed longer ago than the retention, and of old resident requests", async () => {
    const staff = await makeActor(db.prisma, "staff");
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) {
      const made = await createContactRequest(db.prisma, { origin: "staff", actor: staff }, handoverValues(), options);
      if (!made.ok) throw new Error("not created");
      ids.push(made.id);
    }
    const now = new Date();
    await db.prisma.contactRequest.update({ where: { id: ids[0] }, data: { status: "closed", closedAt: new Date(now.getTime() - 91 * DAY) } });
    await db.prisma.contactRequest.update({ where: { id: ids[1] }, data: { status: "closed", closedAt: new Date(now.getTime() - 89 * DAY) } });
    const resident = await db.prisma.contactRequest.create({
      data: {
        origin: "resident", serviceId: YOUTH_SERVICE, organizationId: YOUTH_ORGANIZATION, residentName: "R", residentEmail: "r@example.nl",
        question: "?", consentText: "ok", consentAt: now, locale: "nl", idempotencyKey: crypto.randomUUID(), createdAt: new Date(now.getTime() - 100 * DAY),
        language: "ar", interpreter: true, callMoments: ["evening"], safeToCall: false, safeToMessage: false, sharedAnswers: "Gemeente: Utrecht",
      },
    });
    expect(await purgePersonalData(db.prisma, 90, now)).toBe(2);
    const rows = await db.prisma.contactRequest.findMany({ where: { id: { in: [...ids, resident.id] } } });
    const byId = new Map(rows.map((r) => [r.id, r]));
    for (const id of [ids[0]!, resident.id]) expect(byId.get(id)).toMatchObject({ residentName: null, residentPhone: null, residentEmail: null, question: null });
    // What the resident said about language, safety and their answers is personal too.
    expect(byId.get(resident.id)).toMatchObject({ language: null, interpreter: null, callMoments: [], safeToCall: null, safeToMessage: null, sharedAnswers: null });
    for (const id of [ids[1]!, ids[2]!]) expect(byId.get(id)?.residentName).toBe("Fatma Yılmaz");
    expect(await purgePersonalData(db.prisma, 90, now)).toBe(0);
    // The one rule for the period (lib/env.ts): 90 days unless set; a wrong value stops start-up.
    expect(parseEnv({}).retentionDays).toBe(90);
    expect(parseEnv({ RETENTION_DAYS: "30" }).retentionDays).toBe(30);
    expect(() => parseEnv({ RETENTION_DAYS: "soon" })).toThrow(/RETENTION_DAYS/);
  });
});
