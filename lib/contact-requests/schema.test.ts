import { describe, expect, it } from "vitest";
import { CONTACT_LIMITS, validateContactRequest } from "./schema";

const resident = {
  serviceId: "a9ecc781-7a5f-5cd9-93bc-86012e5f8612",
  residentName: "Jan",
  residentPhone: "+31 6 1234 5678",
  residentEmail: "",
  question: "Ik wil hulp.",
  consent: "yes",
  idempotencyKey: "6f1c2b7e-8d4a-4f3b-9c1d-2e5f6a7b8c9d",
};
const staff = { ...resident, preferredContact: "phone", supporterId: "" };

describe("validateContactRequest", () => {
  it("accepts a phone number or an e-mail address, trimmed, empty fields left out", () => {
    const result = validateContactRequest({ ...resident, residentName: "  Jan  " }, "resident");
    expect(result.ok && result.data).toMatchObject({ residentName: "Jan", residentPhone: "+31 6 1234 5678", residentEmail: undefined, preferredContact: "phone" });
    const mail = validateContactRequest({ ...resident, residentPhone: "", residentEmail: "jan@example.nl" }, "resident");
    expect(mail.ok && mail.data.preferredContact).toBe("email");
  });

  it("names each field that is wrong, with one code per field for both origins", () => {
    const wrong = { residentPhone: "bel me", residentEmail: "geen-adres", question: "x".repeat(CONTACT_LIMITS.question + 1) };
    const errors = { residentPhone: "residentPhone", residentEmail: "residentEmail", question: "tooLong" };
    expect(validateContactRequest({ ...resident, ...wrong }, "resident")).toEqual({ ok: false, errors });
    expect(validateContactRequest({ ...staff, ...wrong }, "staff")).toEqual({ ok: false, errors });
    expect(validateContactRequest({ ...resident, consent: "on" }, "resident")).toEqual({ ok: false, errors: { consent: "consent" } });
  });

  it("uses one set of limits: name 200, phone 40 of digits, spaces, brackets and dashes with a leading +, question 4000", () => {
    for (const origin of ["resident", "staff"] as const) {
      const base = origin === "staff" ? staff : resident;
      expect(validateContactRequest({ ...base, residentName: "n".repeat(200), question: "q".repeat(4000) }, origin).ok).toBe(true);
      expect(validateContactRequest({ ...base, residentName: "n".repeat(201) }, origin)).toMatchObject({ errors: { residentName: "tooLong" } });
      expect(validateContactRequest({ ...base, residentPhone: "(030) 123-45 67" }, origin).ok).toBe(true);
      expect(validateContactRequest({ ...base, residentPhone: "06+12345678" }, origin)).toMatchObject({ errors: { residentPhone: "residentPhone" } });
      expect(validateContactRequest({ ...base, residentPhone: "1".repeat(41) }, origin)).toMatchObject({ errors: { residentPhone: "tooLong" } });
    }
  });

  it("asks a resident for any way to reach them, and staff for the way the resident prefers", () => {
    expect(validateContactRequest({ ...resident, residentPhone: "" }, "resident")).toEqual({ ok: false, errors: { residentPhone: "reach" } });
    expect(validateContactRequest({ ...staff, preferredContact: "email" }, "staff")).toEqual({ ok: false, errors: { residentEmail: "emailNeeded" } });
    expect(validateContactRequest({ ...staff, preferredContact: "" }, "staff")).toEqual({ ok: false, errors: { preferredContact: "preferredContact" } });
    // A resident does not choose: a phone number means a call.
    const chose = validateContactRequest({ ...resident, preferredContact: "sms" }, "resident");
    expect(chose.ok && chose.data.preferredContact).toBe("phone");
  });

  it("refuses a form without the service or the key against double submits", () => {
    expect(validateContactRequest({ ...resident, serviceId: "x" }, "resident")).toEqual({ ok: false, errors: { serviceId: "form" } });
    expect(validateContactRequest({ ...resident, idempotencyKey: undefined }, "resident")).toEqual({ ok: false, errors: { idempotencyKey: "form" } });
  });

  it("reads what helps the provider act: language, interpreter, times to call and whether calling back is safe", () => {
    const result = validateContactRequest(
      { ...resident, language: "tr", interpreter: "yes", callMoments: ["evening", "morning", "evening"], safeToCall: "yes", safeToMessage: "no", sharedAnswers: "  Gemeente: Utrecht " },
      "resident",
    );
    expect(result.ok && result.data).toMatchObject({
      language: "tr",
      interpreter: true,
      callMoments: ["morning", "evening"],
      safeToCall: true,
      safeToMessage: false,
      sharedAnswers: "Gemeente: Utrecht",
    });
    // Nothing said is nothing stored: no language, no interpreter, any time, safety not said.
    const plain = validateContactRequest({ ...resident, language: "", safeToCall: "", callMoments: "afternoon" }, "resident");
    if (!plain.ok) throw new Error("refused");
    const { language, interpreter, callMoments, safeToCall, safeToMessage, sharedAnswers } = plain.data;
    expect({ language, interpreter, callMoments, safeToCall, safeToMessage, sharedAnswers }).toEqual({ callMoments: ["afternoon"] });
  });

  it("refuses values no form offers, one code per field", () => {
    const wrong = { language: "xx", callMoments: ["night"], safeToCall: "maybe", safeToMessage: "ja", sharedAnswers: "a".repeat(CONTACT_LIMITS.sharedAnswers + 1) };
    expect(validateContactRequest({ ...resident, ...wrong }, "resident")).toEqual({
      ok: false,
      errors: { language: "language", callMoments: "callMoments", safeToCall: "yesNo", safeToMessage: "yesNo", sharedAnswers: "tooLong" },
    });
  });

  it("asks staff why a handover is urgent, keeps no reason without urgency, and ignores urgency from a resident", () => {
    expect(validateContactRequest({ ...staff, urgent: "yes", urgencyReason: " " }, "staff")).toEqual({ ok: false, errors: { urgencyReason: "urgencyReason" } });
    const urgent = validateContactRequest({ ...staff, urgent: "yes", urgencyReason: "Huisuitzetting dreigt." }, "staff");
    expect(urgent.ok && urgent.data).toMatchObject({ urgent: true, urgencyReason: "Huisuitzetting dreigt." });
    const calm = validateContactRequest({ ...staff, urgent: "no", urgencyReason: "vergeten te wissen" }, "staff");
    expect(calm.ok && calm.data).toMatchObject({ urgent: false, urgencyReason: undefined });
    const own = validateContactRequest({ ...resident, urgent: "yes", previousRequestId: resident.idempotencyKey }, "resident");
    if (!own.ok) throw new Error("refused");
    expect([own.data.urgent, own.data.previousRequestId]).toEqual([undefined, undefined]);
  });
});
