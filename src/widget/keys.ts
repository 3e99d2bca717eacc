// Enter sends; Shift+Enter is a new line; Enter that confirms an IME conversion must do neither.
// Chrome and Firefox set isComposing on that keydown; Safari fires it after compositionend with
// isComposing false but keyCode 229, so both are checked (UI Events spec, "keyCode 229").

export interface KeyLike {
  key: string;
  shiftKey: boolean;
  isComposing: boolean;
  keyCode: number;
  altKey?: boolean;
  ctrlKey?: boolean;
  metaKey?: boolean;
}

export function isSendKey(event: KeyLike): boolean {
  if (event.key !== "Enter") return false;
  if (event.isComposing || event.keyCode === 229) return false;
  return !event.shiftKey && !event.altKey;
}
