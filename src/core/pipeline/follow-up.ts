import { normalizeText } from "../normalize/normalize.js";
import type { Turn } from "../types.js";

// Follow-up questions ("それは何日くらい?", "副作用は?") lean on the previous question. When a message
// refers back or is too short to stand alone, retrieval also reads the last user turn, at a lower
// weight, so the new message still decides what is asked.

const REFERS_BACK =
  /^(それ|その|これ|この|あれ|あの|そう|じゃあ|では|あと|それで|ちなみに|他に|ほかに|ほか|逆に|なら)|(それ|その|これ|この)(は|って|が|を|に|の)/u;
const SHORT = 12;

/** The previous user question when `message` is a follow-up to it, else undefined. */
export function followUpContext(message: string, history: readonly Turn[]): string | undefined {
  const lastUser = [...history].reverse().find((turn) => turn.role === "user");
  if (!lastUser) return undefined;
  const text = normalizeText(message).trim();
  const standsAlone = text.length > SHORT && !REFERS_BACK.test(text);
  return standsAlone ? undefined : lastUser.content;
}
