// Limits from the Messaging API reference (https://developers.line.biz/en/reference/messaging-api/) that
// messaging-api.yml leaves out. The real API answers 400 when they are broken, so the fake does too.

type Json = Record<string, unknown>;

const LIMITS = {
  text: 5000, // text message
  altText: 400, // template message
  buttonsText: 160, // buttons template without image or title
  buttonsActions: 4,
  label: 20, // action label (quick reply and template buttons)
  actionText: 300, // message action text, postback displayText
  uri: 1000,
};
const URI_SCHEMES = /^(https?|line|tel):/;

function actionErrors(action: Json, at: string): string[] {
  const errors: string[] = [];
  const label = action.label;
  if (typeof label !== "string" || label.length === 0 || label.length > LIMITS.label) {
    errors.push(`${at}/label must be 1–${LIMITS.label} characters`);
  }
  if (
    action.type === "message" &&
    !(typeof action.text === "string" && action.text.length <= LIMITS.actionText)
  ) {
    errors.push(`${at}/text must be a string of ≤ ${LIMITS.actionText} characters`);
  }
  if (action.type === "postback") {
    if (typeof action.displayText === "string" && action.displayText.length > LIMITS.actionText) {
      errors.push(`${at}/displayText must be ≤ ${LIMITS.actionText} characters`);
    }
    if (typeof action.data !== "string") errors.push(`${at}/data is required`);
  }
  if (action.type === "uri") {
    const uri = action.uri;
    if (typeof uri !== "string" || uri.length > LIMITS.uri || !URI_SCHEMES.test(uri)) {
      errors.push(`${at}/uri must be an http, https, line or tel URI of ≤ ${LIMITS.uri} characters`);
    } else if (uri.startsWith("tel:") && /[#*]/.test(uri)) {
      // Not a LINE rule but a platform one: iOS refuses to dial '#' and '*' from a link.
      errors.push(`${at}/uri: tel: links with # or * do not dial on iPhone`);
    }
  }
  return errors;
}

function messageErrors(message: Json, at: string): string[] {
  const errors: string[] = [];
  if (message.type === "text") {
    const text = message.text;
    if (typeof text !== "string" || text.length === 0 || text.length > LIMITS.text) {
      errors.push(`${at}/text must be 1–${LIMITS.text} UTF-16 code units`);
    }
  }
  if (message.type === "template") {
    const altText = message.altText;
    if (typeof altText !== "string" || altText.length === 0 || altText.length > LIMITS.altText) {
      errors.push(`${at}/altText must be 1–${LIMITS.altText} characters`);
    }
    const template = (message.template ?? {}) as Json;
    if (template.type === "buttons") {
      const text = template.text;
      if (typeof text !== "string" || text.length > LIMITS.buttonsText) {
        errors.push(`${at}/template/text must be ≤ ${LIMITS.buttonsText} characters`);
      }
      const actions = Array.isArray(template.actions) ? (template.actions as Json[]) : [];
      if (actions.length < 1 || actions.length > LIMITS.buttonsActions) {
        errors.push(`${at}/template/actions must hold 1–${LIMITS.buttonsActions} actions`);
      }
      for (const [i, action] of actions.entries())
        errors.push(...actionErrors(action, `${at}/template/actions/${i}`));
    }
  }
  const items = ((message.quickReply as Json | undefined)?.items ?? []) as Json[];
  for (const [i, item] of items.entries()) {
    errors.push(...actionErrors((item.action ?? {}) as Json, `${at}/quickReply/items/${i}/action`));
  }
  return errors;
}

export function documentedLimitErrors(path: string, body: unknown): string[] {
  if (!body || typeof body !== "object") return [];
  const json = body as Json;
  if (path === "/v2/bot/chat/loading/start") {
    const seconds = json.loadingSeconds;
    return typeof seconds === "number" && seconds % 5 !== 0
      ? ["/loadingSeconds must be a multiple of 5"]
      : [];
  }
  const messages = Array.isArray(json.messages) ? (json.messages as Json[]) : [];
  return messages.flatMap((message, i) => messageErrors(message, `/messages/${i}`));
}
