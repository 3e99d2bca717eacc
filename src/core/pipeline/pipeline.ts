import type { Analyzer } from "../analysis/analyzer.js";
import { checkOutput } from "../check/output-check.js";
import type { Composer } from "../compose/compose.js";
import {
  detectIntent,
  isAboutLivingWithTheDisease,
  isOtherDisease,
  MEDICATION_HINT,
} from "../intent/intent.js";
import { wellFormed } from "../normalize/normalize.js";
import { type Prompts, promptLines } from "../prompts/prompts.js";
import type { PassageIndex } from "../retrieval/search-index.js";
import type { ChatInput, ChatService } from "../services.js";
import { triage } from "../triage/triage.js";
import type { ChatResponse, Citation } from "../types.js";
import { followUpContext } from "./follow-up.js";
import { questionTerms } from "./question-terms.js";
import { sectionQuestion, suggestFollowUps } from "./suggestions.js";

export interface PipelineDeps {
  analyzer: Analyzer;
  index: PassageIndex;
  composer: Composer;
  prompts: Prompts;
}

/** Passages read for an answer: the composer weighs every sentence of these. */
const RETRIEVE_K = 12;

/**
 * The answer pipeline, in order: triage → intent → retrieve → compose → check. Every stage is pure
 * and synchronous; nothing here logs the patient's words.
 */
export function createChatPipeline(deps: PipelineDeps): ChatService {
  const { analyzer, index, composer, prompts } = deps;

  const fixed = (kind: ChatResponse["kind"], answer: string, suggestions: string[] = []): ChatResponse => ({
    kind,
    answer,
    citations: [],
    suggestions,
  });
  // For telling another disease's name from a word the material merely does not use.
  const corpusText = index.passages
    .map((p) => `${p.path.join("\n")}\n${p.text}`)
    .join("\n")
    .normalize("NFKC");
  const corpusIncludes = (word: string) => corpusText.includes(word);
  const starters = () => promptLines(prompts.starters).slice(0, 3);

  function respond(input: ChatInput): ChatResponse {
    // Half an emoji would leave triage's readings unaligned with the text (see wellFormed).
    const message = wellFormed(input.message);
    const history = input.history.map((turn) => ({ ...turn, content: wellFormed(turn.content) }));
    // 1. Safety triage first: nothing competes with the 119 instruction.
    const safety = triage(message, history, analyzer.readTokens);
    if (safety.level === "emergency") {
      return fixed("emergency", safety.crisis ? prompts["emergency-crisis"] : prompts.emergency);
    }
    if (safety.level === "urgent") return fixed("urgent", prompts.urgent);

    // 2. Intent: administration, rule changes and small talk are redirected before retrieval.
    const previous = followUpContext(message, history);
    const intent = detectIntent(message, previous);
    if (intent.scope === "admin") return fixed("out_of_scope", prompts["out-of-scope-admin"], starters());
    if (intent.scope !== "in_scope") return fixed("out_of_scope", prompts["out-of-scope"], starters());

    // Fixed notes around whatever the material gives: "ask your doctor" for a medication question
    // first, "if this is happening now, call 119" for a question about a red-flag symptom last.
    const withNotes = (response: ChatResponse): ChatResponse => {
      const before = intent.medication
        ? prompts[intent.medication === "personal_dose" ? "personal-dose" : "medication-change"]
        : "";
      const after = safety.aboutRedFlag ? prompts["symptom-question-note"] : "";
      return { ...response, answer: [before, response.answer, after].filter(Boolean).join("\n\n") };
    };

    // 3. Retrieve, reading a follow-up together with the previous question.
    // A medication question also reads the material's own words on medicines, at half weight.
    const context = intent.medication
      ? [MEDICATION_HINT[intent.medication], previous].filter(Boolean).join("\n")
      : previous;
    const hits = index.search(message, RETRIEVE_K, context);
    // A medication question is answered with what the material says about medicines (the hint), so its
    // own framing (調子がいいから…) cannot make it unanswerable.
    // The composer reads a kana-typed question as the material spells it, as retrieval does.
    const asked = index.respell(message);
    const terms = intent.medication
      ? {
          ...questionTerms(analyzer, MEDICATION_HINT[intent.medication], asked),
          withoutDoses: intent.medication === "personal_dose",
        }
      : questionTerms(analyzer, asked, context && index.respell(context));

    // 4. Compose from the material, or say honestly that it does not cover the question.
    const composition = composer.compose(terms, hits);
    if (composition.kind === "no_answer") {
      const onTopic =
        !isOtherDisease(message, corpusIncludes) &&
        // A follow-up is on topic when the conversation is ("にほんだと?" after a question on prevalence).
        isAboutLivingWithTheDisease(
          [message, previous].filter(Boolean).join("\n"),
          composer.sharesWordsWithMaterial(terms),
        );
      if (!onTopic) return fixed("out_of_scope", prompts["out-of-scope"], starters());
      const noAnswer = fixed("no_answer", prompts["no-answer"], suggestFollowUps(hits, index.passages, []));
      return withNotes(noAnswer);
    }
    const used = composition.passageIds.map((id) => index.getPassage(id));
    const answered = used.map((p) => (p ? sectionQuestion(p) : null)).filter((q): q is string => q !== null);
    const withNote = withNotes({
      kind: "answer",
      answer: [composition.answer, underReviewNote(composition.citations, prompts), prompts.disclaimer]
        .filter(Boolean)
        .join("\n\n"),
      citations: composition.citations.map((c) => ({ ...c, path: index.getPassage(c.id)?.path ?? [] })),
      suggestions: suggestFollowUps(hits, index.passages, answered),
    });

    // 5. Check the output; a failure falls back to a fixed, safe text.
    const failure = checkOutput(withNote, index.getPassage);
    if (failure) {
      const text = failure === "personal_dose" ? prompts["personal-dose"] : prompts["medication-change"];
      return fixed("no_answer", `${text}\n\n${prompts["no-answer"]}`, withNote.suggestions);
    }
    return withNote;
  }

  return { chat: async (input) => respond(input) };
}

/**
 * "[1]の内容は、いま当院で確認中です…" when the answer quotes a claim the material's front matter lists
 * as unverified (指定難病 第232番): the patient reads the material's words and that they are in question.
 */
function underReviewNote(citations: readonly Citation[], prompts: Prompts): string {
  const markers = citations.flatMap((c, i) => (c.under_review ? [`[${i + 1}]`] : []));
  return markers.length > 0 ? prompts["under-review"].replaceAll("{{citations}}", markers.join("")) : "";
}
