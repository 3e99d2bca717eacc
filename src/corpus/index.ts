// The corpus module's public surface (build time only: it reads files with node:fs).
export { baseId, fallbackAnchor, passageId } from "./anchors.js";
export { buildPassages, checkKnownIssues } from "./build.js";
export { CorpusError } from "./errors.js";
export type { FrontMatter, KnownIssue } from "./front-matter.js";
export { type CorpusDocument, loadCorpus, parseCorpusFile } from "./load.js";
export type { Block, Section } from "./markdown.js";
export { toPassages } from "./passages.js";
export { PASSAGE_MAX_CHARS } from "./split.js";
