import { NextRequest } from "next/server";
import { describe, expect, it, vi } from "vitest";
import { seeOther } from "@/lib/actions/request-context";
import { localPath } from "@/lib/http/local-path";

// The handlers are called as functions: counting and the photo lookup are not what is tested.
vi.mock("@/lib/usage/record", () => ({ countChoice: vi.fn() }));
vi.mock("@/lib/usage/count-suggestions", () => ({ countSuggestions: vi.fn() }));
vi.mock("@/lib/catalogue/read", () => ({ findSupporterPhoto: vi.fn(async () => undefined) }));

const { POST: choose } = await import("@/app/[locale]/(public)/contact/[serviceId]/kies/route");
const { POST: showSuggestions } = await import("@/app/[locale]/(public)/vraagwijzer/tonen/route");
const { GET: photo } = await import("@/app/[locale]/(public)/aanbod/[id]/foto/[supporter]/route");

const SERVICE = "3f2b8c1e-5d4a-4f6b-9c7d-1a2b3c4d5e6f";
const SUPPORTER = "9e8d7c6b-5a49-4382-a1b0-c9d8e7f6a5b4";
const hostile = ["//evil.example", "%2F%2Fevil.example", "/\\evil.example", "\\\\evil.example", "https://evil.example", "de", "", "nl/../..", "..", " nl"];

/** Status 404, or a 303 to a path of this site. */
function expectSafe(response: Response) {
  if (response.status === 404) return;
  expect(response.status).toBe(303);
  const location = response.headers.get("location") ?? "";
  expect(location).toMatch(/^\/(nl|en)\//);
  expect(new URL(location, "http://portal.test").origin).toBe("http://portal.test");
}

const post = (url: string, body?: BodyInit) => new NextRequest(new URL(url, "http://portal.test"), { method: "POST", body, headers: { origin: "http://portal.test", host: "portal.test" } });

describe("redirects stay on the portal", () => {
  it("localPath keeps a path on this site and refuses everything else", () => {
    expect(localPath("/nl/contact/x?gemeente=a")).toBe("/nl/contact/x?gemeente=a");
    for (const bad of ["//evil.example", "/\\evil.example", "\\evil", "https://evil.example/", "evil.example", "/\t/evil.example", "/nl\n", ""]) {
      expect(localPath(bad), bad).toBeUndefined();
    }
  });

  it("seeOther answers 404 instead of sending a visitor to another site", () => {
    expect(seeOther("//evil.example/x").status).toBe(404);
    expect(seeOther("/\\evil.example").status).toBe(404);
    expect(seeOther("http://evil.example").status).toBe(404);
    const ok = seeOther("/nl/vraagwijzer/suggesties");
    expect([ok.status, ok.headers.get("location")]).toEqual([303, "/nl/vraagwijzer/suggesties"]);
  });

  it.each(hostile)("choosing a supporter with locale %j answers 404", async (locale) => {
    const response = await choose(post(`/x/contact/${SERVICE}/kies`), { params: Promise.resolve({ locale, serviceId: SERVICE }) });
    expect(response.status).toBe(404);
  });

  it.each(["//evil.example", "..%2F..%2F", "not-an-id", `${SERVICE}/../../x`])("choosing service %j answers 404", async (serviceId) => {
    const response = await choose(post(`/nl/contact/x/kies`), { params: Promise.resolve({ locale: "nl", serviceId }) });
    expect(response.status).toBe(404);
  });

  it("choosing a supporter sends on to the contact page, built from checked parts only", async () => {
    const url = `/nl/contact/${SERVICE}/kies?ondersteuner=${SUPPORTER}&gemeente=x&next=//evil.example`;
    const response = await choose(post(url), { params: Promise.resolve({ locale: "nl", serviceId: SERVICE.toUpperCase() }) });
    expectSafe(response);
    expect(response.status).toBe(303);
    const location = response.headers.get("location") ?? "";
    expect(location.startsWith(`/nl/contact/${SERVICE}`)).toBe(true);
    expect(location).toContain(`ondersteuner=${SUPPORTER}`);
    expect(location).not.toContain("evil");
  });

  it.each(hostile)("the vraagwijzer's last step with locale %j answers 404", async (locale) => {
    const response = await showSuggestions(post("/x/vraagwijzer/tonen", new URLSearchParams({ gemeente: "x" })), { params: Promise.resolve({ locale }) });
    expect(response.status).toBe(404);
  });

  it("the vraagwijzer's last step sends on to the suggestions page", async () => {
    const response = await showSuggestions(post("/en/vraagwijzer/tonen", new URLSearchParams()), { params: Promise.resolve({ locale: "en" }) });
    expectSafe(response);
    expect(response.headers.get("location")).toBe("/en/vraagwijzer/suggesties");
  });

  it.each([
    ["//evil.example", SERVICE, SUPPORTER],
    ["nl", "../../etc", SUPPORTER],
    ["nl", SERVICE, "..%2F..%2Fsecret"],
  ])("a photo with locale %j, service %j, supporter %j answers 404", async (locale, id, supporter) => {
    const response = await photo(new Request("http://portal.test/x"), { params: Promise.resolve({ locale, id, supporter }) });
    expect(response.status).toBe(404);
  });
});
