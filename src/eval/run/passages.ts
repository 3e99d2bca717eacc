// Passage text for the ids a response cites, so citation quotes can be checked verbatim. Sources, best
// first: the search service's getPassage (in-process), generated/passages.json (written by the build),
// and as a last resort a search for the quote itself (works against any server, but a passage the
// search does not return for its own quote cannot be verified and counts as unknown).
import type { Citation, Passage } from "../../core/types.js";
import type { EvalTarget } from "./target.js";

export type PassageLookup = (citations: readonly Citation[]) => Promise<Map<string, string>>;

type Source = (citation: Citation) => Promise<string | undefined> | string | undefined;

export function fromGetPassage(getPassage: (id: string) => Passage | undefined): Source {
  return (c) => getPassage(c.id)?.text;
}

/** generated/passages.json (an array of {id, doc, path, text}) as id → text. */
export function readPassagesJson(json: unknown, file: string): Map<string, string> {
  if (!Array.isArray(json)) throw new Error(`${file}: expected an array of passages`);
  const byId = new Map<string, string>();
  for (const p of json as Partial<Passage>[]) {
    if (typeof p?.id === "string" && typeof p.text === "string") byId.set(p.id, p.text);
  }
  return byId;
}

export function fromMap(byId: ReadonlyMap<string, string>): Source {
  return (c) => byId.get(c.id);
}

export function fromSearch(target: EvalTarget, k = 50): Source {
  return async (c) => {
    if (c.quote.trim() === "") return undefined;
    const hits = await target.search(c.quote.slice(0, 200), k);
    return hits.find((h) => h.id === c.id)?.text;
  };
}

export function passageLookup(sources: readonly Source[]): PassageLookup {
  return async (citations) => {
    const texts = new Map<string, string>();
    for (const c of citations) {
      if (texts.has(c.id)) continue;
      for (const source of sources) {
        const text = await source(c);
        if (text !== undefined) {
          texts.set(c.id, text);
          break;
        }
      }
    }
    return texts;
  };
}
