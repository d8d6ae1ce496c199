/**
 * A photo uploaded in the editor lives in the uploads folder's `drafts/` until its draft
 * is published (residents never see it there): a random name the server chose, never one
 * a person typed. Publishing moves it to its place, `storedPhotoName`
 * (lib/catalogue/interchange/photos.ts). Pure.
 */
export const DRAFT_PHOTOS = "drafts";
const DRAFT_PHOTO = /^drafts\/[0-9a-f]{32}\.(jpg|png|webp)$/u;

export const isDraftPhoto = (value: unknown): value is string => typeof value === "string" && DRAFT_PHOTO.test(value);

/** The version a draft photo is published under (`storedPhotoName`): the start of its random name, new for each upload. */
export const draftPhotoVersion = (name: string): string => name.slice(DRAFT_PHOTOS.length + 1, DRAFT_PHOTOS.length + 13);
