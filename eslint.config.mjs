import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";
import { importDirections } from "./eslint.import-directions.mjs";

// eslint-config-next registers eslint-plugin-jsx-a11y but enables only a few of its
// rules. WCAG 2.1 AA is a legal requirement here, so the plugin's strict set is switched
// on, taken from the registered plugin rather than a second copy of it.
const jsxA11y = nextVitals.find((config) => config.plugins?.["jsx-a11y"])?.plugins["jsx-a11y"];
if (!jsxA11y) throw new Error("eslint-config-next no longer registers jsx-a11y: update eslint.config.mjs");

export default defineConfig([
  ...nextVitals,
  ...nextTypescript,
  {
    files: ["**/*.{jsx,tsx}"],
    rules: jsxA11y.configs.strict.rules,
  },
  // Which folder may import which (docs/architecture.md); tests/architecture keeps it working.
  ...importDirections,
  globalIgnores([
    ".next/**",
    "out/**",
    "build/**",
    "next-env.d.ts",
    "lib/generated/**",
    "data/**",
    "test-results/**",
    "playwright-report/**",
  ]),
]);
