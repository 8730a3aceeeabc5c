// Words as the judge reads them: each with its place in the sentence (so a verdict can mark it), its folded
// form, and the keys it may match a lexicon entry by (verb, verbal noun and participle forms meet their entry).
import { foldArabic } from '../text/fold-arabic.ts';
import { lightStem } from '../text/stem.ts';
import { EVENT_WORDS, FUNCTION_WORDS } from '../text/stopwords.ts';

export interface JudgeWord {
  /** UTF-16 offsets in the sentence. */
  start: number;
  end: number;
  text: string;
  folded: string;
  /** The light stem: what two sentences share when they share a word. */
  stem: string;
  /** What the word meets another by: its stem's variants (keyVariants), and the stem without a clinging preposition («لمصر» meets «مصر»). */
  match: string[];
  /** What the word meets a lexicon entry by: its match keys but for the person prefix (keyVariants). */
  lex: string[];
  /** A function word (in, on, that …): never evidence of a claim by itself. */
  function: boolean;
  /** Digits: compared as values (features.ts), not as words. */
  digits: boolean;
}

const WORD = /[\p{L}\p{N}\p{M}\u0640]+/gu;
const DIGIT = /\p{N}/u;

/**
 * Variants of a stem: without the future «سـ» («سيرتفع» → يرتفع), a past verb's ending («ارتفعت» → ارتفع), a
 * tanween alef, and (with `person`) the person prefix, so «يرتفع» meets «ترتفع» (رتفع). The lexicon lists its
 * verbs' person forms itself, and is matched without it: «التوصل» is not «وصل».
 */
export function keyVariants(stem: string, person = true): string[] {
  const out = new Set([stem]);
  let w = stem;
  if (w.length >= 5 && /^س[يتن]/.test(w)) {
    w = w.slice(1);
    out.add(w);
  }
  if (person && w.length >= 4 && /^[يتن]/.test(w)) out.add(w.slice(1));
  for (const end of ['ت', 'وا', 'تا'])
    if (stem.length - end.length >= 3 && stem.endsWith(end)) out.add(stem.slice(0, -end.length));
  if (stem.length >= 4 && stem.endsWith('ا')) out.add(stem.slice(0, -1)); // tanween alef: ارتفاعا
  return [...out];
}

/** The stem, its verb variants, and the stem without a preposition or conjunction stuck to it. */
export function matchKeys(stem: string, person = true): string[] {
  const out = new Set(keyVariants(stem, person));
  if (stem.length >= 5 && /^(وب|ول|فب|فل|وك)/.test(stem)) out.add(stem.slice(2));
  if (stem.length >= 4 && /^[بلكفو]/.test(stem)) out.add(stem.slice(1));
  if (stem.length >= 5 && stem.startsWith('لل')) out.add(stem.slice(2));
  for (const k of [...out]) if (k.length >= 4 && k.endsWith('ه')) out.add(k.slice(0, -1));
  return [...out];
}

const cache = new Map<string, Omit<JudgeWord, 'start' | 'end'>>();

export function judgeWords(text: string): JudgeWord[] {
  const out: JudgeWord[] = [];
  for (const m of text.matchAll(WORD)) {
    const raw = m[0];
    let hit = cache.get(raw);
    if (hit === undefined) {
      const folded = foldArabic(raw);
      const bare = /^[وف]/.test(folded) && FUNCTION_WORDS.has(folded.slice(1)) ? folded.slice(1) : folded;
      const stem = lightStem(raw);
      hit = {
        text: raw,
        folded,
        stem,
        match: matchKeys(stem),
        lex: matchKeys(stem, false),
        // The stopword list holds words that carry a claim («وقف», «أجل», «لقاء»): those stay content words.
        function: (FUNCTION_WORDS.has(bare) && !EVENT_WORDS.has(bare)) || folded.length < 2,
        digits: DIGIT.test(folded),
      };
      if (cache.size > 100_000) cache.clear();
      cache.set(raw, hit);
    }
    out.push({ ...hit, start: m.index ?? 0, end: (m.index ?? 0) + raw.length });
  }
  return out;
}
