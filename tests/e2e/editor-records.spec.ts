import sharp from "sharp";
import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./axe";
import { createUsers, signedIn, withoutJavaScript } from "./staff-users";

// Issue 9, point 1: organizations, locations, terms and supporters edited in the browser.

const ORGANIZATION = "63388cb7-ae94-56a1-ae8a-df31596eee26"; // Seniorenvereniging Houten
const SERVICE = "5e4ff516-9f7d-5f41-97d2-9cf26b1a4a3a"; // Ouderenadviseur Houten
const LOCATION_NAME = "Bibliotheek Utrecht Neude";

test.beforeAll(() => createUsers());
// Each journey visits several large forms and scans each with axe.
test.describe.configure({ timeout: 180_000 });

test("an editor sets an organisation's independence flag and publishes it, and sets it back", async ({ browser }) => {
  const { context, page } = await signedIn(browser, "editor");
  await page.goto("/nl/beheer/organisaties?q=Houten");
  await expectNoAxeViolations(page);
  await page.getByRole("link", { name: "Seniorenvereniging Houten" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Organisatie Seniorenvereniging Houten");
  await expectNoAxeViolations(page);
  for (const [answer, shown] of [["Ja", "ja"], ["Nee", "nee"]] as const) {
    await page.getByRole("group", { name: /Levert deze organisatie zelf zorg/ }).getByLabel(answer).check();
    await page.getByRole("button", { name: "Concept opslaan" }).click();
    await expect(page.getByText("Het concept is opgeslagen.")).toBeVisible();
    await page.getByRole("button", { name: "Publiceren" }).click();
    await expect(page.getByText("Gepubliceerd. Bewoners zien het nu.")).toBeVisible();
    await page.goto(`/nl/beheer/organisaties?q=Seniorenvereniging+Houten`);
    await expect(page.getByRole("row", { name: /Seniorenvereniging Houten/ }).getByRole("cell").nth(1)).toHaveText(shown);
    await page.goto(`/nl/beheer/organisaties/${ORGANIZATION}`);
  }
  await page.goto("/nl/beheer/organisaties?toon=care-provider");
  await expect(page.getByRole("link", { name: "Thuiszorg De Linde" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Seniorenvereniging Houten" })).toHaveCount(0);
  await page.goto("/nl/beheer/organisaties/nieuw");
  await expectNoAxeViolations(page);
  await context.close();
});

test("an editor adds a supporter with a photo, publishes, and a resident sees the person and the photo", async ({ browser }) => {
  const { context, page } = await signedIn(browser, "editor");
  await page.goto(`/nl/beheer/diensten/${SERVICE}/ondersteuners/nieuw`);
  await expectNoAxeViolations(page);
  await page.getByLabel("Naam", { exact: true }).fill("Fatima Testpersoon");
  await page.getByLabel("Over deze persoon (Nederlands)").fill("Ik help ouderen met formulieren.");
  await page.getByRole("group", { name: "Talen die deze persoon spreekt" }).getByLabel("Turks").check();
  const png = await sharp({ create: { width: 64, height: 64, channels: 3, background: "#36c" } }).png().toBuffer();
  // A PNG under a .jpg name: checked by what it is, stored as a PNG.
  await page.locator('input[type="file"]').setInputFiles({ name: "portret.jpg", mimeType: "image/jpeg", buffer: png });
  await page.getByRole("button", { name: "Concept opslaan" }).click();
  await expect(page.getByText("Het concept is opgeslagen.")).toBeVisible();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Ondersteuner Fatima Testpersoon");
  await expectNoAxeViolations(page);
  // The draft's photo: editors see it, residents do not yet.
  const preview = await page.getByRole("img", { name: "Huidige foto" }).getAttribute("src");
  const draftPhoto = await page.request.get(preview!);
  expect(draftPhoto.headers()["content-type"]).toBe("image/png");
  const supporterId = page.url().split("/ondersteuners/")[1]!.split("?")[0]!;
  const resident = await browser.newContext({ locale: "nl-NL" });
  const residentPage = await resident.newPage();
  expect((await residentPage.request.get(`/nl/aanbod/${SERVICE}/foto/${supporterId}`)).status()).toBe(404);
  await residentPage.goto(`/nl/aanbod/${SERVICE}`);
  await expect(residentPage.getByRole("heading", { name: "Fatima Testpersoon" })).toHaveCount(0);

  await page.getByRole("button", { name: "Publiceren" }).click();
  // Publishing a service returns to the service's own page.
  await expect(page).toHaveURL(new RegExp(`/nl/beheer/diensten/${SERVICE}\\?gepubliceerd=1$`));

  await residentPage.goto(`/nl/aanbod/${SERVICE}`);
  await expect(residentPage.getByRole("heading", { name: "Fatima Testpersoon" })).toBeVisible();
  const photo = residentPage.getByRole("img", { name: "Foto van Fatima Testpersoon" });
  await expect(photo).toBeVisible();
  const served = await residentPage.request.get((await photo.getAttribute("src"))!);
  expect(served.status()).toBe(200);
  expect(served.headers()["content-type"]).toBe("image/png");
  expect(served.headers()["x-content-type-options"]).toBe("nosniff");

  // Another photo of the same type is a change: published as one, and residents get the new photo at a new address.
  const first = await photo.getAttribute("src");
  const other = await sharp({ create: { width: 64, height: 64, channels: 3, background: "#c63" } }).png().toBuffer();
  await page.goto(`/nl/beheer/diensten/${SERVICE}/ondersteuners/${supporterId}`);
  await page.locator('input[type="file"]').setInputFiles({ name: "nieuw.png", mimeType: "image/png", buffer: other });
  await page.getByRole("button", { name: "Concept opslaan" }).click();
  await expect(page.getByText("Het concept is opgeslagen.")).toBeVisible();
  await page.getByRole("button", { name: "Publiceren" }).click();
  await expect(page).toHaveURL(new RegExp(`/nl/beheer/diensten/${SERVICE}\\?gepubliceerd=1$`));
  await residentPage.goto(`/nl/aanbod/${SERVICE}`);
  const second = await photo.getAttribute("src");
  expect(second).not.toBe(first);
  // Had the photo not been moved into place after the publish, the editor would be told to choose it again.
  await page.goto(`/nl/beheer/diensten/${SERVICE}?gepubliceerd=zonder-foto`);
  await expect(page.getByText("Gepubliceerd, maar de nieuwe foto kon niet worden bewaard. Kies de foto opnieuw en publiceer nog een keer.")).toBeVisible();
  // The upload is stored re-encoded (lib/catalogue/editing/photo-upload.ts): the new photo is the orange one.
  const { channels } = await sharp(await (await residentPage.request.get(second!)).body()).stats();
  expect(channels.slice(0, 3).map((c) => Math.round(c.mean / 10))).toEqual([20, 10, 5]);
  await resident.close();

  // A text file dressed as a photo is refused at the field; nothing is saved.
  await page.goto(`/nl/beheer/diensten/${SERVICE}/ondersteuners/${supporterId}`);
  await page.locator('input[type="file"]').setInputFiles({ name: "foto.jpg", mimeType: "image/jpeg", buffer: Buffer.from("Dit is geen foto, maar tekst.") });
  await page.getByRole("button", { name: "Concept opslaan" }).click();
  await expect(page.getByText("Dit bestand is geen echte JPEG-, PNG- of WebP-foto.").first()).toBeVisible();
  await expect(page.getByText("Er is geen concept.")).toBeVisible();
  await context.close();
});

test("the location and term pages pass axe", async ({ browser }) => {
  const signed = await signedIn(browser, "editor");
  await signed.page.goto("/nl/beheer/locaties/nieuw");
  await expectNoAxeViolations(signed.page);
  await signed.page.goto("/nl/beheer/locaties?q=Neude");
  await expectNoAxeViolations(signed.page);
  await signed.page.getByRole("link", { name: LOCATION_NAME }).click();
  await expect(signed.page.getByRole("heading", { level: 1 })).toHaveText(`Locatie ${LOCATION_NAME}`);
  await expectNoAxeViolations(signed.page);
  await signed.page.goto("/nl/beheer/begrippen");
  await expectNoAxeViolations(signed.page);
  await signed.page.getByRole("link", { name: "Waar gaat uw vraag over?" }).click();
  await expect(signed.page.getByRole("button", { name: "Concept opslaan" })).toBeVisible();
  await expectNoAxeViolations(signed.page);
  await signed.context.close();
});

test("an editor saves a location's draft without JavaScript, and throws it away", async ({ browser }) => {
  const signed = await signedIn(browser, "editor");
  const { context, page } = await withoutJavaScript(browser, signed.context);
  // (axe needs scripts: these pages are scanned with JavaScript above.)
  await page.goto("/nl/beheer/locaties?q=Neude");
  await page.getByRole("link", { name: LOCATION_NAME }).click();
  await page.getByLabel("Zo komt u er (Nederlands)").fill("Vijf minuten lopen van de bushalte Neude.");
  await page.getByRole("button", { name: "Concept opslaan" }).click();
  await expect(page.getByText("Het concept is opgeslagen.")).toBeVisible();
  await expect(page.getByLabel("Zo komt u er (Nederlands)")).toHaveValue("Vijf minuten lopen van de bushalte Neude.");
  await page.getByRole("button", { name: "Concept weggooien" }).click();
  await expect(page.getByText("Het concept is weggegooid.")).toBeVisible();
  await context.close();
});
