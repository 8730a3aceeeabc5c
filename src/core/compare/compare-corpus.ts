// The comparison over a whole story: cues in every sentence, shared wire copy, reported facts aligned
// across outlets with their verdicts, and the story's questions answered for every article.
// Pure, like the rest of the core: it runs at build time, in the CLI and (later) in a worker.

import { judgeFacts } from '../judge/rules/fact-verdicts.ts';
import type { Article, Fact, QuestionResult, StoryConfig, WireGroup } from '../types.ts';
import { aliasTexts } from './align/align-actors.ts';
import { alignFacts } from './align/align-facts.ts';
import { type CueFinder, cueFinder } from './cues/cue-cache.ts';
import { answerQuestions } from './questions/questions.ts';
import { findWireCopy } from './wire/wire-copy.ts';

export interface Comparison {
  /** The articles again, each sentence carrying its cues. */
  articles: Article[];
  questions: QuestionResult[];
  facts: Fact[];
  wire: WireGroup[];
}

/** Every sentence with its cues; an article's relative days resolve against its own publication date. */
export function withCues(article: Article, cuesOf: CueFinder): Article {
  return {
    ...article,
    paragraphs: article.paragraphs.map((p) => ({
      ...p,
      sentences: p.sentences.map((s) => {
        const cues = cuesOf(s.text, article.published);
        return cues.length > 0 ? { ...s, cues } : { id: s.id, text: s.text };
      }),
    })),
  };
}

/** `outletOf` maps an article id to its outlet id (several articles may share an outlet). */
export function compareArticles(
  articles: Article[],
  story: StoryConfig,
  outletOf: (articleId: string) => string,
): Comparison {
  const cuesOf = cueFinder(story.actors);
  const cued = articles.map((a) => withCues(a, cuesOf));
  const wire = findWireCopy(cued, outletOf, aliasTexts(story.actors));
  const facts = judgeFacts(alignFacts(cued, outletOf, wire, story), cued, wire, story);
  const questions = story.questions?.length
    ? answerQuestions(cued, story.questions, outletOf, {
        ...(story.actors ? { actors: story.actors } : {}),
        cuesOf,
      })
    : [];
  return { articles: cued, questions, facts, wire };
}
