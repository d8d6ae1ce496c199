import { readFileSync } from "node:fs";
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { SCHEMA_PATH } from "./fixtures";

/** shared/catalogue/schema.json compiled with ajv, the reference the zod schema must agree with. */
export function schemaValidator(): (document: unknown) => boolean {
  // The packages are CommonJS; depending on the loader the class sits on `default`.
  const AjvClass = ((Ajv2020 as unknown as { default?: typeof Ajv2020 }).default ?? Ajv2020) as typeof Ajv2020;
  const formats = ((addFormats as unknown as { default?: typeof addFormats }).default ?? addFormats) as typeof addFormats;
  const ajv = new AjvClass({ allErrors: true, strict: false });
  formats(ajv);
  const validate = ajv.compile(JSON.parse(readFileSync(SCHEMA_PATH, "utf8")));
  return (document) => {
    const ok = validate(document);
    if (!ok && process.env.DEBUG_AJV) console.error(validate.errors);
    return ok;
  };
}
