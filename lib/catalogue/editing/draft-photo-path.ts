/**
 * A photo uploaded in the editor lives in the uploads folder's `drafts/` until its draft
 * is published (residents never see it there): a random name the server chose, never one
 * a person typed. Publishing moves it to the one place a photo has, `storedPhotoName`
 * (lib/catalogue/interchange/photos.ts). Pure.
 */
export const DRAFT_PHOTOS = "drafts";
const DRAFT_PHOTO = /^drafts\/[0-9a-f]{32}\.(jpg|png|webp)$/u;

export const isDraftPhoto = (value: unknown): value is string => typeof value === "string" && DRAFT_PHOTO.test(value);
