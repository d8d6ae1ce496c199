import { PrismaPg } from "@prisma/adapter-pg";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { prismaOptions } from "@/lib/db/prisma-options";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { log } from "@/lib/log";
import { createTestDatabase, testEngines, type TestDatabase } from "@/tests/helpers/db";
import { smtpSink } from "@/tests/helpers/smtp-sink";
import { claimDue, deliverDue, enqueueMail, MAX_ATTEMPTS, purgeOutbox, RETRY_MINUTES } from "./outbox";
import { startOutboxWorker } from "./outbox-worker";

const minutes = (from: Date, n: number) => new Date(from.getTime() + n * 60_000);
const mail = (n: number) => ({ to: `team${n}@example.nl`, subject: `Aanvraag ${n}`, text: "Kijk in het portaal.", topic: `contact-request:test:${n}` });

describe.each(testEngines)("the mail outbox (%s)", (engine) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase(engine);
  });
  afterAll(() => db.close());
  beforeEach(() => db.prisma.mailOutbox.deleteMany());

  it("is written in the caller's transaction: a rolled-back change queues nothing", async () => {
    await expect(
      db.prisma.$transaction(async (tx) => {
        await enqueueMail(tx, [mail(1)]);
        throw new Error("the change failed");
      }),
    ).rejects.toThrow("the change failed");
    expect(await db.prisma.mailOutbox.count()).toBe(0);
    await db.prisma.$transaction((tx) => enqueueMail(tx, [mail(1), mail(2)]));
    expect(await db.prisma.mailOutbox.count()).toBe(2);
  });

  it("sends each due mail once when two workers claim at the same moment", async () => {
    await db.prisma.$transaction((tx) => enqueueMail(tx, [1, 2, 3, 4, 5, 6].map(mail)));
    // A second server: its own connection on a server database, the same client on PGlite (one connection).
    const other = db.url ? new PrismaClient({ adapter: new PrismaPg({ connectionString: db.url }), ...prismaOptions }) : db.prisma;
    const sent: string[] = [];
    const slowSend = async (m: { to: string }) => {
      await new Promise((resolve) => setTimeout(resolve, 30));
      sent.push(m.to);
    };
    try {
      const now = minutes(new Date(), 1);
      const counts = await Promise.all([deliverDue(db.prisma, slowSend, now), deliverDue(other, slowSend, now)]);
      expect(counts[0].sent + counts[1].sent).toBe(6);
    } finally {
      if (other !== db.prisma) await other.$disconnect();
    }
    expect(sent.sort()).toEqual([1, 2, 3, 4, 5, 6].map((n) => `team${n}@example.nl`));
    expect(await db.prisma.mailOutbox.count({ where: { sentAt: null } })).toBe(0);
    // Nothing is due any more: a later run sends nothing again.
    expect((await deliverDue(db.prisma, slowSend, minutes(new Date(), 2))).sent).toBe(0);
    expect(sent).toHaveLength(6);
  });

  it("retries with growing pauses, then gives up with a log line that names no recipient", async () => {
    await db.prisma.$transaction((tx) => enqueueMail(tx, [mail(7)]));
    const errors = vi.spyOn(log(), "error");
    const failing = async () => {
      throw new Error("421 try again later");
    };
    let now = minutes(new Date(), 1);
    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      const counts = await deliverDue(db.prisma, failing, now);
      const row = await db.prisma.mailOutbox.findFirstOrThrow();
      expect(row.attempts).toBe(attempt);
      expect(row.lastError).toContain("421");
      if (attempt < MAX_ATTEMPTS) {
        expect(counts).toEqual({ sent: 0, retrying: 1, failed: 0 });
        const pause = RETRY_MINUTES[attempt - 1]!;
        expect(row.nextAttemptAt.getTime() - now.getTime()).toBe(pause * 60_000);
        // Not before the pause is over.
        expect((await deliverDue(db.prisma, failing, minutes(now, pause - 0.5))).retrying).toBe(0);
        now = minutes(now, pause);
      } else {
        expect(counts).toEqual({ sent: 0, retrying: 0, failed: 1 });
        expect(row.failedAt).not.toBeNull();
      }
    }
    expect(RETRY_MINUTES.slice(1).every((pause, i) => pause > RETRY_MINUTES[i]!)).toBe(true);
    const line = errors.mock.calls.find(([fields]) => (fields as { event?: string }).event === "mail given up");
    expect(line).toBeDefined();
    expect(JSON.stringify(line![0])).not.toContain("team7@example.nl");
    expect(JSON.stringify(line![0])).toContain("contact-request:test:7");
    errors.mockRestore();
    // Given up: never tried again.
    expect((await deliverDue(db.prisma, failing, minutes(now, 10_000))).failed).toBe(0);
  });

  it("keeps rows through a restart: a server that died after claiming leaves the mail to the next one", async () => {
    await db.prisma.$transaction((tx) => enqueueMail(tx, [mail(8)]));
    const now = minutes(new Date(), 1);
    // A server claims and dies before sending.
    expect(await claimDue(db.prisma, now)).toHaveLength(1);
    const sent: string[] = [];
    const send = async (m: { to: string }) => void sent.push(m.to);
    // While its claim holds nobody else takes it; after it, the mail goes out.
    expect((await deliverDue(db.prisma, send, minutes(now, 1))).sent).toBe(0);
    if (db.url) {
      // A real restart: a new process (client) on the same database finds the row.
      const restarted = new PrismaClient({ adapter: new PrismaPg({ connectionString: db.url }), ...prismaOptions });
      try {
        expect(await restarted.mailOutbox.count({ where: { sentAt: null } })).toBe(1);
        expect((await deliverDue(restarted, send, minutes(now, 6))).sent).toBe(1);
      } finally {
        await restarted.$disconnect();
      }
    } else {
      expect((await deliverDue(db.prisma, send, minutes(now, 6))).sent).toBe(1);
    }
    expect(sent).toEqual(["team8@example.nl"]);
  });

  it("the serving process's worker sends through SMTP, and waits calmly when the mail server is absent", async () => {
    const until = async (check: () => Promise<boolean>) => {
      for (let i = 0; i < 100 && !(await check()); i++) await new Promise((resolve) => setTimeout(resolve, 100));
    };
    await db.prisma.$transaction((tx) => enqueueMail(tx, [mail(9)]));
    const absent = startOutboxWorker(db.prisma, { url: "smtp://127.0.0.1:1", from: "portal@example.nl" }, 60);
    await until(async () => (await db.prisma.mailOutbox.findFirstOrThrow()).lastError !== null);
    clearInterval(absent);
    const waiting = await db.prisma.mailOutbox.findFirstOrThrow();
    expect(waiting).toMatchObject({ attempts: 1, sentAt: null, failedAt: null });
    expect(waiting.lastError).toBeTruthy();

    await db.prisma.mailOutbox.update({ where: { id: waiting.id }, data: { nextAttemptAt: new Date() } });
    const sink = await smtpSink();
    const worker = startOutboxWorker(db.prisma, { url: `smtp://127.0.0.1:${sink.port}`, from: "Portaal <portal@example.nl>" }, 60);
    try {
      await until(async () => (await db.prisma.mailOutbox.findFirstOrThrow()).sentAt !== null);
      expect(sink.messages).toHaveLength(1);
      expect(sink.messages[0]).toContain("To: team9@example.nl");
      expect(sink.commands).toContain("MAIL FROM:<portal@example.nl>");
    } finally {
      clearInterval(worker);
      sink.close();
    }
  });

  it("removes sent mails after a week and given-up ones after a month", async () => {
    const now = new Date();
    const daysAgo = (n: number) => new Date(now.getTime() - n * 86_400_000);
    await db.prisma.mailOutbox.createMany({
      data: [
        { ...mail(1), sentAt: daysAgo(8) },
        { ...mail(2), sentAt: daysAgo(6) },
        { ...mail(3), failedAt: daysAgo(31) },
        { ...mail(4), failedAt: daysAgo(8) },
        { ...mail(5) },
      ],
    });
    expect(await purgeOutbox(db.prisma, now)).toBe(2);
    expect((await db.prisma.mailOutbox.findMany({ select: { to: true }, orderBy: { to: "asc" } })).map((r) => r.to)).toEqual(["team2@example.nl", "team4@example.nl", "team5@example.nl"]);
  });
});
