// A quick, exact test that a pattern cannot match a sentence: most patterns need one word of a short
// list («{negation} ...2 {sign}» needs a word of the term `sign`), and most sentences hold none of
// them. Trying the pattern from every word of every sentence was most of the time spent answering
// questions; this rules sentences out with a few set lookups first. It only ever says "maybe", never
// a wrong "no": a word counts as present under any proclitic the matcher allows.
import type { Token } from '../cues/cues-tokens.ts';
import type { Item } from './question-pattern.ts';

interface Words {
  /** Each word as written and without every proclitic the matcher strips (see `wordMatches`). */
  exact: Set<string>;
  all: string[];
}

type Terms = Map<string, Item[][]>;
const PROCLITICS = ['و', 'ف', 'ب', 'ل', 'ك', 'وب', 'ول', 'وك', 'فب', 'فل', 'فك'];

const wordsCache = new WeakMap<readonly Token[], Words>();
function wordsOf(tokens: readonly Token[]): Words {
  const hit = wordsCache.get(tokens);
  if (hit) return hit;
  const exact = new Set<string>();
  for (const t of tokens)
    for (const form of t.bare === undefined ? [t.fold] : [t.fold, t.bare]) {
      exact.add(form);
      for (const c of PROCLITICS) {
        if (!form.startsWith(c)) continue;
        const rest = form.slice(c.length);
        exact.add(rest);
        // ل + ال is written لل.
        if (c.endsWith('ل')) exact.add(`ا${rest}`);
      }
    }
  const words = { exact, all: [...exact] };
  wordsCache.set(tokens, words);
  return words;
}

/**
 * Words one of which every match of `items` must hold, or undefined when no such list is known
 * (a pattern of cues and actors only). An empty list: the pattern can never match.
 */
function needed(items: readonly Item[], terms: Terms): string[] | undefined {
  let best: string[] | undefined;
  for (const item of items) {
    if (item.type === 'gap' || item.type === 'start' || item.type === 'end' || item.optional) continue;
    let words: string[] | undefined;
    if (item.type === 'word') words = [item.word];
    else if (item.type === 'group' || item.type === 'term') {
      const alternatives = item.type === 'group' ? item.alternatives : (terms.get(item.name) ?? []);
      words = [];
      for (const alt of alternatives) {
        const w = needed(alt, terms);
        if (w === undefined) {
          words = undefined;
          break;
        }
        words.push(...w);
      }
    }
    if (words !== undefined && (best === undefined || words.length < best.length)) best = words;
  }
  return best;
}

const neededCache = new WeakMap<readonly Item[], WeakMap<Terms, string[] | null>>();
function neededOf(items: readonly Item[], terms: Terms): string[] | undefined {
  let byTerms = neededCache.get(items);
  if (!byTerms) {
    byTerms = new WeakMap();
    neededCache.set(items, byTerms);
  }
  let hit = byTerms.get(terms);
  if (hit === undefined) {
    hit = needed(items, terms) ?? null;
    byTerms.set(terms, hit);
  }
  return hit ?? undefined;
}

/** False only when the pattern surely has no match in these words. */
export function mayMatch(unit: { tokens: readonly Token[] }, terms: Terms, items: readonly Item[]): boolean {
  const need = neededOf(items, terms);
  if (need === undefined) return true;
  const words = wordsOf(unit.tokens);
  return need.some((w) => {
    if (!w.endsWith('*')) return words.exact.has(w);
    const prefix = w.slice(0, -1);
    return words.all.some((x) => x.length > 0 && x.startsWith(prefix));
  });
}
