import { getConfig, postChat } from "./api.js";
import { append } from "./dom.js";
import { toHistory } from "./history.js";
import { isSendKey } from "./keys.js";
import { renderBanner, renderEntry, renderIntro } from "./render.js";
import { FONT_STEPS, loadFontStep, loadState, saveFontStep, saveState } from "./storage.js";
import { attachStyles } from "./styles.js";
import texts from "./texts.json";
import type { Entry, WidgetConfig } from "./types.js";
import { buildView } from "./view.js";

// The widget's behaviour: open/close and focus, sending with retry, persistence, text size. Rendering is
// in render.ts, the skeleton in view.ts, the network in api.ts.

export interface WidgetOptions {
  endpoint: string;
  host: HTMLElement;
}

export function mountWidget({ endpoint, host }: WidgetOptions): void {
  // Open, not closed: a closed root is no security boundary (the host page runs in the same realm and
  // could patch attachShadow first), while an open one lets test tools, accessibility extensions and
  // clinic staff debugging the page see inside. Isolation from the host's CSS is the same either way.
  const shadow = host.attachShadow({ mode: "open" });
  attachStyles(shadow);
  const view = buildView();
  shadow.appendChild(view.root);

  const session = storage("sessionStorage");
  const local = storage("localStorage");
  const stateKey = `isaacs-chat:${endpoint}`;
  const fontKey = "isaacs-chat:font";
  const saved = loadState(session, stateKey);
  let entries: Entry[] = saved.entries;
  let config: WidgetConfig | null = null;
  let configRequested = false;
  let configLoading = false;
  let pending = false;
  let fontStep = loadFontStep(local, fontKey);

  const save = () => saveState(session, stateKey, { entries, open: !view.panel.hidden });

  function setFont(step: number) {
    fontStep = Math.max(0, Math.min(FONT_STEPS.length - 1, step));
    view.root.dataset.font = String(fontStep);
    view.smaller.disabled = fontStep === 0;
    view.larger.disabled = fontStep === FONT_STEPS.length - 1;
    saveFontStep(local, fontKey, fontStep);
  }

  function renderIntroAndBanner() {
    view.intro.replaceChildren(
      ...(configLoading ? [document.createTextNode(texts.loading)] : renderIntro(config, ask)),
    );
    view.clinicName.textContent = config ? config.clinic.name : "";
    view.privacy.textContent = config ? config.privacy : texts.fallbackPrivacy;
    renderPinned();
  }

  function renderPinned() {
    const responses = entries.flatMap((entry) => (entry.role === "assistant" ? [entry.response] : []));
    // Nothing competes with a call to 119: the latest emergency wins over any urgent advice.
    const pin =
      findLast(responses, (r) => r.kind === "emergency") ?? findLast(responses, (r) => r.kind === "urgent");
    // Re-rendering a role="alert" would announce it again, so only a changed banner is redrawn (an
    // urgent banner also changes when the clinic's phone arrives with the config).
    const next = pin ? JSON.stringify(pin) + (pin.kind === "urgent" && config ? "+clinic" : "") : "";
    if (view.pinned.dataset.pinned === next) return;
    view.pinned.dataset.pinned = next;
    view.pinned.replaceChildren(...(pin ? [renderBanner(pin, config)] : []));
  }

  function renderLog() {
    view.log.replaceChildren(...entries.map((entry, i) => renderEntry(entry, i, ask)));
    hideStaleRetries();
  }

  function hideStaleRetries() {
    const buttons = view.log.querySelectorAll<HTMLButtonElement>("[data-retry]");
    buttons.forEach((button, i) => {
      button.hidden = i !== buttons.length - 1 || lastEntry()?.role !== "error";
    });
  }

  function appendEntry(entry: Entry) {
    entries.push(entry);
    const element = renderEntry(entry, entries.length - 1, ask);
    append(view.log, element);
    hideStaleRetries();
    renderPinned();
    save();
    // Show the start of a new answer (long answers are read from the top); user messages sit at the end.
    view.scroll.scrollTop = entry.role === "user" ? view.scroll.scrollHeight : element.offsetTop - 8;
  }

  const lastEntry = (): Entry | undefined => entries[entries.length - 1];

  // Fetched on first open, not on every page view of the clinic's site.
  async function loadConfig() {
    if (configRequested) return;
    configRequested = true;
    configLoading = true;
    renderIntroAndBanner();
    config = await getConfig(endpoint);
    configLoading = false;
    renderIntroAndBanner();
  }

  async function request() {
    const question = findLast(entries, (entry) => entry.role === "user");
    if (question?.role !== "user") return;
    pending = true;
    view.send.setAttribute("aria-disabled", "true");
    view.typing.replaceChildren(dots(), document.createTextNode(texts.typing));
    const history = toHistory(entries.slice(0, entries.lastIndexOf(question)));
    const result = await postChat(endpoint, { message: question.text, history });
    pending = false;
    view.send.removeAttribute("aria-disabled");
    view.typing.replaceChildren();
    appendEntry(
      result.ok ? { role: "assistant", response: result.response } : { role: "error", code: result.code },
    );
  }

  function ask(text: string) {
    const message = text.trim();
    if (!message || pending) return;
    appendEntry({ role: "user", text: message });
    void request();
  }

  function retry() {
    if (pending || lastEntry()?.role !== "error") return;
    entries.pop();
    view.log.lastElementChild?.remove();
    save();
    void request();
  }

  function open(moveFocus = true) {
    view.panel.hidden = false;
    view.launcher.hidden = true;
    void loadConfig();
    save();
    if (!moveFocus) return;
    // On touch screens, focusing the textarea would pop the keyboard over the introduction.
    if (matchMedia("(pointer: coarse)").matches) view.title.focus();
    else view.input.focus();
  }

  function close() {
    view.panel.hidden = true;
    view.launcher.hidden = false;
    save();
    view.launcher.focus();
  }

  view.launcher.addEventListener("click", () => open());
  view.close.addEventListener("click", close);
  view.smaller.addEventListener("click", () => setFont(fontStep - 1));
  view.larger.addEventListener("click", () => setFont(fontStep + 1));
  view.clear.addEventListener("click", () => {
    if (pending || !confirm(texts.clearConfirm)) return;
    entries = [];
    renderLog();
    renderPinned();
    save();
  });
  view.panel.addEventListener("keydown", (event) => {
    if (event.key === "Escape" && !event.isComposing) {
      event.preventDefault();
      close();
    }
  });
  const submit = () => {
    if (pending || !view.input.value.trim()) return;
    const text = view.input.value;
    view.input.value = "";
    ask(text);
  };
  view.input.addEventListener("keydown", (event) => {
    if (!isSendKey(event)) return;
    event.preventDefault();
    submit();
  });
  view.form.addEventListener("submit", (event) => {
    event.preventDefault();
    submit();
  });
  view.log.addEventListener("click", (event) => {
    const target = event.target instanceof Element ? event.target : null;
    if (target?.closest("[data-retry]")) return retry();
    const cite = target?.closest<HTMLElement>("[data-cite]");
    const details = cite?.dataset.cite ? shadow.getElementById(cite.dataset.cite) : null;
    if (details instanceof HTMLDetailsElement) {
      details.open = true;
      details.querySelector("summary")?.focus();
    }
  });

  setFont(fontStep);
  renderLog();
  renderIntroAndBanner();
  if (saved.open) open(false);
}

// Array#findLast and #at need Safari 15.4; patients' phones are often older than that.
function findLast<T>(items: readonly T[], predicate: (item: T) => boolean): T | undefined {
  for (let i = items.length - 1; i >= 0; i--) {
    const item = items[i] as T;
    if (predicate(item)) return item;
  }
  return undefined;
}

function dots(): HTMLElement {
  const element = document.createElement("span");
  element.className = "dots";
  element.setAttribute("aria-hidden", "true");
  element.append(document.createElement("i"), document.createElement("i"), document.createElement("i"));
  return element;
}

function storage(name: "sessionStorage" | "localStorage"): Storage | null {
  try {
    return window[name];
  } catch {
    return null;
  }
}
