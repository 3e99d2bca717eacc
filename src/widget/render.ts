import type { ChatResponse, Citation } from "../core/types.js";
import { append, h, ICONS, icon } from "./dom.js";
import { glueCitations, type Segment, segmentAnswer } from "./segments.js";
import texts from "./texts.json";
import type { Entry, WidgetConfig } from "./types.js";

// Entries and banners as DOM. Every string from the user, the API or the config goes in as a text node.

export function renderIntro(config: WidgetConfig | null, ask: (question: string) => void): Node[] {
  if (!config)
    return [
      h("p", { class: "text" }, texts.fallbackGreeting),
      h("p", { class: "privacy text", role: "note" }, texts.fallbackPrivacy),
    ];
  return [
    h("p", { class: "text" }, config.greeting),
    h("p", { class: "text note" }, config.disclaimer),
    h("p", { class: "privacy text", role: "note" }, config.privacy),
    chips(texts.startersLabel, config.starters, ask),
  ];
}

/** `index` makes footnote ids unique; retry buttons and [n] markers are handled by delegation on the log. */
export function renderEntry(entry: Entry, index: number, ask: (question: string) => void): HTMLElement {
  if (entry.role === "user") {
    return h(
      "div",
      { class: "msg user" },
      h("span", { class: "sr-only" }, `${texts.you}: `),
      h("p", { class: "text" }, entry.text),
    );
  }
  if (entry.role === "error") {
    return h(
      "div",
      { class: "msg error" },
      h("p", { class: "text" }, texts.errors[entry.code]),
      answerText(texts.errorSafety, 0, true, `e${index}`),
      h("button", { type: "button", class: "retry", "data-retry": "" }, texts.retry),
    );
  }
  const { response } = entry;
  if (response.kind === "emergency" || response.kind === "urgent") {
    const note = response.kind === "emergency" ? texts.emergencyNote : texts.urgentNote;
    return h(
      "div",
      { class: "msg bot" },
      h("span", { class: "sr-only" }, `${texts.assistant}: `),
      h("p", { class: "text" }, note),
    );
  }
  const id = `a${index}`;
  const message = h(
    "div",
    { class: "msg bot" },
    h("span", { class: "sr-only" }, `${texts.assistant}: `),
    answerText(response.answer, response.citations.length, false, id),
  );
  if (response.citations.length > 0) append(message, sources(response.citations, id));
  if (response.suggestions.length > 0)
    append(message, chips(texts.suggestionsLabel, response.suggestions, ask));
  return message;
}

/** The pinned banner for the most recent emergency (preferred) or urgent response, if any. */
export function renderBanner(response: ChatResponse, config: WidgetConfig | null): HTMLElement {
  if (response.kind === "emergency") {
    return h(
      "div",
      { class: "banner emergency", role: "alert" },
      h("h3", {}, icon(ICONS.alert, "icon-line"), texts.emergencyTitle),
      h("a", { class: "call", href: "tel:119" }, icon(ICONS.phone), texts.emergencyCall),
      answerText(response.answer, 0, true, "pin"),
    );
  }
  // The action comes first: on a small phone the pinned area shows the call button before any scrolling.
  return h(
    "div",
    { class: "banner urgent", role: "status" },
    h("h3", {}, icon(ICONS.alert, "icon-line"), texts.urgentTitle),
    config &&
      h(
        "a",
        { class: "call", href: `tel:${config.clinic.phone.replace(/[^0-9+]/g, "")}` },
        icon(ICONS.phone),
        h("span", {}, texts.urgentCall),
        h("span", { class: "number" }, config.clinic.phone),
      ),
    config &&
      h("p", { class: "hours text" }, `${config.clinic.name} ${texts.urgentHours}: ${config.clinic.hours}`),
    answerText(response.answer, 0, true, "pin"),
  );
}

function answerText(text: string, citations: number, linkEmergency: boolean, id: string): HTMLElement {
  const paragraph = h("p", { class: "text" });
  const renderSegment = (segment: Segment): Node => {
    if (segment.type === "text") return document.createTextNode(segment.text);
    if (segment.type === "tel") return h("a", { href: `tel:${segment.number}` }, segment.text);
    return h(
      "button",
      {
        type: "button",
        class: "cite",
        "data-cite": `${id}-${segment.n}`,
        "aria-label": `${texts.sourceLabel}${segment.n}`,
      },
      segment.text,
    );
  };
  for (const piece of glueCitations(segmentAnswer(text, { citations, linkEmergency }))) {
    append(
      paragraph,
      piece.type === "glue"
        ? h("span", { class: "glue" }, ...piece.parts.map(renderSegment))
        : renderSegment(piece),
    );
  }
  return paragraph;
}

function sources(citations: Citation[], id: string): HTMLElement {
  return h(
    "ol",
    { class: "sources", "aria-label": texts.sources },
    ...citations.map((citation, i) =>
      h(
        "li",
        {},
        h(
          "details",
          { id: `${id}-${i + 1}` },
          h(
            "summary",
            {},
            `${texts.sourceLabel}[${i + 1}] ${citation.path[citation.path.length - 1] ?? ""}`,
            ...(citation.under_review ? [h("span", { class: "review" }, texts.underReview)] : []),
          ),
          h("p", { class: "path text" }, citation.path.join(" › ")),
          h("blockquote", { class: "text" }, citation.quote),
        ),
      ),
    ),
  );
}

function chips(label: string, questions: string[], ask: (question: string) => void): HTMLElement {
  const list = h("ul", { class: "chips", "aria-label": label });
  for (const question of questions) {
    const button = h("button", { type: "button", class: "chip text" }, question);
    button.addEventListener("click", () => ask(question));
    append(list, h("li", {}, button));
  }
  return h("div", {}, h("p", { class: "chips-label", "aria-hidden": "true" }, label), list);
}
