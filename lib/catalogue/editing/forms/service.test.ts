import { describe, expect, it } from "vitest";
import { service as serviceSchema } from "../../interchange/schema";
import { serviceFields, serviceForm } from "./service";

const LOCALES = ["nl", "en"] as const;
const ID = "5b1c7a56-8a55-4a8e-9a51-0d6f0b8c1a01";
const ORG = "0c9e2f1a-3b4c-4d5e-8f60-718293a4b5c6";
const PLACE = "7d8e9f00-1a2b-4c3d-8e4f-5a6b7c8d9e0f";

const full = {
  id: ID,
  organization_id: ORG,
  name: { nl: "Hulp bij post", en: "Help with letters" },
  description: { nl: "Wij helpen met brieven." },
  status: "temporarily closed",
  url: "https://example.nl/post",
  email: "post@example.nl",
  phones: [{ number: "030 123 4567", type: "voice", description: { nl: "Op werkdagen" } }],
  application_process: { nl: "Bel ons." },
  fees_description: { nl: "Gratis." },
  eligibility_description: { nl: "Iedereen." },
  minimum_age: 18,
  maximum_age: 99,
  assured_date: "2026-10-01",
  assurer_email: "check@example.nl",
  service_areas: [{ municipality: "GM0363" }, { municipality: "GM0344" }],
  languages: ["tr", "nl"],
  attributes: ["co-domain:paperwork", "co-kind:volunteer", "co-attending:walk-in"],
  service_at_locations: [
    {
      location_id: PLACE,
      description: { nl: "Achter de bibliotheek" },
      schedules: [
        { freq: "WEEKLY", byday: "TU,TH", opens_at: "09:00", closes_at: "12:00", valid_from: "2026-09-01", valid_to: "2027-05-31", description: { nl: "Inloop" }, notes: "Niet in de vakantie" },
        { freq: "MONTHLY", byday: "1MO" },
      ],
    },
  ],
  x_handles_complex: false,
  x_accepting_new_clients: true,
  x_waiting_days: 5,
  x_backup_service_id: "1f2e3d4c-5b6a-4978-8a7b-6c5d4e3f2a1b",
  x_supporters: [{ id: "2a3b4c5d-6e7f-4809-9a1b-2c3d4e5f6a7b", display_name: "Sam" }],
};

describe("the service form", () => {
  it("reads back the record it was opened with, unchanged (supporters and the freshness mark kept from the start)", () => {
    expect(serviceSchema.safeParse(full).success).toBe(true);
    expect(serviceForm.fromForm(full, serviceFields(full), LOCALES)).toEqual(full);
  });

  it("makes a new service from its fields: the page's id, rows without the empty one, a walk-in hour", () => {
    const record = serviceForm.fromForm(
      null,
      {
        id: [ID],
        organization_id: [ORG],
        "name.nl": [" Taalcafé "],
        "name.en": [""],
        status: ["active"],
        "phones.0.number": ["030 765 4321"],
        "phones.0.type": [""],
        "phones.1.number": [""],
        "phones.1.type": [""],
        service_areas: ["GM0344"],
        attributes: ["co-kind:volunteer"],
        "attributes.co-attending": ["walk-in", "phone"].map((c) => `co-attending:${c}`),
        "service_at_locations.0.location_id": [PLACE],
        "service_at_locations.0.schedules.0.freq": ["WEEKLY"],
        "service_at_locations.0.schedules.0.byday": ["MO", "WE"],
        "service_at_locations.0.schedules.0.opens_at": ["13:00"],
        "service_at_locations.0.schedules.0.closes_at": ["15:00"],
        "service_at_locations.0.schedules.1.freq": [""],
        "service_at_locations.1.location_id": [""],
        "service_at_locations.1.schedules.0.freq": [""],
        x_handles_complex: ["nee"],
        x_accepting_new_clients: ["onbekend"],
        x_waiting_days: [""],
      },
      LOCALES,
    );
    expect(record).toEqual({
      id: ID,
      organization_id: ORG,
      name: { nl: "Taalcafé" },
      status: "active",
      phones: [{ number: "030 765 4321" }],
      service_areas: [{ municipality: "GM0344" }],
      attributes: ["co-kind:volunteer", "co-attending:walk-in", "co-attending:phone"],
      service_at_locations: [{ location_id: PLACE, schedules: [{ freq: "WEEKLY", byday: "MO,WE", opens_at: "13:00", closes_at: "15:00" }] }],
      x_handles_complex: false,
    });
    expect(serviceSchema.safeParse(record).success).toBe(true);
  });

  it("keeps the id of the record it started from and passes bad input on for the schema to refuse", () => {
    const record = serviceForm.fromForm(full, { ...serviceFields(full), id: ["other"], minimum_age: ["achttien"], attributes: [] }, LOCALES);
    expect(record.id).toBe(ID);
    expect(record.minimum_age).toBe("achttien");
    const problems = serviceSchema.safeParse(record);
    expect(problems.success).toBe(false);
    expect(problems.error?.issues.map((issue) => issue.path.join("."))).toEqual(expect.arrayContaining(["minimum_age"]));
    // A new service without a name is refused at the Dutch name's own field.
    const unnamed = serviceSchema.safeParse(serviceForm.fromForm(null, { id: [ID] }, LOCALES));
    expect(unnamed.error?.issues.map((issue) => issue.path.join("."))).toEqual(expect.arrayContaining(["name.nl", "organization_id"]));
  });
});
