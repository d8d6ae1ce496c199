import { getTranslations } from "next-intl/server";
import { QrCode } from "@/components/print/QrCode";

type Props = { address: string; municipality: string | undefined };

/** On the leaflet: where all help is online, written out for typing and as a QR code for a phone. */
export async function LeafletAddress({ address, municipality }: Props) {
  const t = await getTranslations("LeafletPage");
  return (
    <div className="mt-6 flex flex-wrap items-center gap-4 rounded-portal border-2 border-line p-4 print:mt-3 print:flex-nowrap print:p-2">
      <QrCode value={address} label={municipality ? t("qrAlt", { municipality }) : t("qrAltAll")} className="size-28 shrink-0 print:size-20" />
      <div>
        <p className="font-bold">{municipality ? t("online", { municipality }) : t("onlineAll")}</p>
        <p className="break-all">
          <a href={address} data-address>
            {address}
          </a>
        </p>
        <p className="mt-1 text-sm">{t("scan")}</p>
      </div>
    </div>
  );
}
