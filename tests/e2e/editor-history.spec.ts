import { expect as baseExpect, test, type Browser, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "./axe";
import { createUsers, signInWithPassword, users, withoutJavaScript, type E2ERole } from "./staff-users";

/**
 * The editor's safety nets (issue 9 points 3 and 4): two editors on one municipality lose
 * nothing, an earlier version comes back as a draft, and a deleted service becomes defunct
 * (residents no longer find it) — never a hard delete.
 */
test.beforeAll(() => createUsers());
// Long journeys on a shared, busy machine: each publish rebuilds the catalogue snapshot.
test.describe.configure({ timeout: 180_000 });
const expect = baseExpect.configure({ timeout: 20_000 });

/** `signedIn`, with patience for a slow password check while the machine is busy. */
async function signedIn(browser: Browser, role: E2ERole) {
  const context = await browser.newContext({ locale: "nl-NL" });
  const page = await context.newPage();
  await signInWithPassword(page, users[role].email);
  await expect(page).not.toHaveURL(/inloggen/, { timeout: 30_000 });
  return { context, page };
}

const name = (page: Page) => page.getByLabel("Naam", { exact: true });
const phone = (page: Page) => page.getByLabel("Telefoon van het toegangsteam", { exact: true });
/** The history's entries, newest first. */
const versions = (page: Page) => page.getByRole("listitem").filter({ has: page.getByRole("heading", { level: 2, name: /^Versie \d+$/ }) });
const save = (page: Page) => page.getByRole("button", { name: "Concept opslaan" }).click();

test("two editors on one municipality: the second save is refused with what the other changed, and nothing is lost", async ({ browser }) => {
  const first = await signedIn(browser, "editor");
  const second = await signedIn(browser, "admin+editor");
  await first.page.goto("/nl/beheer/gemeenten/GM0321");
  await second.page.goto("/nl/beheer/gemeenten/GM0321");
  await expect(second.page.getByRole("heading", { level: 1, name: "Gemeente Houten" })).toBeVisible();
  // The journeys after this one read Houten as the demo has it: put it back at the end.
  const original = { name: await name(second.page).inputValue(), phone: await phone(second.page).inputValue() };

  await phone(first.page).fill("030 111 22 33");
  await save(first.page);
  await expect(first.page.getByText("Het concept is opgeslagen.", { exact: false })).toBeVisible();

  await name(second.page).fill("Gemeente Houten");
  await save(second.page);
  await expect(second.page.getByText("Iemand anders heeft dit ook veranderd terwijl u bezig was.", { exact: false })).toBeVisible();
  const theirs = second.page.getByRole("table", { name: "Wat de ander veranderde" });
  await expect(theirs.getByRole("row").filter({ hasText: "Telefoon van het toegangsteam" })).toContainText("030 111 22 33");
  // My own change is kept on top of theirs.
  await expect(name(second.page)).toHaveValue("Gemeente Houten");
  await expect(phone(second.page)).toHaveValue("030 111 22 33");
  await expectNoAxeViolations(second.page);

  await save(second.page);
  await expect(second.page.getByText("Het concept is opgeslagen.", { exact: false })).toBeVisible();
  await second.page.getByRole("button", { name: "Publiceren" }).click();
  await expect(second.page.getByText("Gepubliceerd. Bewoners zien het nu.")).toBeVisible();
  await expect(name(second.page)).toHaveValue("Gemeente Houten");
  await expect(phone(second.page)).toHaveValue("030 111 22 33");

  await name(second.page).fill(original.name);
  await phone(second.page).fill(original.phone);
  await save(second.page);
  await expect(second.page.getByText("Het concept is opgeslagen.", { exact: false })).toBeVisible();
  await second.page.getByRole("button", { name: "Publiceren" }).click();
  await expect(second.page.getByText("Gepubliceerd. Bewoners zien het nu.")).toBeVisible();
  await first.context.close();
  await second.context.close();
});

test("an earlier version comes back as a draft; the drafts list shows it; publishing brings the old value back", async ({ browser }) => {
  const { context, page } = await signedIn(browser, "editor");
  for (const changed of ["Nieuwegein A", "Nieuwegein B"]) {
    await page.goto("/nl/beheer/gemeenten/GM0356");
    await name(page).fill(changed);
    await save(page);
    await expect(page.getByText("Het concept is opgeslagen.", { exact: false })).toBeVisible();
    await page.getByRole("button", { name: "Publiceren" }).click();
    await expect(page.getByText("Gepubliceerd. Bewoners zien het nu.")).toBeVisible();
  }

  await page.getByRole("link", { name: "Geschiedenis bekijken" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Geschiedenis van Nieuwegein B" })).toBeVisible();
  await expect(page.getByText("Er zijn 3 wijzigingen.", { exact: false })).toBeVisible();
  await expect(versions(page).first().getByRole("heading")).toHaveText("Versie 3");
  await expect(versions(page).first()).toContainText(users.editor.name);
  await expect(versions(page).first().getByRole("table")).toContainText("Nieuwegein A");
  // The version residents see now has no button; the earlier ones do.
  await expect(versions(page).first().getByRole("button")).toHaveCount(0);
  await expectNoAxeViolations(page);

  await page.getByRole("button", { name: "Zet deze versie terug als concept (versie 2)" }).click();
  await expect(page).toHaveURL(/\/nl\/beheer\/gemeenten\/GM0356\?opgeslagen=1$/);
  await expect(page.getByText("Dit concept is teruggezet uit versie 2.")).toBeVisible();
  await expect(name(page)).toHaveValue("Nieuwegein A");

  // A second restore while this draft waits is refused calmly.
  await page.getByRole("link", { name: "Geschiedenis bekijken" }).click();
  await expect(page.getByText("Er is een concept dat nog niet gepubliceerd is.")).toBeVisible();
  await page.getByRole("button", { name: "Zet deze versie terug als concept (versie 1)" }).click();
  await expect(page.getByText("Er is al een concept. Publiceer het of gooi het weg.")).toBeVisible();

  await page.goto("/nl/beheer/concepten");
  await expect(page.getByRole("heading", { level: 1, name: "Concepten" })).toBeVisible();
  const row = page.getByRole("row").filter({ has: page.getByRole("link", { name: "Nieuwegein A" }) });
  await expect(row).toContainText("Gemeente");
  await expect(row).toContainText(users.editor.name);
  await expect(row).toContainText("uit versie 2");
  await expectNoAxeViolations(page);

  await row.getByRole("link", { name: "Nieuwegein A" }).click();
  await page.getByRole("button", { name: "Publiceren" }).click();
  await expect(page.getByText("Gepubliceerd. Bewoners zien het nu.")).toBeVisible();
  await expect(name(page)).toHaveValue("Nieuwegein A");
  await page.getByRole("link", { name: "Geschiedenis bekijken" }).click();
  // The import that loaded it, and the editor's three changes (two edits and the restore).
  await expect(page.getByText("Er zijn 4 wijzigingen.", { exact: false })).toBeVisible();
  await expect(versions(page).filter({ hasText: users.editor.name })).toHaveCount(3);
  await expect(versions(page).first().getByRole("table")).toContainText("Nieuwegein B");

  // The journeys after this one read Nieuwegein as the demo has it.
  await page.goto("/nl/beheer/gemeenten/GM0356");
  await name(page).fill("Nieuwegein");
  await save(page);
  await expect(page.getByText("Het concept is opgeslagen.", { exact: false })).toBeVisible();
  await page.getByRole("button", { name: "Publiceren" }).click();
  await expect(page.getByText("Gepubliceerd. Bewoners zien het nu.")).toBeVisible();
  await context.close();
});

test("deleting a service makes it defunct, without JavaScript, and residents no longer find it", async ({ browser, page: resident }) => {
  const SERVICE = "c3498938-2693-56a6-a280-ea330f22f14c";
  const TITLE = "Belastinghulp in de bibliotheek";
  await resident.goto("/nl/aanbod?gemeente=GM0321");
  await expect(resident.getByRole("link", { name: TITLE, exact: true })).toHaveCount(1);

  const signed = await signedIn(browser, "editor");
  await signed.page.goto(`/nl/beheer/geschiedenis/dienst/${SERVICE}`);
  await expect(signed.page.getByRole("heading", { level: 1, name: `Geschiedenis van ${TITLE}` })).toBeVisible();
  await expect(signed.page.getByRole("heading", { level: 2, name: "Verwijder deze dienst" })).toBeVisible();
  await expectNoAxeViolations(signed.page);
  // Without the ticked confirmation nothing happens.
  await signed.page.getByRole("button", { name: "Verwijder deze dienst" }).click();
  await expect(signed.page.getByText("Zet een vinkje als u de dienst echt wilt verwijderen.").first()).toBeVisible();
  await expectNoAxeViolations(signed.page);

  // The confirmation itself is one plain post (axe needs scripts, so it ran above).
  const { context, page } = await withoutJavaScript(browser, signed.context);
  await page.goto(`/nl/beheer/geschiedenis/dienst/${SERVICE}`);
  await page.getByLabel("Ja, ik wil deze dienst verwijderen").check();
  await page.getByRole("button", { name: "Verwijder deze dienst" }).click();
  await expect(page).toHaveURL(/verwijderd=1$/);
  await expect(page.getByText("De dienst is verwijderd. Bewoners vinden hem niet meer.")).toBeVisible();
  await expect(page.getByText("Deze dienst is verwijderd. Bewoners zien hem niet.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Verwijder deze dienst" })).toHaveCount(0);
  await expect(versions(page).first()).toContainText(users.editor.name);
  await expect(versions(page).first().getByRole("table")).toContainText("defunct");
  await context.close();

  await resident.goto("/nl/aanbod?gemeente=GM0321");
  await expect(resident.getByRole("link", { name: TITLE, exact: true })).toHaveCount(0);
  const gone = await resident.goto(`/nl/aanbod/${SERVICE}`);
  expect(gone?.status()).toBe(404);

  // Back as it was, for the journeys after this one: the version before "defunct", restored and published.
  const again = await signedIn(browser, "editor");
  await again.page.goto(`/nl/beheer/geschiedenis/dienst/${SERVICE}`);
  await again.page.getByRole("button", { name: /^Zet deze versie terug als concept/ }).first().click();
  await expect(again.page).toHaveURL(new RegExp(`/nl/beheer/diensten/${SERVICE}\\?opgeslagen=1$`));
  await again.page.getByRole("button", { name: "Publiceren" }).click();
  await expect(again.page.getByText("Gepubliceerd. Bewoners zien het nu.")).toBeVisible();
  await resident.goto("/nl/aanbod?gemeente=GM0321");
  await expect(resident.getByRole("link", { name: TITLE, exact: true })).toHaveCount(1);
  await again.context.close();
});
