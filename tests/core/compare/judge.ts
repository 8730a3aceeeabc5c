// What the verdict tests share: sentences of hand-built articles put together as one aligned fact, then judged.
import { judgeFacts } from '../../../src/core/judge/rules/fact-verdicts.ts';
import type { Article, Fact, StoryConfig, WireGroup } from '../../../src/core/types.ts';

/** The sentences as one fact (an agreement of their outlets, or single-source), judged as the pipeline would. */
export function judgeOne(
  articles: Article[],
  sentenceIds: string[],
  story: StoryConfig,
  options: { wire?: WireGroup[]; similarity?: number } = {},
): Fact {
  const outlets = [...new Set(sentenceIds.map((id) => id.split('.')[0] ?? ''))];
  const fact: Fact = {
    id: 'f-test',
    sentenceIds,
    outlets,
    independentOutlets: outlets.length,
    relation: outlets.length > 1 ? 'agreement' : 'single-source',
    similarity: options.similarity ?? 0.3,
  };
  const [judged] = judgeFacts([fact], articles, options.wire ?? [], story);
  if (judged === undefined) throw new Error('no verdict');
  return judged;
}
