import { execFileSync } from "node:child_process";
import { expect, type Browser, type BrowserContext, type Page } from "@playwright/test";
import { shardDataDir } from "./shard";

/** The accounts the staff journeys use, created through `npm run user:create` against the running portal. */
export const PASSWORD = "een-lang-e2e-wachtwoord";
export const YOUTH_SERVICE = "a9ecc781-7a5f-5cd9-93bc-86012e5f8612";
const YOUTH_ORGANIZATION = "691d41cc-0120-52e8-8c3c-a9b3eb54f49a";

export const users = {
  staff: { email: "wijkteam@example.nl", name: "Sanne de Vries", role: "staff" },
  provider: { email: "ervaringskracht@example.nl", name: "Koen Bakker", role: "provider", organization: YOUTH_ORGANIZATION },
  editor: { email: "beleid@example.nl", name: "Eva Jansen", role: "editor" },
  admin: { email: "beheer@example.nl", name: "Ali Demir", role: "admin" },
  // An admin who also handles error reports (a data role: the admin role alone sees no resident's data).
  "admin+editor": { email: "beheer-beleid@example.nl", name: "Noor Visser", role: "admin", also: "editor" },
} as const;
export type E2ERole = keyof typeof users;

/** One account, made by the running portal through `npm run user:create`; one that exists already is fine. */
export function createAccount(
  user: { email: string; role: string; name: string; organization?: string; also?: string },
  dataDir = shardDataDir(),
): void {
  const args = ["--import", "tsx", "scripts/user-create.ts", "--email", user.email, "--role", user.role, "--name", user.name, "--password", PASSWORD];
  if (user.organization) args.push("--organization", user.organization);
  if (user.also) args.push("--also", user.also);
  try {
    execFileSync(process.execPath, args, { env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: "" }, stdio: "pipe" });
  } catch (error) {
    // Already there from an earlier test in this run: that is fine.
    if (!String((error as { stderr?: Buffer }).stderr).includes("email (taken)")) throw error;
  }
}

const created = new Set<string>();
/** The journeys' accounts in this shard's portal, made once per worker and portal. */
export function createUsers(): void {
  const dataDir = shardDataDir();
  if (created.has(dataDir)) return;
  for (const user of Object.values(users)) createAccount(user, dataDir);
  created.add(dataDir);
}

export async function signedIn(browser: Browser, role: E2ERole, locale: "nl" | "en" = "nl"): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ locale: locale === "nl" ? "nl-NL" : "en-GB" });
  const page = await context.newPage();
  await signInWithPassword(page, users[role].email, locale);
  await expect(page).not.toHaveURL(/inloggen/);
  return { context, page };
}

/** The same signed-in person in a browser without JavaScript: the session's cookies move to a context with scripts off; the given context is closed. */
export async function withoutJavaScript(browser: Browser, context: BrowserContext): Promise<{ context: BrowserContext; page: Page }> {
  const cookies = await context.cookies();
  await context.close();
  const noScript = await browser.newContext({ javaScriptEnabled: false, locale: "nl-NL" });
  await noScript.addCookies(cookies);
  return { context: noScript, page: await noScript.newPage() };
}

/** The first step of signing in: e-mail address and password. */
export async function signInWithPassword(page: Page, email: string, locale: "nl" | "en" = "nl"): Promise<void> {
  await page.goto(`/${locale}/inloggen`);
  await page.getByLabel(locale === "nl" ? "E-mailadres" : "Email address").fill(email);
  await page.getByLabel(locale === "nl" ? "Wachtwoord" : "Password").fill(PASSWORD);
  await page.getByRole("button", { name: locale === "nl" ? "Inloggen" : "Sign in" }).click();
}
