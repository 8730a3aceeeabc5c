// Matching a parsed pattern against one sentence: its words (tokenize) and its cues. A match stays
// inside one clause, and reports which cues its `{kind}` items consumed.
import type { Cue } from '../../types.ts';
import { type Token, tokenize, tokenMatches, tokenSpan } from '../cues/cues-tokens.ts';
import type { Item } from './question-pattern.ts';
import { mayMatch } from './question-prefilter.ts';

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

/**
 * Where a gap of up to `max` from `pos` may end, nearest first. A gap counts constituents, not words:
 * an actor's name («قائد الجيش الوطني الليبي المشير خليفة حفتر»), a date («مساء يوم الاثنين») or an
 * aside set between commas counts as one, since Arabic news puts them between a verb and its object
 * («أرجأ [name] التوقيع»، «طلب [name]، [aside]، مهلة»). A single word is always a step too, so a gap can
 * still stop inside a name.
 */
function gapEnds(unit: Unit, pos: number, max: number, start: number): number[] {
  const seen = new Set([pos]);
  const order = [pos];
  let frontier = [pos];
  for (let n = 0; n < max && frontier.length > 0; n++) {
    const next: number[] = [];
    for (const p of frontier)
      for (const to of gapSteps(unit, p, start))
        if (!seen.has(to)) {
          seen.add(to);
          next.push(to);
        }
    next.sort((a, b) => a - b);
    order.push(...next);
    frontier = next;
  }
  return order;
}

/** Word `i` may be part of a match that began at `start`: it is in the text and opens no new clause. */
function inClause(tokens: Token[], i: number, start: number): boolean {
  return i < tokens.length && (i === start || !tokens[i]!.clauseStart);
}

/** Where one step of a gap from word `p` may land: the next word, or past a whole constituent. */
function gapSteps(unit: Unit, p: number, start: number): number[] {
  const tokens = unit.tokens;
  if (!inClause(tokens, p, start)) return [];
  const out = [p + 1];
  const aside = tokens[p]!.asideEnd;
  if (aside !== undefined) out.push(aside);
  for (const { cue, first, last } of unit.cues)
    if (first === p && last > p && (cue.kind === 'date' || isActor(cue))) out.push(last + 1);
  // A constituent must stay in the clause as a whole.
  return out.filter((to) => {
    if (to === p + 1) return true;
    for (let k = p + 1; k < to; k++) if (!inClause(tokens, k, start)) return false;
    return true;
  });
}

const isActor = (cue: Cue) => cue.kind === 'naming' && cue.value !== undefined && !STANCES.has(cue.value);

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
    for (const to of gapEnds(unit, pos, item.max, start)) yield* walk(unit, terms, rest, to, start, taken);
    return;
  }
  if (item.optional) yield* walk(unit, terms, rest, pos, start, taken);
  if (item.type === 'group' || item.type === 'term') {
    const alternatives = item.type === 'group' ? item.alternatives : (terms.get(item.name) ?? []);
    for (const alt of alternatives) yield* walk(unit, terms, [...alt, ...rest], pos, start, taken);
    return;
  }
  if (!inClause(tokens, pos, start)) return;
  const t = tokens[pos]!;
  if (item.type === 'word') {
    if (tokenMatches(t, item.word, 'all')) yield* walk(unit, terms, rest, pos + 1, start, taken);
    return;
  }
  for (const { cue, first, last } of unit.cues) {
    if (first > pos || last < pos) continue;
    const fits =
      item.type === 'cue' ? cue.kind === item.kind : isActor(cue) && (!item.id || cue.value === item.id);
    if (!fits || (last > pos && tokens.slice(pos + 1, last + 1).some((x) => x.clauseStart))) continue;
    yield* walk(unit, terms, rest, last + 1, start, [...taken, cue]);
    // The next item may also stand on this same word: `{future} سيلتقي*`.
    if (rest.length > 0) yield* walk(unit, terms, rest, pos, start, [...taken, cue]);
  }
}

/** Every match of the pattern in the unit, at most one per starting word (the first way found). */
export function matchAll(unit: Unit, terms: Terms, items: Item[]): Match[] {
  if (!mayMatch(unit, terms, items)) return [];
  const found: Match[] = [];
  for (let first = 0; first < unit.tokens.length; first++) {
    const next = walk(unit, terms, items, first, first, []).next();
    if (next.done) continue;
    const [end, cues] = next.value;
    if (end > first) found.push({ first, end, cues });
  }
  return found;
}
