import { s, type MessageTable } from "./message-table";

/** Messages about rules between fields and records, and about photo files (see messages.ts). */
export const ruleMessages: MessageTable = {
  co_kind_missing: () => [
    "Bij deze dienst staat niet wie de ondersteuning geeft. Zet precies één co-kind in de lijst: co-kind:formal, co-kind:experience-expert of co-kind:volunteer.",
    "This service does not say who gives the support. Put exactly one co-kind in the list: co-kind:formal, co-kind:experience-expert or co-kind:volunteer.",
  ],
  co_kind_multiple: () => [
    "Bij deze dienst staat meer dan één co-kind. Een dienst heeft precies één co-kind.",
    "This service has more than one co-kind. A service has exactly one co-kind.",
  ],
  address_required: () => [
    "Een locatie die je kunt bezoeken (physical) heeft een adres nodig.",
    "A location people can visit (physical) needs an address.",
  ],
  taxonomy_required: (p) => [
    `De lijst "${s(p.id)}" ontbreekt bij taxonomies. Deze lijst is verplicht in elke catalogus.`,
    `The list "${s(p.id)}" is missing from taxonomies. Every catalogue must have this list.`,
  ],
  schedule_freq_or_description: () => [
    "Bij deze openingstijd staat niet hoe vaak die is (freq: WEEKLY of MONTHLY) en ook geen beschrijving (description). Vul minstens één van de twee in.",
    "This schedule says neither how often it is (freq: WEEKLY or MONTHLY) nor has a description. Fill in at least one of them.",
  ],
  schedule_byday_needs_freq: () => [
    "Er staan dagen (byday), maar niet hoe vaak (freq: WEEKLY of MONTHLY).",
    "Days are given (byday), but not how often (freq: WEEKLY or MONTHLY).",
  ],
  schedule_needs_closes_at: () => ["Er staat een openingstijd, maar geen sluitingstijd (closes_at).", "An opening time is given, but no closing time (closes_at)."],
  schedule_needs_opens_at: () => ["Er staat een sluitingstijd, maar geen openingstijd (opens_at).", "A closing time is given, but no opening time (opens_at)."],
  schedule_opens_after_closes: () => ["De sluitingstijd moet later zijn dan de openingstijd.", "The closing time must be later than the opening time."],
  schedule_valid_range: () => [
    "De einddatum (valid_to) ligt vóór de begindatum (valid_from).",
    "The end date (valid_to) is before the start date (valid_from).",
  ],

  // References between records.
  duplicate_id: (p) => [
    `Dit id komt al eerder voor in het bestand (bij ${s(p.first)}).`,
    `This id is used before in the file (at ${s(p.first)}).`,
  ],
  duplicate_municipality: (p) => [
    `Deze gemeentecode komt al eerder voor in het bestand (bij ${s(p.first)}).`,
    `This municipality code is used before in the file (at ${s(p.first)}).`,
  ],
  duplicate_taxonomy: (p) => [
    `Deze lijst (taxonomy) komt al eerder voor in het bestand (bij ${s(p.first)}).`,
    `This list (taxonomy) is used before in the file (at ${s(p.first)}).`,
  ],
  duplicate_term_code: (p) => [
    `Deze code komt al eerder voor in dezelfde lijst (bij ${s(p.first)}).`,
    `This code is used before in the same list (at ${s(p.first)}).`,
  ],
  unknown_parent_term: (p) => [
    `De bovenliggende term "${s(p.code)}" staat niet in deze lijst.`,
    `The parent term "${s(p.code)}" is not in this list.`,
  ],
  unknown_organization: () => [
    "Er staat geen organisatie met dit id in het bestand (bij organizations).",
    "There is no organisation with this id in the file (under organizations).",
  ],
  unknown_location: () => [
    "Er staat geen locatie met dit id in het bestand (bij locations).",
    "There is no location with this id in the file (under locations).",
  ],
  unknown_backup_service: () => [
    "Er staat geen dienst met dit id in het bestand (bij services).",
    "There is no service with this id in the file (under services).",
  ],
  backup_self: () => [
    "Een dienst kan niet op zichzelf terugvallen. Kies een andere, professionele dienst.",
    "A service cannot fall back on itself. Choose another, professional service.",
  ],
  backup_not_formal: (p) => [
    `De dienst waarop deze dienst terugvalt (${s(p.target)}), is geen professionele cliëntondersteuning (co-kind:formal).`,
    `The service this service falls back on (${s(p.target)}) is not professional client support (co-kind:formal).`,
  ],
  unknown_term: (p) => [
    `De term "${s(p.ref)}" staat niet in de lijsten (taxonomies) van dit bestand.`,
    `The term "${s(p.ref)}" is not in the lists (taxonomies) of this file.`,
  ],
  unknown_municipality: (p) => [
    `De gemeente ${s(p.code)} staat niet in de lijst met gemeenten (municipalities) van dit bestand.`,
    `The municipality ${s(p.code)} is not in the list of municipalities of this file.`,
  ],

  // --replace would delete records that contact requests still point at.
  still_requested: (p) => [
    `De dienst "${s(p.name)}" (${s(p.id)}) staat niet in het bestand. Maar er ${Number(p.count) === 1 ? "is 1 contactverzoek" : `zijn ${s(p.count)} contactverzoeken`} voor deze dienst. Daarom kan de dienst niet weg. Zet de dienst in het bestand met status "defunct" (gestopt): dan ziet niemand hem meer, en de verzoeken blijven bewaard.`,
    `The service "${s(p.name)}" (${s(p.id)}) is not in the file. But ${Number(p.count) === 1 ? "1 contact request refers" : `${s(p.count)} contact requests refer`} to this service, so it cannot be deleted. Put the service in the file with status "defunct": nobody sees it any more, and the requests are kept.`,
  ],

  still_requested_organization: (p) => [
    `De organisatie "${s(p.name)}" (${s(p.id)}) staat niet in het bestand. Maar er ${Number(p.count) === 1 ? "is 1 contactverzoek" : `zijn ${s(p.count)} contactverzoeken`} voor deze organisatie. Daarom kan de organisatie niet weg. Zet de organisatie weer in het bestand, en zet haar diensten op status "defunct" (gestopt).`,
    `The organisation "${s(p.name)}" (${s(p.id)}) is not in the file. But ${Number(p.count) === 1 ? "1 contact request refers" : `${s(p.count)} contact requests refer`} to this organisation, so it cannot be deleted. Put the organisation back in the file, and give its services the status "defunct".`,
  ],

  term_in_use: (p) => [
    `Het begrip "${s(p.code)}" wordt nog gebruikt door ${Number(p.count) === 1 ? "1 dienst of ondersteuner" : `${s(p.count)} diensten of ondersteuners`}. Het kan dus niet weg. Haal het eerst bij die diensten weg, of laat het begrip staan.`,
    `The term "${s(p.code)}" is still used by ${Number(p.count) === 1 ? "1 service or supporter" : `${s(p.count)} services or supporters`}. So it cannot be removed. First take it away from those services, or keep the term.`,
  ],

  // A preview in the browser, then applied after someone else changed the catalogue.
  catalogue_changed: () => [
    "De catalogus is veranderd nadat u het voorbeeld bekeek. Er is niets ingelezen. Bekijk het nieuwe voorbeeld en kies opnieuw.",
    "The catalogue changed after you looked at the preview. Nothing was imported. Look at the new preview and choose again.",
  ],

  // Photo files next to the document.
  photo_extension: () => [
    "Een foto moet een bestand zijn dat eindigt op .jpg, .jpeg, .png of .webp.",
    "A photo must be a file ending in .jpg, .jpeg, .png or .webp.",
  ],
  photo_missing: (p) => [
    `Het fotobestand "${s(p.file)}" is niet gevonden naast het catalogusbestand.`,
    `The photo file "${s(p.file)}" was not found next to the catalogue file.`,
  ],
  photo_too_large: (p) => {
    const size = Number(p.megabytes).toFixed(1);
    return [
      `Het fotobestand is te groot (${size.replace(".", ",")} MB). Een foto mag hoogstens 2 MB zijn.`,
      `The photo file is too large (${size} MB). A photo may be 2 MB at most.`,
    ];
  },
  photo_not_image: () => [
    "Dit bestand is geen echte JPEG-, PNG- of WebP-foto. Sla de foto opnieuw op als .jpg, .png of .webp.",
    "This file is not a real JPEG, PNG or WebP photo. Save the photo again as .jpg, .png or .webp.",
  ],
};
