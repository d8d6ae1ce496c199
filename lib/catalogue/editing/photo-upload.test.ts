import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { photoTypeOf, preparePhoto } from "./photo-upload";

const png = () => sharp({ create: { width: 8, height: 8, channels: 3, background: "#2a6" } }).png().toBuffer();

describe("photo uploads are checked by content and lose their metadata", () => {
  it("takes a PNG for a PNG whatever its name says", async () => {
    const bytes = await png();
    const file = new File([new Uint8Array(bytes)], "foto.jpg", { type: "image/jpeg" });
    const prepared = await preparePhoto(new Uint8Array(await file.arrayBuffer()));
    expect(prepared).toMatchObject({ ok: true, type: "png" });
  });

  it("refuses a text file named .jpg, and a file that only starts like an image", async () => {
    const text = new File(["Dit is geen foto"], "foto.jpg", { type: "image/jpeg" });
    expect(await preparePhoto(new Uint8Array(await text.arrayBuffer()))).toEqual({ ok: false, code: "photo_not_image" });
    const fake = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.from("nep")]);
    expect(photoTypeOf(fake)).toBe("jpg");
    expect(await preparePhoto(fake)).toEqual({ ok: false, code: "photo_not_image" });
  });

  it("refuses more than 2 MB before looking further", async () => {
    const big = new Uint8Array(2 * 1024 * 1024 + 1);
    big.set(await png());
    expect(await preparePhoto(big)).toMatchObject({ ok: false, code: "photo_too_large" });
  });

  it("writes no EXIF, XMP or IPTC: a camera's place and name are gone", async () => {
    const tagged = await sharp({ create: { width: 16, height: 16, channels: 3, background: "#345" } })
      .jpeg()
      .withExif({ IFD0: { Make: "CameraMerkX", Copyright: "Geheim Persoon" }, IFD3: { GPSLatitudeRef: "N", GPSLatitude: "52/1 22/1 0/1" } })
      .withXmp('<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description>XmpGeheim</rdf:Description></rdf:RDF></x:xmpmeta>')
      .toBuffer();
    expect((await sharp(tagged).metadata()).exif).toBeDefined();
    expect(tagged.includes("CameraMerkX")).toBe(true);
    const prepared = await preparePhoto(tagged);
    if (!prepared.ok) throw new Error("expected a photo");
    const meta = await sharp(prepared.bytes).metadata();
    expect([meta.format, meta.exif, meta.xmp, meta.iptc]).toEqual(["jpeg", undefined, undefined, undefined]);
    for (const secret of ["CameraMerkX", "Geheim Persoon", "XmpGeheim"]) expect(prepared.bytes.includes(secret)).toBe(false);
  });
});
