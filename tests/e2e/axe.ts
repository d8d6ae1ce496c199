import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

/**
 * Zero axe violations (WCAG 2.1 A and AA) on the page as it is now. After a navigation in
 * the browser, Next.js sets the new page's title a moment after its content: wait for a title
 * first (a page that never gets one still fails, on the title).
 *
 * axe runs in the page itself ("legacy mode"): the default mode opens a second page to put
 * the results of every frame together, which costs two to four times as long. The portal
 * has no frames; a page that ever has one is scanned in the default mode, frames included.
 */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  await expect(page).toHaveTitle(/\S/u);
  const result = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
    .setLegacyMode(page.frames().length === 1)
    .analyze();
  const summary = result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`);
  expect(summary).toEqual([]);
}
