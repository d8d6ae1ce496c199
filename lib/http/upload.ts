import { readBodyWithin } from "./request-body";

/** Room for the form's other fields and the multipart boundaries around the file. */
const FORM_OVERHEAD = 64 * 1024;
/** A body this much over the limit is not read to its end: the connection is simply closed. */
const DRAIN_LIMIT = 512 * 1024 * 1024;

export type UploadError = "geen-bestand" | "te-groot" | "onleesbaar";
export type Upload = { ok: true; text: string; fileName: string; fields: Map<string, string> } | { ok: false; error: UploadError };

/**
 * One file posted in a multipart form (a plain form, so it works without JavaScript), as
 * text, with the form's other fields. A file over `maxBytes` is refused without being
 * kept: the rest of the body is read and dropped, so the browser gets the answer (a
 * browser that is cut off while sending shows a broken connection instead of a message).
 */
export async function readUpload(request: Request, maxBytes: number, field: string): Promise<Upload> {
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (!Number.isFinite(declared) || declared > maxBytes + FORM_OVERHEAD) {
    await drain(request);
    return { ok: false, error: "te-groot" };
  }
  const body = await readBodyWithin(request, maxBytes + FORM_OVERHEAD);
  if (!body.ok) return { ok: false, error: "te-groot" };
  let form: FormData;
  try {
    const type = request.headers.get("content-type") ?? "";
    form = await new Response(body.bytes, { headers: { "content-type": type } }).formData();
  } catch {
    return { ok: false, error: "onleesbaar" };
  }
  const file = form.get(field);
  if (!(file instanceof File) || file.size === 0) return { ok: false, error: "geen-bestand" };
  if (file.size > maxBytes) return { ok: false, error: "te-groot" };
  const fields = new Map<string, string>();
  for (const [name, value] of form) if (typeof value === "string") fields.set(name, value);
  return { ok: true, text: await file.text(), fileName: file.name, fields };
}

async function drain(request: Request): Promise<void> {
  if (!request.body) return;
  const reader = request.body.getReader();
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      total += value.byteLength;
      if (total > DRAIN_LIMIT) break;
    }
  } catch {
    return;
  }
  await reader.cancel().catch(() => {});
}
