// Page-template leftovers: `{{ article.visit_count }}`, `{% if … %}`, `{# … #}`.
import { hasNoWords } from '../text/words.ts';
import type { RemovalReason } from '../types.ts';
import { type Draft, isPending, withReasons } from './draft.ts';

const TOKEN = /\{\{[^}]*\}\}|\{%[^%]*%\}|\{#[^#]*#\}/g;

/**
 * A line that is nothing but template tokens goes to `removed`. A token inside a real
 * line is cut out of it, and a note keeps what was cut, so nothing is lost.
 */
export function stripTemplate(draft: Draft): Draft {
  const reasons = new Map<number, RemovalReason>();
  const notes: string[] = [];
  const lines = draft.lines.map((l, i) => {
    if (!isPending(l) || !/\{\{|\{%|\{#/.test(l.text)) return l;
    const rest = l.text.replace(TOKEN, ' ');
    if (rest === l.text) return l;
    if (hasNoWords(rest)) {
      reasons.set(i, 'template');
      return l;
    }
    notes.push(`line ${l.line}: template text cut from the line: ${l.text.match(TOKEN)?.join(' ')}`);
    return { ...l, text: rest.replace(/\s+/g, ' ').trim() };
  });
  return withReasons({ ...draft, lines, notes: [...draft.notes, ...notes] }, reasons);
}
