// A standalone HTML report. Every piece of text goes through escapeHtml: descriptions and reasons come
// from the bank and from the app's answers, and a report must not run what they contain.
import type { ReportData } from "./data.js";
import { buildSections } from "./sections.js";

export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}

const STYLE =
  "body{font-family:system-ui,sans-serif;margin:2rem;color:#222}table{border-collapse:collapse;margin:.5rem 0 1rem}" +
  "th,td{border:1px solid #ccc;padding:.25rem .5rem;text-align:right}th:first-child,td:first-child{text-align:left}" +
  "h2{margin-top:2rem}li ul{color:#555}";

export function renderHtml(data: ReportData): string {
  const e = escapeHtml;
  const body: string[] = [];
  for (const section of buildSections(data)) {
    body.push(`<h2>${e(section.title)}</h2>`);
    for (const t of section.text ?? []) body.push(`<p>${e(t)}</p>`);
    for (const table of section.tables ?? []) {
      body.push("<table>");
      body.push(`<tr>${table.head.map((h) => `<th>${e(h)}</th>`).join("")}</tr>`);
      for (const row of table.rows) body.push(`<tr>${row.map((c) => `<td>${e(c)}</td>`).join("")}</tr>`);
      body.push("</table>");
    }
    if (section.list?.length) {
      body.push("<ul>");
      for (const entry of section.list) {
        const detail = entry.detail.length
          ? `<ul>${entry.detail.map((d) => `<li>${e(d)}</li>`).join("")}</ul>`
          : "";
        body.push(`<li>${e(entry.item)}${detail}</li>`);
      }
      body.push("</ul>");
    }
  }
  return [
    "<!doctype html>",
    '<html lang="ja">',
    '<head><meta charset="utf-8"><title>Eval report</title>',
    `<style>${STYLE}</style></head>`,
    "<body>",
    "<h1>Eval report</h1>",
    ...body,
    "</body>",
    "</html>",
    "",
  ].join("\n");
}
