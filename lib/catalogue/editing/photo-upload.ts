import sharp from "sharp";
import { MAX_PHOTO_BYTES } from "../interchange/photos";

/**
 * A photo uploaded in the editor, checked by what it is, not by its name: its first bytes
 * must say JPEG, PNG or WebP and it must decode as that; at most 2 MB. It is then drawn
 * again (turned upright, at most 1200 pixels a side) and written without any metadata
 * (EXIF, XMP, IPTC: a camera's place and time stay out). No disk, no database.
 */
export type PhotoType = "jpg" | "png" | "webp";
export type PreparedPhoto = { ok: true; type: PhotoType; bytes: Buffer } | { ok: false; code: "photo_not_image" | "photo_too_large"; megabytes?: number };

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
/** A decompression bomb (a small file of huge dimensions) is refused before it is drawn. */
const MAX_PIXELS = 40_000_000;
const MAX_SIDE = 1200;

export function photoTypeOf(bytes: Uint8Array): PhotoType | undefined {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buffer[0] === 0xff && buffer[1] === 0xd8 && buffer[2] === 0xff) return "jpg";
  if (buffer.subarray(0, 8).equals(PNG)) return "png";
  if (buffer.subarray(0, 4).toString("latin1") === "RIFF" && buffer.subarray(8, 12).toString("latin1") === "WEBP") return "webp";
  return undefined;
}

const FORMAT = { jpg: "jpeg", png: "png", webp: "webp" } as const;

export async function preparePhoto(bytes: Uint8Array): Promise<PreparedPhoto> {
  if (bytes.byteLength > MAX_PHOTO_BYTES) return { ok: false, code: "photo_too_large", megabytes: bytes.byteLength / 1024 / 1024 };
  const type = photoTypeOf(bytes);
  if (!type) return { ok: false, code: "photo_not_image" };
  try {
    const image = sharp(bytes, { failOn: "error", limitInputPixels: MAX_PIXELS });
    const { format } = await image.metadata();
    if (format !== FORMAT[type]) return { ok: false, code: "photo_not_image" };
    const drawn = image.rotate().resize({ width: MAX_SIDE, height: MAX_SIDE, fit: "inside", withoutEnlargement: true });
    // sharp writes no metadata unless asked (keepMetadata/withMetadata): none is asked.
    const out = type === "jpg" ? drawn.jpeg({ quality: 85, mozjpeg: true }) : type === "png" ? drawn.png({ compressionLevel: 9 }) : drawn.webp({ quality: 85 });
    return { ok: true, type, bytes: await out.toBuffer() };
  } catch {
    return { ok: false, code: "photo_not_image" };
  }
}
