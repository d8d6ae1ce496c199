/** Shared classes of the vraagwijzer's controls, built from the design tokens only. */
export const primaryButton =
  "min-h-11 rounded-portal border-2 border-primary bg-primary px-5 py-2 font-bold text-primary-contrast hover:bg-link-hover";
export const secondaryButton = "min-h-11 rounded-portal border-2 border-primary bg-canvas px-5 py-2 font-bold text-primary hover:bg-surface";
export const choiceLabel = "flex items-start gap-3 rounded-portal border-2 border-line bg-canvas p-3";
export const choiceInput = "mt-1 size-6 shrink-0 accent-primary";
export const fieldControl = "min-h-11 w-full rounded-portal border-2 border-line bg-canvas px-3 py-2 text-ink sm:w-auto";
export const errorText = "border-l-4 border-notice pl-3 font-bold text-notice";
