import type { Passage, SearchHit } from "../types.js";

// Suggestions are the material's own section questions ("<アイザックス症候群>は遺伝する?"), so every
// chip is something the material can answer. Ranked by how related the section is to this question.

const MAX_SUGGESTIONS = 3;

export function sectionQuestion(passage: Passage): string | null {
  const section = passage.path[1];
  if (!section) return null;
  return section.replace(/[<>＜＞]/g, "").trim();
}

export function suggestFollowUps(
  hits: readonly SearchHit[],
  passages: readonly Passage[],
  exclude: readonly string[],
): string[] {
  const excluded = new Set(exclude);
  const ordered: string[] = [];
  const add = (question: string | null) => {
    if (question && !excluded.has(question) && !ordered.includes(question)) ordered.push(question);
  };
  for (const hit of hits) add(sectionQuestion({ id: hit.id, doc: "", path: hit.path, text: hit.text }));
  for (const passage of passages) add(sectionQuestion(passage));
  return ordered.slice(0, MAX_SUGGESTIONS);
}
