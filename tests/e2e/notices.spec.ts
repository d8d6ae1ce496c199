import { randomBytes } from "node:crypto";
import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test, type Browser, type Page } from "@playwright/test";
import pg from "pg";
import { requestNumber } from "@/lib/contact-requests/request-number";
import { withClient, withDatabase } from "@/tests/helpers/pg-client";
import { smtpSink, type Sink } from "@/tests/helpers/smtp-sink";
import { runScript } from "@/tests/helpers/spawn";
import { expectNoAxeViolations } from "./axe";
import { ci, startPortal, stop, waitFor, type Running } from "./servers";
import { PASSWORD, signInWithPassword, users, YOUTH_SERVICE } from "./staff-users";

/**
 * Notices both ways, as a municipality runs them: a portal server of its own (on a
 * throwaway PostgreSQL database) mails through a local SMTP sink. The overdue case needs
 * time to pass; instead of a clock setting in the portal (one more thing that could be
 * switched on in production) the test backdates the request in the database, as days
 * passing would, and the reminder job runs every 2 seconds (README "Mail notices").
 */
const adminUrl = process.env.TEST_DATABASE_URL;
test.skip(!adminUrl && !ci, "needs TEST_DATABASE_URL (a PostgreSQL server to make a database on)");
test.describe.configure({ mode: "serial", timeout: 120_000 });

// Ports of their own, apart from every other spec's (multi-server 3240-3242, database-outage 3243, staff-forgiving +1, server-logs +15).
const E2E_PORT = Number(process.env.E2E_PORT ?? 3210);
const [SMTP_PORT, PORTAL_PORT] = [E2E_PORT + 21, E2E_PORT + 22];
const origin = `http://127.0.0.1:${PORTAL_PORT}`;
const SERVICE_INBOX = "ouders.ervaringskracht@example.nl";
const database = `portal_notices_${randomBytes(5).toString("hex")}`;
let databaseUrl = "";
let portal: Running | undefined;
let sink: Sink | undefined;

const sql = <T extends pg.QueryResultRow>(text: string, values: unknown[] = [], url = databaseUrl): Promise<T[]> =>
  withClient(url, async (client) => (await client.query<T>(text, values)).rows);

/** The mails the sink received for `to` whose text matches `about`. */
function mailsTo(to: string, about: RegExp): string[] {
  return (sink?.messages ?? []).filter((message) => new RegExp(`^To: ${to}$`, "m").test(message) && about.test(message));
}

async function signedIn(browser: Browser, email: string, javaScriptEnabled = true): Promise<Page> {
  const context = await browser.newContext({ baseURL: origin, locale: "nl-NL", javaScriptEnabled });
  const page = await context.newPage();
  await signInWithPassword(page, email);
  await expect(page).not.toHaveURL(/inloggen/, { timeout: 30_000 });
  return page;
}

/** Staff hand a resident over to the youth service; answers the new request's id. */
async function handOver(page: Page, resident: { name: string; phone: string; email: string; question: string }): Promise<string> {
  await page.goto(`/nl/werk/verbinden/${YOUTH_SERVICE}`);
  await page.getByLabel("Naam van de inwoner").fill(resident.name);
  await page.getByLabel("Telefoonnummer").fill(resident.phone);
  await page.getByLabel("E-mailadres").fill(resident.email);
  await page.getByLabel("De vraag, in de woorden van de inwoner").fill(resident.question);
  await page.getByLabel("De inwoner is het hiermee eens").check();
  await page.getByRole("button", { name: "Verbinden" }).click();
  await expect(page).toHaveURL(/\/nl\/werk\/overdrachten\/[0-9a-f-]{36}$/);
  return page.url().split("/").pop()!;
}

/** The provider accepts the request of `residentName` (today on /werk/inbox). */
async function acceptRequest(page: Page, id: string): Promise<void> {
  // Opening the request's own page marks it opened; the answer is given there.
  await page.goto(`/nl/werk/inbox/${id}`);
  await page.getByRole("button", { name: "Accepteren" }).click();
  await expect(page.getByRole("region", { name: "Wat er is gebeurd" }).getByText("Geaccepteerd")).toBeVisible();
}

test.beforeAll(async () => {
  test.setTimeout(240_000);
  if (!adminUrl) throw new Error("CI must run this test: set TEST_DATABASE_URL.");
  sink = await smtpSink({}, SMTP_PORT);
  await sql(`create database ${database}`, [], adminUrl);
  databaseUrl = withDatabase(adminUrl, database);
  portal = startPortal(PORTAL_PORT, {
    DATABASE_URL: databaseUrl,
    PUBLIC_ORIGIN: origin,
    SMTP_URL: `smtp://127.0.0.1:${SMTP_PORT}`,
    SMTP_FROM: "Portaal <noreply@gemeente.example.nl>",
    MAIL_INTERVAL_SECONDS: "1",
    REMINDER_INTERVAL_SECONDS: "2",
  });
  await waitFor(`${origin}/readyz`, 200, 200_000, portal);
  for (const user of [users.staff, users.provider]) {
    const args = ["--email", user.email, "--role", user.role, "--name", user.name, "--password", PASSWORD];
    if ("organization" in user) args.push("--organization", user.organization);
    const created = await runScript("scripts/user-create.ts", args, { DATABASE_URL: databaseUrl, DATA_DIR: mkdtempSync(path.join(os.tmpdir(), "portal-cli-")) });
    expect(created.code, created.stderr).toBe(0);
  }
});

