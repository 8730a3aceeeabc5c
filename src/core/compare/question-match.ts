// Matching a parsed pattern against one sentence: its words (tokenize) and its cues. A match stays
// inside one clause, and reports which cues its `{kind}` items consumed.
import type { Cue } from '../types.ts';
import { type Token, tokenize, tokenMatches, tokenSpan } from './cues-tokens.ts';
import type { Item } from './question-pattern.ts';

/** A sentence (or a headline) ready for matching. */
export interface Unit {
  /** The sentence id, or the headline's evidence id. */
  id: string;
  text: string;
  tokens: Token[];
  /** Cues with the words they cover. */
  cues: { cue: Cue; first: number; last: number }[];
  title: boolean;
}

export interface Match {
  first: number;
  /** One past the last word. */
  end: number;
  /** Cues consumed by `{kind}` and `{actor}` items, in order. */
  cues: Cue[];
}

export function unitOf(id: string, text: string, cues: Cue[], title: boolean): Unit {
  const tokens = tokenize(text);
  const spans = cues.flatMap((cue) => {
    const span = tokenSpan(tokens, cue.start, cue.end);
    return span ? [{ cue, first: span[0], last: span[1] }] : [];
  });
  return { id, text, tokens, cues: spans, title };
}

const STANCES = new Set(['so-called', 'recognised', 'illegitimate', 'quoted']);

/** Term lists compiled to alternatives of word sequences. */
export type Terms = Map<string, Item[][]>;

/**
 * Every way `items` can match from word `pos` on, as the word after the match and the cues taken.
 * `start` is where the whole match began: no word after it may open a new clause.
 */
function* walk(
  unit: Unit,
  terms: Terms,
  items: Item[],
  pos: number,
  start: number,
  taken: Cue[],
): Generator<[number, Cue[]]> {
  if (items.length === 0) {
    yield [pos, taken];
    return;
  }
  const [item, ...rest] = items as [Item, ...Item[]];
  const tokens = unit.tokens;
  const inClause = (i: number) => i < tokens.length && (i === start || !tokens[i]!.clauseStart);
  if (item.type === 'start') {
    if (pos === start && (pos === 0 || tokens[pos]?.clauseStart))
      yield* walk(unit, terms, rest, pos, start, taken);
    return;
  }
  if (item.type === 'end') {
    if (pos === tokens.length || tokens[pos]!.clauseStart) yield* walk(unit, terms, rest, pos, start, taken);
    return;
  }
  if (item.type === 'gap') {
    for (let skip = 0; skip <= item.max; skip++) {
      if (skip > 0 && !inClause(pos + skip - 1)) break;
      yield* walk(unit, terms, rest, pos + skip, start, taken);
    }
    return;
  }
  if (item.optional) yield* walk(unit, terms, rest, pos, start, taken);
  if (item.type === 'group' || item.type === 'term') {
    const alternatives = item.type === 'group' ? item.alternatives : (terms.get(item.name) ?? []);
    for (const alt of alternatives) yield* walk(unit, terms, [...alt, ...rest], pos, start, taken);
    return;
  }
  if (!inClause(pos)) return;
  const t = tokens[pos]!;
  if (item.type === 'word') {
    if (tokenMatches(t, item.word, 'all')) yield* walk(unit, terms, rest, pos + 1, start, taken);
    return;
  }
  for (const { cue, first, last } of unit.cues) {
    if (first > pos || last < pos) continue;
    const fits =
      item.type === 'cue'
        ? cue.kind === item.kind
        : cue.kind === 'naming' &&
          cue.value !== undefined &&
          !STANCES.has(cue.value) &&
          (!item.id || cue.value === item.id);
    if (!fits || (last > pos && tokens.slice(pos + 1, last + 1).some((x) => x.clauseStart))) continue;
    yield* walk(unit, terms, rest, last + 1, start, [...taken, cue]);
    // The next item may also stand on this same word: `{future} سيلتقي*`.
    if (rest.length > 0) yield* walk(unit, terms, rest, pos, start, [...taken, cue]);
  }
}

/** Every match of the pattern in the unit, at most one per starting word (the first way found). */
export function matchAll(unit: Unit, terms: Terms, items: Item[]): Match[] {
  const found: Match[] = [];
  for (let first = 0; first < unit.tokens.length; first++) {
    const next = walk(unit, terms, items, first, first, []).next();
    if (next.done) continue;
    const [end, cues] = next.value;
    if (end > first) found.push({ first, end, cues });
  }
  return found;
}
