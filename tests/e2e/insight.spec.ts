import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./axe";
import { createUsers, signedIn } from "./staff-users";

test.beforeAll(() => createUsers());

// Issue 14, point 3: supply and demand for policy officers, each chart with a table and a CSV.
test.describe("the supply-and-demand dashboard", () => {
  test("an editor sees supply and demand per municipality, in tables, and downloads a table as CSV", async ({ browser }) => {
    const { context, page } = await signedIn(browser, "editor");
    await page.goto("/nl/beheer");
    await page.getByRole("link", { name: "Aanbod en vraag" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Aanbod en vraag" })).toBeVisible();
    await page.getByLabel("Gemeente", { exact: true }).selectOption({ label: "Houten" });
    await page.getByLabel("Periode", { exact: true }).selectOption({ label: "De laatste 365 dagen" });
    await page.getByRole("button", { name: "Toon", exact: true }).click();
    await expect(page).toHaveURL(/gemeente=GM0321&periode=365/);
    await expect(page.getByRole("heading", { name: "Waar is te weinig hulp in Houten?" })).toBeVisible();
    const kinds = page.getByRole("table", { name: "Soort hulp" });
    await expect(kinds.getByRole("row")).not.toHaveCount(1);
    await expectNoAxeViolations(page);

    const link = page.getByRole("link", { name: "Download als CSV: Onderwerpen" }).first();
    const response = await page.request.get((await link.getAttribute("href"))!);
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toContain("text/csv");
    expect(response.headers()["content-disposition"]).toContain("supply-domain-GM0321-365d.csv");
    expect((await response.text()).split("\r\n")[0]).toBe("\uFEFFCode,Antwoord,Aantal");
    expect((await page.request.get("/nl/beheer/cijfers/csv?tabel=onzin")).status()).toBe(400);

    // Months chosen for the handover figures stay when the municipality changes, and the other way round.
    const from = page.getByLabel("Van maand");
    await from.selectOption({ index: 2 });
    const chosen = await from.inputValue();
    await page.getByRole("button", { name: "Toon deze maanden" }).click();
    await expect(page).toHaveURL(new RegExp(`gemeente=GM0321&periode=365&van=${chosen}`));
    await page.getByLabel("Gemeente", { exact: true }).selectOption({ label: "Utrecht" });
    await page.getByRole("button", { name: "Toon", exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`van=${chosen}&tot=.*&gemeente=GM0344`));
    await expect(page.getByLabel("Van maand")).toHaveValue(chosen);
    await context.close();
  });

  test("the English dashboard, and no CSV for someone without the role", async ({ browser }) => {
    const editor = await signedIn(browser, "editor", "en");
    await editor.page.goto("/en/beheer/cijfers");
    await expect(editor.page.getByRole("heading", { level: 1, name: "Supply and demand" })).toBeVisible();
    await expectNoAxeViolations(editor.page);
    await editor.context.close();

    const provider = await signedIn(browser, "provider");
    expect((await provider.page.request.get("/nl/beheer/cijfers/csv?gemeente=GM0344&tabel=demand-domain")).status()).toBe(403);
    await provider.context.close();
  });
});
