import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./axe";
import { createUsers, signedIn, users, withoutJavaScript, YOUTH_SERVICE } from "./staff-users";

test.beforeAll(() => createUsers());

test("staff find a Turkish-speaking experience expert for a youth question, hand over warmly, and see the provider accept", async ({ browser }) => {
  const staff = await signedIn(browser, "staff");
  const page = staff.page;
  await expect(page).toHaveURL(/\/nl\/werk$/);
  await expect(page.getByRole("heading", { level: 1, name: "Zoek een cliëntondersteuner" })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByLabel("Zoekwoorden").fill("turks jeugd");
  await page.getByLabel("Gemeente").selectOption({ label: "Utrecht" });
  await page.getByRole("button", { name: "Zoeken" }).click();
  await expect(page).toHaveURL(/q=turks\+jeugd/);
  const result = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: "Ervaringsouders: hulp bij jeugdhulp en opvoeden" }) });
  await expect(result).toBeVisible();
  await expect(result.getByText(/Ayşe K\./)).toBeVisible();
  await expectNoAxeViolations(page);

  await result.getByRole("link", { name: "Verbinden met Ervaringsouders: hulp bij jeugdhulp en opvoeden" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Inwoner verbinden" })).toBeVisible();
  await expectNoAxeViolations(page);

  // Without consent nothing is sent, and what was typed stays.
  await page.getByLabel("Ayşe K.").check();
  await page.getByLabel("Naam van de inwoner").fill("Fatma Yılmaz");
  await page.getByLabel("Telefoonnummer").fill("06 12345678");
  await page.getByLabel("De vraag, in de woorden van de inwoner").fill("Mijn zoon wacht al maanden op jeugdhulp. Ik wil iemand die Turks spreekt.");
  await page.getByRole("button", { name: "Verbinden" }).click();
  await expect(page.getByText("Zonder toestemming van de inwoner kunt u niet verbinden.", { exact: false })).toBeVisible();
  await expect(page.getByLabel("Naam van de inwoner")).toHaveValue("Fatma Yılmaz");
  await expect(page.getByLabel("De inwoner is het hiermee eens")).toHaveAttribute("aria-invalid", "true");
  await expectNoAxeViolations(page);

  await page.getByLabel("De inwoner is het hiermee eens").check();
  await page.getByRole("button", { name: "Verbinden" }).click();
  await expect(page).toHaveURL(/\/nl\/werk\/overdrachten\/[0-9a-f-]{36}$/);
  await expect(page.getByRole("heading", { name: "Wat we hebben afgesproken" })).toBeVisible();
  await expect(page.getByText(/Ik vind het goed dat het wijkteam/)).toBeVisible();
  await expect(page.getByText("U hebt gevraagd naar: Ayşe K.")).toBeVisible();
  await expectNoAxeViolations(page);

  // The provider of that organization sees it in the inbox and accepts.
  const provider = await signedIn(browser, "provider");
  await expect(provider.page).toHaveURL(/\/nl\/werk\/inbox$/);
  const request = provider.page.getByRole("row").filter({ hasText: "Fatma Yılmaz" });
  await expect(request.getByText("Verstuurd, nog geen antwoord")).toBeVisible();
  await expect(request.getByText(`Verbonden door ${users.staff.name} van het wijkteam`, { exact: false })).toBeVisible();
  await expectNoAxeViolations(provider.page);
  await request.getByRole("link", { name: /^Aanvraag .* openen$/ }).click();
  await provider.page.getByRole("button", { name: "Accepteren" }).click();
  await expect(provider.page.getByRole("region", { name: "Wat er is gebeurd" }).getByText("Geaccepteerd")).toBeVisible();
  await expectNoAxeViolations(provider.page);
  await provider.context.close();

  await page.goto("/nl/werk/overdrachten");
  const row = page.getByRole("row").filter({ hasText: "Fatma Yılmaz" });
  await expect(row.getByText("Geaccepteerd")).toBeVisible();
  await expectNoAxeViolations(page);
  await staff.context.close();
});

test("a handover to a service that is not active is refused with an explanation", async ({ browser }) => {
  const { context, page } = await signedIn(browser, "staff");
  await page.goto("/nl/werk?q=Inloopspreekuur+Houten-Zuid");
  await expect(page.getByText("Niet actief: u kunt hier niet naar doorverbinden.")).toBeVisible();
  await expect(page.getByRole("link", { name: /Verbinden met Inloopspreekuur/ })).toHaveCount(0);
  await expectNoAxeViolations(page);
  await context.close();
  expect(YOUTH_SERVICE).toBeTruthy();
});

test("the lookup works without JavaScript", async ({ browser }) => {
  const { context: noScript, page } = await withoutJavaScript(browser, (await signedIn(browser, "staff")).context);
  await page.goto("/nl/werk");
  await page.getByLabel("Zoekwoorden").fill("Ayşe");
  await page.getByRole("button", { name: "Zoeken" }).click();
  await expect(page.getByRole("heading", { name: "Ervaringsouders: hulp bij jeugdhulp en opvoeden" })).toBeVisible();
  await noScript.close();
});
