import type { Browser, Page } from "@playwright/test";
import { expectNoAxeViolations } from "./axe";

/** axe needs JavaScript: scan the URL a no-JavaScript journey reached in a normal context (of the same width, when given). */
export async function scanWithJavaScript(browser: Browser, url: string, locale = "nl-NL", viewport?: { width: number; height: number }): Promise<void> {
  const context = await browser.newContext({ locale, ...(viewport ? { viewport } : {}) });
  const page = await context.newPage();
  await page.goto(url);
  await expectNoAxeViolations(page);
  await context.close();
}

/** Presses Tab until the focused element matches, like a keyboard user looking for it. */
export async function tabTo(page: Page, matches: (element: { tag: string; text: string; href: string }) => boolean, limit = 80): Promise<void> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press("Tab");
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      return { tag: el?.tagName.toLowerCase() ?? "", text: el?.textContent?.trim() ?? "", href: el?.getAttribute("href") ?? "" };
    });
    if (matches(focused)) return;
  }
  throw new Error("tabbed through the page without reaching the element");
}
