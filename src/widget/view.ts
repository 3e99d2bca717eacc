import { h, ICONS, icon } from "./dom.js";
import texts from "./texts.json";

// The fixed skeleton of the widget. Reading order (and so Tab order) follows the screen: header, text
// size, pinned safety banners, the conversation, the message box.

export interface View {
  root: HTMLElement;
  launcher: HTMLButtonElement;
  panel: HTMLElement;
  title: HTMLElement;
  clinicName: HTMLElement;
  close: HTMLButtonElement;
  smaller: HTMLButtonElement;
  larger: HTMLButtonElement;
  clear: HTMLButtonElement;
  pinned: HTMLElement;
  scroll: HTMLElement;
  intro: HTMLElement;
  log: HTMLElement;
  typing: HTMLElement;
  form: HTMLFormElement;
  input: HTMLTextAreaElement;
  send: HTMLButtonElement;
  privacy: HTMLElement;
}

export function buildView(): View {
  const launcher = h(
    "button",
    { type: "button", class: "launcher", "aria-haspopup": "dialog" },
    icon(ICONS.chat),
    texts.launcher,
  );
  const clinicName = h("small");
  const title = h("h2", { class: "title", id: "isaacs-chat-title", tabindex: -1 }, texts.title, clinicName);
  const close = h(
    "button",
    { type: "button", class: "close", "aria-label": texts.closeLabel },
    icon(ICONS.close, "icon-line"),
    h("span", { "aria-hidden": "true" }, texts.close),
  );
  const smaller = h("button", { type: "button", "aria-label": texts.fontSmallerLabel }, texts.fontSmaller);
  const larger = h("button", { type: "button", "aria-label": texts.fontLargerLabel }, texts.fontLarger);
  const clear = h("button", { type: "button", class: "clear" }, texts.clear);
  const pinned = h("div", { class: "pinned" });
  const intro = h("div", { class: "intro" });
  const log = h("div", {
    class: "log",
    role: "log",
    "aria-live": "polite",
    "aria-relevant": "additions",
    "aria-label": texts.logLabel,
  });
  const typing = h("div", { class: "typing", role: "status" });
  const scroll = h("div", { class: "scroll" }, intro, log, typing);
  const privacy = h("span", { id: "isaacs-chat-privacy" });
  const input = h("textarea", {
    name: "message",
    rows: 2,
    maxlength: 1000,
    "aria-label": texts.messageLabel,
    "aria-describedby": "isaacs-chat-privacy",
    placeholder: texts.placeholder,
    enterkeyhint: "send",
  });
  const send = h("button", { type: "submit", class: "send" }, icon(ICONS.send), texts.send);
  const form = h(
    "form",
    { class: "composer" },
    h("div", { class: "row" }, input, send),
    h("p", { class: "hint" }, privacy, h("span", { class: "keys" }, ` ${texts.sendHint}`)),
  );
  const panel = h(
    "section",
    { class: "panel", role: "dialog", "aria-labelledby": "isaacs-chat-title", hidden: true },
    h("div", { class: "header" }, title, close),
    h(
      "div",
      { class: "tools" },
      h(
        "div",
        { class: "font", role: "group", "aria-label": texts.fontGroupLabel },
        h("span", { class: "label", "aria-hidden": "true" }, texts.fontGroupLabel),
        smaller,
        larger,
      ),
      clear,
    ),
    pinned,
    scroll,
    form,
  );
  const root = h("div", { class: "root", lang: "ja" }, launcher, panel);
  return {
    root,
    launcher,
    panel,
    title,
    clinicName,
    close,
    smaller,
    larger,
    clear,
    pinned,
    scroll,
    intro,
    log,
    typing,
    form,
    input,
    send,
    privacy,
  };
}
