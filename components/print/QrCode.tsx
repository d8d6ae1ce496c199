import QRCode from "qrcode";

type Props = { value: string; label: string; className?: string };

/**
 * A QR code for an address, drawn on the server as SVG by the `qrcode` package and
 * shown as an image with a text alternative: no JavaScript, crisp on paper at any size.
 */
export async function QrCode({ value, label, className }: Props) {
  const svg = await QRCode.toString(value, { type: "svg", errorCorrectionLevel: "M", margin: 2, color: { dark: "#000000", light: "#ffffff" } });
  return (
    // eslint-disable-next-line @next/next/no-img-element -- an inline data address, nothing for next/image to optimise
    <img src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`} alt={label} className={className} />
  );
}
