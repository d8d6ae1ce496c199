/**
 * The form kit's classes, built from the design tokens only. Every control and button is
 * at least 44 × 44 px (min-h-11, min-w-11): WCAG 2.5.5 / 2.5.8 target size, for residents
 * and staff alike.
 */
export const control = "min-h-11 w-full rounded-portal border-2 border-line bg-canvas px-3 py-2 text-ink";
export const controlWidth = { auto: "sm:w-auto", full: "max-w-prose", short: "sm:w-32" } as const;
export const errorText = "border-l-4 border-notice pl-3 font-bold text-notice";
export const hintText = "text-ink-secondary";
export const choiceBox = "mt-1 size-6 shrink-0 accent-primary";
export const choiceCard = "flex items-start gap-3 rounded-portal border-2 border-line bg-canvas p-3";
export const pageHeading = "text-h2 sm:text-h1";

const target = "inline-flex min-h-11 min-w-11 items-center justify-center";
export const button = {
  primary: `${target} rounded-portal border-2 border-primary bg-primary px-5 py-2 font-bold text-primary-contrast hover:bg-link-hover`,
  secondary: `${target} rounded-portal border-2 border-primary bg-canvas px-5 py-2 font-bold text-primary hover:bg-surface`,
  /** For small actions in lists and menus: looks like a link, still a full-size target. */
  quiet: `${target} px-1 font-bold text-link underline hover:text-link-hover`,
} as const;
export type ButtonVariant = keyof typeof button;
