// Report format by output file extension, as promptfoo chooses it.

import type { ReportData } from "./data.js";
import { renderHtml } from "./html.js";
import { renderJson } from "./json.js";
import { renderJunit } from "./junit.js";
import { renderMarkdown } from "./markdown.js";

const WRITERS: [suffix: string, render: (data: ReportData) => string][] = [
  [".junit.xml", renderJunit],
  [".json", renderJson],
  [".md", renderMarkdown],
  [".html", renderHtml],
];

export const OUTPUT_SUFFIXES = WRITERS.map(([suffix]) => suffix);

export function writerFor(path: string): ((data: ReportData) => string) | undefined {
  const lower = path.toLowerCase();
  return WRITERS.find(([suffix]) => lower.endsWith(suffix))?.[1];
}
