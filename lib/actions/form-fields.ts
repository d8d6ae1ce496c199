/** The hidden fields every form of the kit sends: the page it is on and its id prefix (lib/actions/kept-input.ts). */
export const PAGE_FIELD = "formPage";
export const FORM_FIELD = "formKey";
