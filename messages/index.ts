import en from "./en.json";
import nl from "./nl.json";
import catalogueEn from "./catalogue/en.json";
import catalogueNl from "./catalogue/nl.json";
import directoryEn from "./directory/en.json";
import directoryNl from "./directory/nl.json";
import importEn from "./import/en.json";
import importNl from "./import/nl.json";
import mailEn from "./mail/en.json";
import mailNl from "./mail/nl.json";
import openDataEn from "./open-data/en.json";
import openDataNl from "./open-data/nl.json";
import securityEn from "./security/en.json";
import securityNl from "./security/nl.json";
import staffEn from "./staff/en.json";
import staffNl from "./staff/nl.json";
import trustEn from "./trust/en.json";
import trustNl from "./trust/nl.json";
import vraagwijzerEn from "./vraagwijzer/en.json";
import editorEn from "./editor/en.json";
import editorNl from "./editor/nl.json";
import vraagwijzerNl from "./vraagwijzer/nl.json";

/**
 * Every UI string, per locale. Each area of the portal keeps its strings in its own
 * folder (messages/<area>/<locale>.json, top-level keys unique across areas); Dutch is
 * the source and the other languages are type-checked against it.
 */
export const dutch = { ...nl, ...catalogueNl, ...directoryNl, ...vraagwijzerNl, ...staffNl, ...trustNl, ...securityNl, ...openDataNl, ...mailNl, ...editorNl, ...importNl };

export type Messages = typeof dutch;

export const messagesByLocale: { nl: Messages; en: Messages } = {
  nl: dutch,
  en: { ...en, ...catalogueEn, ...directoryEn, ...vraagwijzerEn, ...staffEn, ...trustEn, ...securityEn, ...openDataEn, ...mailEn, ...editorEn, ...importEn },
};
