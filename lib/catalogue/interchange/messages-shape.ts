import { list, s, type MessageTable } from "./message-table";

/** Messages about the shape and format of single values (see messages.ts). */

const expectedNames: Record<string, { nl: string; en: string }> = {
  string: { nl: "tekst tussen aanhalingstekens", en: "text in quotation marks" },
  number: { nl: "een getal", en: "a number" },
  int: { nl: "een heel getal", en: "a whole number" },
  boolean: { nl: "true of false (ja of nee)", en: "true or false (yes or no)" },
  array: { nl: "een lijst [ … ]", en: "a list [ … ]" },
  object: { nl: "een groep velden { … }", en: "a group of fields { … }" },
};

export const shapeMessages: MessageTable = {
  // The shape of a single value or record.
  required: (p) => [`Het veld "${s(p.field)}" ontbreekt. Dit veld is verplicht.`, `The field "${s(p.field)}" is missing. This field is required.`],
  wrong_type: (p) => {
    const name = expectedNames[s(p.expected)] ?? { nl: "iets anders", en: "something else" };
    return [`Hier hoort ${name.nl} te staan.`, `This should be ${name.en}.`];
  },
  not_allowed: (p) => [`Deze waarde is niet toegestaan. Kies uit: ${list(p.values)}.`, `This value is not allowed. Choose from: ${list(p.values)}.`],
  not_a_catalogue: () => [
    "Dit bestand is geen catalogus: de inhoud moet beginnen met { en eindigen met }.",
    "This file is not a catalogue: its content must start with { and end with }.",
  ],
  profile: () => [
    'Dit bestand is geen catalogus in het afgesproken formaat. Bovenaan moet staan: "profile": "hsds-nl-clientondersteuning/1".',
    'This file is not a catalogue in the agreed format. At the top it must say: "profile": "hsds-nl-clientondersteuning/1".',
  ],
  list_empty: () => ["Deze lijst is leeg. Er moet minstens één onderdeel in staan.", "This list is empty. It needs at least one item."],
  duplicate_item: (p) => [`Dit staat al eerder in dezelfde lijst (bij ${s(p.first)}).`, `This is already in the same list (at ${s(p.first)}).`],
  empty_text: () => ["Deze tekst is leeg. Vul hier iets in.", "This text is empty. Please fill something in."],
  integer: () => ["Hier hoort een heel getal te staan, zonder komma.", "This should be a whole number, without decimals."],
  number: () => ["Hier hoort een getal te staan.", "This should be a number."],
  not_negative: () => ["Dit getal mag niet kleiner zijn dan 0.", "This number cannot be less than 0."],
  number_too_small: (p) => [`Dit getal is te klein. Het kleinste getal is ${s(p.minimum)}.`, `This number is too small. The smallest allowed is ${s(p.minimum)}.`],
  number_too_big: (p) => [`Dit getal is te groot. Het grootste getal is ${s(p.maximum)}.`, `This number is too large. The largest allowed is ${s(p.maximum)}.`],
  age_bounds: () => ["Een leeftijd ligt tussen 0 en 130 jaar.", "An age is between 0 and 130 years."],
  age_range: (p) => [
    `De maximumleeftijd (${s(p.max)}) is lager dan de minimumleeftijd (${s(p.min)}).`,
    `The maximum age (${s(p.max)}) is lower than the minimum age (${s(p.min)}).`,
  ],
  latitude: () => ["De breedtegraad (latitude) ligt tussen -90 en 90.", "The latitude is between -90 and 90."],
  longitude: () => ["De lengtegraad (longitude) ligt tussen -180 en 180.", "The longitude is between -180 and 180."],
  invalid: () => ["Deze waarde klopt niet.", "This value is not valid."],

  // Formats.
  format_uuid: () => [
    "Dit is geen geldig id. Een id ziet eruit als 1bef6a2a-1fc3-59bd-8ec1-4e440f989052 (een UUID).",
    "This is not a valid id. An id looks like 1bef6a2a-1fc3-59bd-8ec1-4e440f989052 (a UUID).",
  ],
  format_slug: () => [
    'Deze code mag alleen kleine letters, cijfers en streepjes hebben, zoals "care-at-home".',
    'This code may only contain lower-case letters, digits and hyphens, like "care-at-home".',
  ],
  format_term_ref: () => [
    'Dit is geen geldige verwijzing naar een term. Schrijf "lijst:code", zoals "co-kind:formal".',
    'This is not a valid term reference. Write "list:code", like "co-kind:formal".',
  ],
  format_lived_experience: () => [
    'Schrijf een ervaring als "co-lived-experience:code", zoals "co-lived-experience:debt".',
    'Write an experience as "co-lived-experience:code", like "co-lived-experience:debt".',
  ],
  format_municipality_code: () => [
    "Dit is geen geldige gemeentecode. Een gemeentecode is GM met vier cijfers, zoals GM0392.",
    "This is not a valid municipality code. A municipality code is GM followed by four digits, like GM0392.",
  ],
  format_tooi_uri: () => [
    "Dit is geen geldige TOOI-verwijzing. Schrijf het als https://identifier.overheid.nl/tooi/id/gemeente/gm0392.",
    "This is not a valid TOOI identifier. Write it as https://identifier.overheid.nl/tooi/id/gemeente/gm0392.",
  ],
  format_date: () => [
    "Dit is geen geldige datum. Schrijf een datum als jaar-maand-dag, zoals 2026-10-01.",
    "This is not a valid date. Write a date as year-month-day, like 2026-10-01.",
  ],
  calendar_date: () => [
    "Deze datum bestaat niet, zoals 31 februari. Kijk de datum na.",
    "This date does not exist, like 31 February. Please check the date.",
  ],
  format_date_time: () => [
    "Dit is geen geldig tijdstip. Schrijf het als 2026-11-22T09:00:00+01:00.",
    "This is not a valid point in time. Write it as 2026-11-22T09:00:00+01:00.",
  ],
  format_time: () => [
    "Dit is geen geldige tijd. Schrijf een tijd als uren:minuten, zoals 09:30 of 17:00.",
    "This is not a valid time. Write a time as hours:minutes, like 09:30 or 17:00.",
  ],
  format_email: () => ["Dit is geen geldig e-mailadres, zoals naam@voorbeeld.nl.", "This is not a valid email address, like name@example.nl."],
  format_url: () => [
    "Dit is geen geldig webadres. Een webadres begint met https:// en heeft geen spaties.",
    "This is not a valid web address. A web address starts with https:// and has no spaces.",
  ],
  format_language: () => [
    "Dit is geen geldige taalcode. Gebruik twee of drie kleine letters, zoals nl, tr of pap.",
    "This is not a valid language code. Use two or three lower-case letters, like nl, tr or pap.",
  ],
  format_locale: (p) => [
    `"${s(p.key)}" is geen geldige taal voor een tekst. Gebruik een taalcode zoals nl, en of tr.`,
    `"${s(p.key)}" is not a valid language for a text. Use a language code like nl, en or tr.`,
  ],
  format_phone: () => [
    "Dit is geen geldig telefoonnummer. Gebruik cijfers, met eventueel spaties, haakjes, streepjes of een + vooraan, zoals 023 760 01 23.",
    "This is not a valid phone number. Use digits, optionally with spaces, brackets, hyphens or a leading +, like 023 760 01 23.",
  ],
  format_kvk: () => ["Een KVK-nummer bestaat uit precies 8 cijfers, zoals 12345678.", "A KVK (Chamber of Commerce) number has exactly 8 digits, like 12345678."],
  format_byday: () => [
    "De dagen zijn niet goed geschreven. Gebruik MO, TU, WE, TH, FR, SA of SU, met komma's ertussen, zoals MO,WE.",
    "The days are not written correctly. Use MO, TU, WE, TH, FR, SA or SU, separated by commas, like MO,WE.",
  ],
  format_byday_weekly: () => [
    "Bij een wekelijkse openingstijd (WEEKLY) staat er geen nummer voor de dag. Een nummer zoals 2TU kan alleen bij MONTHLY.",
    "A weekly schedule (WEEKLY) has no number before the day. A number like 2TU is only possible with MONTHLY.",
  ],
  format_photo_path: () => [
    "Geef de foto op als bestandsnaam naast het catalogusbestand, zoals fotos/marieke.jpg: geen webadres, geen spaties, geen / vooraan en geen ..",
    "Give the photo as a file name next to the catalogue file, like photos/marieke.jpg: no web address, no spaces, no leading / and no ..",
  ],
  format_postal_code: () => ["Dit is geen geldige postcode. Schrijf een postcode als 2011 XP.", "This is not a valid postcode. Write a postcode like 2011 XP."],
  format_country: () => ["Schrijf het land als twee hoofdletters, zoals NL.", "Write the country as two capital letters, like NL."],
};
