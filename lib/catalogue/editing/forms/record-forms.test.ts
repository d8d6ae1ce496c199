import { describe, expect, it } from "vitest";
import { location, organization, service, taxonomy } from "../../interchange/schema";
import type { RecordValue } from "../field-changes";
import { formValues, type PostedFields } from "../form-record";
import { RECORD_FORMS } from ".";
import { sample } from "@/tests/catalogue/fixtures";

const LOCALES = ["nl", "en"];
/** A record's form as a browser posts it: every value once; lists of plain values as one value per ticked box. */
function posted(record: RecordValue, lists: RegExp = /\.(languages|lived_experience)$/u): Record<string, string[]> {
  return Object.fromEntries(Object.entries(formValues(record)).map(([name, value]) => [name, lists.test(name) ? value.split(",") : [value]]));
}

describe("record forms read back what they show", () => {
  const doc = sample();

  it("an organization, both independence flags and its rows", () => {
    const record = doc.organizations[0] as RecordValue;
    const form = RECORD_FORMS.organization!;
    expect(form.fromForm(record, posted(record), LOCALES)).toEqual(record);
    const changed = form.fromForm(record, { ...posted(record), x_is_care_provider: ["ja"], "identifiers.1.identifier_scheme": ["NL-KVK"], "identifiers.1.identifier": ["1234"] }, LOCALES);
    expect(changed.x_is_care_provider).toBe(true);
    // KvK numbers are checked by the importer's schema, at the row's field.
    const parsed = organization.safeParse(changed);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((i) => i.path.join("."))).toEqual(["identifiers.1.identifier"]);
  });

  it("a new organization takes the id the form was given, and no answer to a flag is refused", () => {
    const fields: PostedFields = { id: ["4B1C1E4A-5F06-4C2B-9E0C-2B9D3C6E7A10"], name: ["Stichting Nieuw"], x_is_access_team: ["nee"] };
    const record = RECORD_FORMS.organization!.fromForm(null, fields, LOCALES);
    expect(record).toEqual({ id: "4b1c1e4a-5f06-4c2b-9e0c-2b9d3c6e7a10", name: "Stichting Nieuw", x_is_access_team: false });
    expect(organization.safeParse(record).error?.issues.map((i) => i.path.join("."))).toEqual(["x_is_care_provider"]);
  });

  it("a location with its address, coordinates and accessibility rows", () => {
    const record = doc.locations.find((l: RecordValue) => Array.isArray(l.accessibility)) as RecordValue;
    const form = RECORD_FORMS.location!;
    expect(form.fromForm(record, posted(record), LOCALES)).toEqual(record);
    const fields = { ...posted(record), latitude: ["52,5"], "accessibility.9.description.nl": ["Lift aanwezig"] };
    const changed = form.fromForm(record, fields, LOCALES);
    expect(changed.latitude).toBe(52.5);
    expect((changed.accessibility as RecordValue[]).at(-1)).toEqual({ description: { nl: "Lift aanwezig" } });
    expect(location.safeParse(changed).success).toBe(true);
  });

  it("a taxonomy's terms: a new row added, a ticked row left out", () => {
    const record = doc.taxonomies.find((t: RecordValue) => t.id === "co-domain") as RecordValue;
    const form = RECORD_FORMS.taxonomy!;
    expect(form.fromForm(record, posted(record), LOCALES)).toEqual(record);
    const count = (record.terms as unknown[]).length;
    const fields = { ...posted(record), "terms.0.remove": ["ja"], [`terms.${count}.code`]: ["Buurt-Hulp"], [`terms.${count}.name.nl`]: ["Buurthulp"] };
    const changed = form.fromForm(record, fields, LOCALES);
    const terms = changed.terms as RecordValue[];
    expect(terms.map((t) => t.code)).not.toContain((record.terms as RecordValue[])[0]!.code);
    expect(terms.at(-1)).toEqual({ code: "buurt-hulp", name: { nl: "Buurthulp" } });
    expect(taxonomy.safeParse(changed).success).toBe(true);
  });

  it("one supporter of a service changes, added or removed, and the rest of the service stays", () => {
    const record = doc.services.find((s: RecordValue) => Array.isArray(s.x_supporters) && s.x_supporters.length > 1) as RecordValue;
    const form = RECORD_FORMS["service.supporter"]!;
    const supporters = record.x_supporters as RecordValue[];
    const own = Object.fromEntries(Object.entries(posted({ x_supporters: supporters })).filter(([name]) => name.startsWith("x_supporters.1.")));
    expect(form.fromForm(record, own, LOCALES)).toEqual(record);

    const edited = form.fromForm(record, { ...own, "x_supporters.1.display_name": ["Nieuwe naam"], "x_supporters.1.languages": ["nl", "tr"] }, LOCALES);
    expect((edited.x_supporters as RecordValue[])[1]).toMatchObject({ display_name: "Nieuwe naam", languages: ["nl", "tr"] });
    expect({ ...edited, x_supporters: undefined }).toEqual({ ...record, x_supporters: undefined });

    const id = "0d6f0a7e-3b9f-4c55-8a2f-5f1c2a9e4b11";
    const added = form.fromForm(record, { [`x_supporters.${supporters.length}.id`]: [id], [`x_supporters.${supporters.length}.display_name`]: ["Ayşe"], [`x_supporters.${supporters.length}.photo`]: ["drafts/0123456789abcdef0123456789abcdef.png"] }, LOCALES);
    expect((added.x_supporters as RecordValue[]).at(-1)).toEqual({ id, display_name: "Ayşe", photo: "drafts/0123456789abcdef0123456789abcdef.png" });
    expect(service.safeParse(added).success).toBe(true);
    expect(form.savedPath?.(added, { [`x_supporters.${supporters.length}.id`]: [id] })).toBe(`/beheer/diensten/${String(record.id)}/ondersteuners/${id}`);

    const removed = form.fromForm(record, { "x_supporters.0.id": [String(supporters[0]!.id)], "x_supporters.0.remove": ["ja"] }, LOCALES);
    expect((removed.x_supporters as RecordValue[]).map((p) => p.id)).toEqual(supporters.slice(1).map((p) => p.id));
  });

  it("never takes a photo name that is not a staged upload", () => {
    const record = doc.services.find((s: RecordValue) => Array.isArray(s.x_supporters)) as RecordValue;
    const first = (record.x_supporters as RecordValue[])[0]!;
    const fields = { "x_supporters.0.id": [String(first.id)], "x_supporters.0.display_name": ["X"], "x_supporters.0.photo": ["../../etc/passwd.jpg"] };
    expect((RECORD_FORMS["service.supporter"]!.fromForm(record, fields, LOCALES).x_supporters as RecordValue[])[0]!.photo).toBe(first.photo);
  });
});
