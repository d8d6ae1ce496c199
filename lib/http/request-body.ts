/**
 * Request bodies have a ceiling: no form of the portal comes near 1 MB, and a larger
 * body is answered 413 without being held in memory. Content-Length is checked first;
 * a body without one (chunked) is counted while it streams and dropped at the ceiling.
 */
export const MAX_BODY_BYTES = 1024 * 1024;
/** A supporter's form carries a photo of at most 2 MB (the photo gets its own message at its field up to here). */
export const UPLOAD_BODY_BYTES = 3 * 1024 * 1024;
const UPLOAD_PAGE = /^\/[a-z]{2}\/beheer\/diensten\/[0-9a-f-]{36}\/ondersteuners\/(nieuw|[0-9a-f-]{36})$/iu;

/** The body ceiling of a request to an address: above 1 MB only where a photo is uploaded. */
export const bodyLimitFor = (pathname: string): number => (UPLOAD_PAGE.test(pathname) ? UPLOAD_BODY_BYTES : MAX_BODY_BYTES);

export function declaredTooLarge(headers: Headers, max = MAX_BODY_BYTES): boolean {
  const length = Number(headers.get("content-length") ?? "0");
  return !Number.isFinite(length) || length > max;
}

export type BodyResult = { ok: true; bytes: Uint8Array<ArrayBuffer> } | { ok: false; status: 413 };

export async function readBodyWithin(request: Request, max = MAX_BODY_BYTES): Promise<BodyResult> {
  if (declaredTooLarge(request.headers, max)) return { ok: false, status: 413 };
  if (!request.body) return { ok: true, bytes: new Uint8Array() };
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > max) {
      await reader.cancel().catch(() => {});
      return { ok: false, status: 413 };
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  return { ok: true, bytes };
}

/**
 * A posted form, read within the ceiling: 413 when too large, 400 when it is not a
 * readable form, never an unexpected error.
 */
export async function readFormWithin(request: Request, max = MAX_BODY_BYTES): Promise<FormData | Response> {
  const body = await readBodyWithin(request, max);
  if (!body.ok) return new Response(null, { status: 413 });
  try {
    const type = request.headers.get("content-type") ?? "application/x-www-form-urlencoded";
    return await new Response(body.bytes, { headers: { "content-type": type } }).formData();
  } catch {
    return new Response(null, { status: 400 });
  }
}
