import { describe, expect, it, vi } from "vitest";
import { hasNulCharacter } from "@/lib/actions/form-input";
import { messagesByLocale } from "@/messages";

// Server actions called as functions: a request's headers and the translations from the message files.
vi.mock("next/headers", () => ({ headers: async () => new Headers(), cookies: async () => ({ get: () => undefined }) }));
vi.mock("next-intl/server", () => ({
  getTranslations: async ({ locale, namespace }: { locale: "nl" | "en"; namespace: string }) => (key: string) =>
    (messagesByLocale[locale] as unknown as Record<string, Record<string, string>>)[namespace]?.[key],
}));
vi.mock("@/lib/auth/request", () => ({ currentActor: vi.fn(async () => null) }));
vi.mock("@/lib/db/client", () => ({ getPrisma: vi.fn(async () => ({})) }));
vi.mock("@/i18n/navigation", () => ({ redirect: vi.fn() }));

const { publicAction, roleAction } = await import("@/lib/actions/builders");
const { roleActions } = await import("@/lib/actions/access");

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.append(name, value);
  return data;
}

describe("a NUL character in a form field", () => {
  it("is found in any field name or value", () => {
    expect(hasNulCharacter(form({ name: "Jan", question: "Hulp nodig" }))).toBe(false);
    expect(hasNulCharacter(form({ name: "Jan\u0000" }))).toBe(true);
    expect(hasNulCharacter(form({ "na\u0000me": "Jan" }))).toBe(true);
  });

  it("a public action refuses it as invalid input, in the form's language, and runs nothing", async () => {
    const run = vi.fn(async () => ({ status: "done" as const }));
    const action = publicAction("test", ["name"], run);
    const nl = await action({ status: "idle" }, form({ locale: "nl", name: "Jan\u0000de Vries" }));
    expect(nl).toEqual({ status: "invalid", message: messagesByLocale.nl.Forms.unreadable, values: { name: "Jande Vries" } });
    const en = await action({ status: "idle" }, form({ locale: "en", name: "x", question: "a\u0000b" }));
    expect(en.status).toBe("invalid");
    expect(en.message).toBe(messagesByLocale.en.Forms.unreadable);
    expect(run).not.toHaveBeenCalled();
    expect(await action({ status: "idle" }, form({ locale: "nl", name: "Jan" }))).toEqual({ status: "done" });
  });

  it("a role action refuses it before the registry entry runs", async () => {
    const execute = vi.spyOn(roleActions.signOutEverywhere, "execute");
    const action = roleAction("signOutEverywhere", { input: () => undefined as never, done: () => ({ status: "done" }) });
    const state = await action({ status: "idle" }, form({ locale: "nl", x: "\u0000" }));
    expect(state.status).toBe("invalid");
    expect(execute).not.toHaveBeenCalled();
  });
});

describe("large bodies and TRACE", () => {
  const MB = 1024 * 1024;

  /** A body of `chunks` chunks of 64 KiB without Content-Length; counts how many were pulled. */
  function chunked(chunks: number) {
    const pulled = { count: 0 };
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (pulled.count === chunks) return controller.close();
        pulled.count += 1;
        controller.enqueue(new Uint8Array(64 * 1024));
      },
    });
    return { body, pulled };
  }

  it("a body over 1 MB is refused by its declared length, unread", async () => {
    const { readBodyWithin } = await import("@/lib/http/request-body");
    const { body, pulled } = chunked(160);
    const request = new Request("http://portal.test/x", { method: "POST", body, headers: { "content-length": String(10 * MB) }, duplex: "half" } as RequestInit);
    expect(await readBodyWithin(request)).toEqual({ ok: false, status: 413 });
    expect(pulled.count).toBeLessThanOrEqual(1);
  });

  it("a streamed body without a length is counted and dropped at 1 MB", async () => {
    const { readBodyWithin } = await import("@/lib/http/request-body");
    const { body, pulled } = chunked(160); // 10 MB
    const request = new Request("http://portal.test/x", { method: "POST", body, duplex: "half" } as RequestInit);
    expect(await readBodyWithin(request)).toEqual({ ok: false, status: 413 });
    expect(pulled.count).toBeLessThanOrEqual(18);
    const small = chunked(2);
    const ok = await readBodyWithin(new Request("http://portal.test/x", { method: "POST", body: small.body, duplex: "half" } as RequestInit));
    expect(ok.ok && ok.bytes.byteLength).toBe(128 * 1024);
  });

  it("the vraagwijzer's last step answers 413 to a 10 MB body and 400 to an unreadable one", async () => {
    vi.doMock("@/lib/usage/count-suggestions", () => ({ countSuggestions: vi.fn() }));
    const { POST } = await import("@/app/[locale]/(public)/vraagwijzer/tonen/route");
    const { NextRequest } = await import("next/server");
    const params = { params: Promise.resolve({ locale: "nl" }) };
    const big = new NextRequest("http://portal.test/nl/vraagwijzer/tonen", { method: "POST", body: chunked(160).body, duplex: "half" } as never);
    expect((await POST(big, params)).status).toBe(413);
    const broken = new NextRequest("http://portal.test/nl/vraagwijzer/tonen", {
      method: "POST",
      body: "--x\r\nnonsense",
      headers: { "content-type": "multipart/form-data; boundary=x" },
    });
    expect((await POST(broken, params)).status).toBe(400);
  });

  it("the proxy's first check answers TRACE with 405 and a declared 10 MB body with 413", async () => {
    const { refusedRequest } = await import("@/lib/http/refused-request");
    // fetch's Request refuses to make a TRACE request; Node's server does pass one on.
    expect(refusedRequest({ method: "TRACE", headers: new Headers() })?.status).toBe(405);
    expect(refusedRequest({ method: "TRACK", headers: new Headers() })?.status).toBe(405);
    expect(refusedRequest(new Request("http://portal.test/nl", { method: "POST", headers: { "content-length": String(10 * MB) } }))?.status).toBe(413);
    expect(refusedRequest(new Request("http://portal.test/nl", { method: "POST", headers: { "content-length": "120" } }))).toBeUndefined();
    expect(refusedRequest(new Request("http://portal.test/nl"))).toBeUndefined();
  });
});
