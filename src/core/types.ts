// Shapes shared by every pipeline stage and by the HTTP contract (../shared/CONTRACT.md).

export type ChatKind = "emergency" | "urgent" | "answer" | "no_answer" | "out_of_scope";

export interface Turn {
  role: "user" | "assistant";
  content: string;
}

export interface Citation {
  /** Stable passage id, derived from the heading path (e.g. "isaacs#heredity-summary"). */
  id: string;
  /** Heading path from the document title down to the passage's own heading, source wording kept. */
  path: string[];
  /** Verbatim text from the passage. */
  quote: string;
  /**
   * Set when the quote holds a claim the document's front matter lists under `known_issues`: clinic
   * staff have yet to verify or correct it (an extension of the contract).
   */
  under_review?: true;
}

export interface ChatResponse {
  kind: ChatKind;
  answer: string;
  citations: Citation[];
  suggestions: string[];
}

/** A retrievable unit of the corpus, produced at build time. */
export interface Passage {
  id: string;
  /** Document id (the corpus file's slug). */
  doc: string;
  path: string[];
  /** The passage body as it appears in the corpus (Markdown; tables keep their header row). */
  text: string;
  /** Claims in this passage (its text or its own heading) that the front matter lists as unverified. */
  underReview?: string[];
}

export interface SearchHit {
  id: string;
  path: string[];
  text: string;
  score: number;
}
