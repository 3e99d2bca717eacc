import { normalizeText } from "../normalize/normalize.js";
import type { Turn } from "../types.js";

// Follow-up questions ("それは何日くらい?", "副作用は?") lean on the previous question. When a message
// refers back or is too short to stand alone, retrieval reads it together with the last user turn.

const REFERS_BACK =
  /^(それ|その|これ|この|あれ|あの|そう|じゃあ|では|あと|それで|ちなみに|他に|ほかに|ほか|逆に|なら)|(それ|その|これ|この)(は|って|が|を|に|の)/u;
const SHORT = 10;

export function contextualQuery(message: string, history: readonly Turn[]): string {
  const lastUser = [...history].reverse().find((turn) => turn.role === "user");
  if (!lastUser) return message;
  const text = normalizeText(message).trim();
  const standsAlone = text.length > SHORT && !REFERS_BACK.test(text);
  return standsAlone ? message : `${lastUser.content}\n${message}`;
}
