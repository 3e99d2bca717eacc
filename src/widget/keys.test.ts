import { describe, expect, it } from "vitest";
import { isSendKey, type KeyLike } from "./keys.js";

const key = (overrides: Partial<KeyLike>): KeyLike => ({
  key: "Enter",
  shiftKey: false,
  isComposing: false,
  keyCode: 13,
  ...overrides,
});

describe("isSendKey", () => {
  it.each([
    { name: "Enter sends", event: key({}), sends: true },
    { name: "Ctrl+Enter sends too", event: key({ ctrlKey: true }), sends: true },
    { name: "Shift+Enter makes a new line", event: key({ shiftKey: true }), sends: false },
    { name: "Alt+Enter makes a new line", event: key({ altKey: true }), sends: false },
    {
      name: "Enter while an IME is composing does not send",
      event: key({ isComposing: true }),
      sends: false,
    },
    {
      name: "Safari's post-composition Enter (keyCode 229) does not send",
      event: key({ keyCode: 229 }),
      sends: false,
    },
    { name: "other keys do not send", event: key({ key: "a", keyCode: 65 }), sends: false },
  ])("$name", ({ event, sends }) => {
    expect(isSendKey(event)).toBe(sends);
  });
});
