import { describe, expect, it } from "vitest";
import { retentionDays, validateResidentContact } from "./resident";

const valid = {
  serviceId: "a9ecc781-7a5f-5cd9-93bc-86012e5f8612",
  name: "Jan",
  phone: "+31 6 1234 5678",
  email: "",
  message: "Ik wil hulp.",
  consent: "yes",
  idempotencyKey: "6f1c2b7e-8d4a-4f3b-9c1d-2e5f6a7b8c9d",
};

describe("validateResidentContact", () => {
  it("accepts a phone number or an e-mail address, trimmed, empty fields left out", () => {
    const result = validateResidentContact({ ...valid, name: "  Jan  " });
    expect(result.ok && result.data).toMatchObject({ name: "Jan", phone: "+31 6 1234 5678", email: undefined });
    expect(validateResidentContact({ ...valid, phone: "", email: "jan@example.nl" }).ok).toBe(true);
  });

  it("names each field that is wrong", () => {
    expect(validateResidentContact({ ...valid, phone: "bel me", email: "geen-adres" })).toEqual({ ok: false, fields: { phone: "phone", email: "email" } });
    expect(validateResidentContact({ ...valid, message: "x".repeat(1001) })).toEqual({ ok: false, fields: { message: "message" } });
    expect(validateResidentContact({ ...valid, consent: "on" })).toEqual({ ok: false, fields: { consent: "consent" } });
  });

  it("refuses a form without the service or the key against double submits", () => {
    expect(validateResidentContact({ ...valid, serviceId: "x" }).ok).toBe(false);
    expect(validateResidentContact({ ...valid, idempotencyKey: undefined }).ok).toBe(false);
  });
});

describe("retentionDays", () => {
  it("is 90 by default and follows RETENTION_DAYS when it is a whole number of days", () => {
    expect(retentionDays({})).toBe(90);
    expect(retentionDays({ RETENTION_DAYS: "30" })).toBe(30);
    expect(retentionDays({ RETENTION_DAYS: "0" })).toBe(90);
    expect(retentionDays({ RETENTION_DAYS: "abc" })).toBe(90);
  });
});
