// Splits an answer (plain text per the contract) into pieces the widget renders as text nodes, footnote
// markers and tel: links. Nothing here produces HTML: the renderer turns each piece into DOM nodes.

export type Segment =
  | { type: "text"; text: string }
  | { type: "cite"; n: number; text: string }
  | { type: "tel"; number: string; text: string };

// Japanese landline / mobile / free-dial numbers as written with hyphens (03-1234-5678, 0120-123-456,
// 090-1234-5678). Unhyphenated digit runs are left alone: in corpus text they are usually years or counts.
const PHONE = String.raw`(?<phone>0\d{1,4}-\d{1,4}-\d{3,4})`;
// "119番" in an emergency instruction; "第119番" (a designation number) is not a phone number. The
// preceding character is captured rather than tested with a lookbehind, which Safari < 16.4 rejects.
const EMERGENCY = String.raw`(?<pre>^|[^第\d])(?<emergency>119)(?=番)`;
const CITE = String.raw`\[(?<cite>\d{1,2})\]`;

export interface SegmentOptions {
  /** How many citations the answer has; [n] beyond that stays plain text. */
  citations: number;
  /** Link "119番" (emergency and urgent texts only). */
  linkEmergency?: boolean;
}

export function segmentAnswer(text: string, options: SegmentOptions): Segment[] {
  const pattern = new RegExp(`${CITE}|${PHONE}${options.linkEmergency ? `|${EMERGENCY}` : ""}`, "g");
  const segments: Segment[] = [];
  let last = 0;
  const pushText = (value: string) => {
    if (!value) return;
    const previous = segments[segments.length - 1];
    if (previous?.type === "text") previous.text += value;
    else segments.push({ type: "text", text: value });
  };
  for (const match of text.matchAll(pattern)) {
    const whole = match[0];
    const { cite, phone, pre = "", emergency } = match.groups ?? {};
    const index = match.index ?? 0;
    pushText(text.slice(last, index) + pre);
    last = index + whole.length;
    if (cite !== undefined) {
      const n = Number(cite);
      if (n >= 1 && n <= options.citations) segments.push({ type: "cite", n, text: whole });
      else pushText(whole);
    } else if (phone !== undefined) {
      segments.push({ type: "tel", number: phone.replace(/-/g, ""), text: whole });
    } else if (emergency !== undefined) {
      segments.push({ type: "tel", number: "119", text: emergency });
    }
  }
  pushText(text.slice(last));
  return segments;
}

export type Piece = Segment | { type: "glue"; parts: Segment[] };

// A footnote marker is a button, an atomic inline box, so the browser's kinsoku rules (no 。 at the
// start of a line) do not see across it and "ません[1]。" could break as "ません[1]" / "。". Each marker
// is therefore glued to the character before it and to closing punctuation after it (rendered nowrap).
const CLOSING = /^[。、,.,.)）」』】〕!?!?]+/u;

export function glueCitations(input: readonly Segment[]): Piece[] {
  const segments = input.slice();
  const pieces: Piece[] = [];
  for (let i = 0; i < segments.length; i++) {
    const segment = segments[i] as Segment;
    if (segment.type !== "cite") {
      pieces.push(segment.type === "text" ? { ...segment } : segment);
      continue;
    }
    const parts: Segment[] = [];
    const previous = pieces[pieces.length - 1];
    if (previous?.type === "text") {
      const chars = Array.from(previous.text);
      const last = chars.pop() ?? "";
      previous.text = chars.join("");
      if (!previous.text) pieces.pop();
      parts.push({ type: "text", text: last });
    }
    parts.push(segment);
    const next = segments[i + 1];
    const closing = next?.type === "text" ? CLOSING.exec(next.text)?.[0] : undefined;
    if (next?.type === "text" && closing) {
      parts.push({ type: "text", text: closing });
      const rest = next.text.slice(closing.length);
      if (rest) segments[i + 1] = { type: "text", text: rest };
      else i++;
    }
    pieces.push({ type: "glue", parts });
  }
  return pieces;
}
