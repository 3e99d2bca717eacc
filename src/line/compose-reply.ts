import type { Config } from "../config/config.js";
import { type Prompts, promptLines } from "../core/prompts/prompts.js";
import type { ChatResponse, Citation } from "../core/types.js";
import { MAX_ALT_TEXT_LENGTH, MAX_BUTTONS_TEXT_LENGTH, MAX_MESSAGES_PER_REPLY } from "./limits.js";
import { buildQuickReply } from "./quick-reply.js";
import { clip, splitText } from "./split-text.js";
import texts from "./texts.json" with { type: "json" };
import type { Message, QuickReply } from "./types.js";

// Turns a ChatResponse (or a fixed text) into the 1–5 LINE messages of one reply.

export interface ReplyContext {
  prompts: Prompts;
  config: Pick<Config, "CLINIC_NAME" | "CLINIC_PHONE" | "CLINIC_HOURS">;
}

export type LineText = Exclude<keyof typeof texts, "_comment">;

export function lineText(name: LineText, config: ReplyContext["config"]): string {
  const values: Record<string, string> = {
    clinic_name: config.CLINIC_NAME,
    clinic_phone: config.CLINIC_PHONE,
    clinic_hours: config.CLINIC_HOURS,
  };
  return texts[name].replace(/\{\{(\w+)\}\}/g, (match, key: string) => values[key] ?? match);
}

/**
 * "出典\n[1] heading › heading": the document title is dropped, the two innermost headings kept; a
 * source the clinic is still checking says so.
 */
export function formatSources(citations: readonly Citation[], config: ReplyContext["config"]): string {
  if (citations.length === 0) return "";
  const lines = citations.map((citation, i) => {
    const headings = citation.path.length > 1 ? citation.path.slice(1) : citation.path;
    const label = citation.under_review ? lineText("underReview", config) : "";
    return `[${i + 1}] ${clip(headings.slice(-2).join(lineText("pathSeparator", config)), 80, "…")}${label}`;
  });
  return [lineText("sourcesHeading", config), ...lines].join("\n");
}

/** Text messages for `text`, using at most `slots` messages; the last one carries the quick reply. */
function textMessages(text: string, slots: number, ctx: ReplyContext, quickReply?: QuickReply): Message[] {
  const parts = splitText(text, { maxParts: slots, truncationMark: lineText("truncated", ctx.config) });
  const messages: Message[] = parts.map((part) => ({ type: "text", text: part }));
  const last = messages.at(-1);
  if (last && quickReply) last.quickReply = quickReply;
  return messages;
}

function callButton(text: string, label: string, phone: string): Message {
  const shortText = clip(text, MAX_BUTTONS_TEXT_LENGTH, "…");
  return {
    type: "template",
    altText: clip(text, MAX_ALT_TEXT_LENGTH, "…"),
    // A tel: URI action dials on iOS and Android. Only plain digits: iPhones refuse '#' and '*', which
    // is why #7119 appears in the answer text only.
    template: { type: "buttons", text: shortText, actions: [{ type: "uri", label, uri: `tel:${phone}` }] },
  };
}

export function composeChatReply(response: ChatResponse, ctx: ReplyContext): Message[] {
  const { config } = ctx;
  if (response.kind === "emergency") {
    // Nothing competes with the 119 instruction: no sources, no suggestions, a call button last.
    const button = callButton(
      lineText("emergencyButtonText", config),
      lineText("emergencyButtonLabel", config),
      "119",
    );
    return [...textMessages(response.answer, MAX_MESSAGES_PER_REPLY - 1, ctx), button];
  }
  if (response.kind === "urgent") {
    const phone = config.CLINIC_PHONE.replace(/[^0-9+]/g, "");
    const button = callButton(
      lineText("urgentButtonText", config),
      lineText("urgentButtonLabel", config),
      phone,
    );
    return [...textMessages(response.answer, MAX_MESSAGES_PER_REPLY - 1, ctx), button];
  }
  const sources = formatSources(response.citations, config);
  const body = response.answer.trim() || ctx.prompts["no-answer"];
  const text = sources ? `${body}\n\n${sources}` : body;
  return textMessages(text, MAX_MESSAGES_PER_REPLY, ctx, buildQuickReply(response.suggestions));
}

/** Sent on follow (and on join in a group): what the bot is, the privacy note, starter questions. */
export function composeGreeting(ctx: ReplyContext, options: { group?: boolean } = {}): Message[] {
  const paragraphs = [ctx.prompts.greeting, ctx.prompts.privacy];
  if (options.group) paragraphs.push(lineText("groupNote", ctx.config));
  const quickReply = buildQuickReply(promptLines(ctx.prompts.starters));
  return textMessages(paragraphs.join("\n\n"), MAX_MESSAGES_PER_REPLY, ctx, quickReply);
}

export function composeText(text: string, ctx: ReplyContext): Message[] {
  return textMessages(text, MAX_MESSAGES_PER_REPLY, ctx);
}
