import { createElement as h, type FunctionComponent } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { ChoiceGroup } from "@/components/forms/ChoiceGroup";
import { ErrorSummary } from "@/components/forms/ErrorSummary";
import { FormContext } from "@/components/forms/FormContext";
import { FormMessage } from "@/components/forms/FormMessage";
import { MunicipalitySelect } from "@/components/forms/MunicipalitySelect";
import { SubmitButton } from "@/components/forms/SubmitButton";
import { TextField } from "@/components/forms/TextField";
import type { FormState } from "@/lib/actions/form-state";

/** The form kit's markup as a browser without JavaScript gets it after a failed submit. */
const state: FormState = {
  status: "invalid",
  message: "Niet verstuurd.",
  errors: { name: "Vul uw naam in.", consent: "Geef toestemming." },
  values: { name: "", email: "a@example.nl" },
};
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each kit component has its own props
type Part = [FunctionComponent<any>, object];
const inForm = (...children: Part[]) => renderToStaticMarkup(h(FormContext, { value: { state, idPrefix: "x-" } }, ...children.map(([type, props]) => h(type, props))));

describe("the form kit", () => {
  it("ties hint and error to the control, marks it invalid, and keeps what was typed", () => {
    const html = inForm([TextField, { name: "name", label: "Naam", hint: "Zoals op uw post." }], [TextField, { name: "email", label: "E-mail", type: "email" }]);
    expect(html).toContain('<label for="x-name" class="font-bold">Naam</label>');
    expect(html).toMatch(/<input[^>]*id="x-name"[^>]*aria-invalid="true"[^>]*aria-describedby="x-name-hint x-name-error"/);
    expect(html).toContain('<p id="x-name-error" class="border-l-4 border-notice pl-3 font-bold text-notice">Vul uw naam in.</p>');
    expect(html).toMatch(/<input type="email"[^>]*id="x-email"[^>]*value="a@example.nl"/);
  });

  it("puts a focused summary on top with a link to each invalid field, named by its label", () => {
    const html = inForm([ErrorSummary, { title: "U bent nog niet klaar. Vul de punten hieronder aan.", labels: { name: "Naam", consent: "Ik geef toestemming", email: "E-mail" } }]);
    expect(html).toMatch(/<div role="alert" tabindex="-1" autofocus=""/);
    expect(html).toContain('<a href="#x-name">Naam</a>');
    expect(html).toContain('<a href="#x-consent">Ik geef toestemming</a>');
    expect(html).not.toContain("#x-email");
  });

  it("announces the form's message in a live region that is always there", () => {
    expect(inForm([FormMessage, {}])).toContain('<div id="x-form-message" role="status" aria-live="polite"');
    expect(renderToStaticMarkup(h(FormMessage))).toMatch(/role="status" aria-live="polite"><\/div>$/);
  });

  it("gives every button and control a 44 px target", () => {
    expect(renderToStaticMarkup(h(SubmitButton, { variant: "quiet", children: "Uitloggen" }))).toMatch(/class="[^"]*min-h-11 min-w-11/);
    const select = renderToStaticMarkup(h(MunicipalitySelect, { municipalities: [{ code: "GM0344", name: "Utrecht" }], label: "Gemeente", emptyLabel: "Alle", selected: "GM0344" }));
    expect(select).toMatch(/<select id="gemeente" name="gemeente" class="min-h-11/);
    expect(select).toContain('<option value="GM0344" selected="">Utrecht</option>');
  });

  it("groups choices in a fieldset whose options each have their own label", () => {
    const html = renderToStaticMarkup(h(ChoiceGroup, { name: "soort", type: "checkbox", legend: "Soort", options: [{ value: "formal", label: "Formeel" }], checked: ["formal"] }));
    expect(html).toMatch(/<fieldset id="soort"/);
    // A plain option is its input inside its label: no id needed (the directory shows dozens).
    expect(html).toMatch(/<label class="choice"><input type="checkbox"[^>]* name="soort" checked="" value="formal"/);
    const card = renderToStaticMarkup(h(ChoiceGroup, { name: "soort", type: "radio", legend: "Soort", look: "card", options: [{ value: "formal", label: "Formeel", hint: "Betaald" }], checked: [] }));
    expect(card).toMatch(/<label for="soort-formal"[^>]*><input id="soort-formal" type="radio"[^>]* aria-describedby="soort-formal-hint"/);
    expect(html).toContain("<span>Formeel</span>");
  });

  it("keeps the checkboxes that were ticked after a round trip (one comma-separated value)", () => {
    const ticked: FormState = { status: "invalid", values: { moments: "morning,evening" } };
    const options = ["morning", "afternoon", "evening"].map((value) => ({ value, label: value }));
    const html = renderToStaticMarkup(h(FormContext, { value: { state: ticked, idPrefix: "" } }, h(ChoiceGroup, { name: "moments", type: "checkbox", legend: "Wanneer", options, checked: [] })));
    const tickedValues = [...html.matchAll(/<input [^>]*>/g)].filter(([tag]) => tag.includes('checked=""')).map(([tag]) => /value="([^"]*)"/.exec(tag)?.[1]);
    expect(tickedValues).toEqual(["morning", "evening"]);
  });
});
