import { describe, expect, it } from "vitest";
import { readUpload } from "./upload";

function posted(form: FormData): Request {
  return new Request("http://127.0.0.1/api/beheer/import", { method: "POST", body: form });
}

async function withLength(form: FormData): Promise<Request> {
  const request = posted(form);
  const bytes = new Uint8Array(await request.arrayBuffer());
  return new Request(request.url, { method: "POST", body: bytes, headers: { "content-type": request.headers.get("content-type")!, "content-length": String(bytes.byteLength) } });
}

describe("readUpload", () => {
  it("gives the file as text with the form's other fields", async () => {
    const form = new FormData();
    form.set("bestand", new File(['{"profile":"x"}'], "catalogus.json", { type: "application/json" }));
    form.set("vervangen", "ja");
    const upload = await readUpload(await withLength(form), 1024, "bestand");
    expect(upload).toEqual({ ok: true, text: '{"profile":"x"}', fileName: "catalogus.json", fields: new Map([["vervangen", "ja"]]) });
  });

  it("refuses a missing or empty file", async () => {
    const form = new FormData();
    form.set("vervangen", "ja");
    expect(await readUpload(await withLength(form), 1024, "bestand")).toEqual({ ok: false, error: "geen-bestand" });
    form.set("bestand", new File([], "leeg.json"));
    expect(await readUpload(await withLength(form), 1024, "bestand")).toEqual({ ok: false, error: "geen-bestand" });
  });

  it("refuses a file over the maximum, whether the body says its length or not", async () => {
    const form = new FormData();
    form.set("bestand", new File(["x".repeat(200_000)], "groot.json"));
    expect(await readUpload(await withLength(form), 1000, "bestand")).toEqual({ ok: false, error: "te-groot" });
    expect(await readUpload(posted(form), 100_000, "bestand")).toEqual({ ok: false, error: "te-groot" });
  });

  it("says a body that is no form cannot be read", async () => {
    const request = new Request("http://127.0.0.1/", { method: "POST", body: "niet een formulier", headers: { "content-type": "multipart/form-data; boundary=x" } });
    expect(await readUpload(request, 1024, "bestand")).toEqual({ ok: false, error: "onleesbaar" });
  });
});
