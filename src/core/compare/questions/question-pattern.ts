// The story-question pattern language (docs/story-questions.md): a pattern is a sequence of items
// separated by spaces, matched word by word inside one clause of one sentence.
//   word          a literal word, folded; matches with the usual proclitics (و ف ب ل ك, لل for ال)
//   word*         any word that begins so («يوقع*»: يوقعان، يوقعا …)
//   {name}        any entry of the question's term list `name` (an entry may be several words)
//   {negation} …  a word covered by a cue of that kind (every CueKind); the next item may go on
//                 after the cue or on the same word: `{future} سيلتقي*` is a future cue on «سيلتقيان»
//   {actor}       an alias of any story actor; {@id} an alias of that actor
//   (a b|c)       alternatives, each a sequence
//   x?            the item is optional
//   ...  ...N     a gap of up to 3 (or N) words, in the same clause
//   ^  $          the start, the end of the clause
// A pattern that starts with `!` is a veto: when it matches, the answer cannot be this one.

import { foldArabic } from '../../text/fold-arabic.ts';
import { CUE_KINDS, type CueKind } from '../../types.ts';

export type Item =
  | { type: 'word'; word: string; optional?: boolean }
  | { type: 'term'; name: string; optional?: boolean }
  | { type: 'cue'; kind: CueKind; optional?: boolean }
  | { type: 'actor'; id?: string; optional?: boolean }
  | { type: 'group'; alternatives: Item[][]; optional?: boolean }
  | { type: 'gap'; max: number }
  | { type: 'end' }
  | { type: 'start' };

export interface Pattern {
  /** As written in the config. */
  source: string;
  veto: boolean;
  items: Item[];
}

export const DEFAULT_GAP = 3;
const MAX_GAP = 12;

type Lexeme =
  | { t: '(' | ')' | '|' | '?' | '$' | '^' }
  | { t: 'brace'; name: string }
  | { t: 'gap'; max: number }
  | { t: 'word'; word: string };

function lex(source: string): Lexeme[] {
  const out: Lexeme[] = [];
  const re = /\s+|\.\.\.(\d*)|\{([^{}]*)\}|([()|?$^])|([^\s(){}|?$^]+)/gy;
  let m: RegExpExecArray | null;
  let at = 0;
  while (at < source.length) {
    re.lastIndex = at;
    m = re.exec(source);
    if (!m) throw new Error(`unexpected "${source[at]}" at character ${at + 1}`);
    at = re.lastIndex;
    if (m[1] !== undefined) {
      const max = m[1] === '' ? DEFAULT_GAP : Number(m[1]);
      if (max < 1 || max > MAX_GAP) throw new Error(`a gap is ...1 to ...${MAX_GAP}, not ...${m[1]}`);
      out.push({ t: 'gap', max });
    } else if (m[2] !== undefined) out.push({ t: 'brace', name: m[2].trim() });
    else if (m[3] !== undefined) out.push({ t: m[3] as '(' | ')' | '|' | '?' | '$' | '^' });
    else if (m[4] !== undefined) {
      if (m[4].includes('...'))
        throw new Error(`a gap "..." must stand apart, as in "a ... b" (in "${m[4]}")`);
      out.push({ t: 'word', word: m[4] });
    }
  }
  return out;
}

/** A literal word as the matcher compares it: folded, with its trailing `*` kept. */
export function literal(word: string): string {
  const star = word.endsWith('*');
  const folded = foldArabic(star ? word.slice(0, -1) : word);
  if (folded === '' || /\s/.test(folded)) throw new Error(`"${word}" is not a word`);
  return star ? `${folded}*` : folded;
}

function braceItem(name: string): Item {
  if ((CUE_KINDS as readonly string[]).includes(name)) return { type: 'cue', kind: name as CueKind };
  if (name === 'actor') return { type: 'actor' };
  if (name.startsWith('@')) {
    if (!/^@[a-z0-9-]+$/.test(name)) throw new Error(`"{${name}}" is not an actor reference like {@haftar}`);
    return { type: 'actor', id: name.slice(1) };
  }
  if (!/^[a-z0-9-]+$/.test(name)) throw new Error(`"{${name}}" is not a term name (a-z, 0-9 and -)`);
  return { type: 'term', name };
}

export function parsePattern(source: string): Pattern {
  const trimmed = source.trim();
  const veto = trimmed.startsWith('!');
  const lexemes = lex(veto ? trimmed.slice(1) : trimmed);
  let k = 0;
  function sequence(depth: number): Item[] {
    const items: Item[] = [];
    while (k < lexemes.length) {
      const l = lexemes[k]!;
      if (l.t === ')' || l.t === '|') {
        if (depth === 0) throw new Error(`"${l.t}" outside a group`);
        break;
      }
      k++;
      if (l.t === '?') {
        const last = items[items.length - 1];
        if (!last || last.type === 'gap' || last.type === 'end' || last.type === 'start')
          throw new Error('"?" must follow a word, a {…} item or a group');
        last.optional = true;
      } else if (l.t === '$') items.push({ type: 'end' });
      else if (l.t === '^') items.push({ type: 'start' });
      else if (l.t === 'gap') items.push({ type: 'gap', max: l.max });
      else if (l.t === 'brace') items.push(braceItem(l.name));
      else if (l.t === 'word') items.push({ type: 'word', word: literal(l.word) });
      else {
        const alternatives: Item[][] = [sequence(depth + 1)];
        while (lexemes[k]?.t === '|') {
          k++;
          alternatives.push(sequence(depth + 1));
        }
        if (lexemes[k]?.t !== ')') throw new Error('a "(" is not closed');
        k++;
        if (alternatives.some((a) => a.length === 0)) throw new Error('an empty alternative in a group');
        items.push({ type: 'group', alternatives });
      }
    }
    return items;
  }
  const items = sequence(0);
  if (k < lexemes.length) throw new Error(`"${(lexemes[k] as { t: string }).t}" outside a group`);
  if (items.length === 0) throw new Error('an empty pattern');
  const first = items[0]!;
  const last = items[items.length - 1]!;
  if (first.type === 'gap' || last.type === 'gap')
    throw new Error('a pattern cannot begin or end with a gap');
  return { source, veto, items };
}

/** Every term name and actor id a pattern refers to, for validation. */
export function references(items: Item[]): { terms: string[]; actors: string[] } {
  const terms: string[] = [];
  const actors: string[] = [];
  const walk = (list: Item[]) => {
    for (const it of list) {
      if (it.type === 'term') terms.push(it.name);
      else if (it.type === 'actor' && it.id) actors.push(it.id);
      else if (it.type === 'group') for (const a of it.alternatives) walk(a);
    }
  };
  walk(items);
  return { terms, actors };
}

/** True when every way through the pattern needs one of these cue kinds (an answer written before an outcome). */
export function needsCue(items: Item[], kinds: readonly CueKind[]): boolean {
  return items.some((it) => {
    if (it.type === 'cue') return !it.optional && kinds.includes(it.kind);
    if (it.type === 'group') return !it.optional && it.alternatives.every((a) => needsCue(a, kinds));
    return false;
  });
}
