// Which of the story's actors a text names, through the aliases the story config declares. Matched on
// folded surface forms (never stems: «المشير» must not meet «مشيرا»), longest alias first, so
// «قائد الجيش الوطني الليبي» is the commander and not also the army inside his title.
import { foldArabic } from '../../text/fold-arabic.ts';
import type { StoryActor } from '../../types.ts';

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

export interface ActorMention {
  actor: string;
  /** Offsets in the folded text. */
  start: number;
  end: number;
}

/** A function listing the actors named in a text (any spelling foldArabic makes equal). */
export function actorMatcher(actors: readonly StoryActor[] = []): (text: string) => ActorMention[] {
  const aliases = actors
    .flatMap((a) => a.aliases.map((alias) => ({ actor: a.id, folded: foldArabic(alias) })))
    .filter((a) => a.folded !== '')
    .sort((x, y) => y.folded.length - x.folded.length);
  const patterns = aliases.map(({ actor, folded }) => {
    // Proclitics: و/ف, then ب/ل/ك; «ال» after «ل» is written «لل».
    const body = folded.startsWith('ال')
      ? `(?:${escapeRegExp(folded)}|ل${escapeRegExp(folded.slice(1))})`
      : escapeRegExp(folded);
    return {
      actor,
      re: new RegExp(`(?<![\\p{L}\\p{N}])(?:[وف]?[بلك]?)${body}(?![\\p{L}\\p{N}])`, 'gu'),
      // Every spelling the pattern allows holds this: a plain search rules most texts out first.
      core: folded.slice(1),
    };
  });
  // The aligner and the verdicts ask again about the same sentences and clauses.
  const seen = new Map<string, ActorMention[]>();
  return (text) => {
    const hit = seen.get(text);
    if (hit) return hit;
    const folded = foldArabic(text);
    const taken: ActorMention[] = [];
    for (const { actor, re, core } of patterns) {
      if (!folded.includes(core)) continue;
      for (const m of folded.matchAll(re)) {
        const start = m.index ?? 0;
        const end = start + m[0].length;
        if (taken.some((t) => start < t.end && t.start < end)) continue;
        taken.push({ actor, start, end });
      }
    }
    const mentions = taken.sort((x, y) => x.start - y.start);
    if (seen.size > 100_000) seen.clear();
    seen.set(text, mentions);
    return mentions;
  };
}

// Words that open a title rather than a name: «وزير الخارجية الروسي» is a post, «قائد الجيش» a rank.
const TITLE =
  /^(?:ال)?(?:وزير|وزيره|وزراء|رئيس|رئيسه|قائد|القائد|نائب|مستشار|المستشار|متحدث|المتحدث|سفير|مبعوث|امين|مدير|زعيم|ممثل)$/;

/**
 * The aliases that are names, for weighing names down in similarity vectors and leaving them out of
 * predicate keys (every outlet names the same people: shared names are the top false matches). Not
 * titles («وزير الخارجية الروسي», «رئيس البرلمان»): their words are the story's common nouns, which
 * also tell its claims (the talks were held at «الخارجية الروسية»). Weighed down, titles cost the
 * seeds' alignment with seeds/story.json most of its precision and recall against the gold.
 */
export const aliasTexts = (actors: readonly StoryActor[] = []): string[] =>
  actors
    .flatMap((a) => a.aliases)
    .filter((alias) => !TITLE.test(foldArabic(alias.trim().split(/\s+/)[0] ?? '')));
