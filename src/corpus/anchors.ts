// Passage ids come from heading anchors only, never from body text or position, so editing one section
// (or adding a section or a document) cannot renumber the citations and gold labels of another.
import { createHash } from "node:crypto";

/** Explicit anchors and document slugs: lowercase ASCII words joined by single hyphens. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The anchor of a heading without an explicit `{#anchor}`: 8 hex digits of the SHA-1 of its text. */
export function fallbackAnchor(headingText: string): string {
  return createHash("sha1").update(headingText, "utf8").digest("hex").slice(0, 8);
}

/** `isaacs#heredity-summary`; the 2nd, 3rd… chunk of a split passage gets `~2`, `~3`. */
export function passageId(docSlug: string, anchors: readonly string[], chunk = 1): string {
  const base = `${docSlug}#${anchors.join("-")}`;
  return chunk === 1 ? base : `${base}~${chunk}`;
}

/** The id a passage had before splitting (`isaacs#heredity~2` → `isaacs#heredity`). */
export function baseId(id: string): string {
  const tilde = id.indexOf("~");
  return tilde === -1 ? id : id.slice(0, tilde);
}
