import { useTranslations } from "next-intl";
import type { MunicipalityDetail as MunicipalityInfo } from "@/lib/catalogue/shapes/municipality";
import { telHref } from "@/lib/catalogue/format";

/** Crisis first: who to call now, before anything else. Every number is a tel: link; the chats are links too. */
type Props = { municipality: MunicipalityInfo | undefined };

export function CrisisPanel({ municipality }: Props) {
  const t = useTranslations("VraagwijzerCrisis");
  const tCaveat = useTranslations("VraagwijzerCaveat");
  const team = municipality?.accessTeam;
  const lines = [
    { number: "112", text: t("emergency") },
    { number: "0800-0113", text: t("suicide"), also: "113" },
    { number: "0800-2000", text: t("violence") },
  ];
  // Not everyone can or dares to call: both services also chat (issue 11, point 3).
  const chats = [
    { href: "https://www.113.nl", name: t("chat113"), text: t("chat113Text") },
    { href: "https://veiligthuis.nl", name: t("chatVeiligThuis"), text: t("chatVeiligThuisText") },
  ];
  return (
    <section aria-labelledby="crisis-title" className="mt-4 rounded-portal border-4 border-notice bg-canvas p-4 sm:p-6">
      <h1 id="crisis-title" className="text-h2 sm:text-h1">
        {t("title")}
      </h1>
      <p className="mt-3 max-w-prose text-lg">{t("intro")}</p>
      <ul className="mt-4 flex flex-col gap-4">
        {lines.map((line) => (
          <li key={line.number}>
            <a href={telHref(line.number)} className="text-h2 font-bold">
              {line.number}
            </a>
            {line.also ? (
              <>
                {" / "}
                <a href={telHref(line.also)} className="text-h2 font-bold">
                  {line.also}
                </a>
              </>
            ) : null}
            <p>{line.text}</p>
          </li>
        ))}
        {/* Danger is known here: the municipality's team comes first after the crisis numbers (issue 10). */}
        {team?.phone ? (
          <li>
            <a href={telHref(team.phone)} className="text-h3 font-bold">
              {team.phone}
            </a>
            {team.name ? <p>{t("accessTeam", { team: team.name.text })}</p> : null}
          </li>
        ) : null}
        <li>
          <p className="font-bold">{t("gpNumber")}</p>
          <p>{t("gp")}</p>
        </li>
      </ul>
      <p className="mt-4 max-w-prose">{tCaveat("danger")}</p>
      <h2 id="crisis-chat-title" className="mt-6 text-h3">
        {t("chatTitle")}
      </h2>
      <ul aria-labelledby="crisis-chat-title" className="mt-3 flex flex-col gap-3">
        {chats.map((chat) => (
          <li key={chat.href}>
            <a href={chat.href} className="inline-block py-1 font-bold">
              {chat.name}
            </a>
            <p>{chat.text}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}
