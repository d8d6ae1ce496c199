/**
 * A sentence worded once on the server with a stand-in for one value, filled in by each of
 * many cards on the client: the sentence is sent once, not twenty times.
 */
export const NAME = "{name}";
export const DATE = "{date}";
export const PLACE = "{place}";

export const fill = (sentence: string, standIn: string, value: string) => sentence.replace(standIn, () => value);