test.afterAll(async () => {
  await stop(portal);
  sink?.close();
  if (adminUrl) await sql(`drop database if exists ${database} with (force)`, [], adminUrl);
});

const fatma = { name: "Fatma Yılmaz", phone: "06 12345678", email: "fatma.yilmaz@example.nl", question: "Mijn zoon wacht al maanden op jeugdhulp." };

test("a provider opts in on the account page, also without JavaScript", async ({ browser }) => {
  const label = "Mail mij bij een nieuwe aanvraag voor mijn organisatie";
  // axe runs in the page, so it looks with JavaScript; the form is used without.
  const looking = await signedIn(browser, users.provider.email);
  await looking.goto("/nl/werk/account");
  await expect(looking.getByRole("heading", { name: "E-mail bij een nieuwe aanvraag" })).toBeVisible();
  await expect(looking.getByLabel(label)).not.toBeChecked();
  await expectNoAxeViolations(looking);

  const page = await signedIn(browser, users.provider.email, false);
  await page.goto("/nl/werk/account");
  await page.getByLabel(label).check();
  await page.getByRole("button", { name: "Opslaan" }).click();
  await expect(page.getByText("U krijgt nu een e-mail bij elke nieuwe aanvraag.")).toBeVisible();
  await expect(page.getByLabel(label)).toBeChecked();
  await page.context().close();

  await looking.reload();
  await expect(looking.getByLabel(label)).toBeChecked();
  await expectNoAxeViolations(looking);
  await looking.context().close();
});

test("a handover mails the provider its number and link, nothing of the resident; accepting mails the maker", async ({ browser }) => {
  const staff = await signedIn(browser, users.staff.email);
  const id = await handOver(staff, fatma);
  const number = requestNumber(id);

  for (const to of [SERVICE_INBOX, users.provider.email]) {
    await expect.poll(() => mailsTo(to, new RegExp(number)).length, { timeout: 30_000 }).toBe(1);
    const [mail] = mailsTo(to, new RegExp(number));
    expect(mail).toContain(`Subject: Nieuwe aanvraag ${number} voor Ervaringsouders: hulp bij jeugdhulp en opvoeden`);
    expect(mail).toContain(`${origin}/nl/werk/inbox/${id}`);
    for (const personal of ["Fatma", "Yılmaz", "12345678", "fatma.yilmaz@example.nl", "wacht al maanden"]) expect(mail).not.toContain(personal);
  }

  const provider = await signedIn(browser, users.provider.email);
  await acceptRequest(provider, id);
  await expect.poll(() => mailsTo(users.staff.email, /geaccepteerd/).length, { timeout: 30_000 }).toBe(1);
  const [accepted] = mailsTo(users.staff.email, /geaccepteerd/);
  expect(accepted).toContain(`Subject: Aanvraag ${number}: de aanbieder heeft de aanvraag geaccepteerd`);
  expect(accepted).toContain(`${origin}/nl/werk/overdrachten/${id}`);
  expect(accepted).not.toContain("Fatma");
  await provider.context().close();
  await staff.context().close();
});

test("a handover left waiting past the working days brings its maker one reminder", async ({ browser }) => {
  const staff = await signedIn(browser, users.staff.email);
  const id = await handOver(staff, { ...fatma, name: "Kees Wachter" });
  const number = requestNumber(id);
  await staff.context().close();
  // Ten days ago: at least six working days, whatever the holidays.
  await sql(`update "ContactRequest" set "createdAt" = now() - interval '10 days' where "id" = $1`, [id]);
  const reminders = () => mailsTo(users.staff.email, new RegExp(`Aanvraag ${number}: nog geen antwoord`));
  await expect.poll(() => reminders().length, { timeout: 30_000 }).toBe(1);
  expect(reminders()[0]).not.toContain("Kees");
  // Several more runs of the job (every 2 s) and of the outbox (every 1 s): still one.
  await new Promise((resolve) => setTimeout(resolve, 6_000));
  expect(reminders()).toHaveLength(1);
  const [row] = await sql<{ overdue: Date | null }>(`select "overdueNoticeAt" as overdue from "ContactRequest" where "id" = $1`, [id]);
  expect(row?.overdue).not.toBeNull();
});
