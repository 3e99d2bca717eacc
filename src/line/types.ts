// Hand-written subsets of LINE's OpenAPI descriptions (../shared/specs/line-openapi/): only the fields
// this bot reads (webhook.yml) or sends (messaging-api.yml). @line/bot-sdk has full types, but it pulls in
// node:crypto, and this module must run unchanged on Workers.

// ---- webhook.yml ----

export type Source =
  | { type: "user"; userId?: string }
  | { type: "group"; groupId: string; userId?: string }
  | { type: "room"; roomId: string; userId?: string };

export interface Mentionee {
  type: "user" | "all";
  index: number;
  length: number;
  userId?: string;
  isSelf?: boolean;
}

export type MessageContent =
  | { type: "text"; id: string; text: string; mention?: { mentionees: Mentionee[] } }
  | { type: "image" | "video" | "audio" | "file" | "location" | "sticker"; id: string };

interface EventBase {
  timestamp: number;
  mode: "active" | "standby";
  webhookEventId: string;
  deliveryContext: { isRedelivery: boolean };
  source?: Source;
  replyToken?: string;
}

/**
 * One webhook event. Only the fields this bot reads are typed; the payload is untrusted input, so
 * route-event.ts checks each field before use rather than trusting a discriminated union.
 */
export interface WebhookEvent extends EventBase {
  type: string;
  message?: MessageContent;
  postback?: { data: string };
}

export interface CallbackRequest {
  destination: string;
  events: WebhookEvent[];
}

// ---- messaging-api.yml ----

export type Action =
  | { type: "message"; label: string; text: string }
  | { type: "postback"; label: string; data: string; displayText?: string }
  | { type: "uri"; label: string; uri: string };

export interface QuickReply {
  items: { type: "action"; action: Action }[];
}

export type Message =
  | { type: "text"; text: string; quickReply?: QuickReply }
  | {
      type: "template";
      altText: string;
      template: { type: "buttons"; text: string; actions: Action[] };
      quickReply?: QuickReply;
    };
