// Every LINE limit and tunable in one place. Numbers from the Messaging API reference
// (https://developers.line.biz/en/reference/messaging-api/) and ../shared/specs/line-openapi/messaging-api.yml.

/** ReplyMessageRequest.messages: maxItems 5. */
export const MAX_MESSAGES_PER_REPLY = 5;
/** Text message `text`: max 5,000 characters, counted as UTF-16 code units (JS `.length`). */
export const MAX_TEXT_LENGTH = 5000;
/** QuickReply.items: maxItems 13. */
export const MAX_QUICK_REPLY_ITEMS = 13;
/** Action `label` on quick reply buttons and template buttons: max 20 characters. */
export const MAX_ACTION_LABEL_LENGTH = 20;
/** Message action `text`, postback `displayText`: max 300 characters. */
export const MAX_ACTION_TEXT_LENGTH = 300;
/** Postback action `data`: maxLength 300. */
export const MAX_POSTBACK_DATA_LENGTH = 300;
/** Buttons template `text`: max 160 characters without an image or title. */
export const MAX_BUTTONS_TEXT_LENGTH = 160;
/** Template message `altText`: max 400 characters. */
export const MAX_ALT_TEXT_LENGTH = 400;

/** ShowLoadingAnimationRequest.loadingSeconds: 5–60, a multiple of 5. Replying hides it early. */
export const LOADING_SECONDS = 20;

/** Webhook event ids are kept this long to drop redeliveries (LINE redelivers for a limited time). */
export const SEEN_EVENT_TTL_SECONDS = 3600;
/** A conversation's short history lives at most this long (Workers KV needs ≥ 60 s). */
export const HISTORY_TTL_SECONDS = 30 * 60;
/** Turns kept per conversation (user + assistant each count as one). */
export const HISTORY_MAX_TURNS = 6;
/** The contract caps each history item at 2,000 characters and a message at 1,000. */
export const HISTORY_MAX_CONTENT_LENGTH = 2000;
export const MAX_QUESTION_LENGTH = 1000;

/** A webhook body larger than this is not from LINE; refuse it before computing the HMAC. */
export const MAX_WEBHOOK_BODY_BYTES = 1024 * 1024;

/** Postback data prefix for suggestion buttons whose question does not fit a 20-character label. */
export const ASK_POSTBACK_PREFIX = "ask:";
