import { readFile } from "node:fs/promises";
import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "./axe";
import { createUsers, signedIn, signInWithPassword, users, withoutJavaScript, YOUTH_SERVICE } from "./staff-users";

/**
 * Issue 9, point 8: an editor imports a catalogue file in the browser. A bad file shows
 * every problem with its place and changes nothing; a good one shows a preview (a changed
 * field listed), is applied once, and residents see the change. The export downloads the
 * published catalogue. Upload and apply also work without JavaScript.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;
const ORIGINAL_NAME = "Ervaringsouders: hulp bij jeugdhulp en opvoeden";

// Each journey downloads, uploads, previews and scans several pages on a busy machine.
test.describe.configure({ timeout: 180_000 });

test.beforeAll(async ({ browser }) => {
  // Making the accounts runs a command per account; on a loaded machine that takes a while.
  test.setTimeout(300_000);
  createUsers();
  // The first sign-in of a freshly started server can take longer than signedIn waits.
  const context = await browser.newContext({ locale: "nl-NL" });
  const page = await context.newPage();
  await signInWithPassword(page, users.editor.email);
  await page.waitForURL((url) => !url.pathname.includes("inloggen"), { timeout: 60_000 });
  await context.close();
});

async function upload(page: Page, name: string, document: unknown, replace = false) {
  await page.goto("/nl/beheer/import");
  await page.getByLabel("Catalogusbestand").setInputFiles({ name, mimeType: "application/json", buffer: Buffer.from(typeof document === "string" ? document : JSON.stringify(document)) });
  if (replace) await page.getByLabel("Vervang de hele catalogus door dit bestand").check();
  await page.getByRole("button", { name: "Bestand controleren" }).click();
}

async function download(page: Page): Promise<Json> {
  await page.goto("/nl/beheer/import");
  const [file] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Download de catalogus (JSON)" }).click()]);
  expect(file.suggestedFilename()).toMatch(/^catalogus-\d{4}-\d{2}-\d{2}\.json$/);
  return JSON.parse(await readFile((await file.path())!, "utf8"));
}

test("the export downloads the published catalogue as JSON, for editors only", async ({ browser }) => {
  const { context, page } = await signedIn(browser, "editor");
  await page.goto("/nl/beheer");
  await page.getByRole("link", { name: "Importeren en exporteren" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Importeren en exporteren" })).toBeVisible();
  await expect(page.getByText("foto's van ondersteuners zitten niet in dit bestand")).toBeVisible();
  await expectNoAxeViolations(page);
  const answer = await page.request.get("/nl/beheer/import/export");
  expect(answer.headers()["content-type"]).toBe("application/json; charset=utf-8");
  expect(answer.headers()["content-disposition"]).toMatch(/^attachment; filename=catalogus-\d{4}-\d{2}-\d{2}\.json$/);
  const document = await download(page);
  expect(document.profile).toBe("hsds-nl-clientondersteuning/1");
  expect(document.services.map((s: Json) => s.id)).toContain(YOUTH_SERVICE);
  await context.close();

  const staff = await signedIn(browser, "staff");
  expect((await staff.page.request.get("/nl/beheer/import/export")).status()).toBe(403);
  await staff.context.close();
});

test("a bad file shows every problem with its place and changes nothing", async ({ browser }) => {
  const { context, page } = await signedIn(browser, "editor");
  const document = await download(page);
  const youth = document.services.findIndex((s: Json) => s.id === YOUTH_SERVICE);
  document.services[youth].name.nl = "Naam die er nooit komt";
  delete document.services[0].name;
  document.services[1].attributes.push("co-domain:bestaat-niet");

  await upload(page, "kapot.json", document, true);
  await expect(page).toHaveURL(/\/nl\/beheer\/import\/[0-9a-f]{32}$/);
  await expect(page.getByRole("heading", { name: "Het bestand heeft 2 problemen" })).toBeVisible();
  await expect(page.getByRole("cell", { name: "$.services[0].name", exact: true })).toBeVisible();
  await expect(page.getByRole("cell", { name: /^\$\.services\[1\]\.attributes\[\d+\]$/ })).toBeVisible();
  await expect(page.getByRole("button", { name: "Bestand inlezen" })).toHaveCount(0);
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Annuleren" }).click();
  await expect(page.getByText("U heeft het inlezen geannuleerd. Er is niets veranderd.")).toBeVisible();

  // Not JSON at all: said at the field.
  await upload(page, "catalogus.json", "<html>geen json</html>");
  await expect(page.getByText("Dit bestand is geen JSON-bestand.")).toBeVisible();
  await expect(page.getByLabel("Catalogusbestand")).toHaveAttribute("aria-invalid", "true");
  await expectNoAxeViolations(page);

  await page.goto(`/nl/aanbod/${YOUTH_SERVICE}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(ORIGINAL_NAME);
  await context.close();
});

test("a good file: the preview lists the changed field, it is applied once, and residents see it", async ({ browser }) => {
  const { context, page } = await signedIn(browser, "editor");
  const document = await download(page);
  const youth = document.services.find((s: Json) => s.id === YOUTH_SERVICE);
  youth.name.nl = "Ervaringsouders: hulp bij opvoeden en jeugdhulp";

  await upload(page, "catalogus.json", document);
  await expect(page.getByRole("heading", { level: 1, name: "Voorbeeld van de import" })).toBeVisible();
  const preview = page.url();
  await expect(page.getByRole("heading", { name: "Gewijzigd (1)" })).toBeVisible();
  await expect(page.getByText(`name.nl: was ${ORIGINAL_NAME}, wordt Ervaringsouders: hulp bij opvoeden en jeugdhulp`)).toBeVisible();
  await expect(page.getByText(`(${YOUTH_SERVICE})`)).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Bestand inlezen" }).click();
  await expect(page.getByText(/Het bestand is ingelezen: 0 nieuw, \d+ gewijzigd, 0 verwijderd/)).toBeVisible();
  await expectNoAxeViolations(page);

  // Back to the preview (the back button): it is gone, so nothing is imported twice.
  await page.goto(preview);
  await expect(page.getByRole("heading", { name: "Dit bestand is er niet meer" })).toBeVisible();
  await expectNoAxeViolations(page);
  await context.close();

  const resident = await browser.newContext({ locale: "nl-NL" });
  const residentPage = await resident.newPage();
  await residentPage.goto(`/nl/aanbod/${YOUTH_SERVICE}`);
  await expect(residentPage.getByRole("heading", { level: 1 })).toHaveText("Ervaringsouders: hulp bij opvoeden en jeugdhulp");
  await resident.close();
});

test("upload and apply work without JavaScript", async ({ browser }) => {
  const signed = await signedIn(browser, "editor");
  const document = await download(signed.page);
  const { context, page } = await withoutJavaScript(browser, signed.context);
  document.services.find((s: Json) => s.id === YOUTH_SERVICE).name.nl = ORIGINAL_NAME;

  await upload(page, "terug.json", document);
  await expect(page.getByRole("heading", { name: "Gewijzigd (1)" })).toBeVisible();
  await page.getByRole("button", { name: "Bestand inlezen" }).click();
  await expect(page.getByText(/Het bestand is ingelezen/)).toBeVisible();
  await page.goto(`/nl/aanbod/${YOUTH_SERVICE}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(ORIGINAL_NAME);
  await context.close();
});
