// What every part of the summary looks up: an article's outlet as a reader knows it, a sentence's text.
import type { Corpus, Cue, LocalisedName } from '../core/types.ts';
import { quote } from './table.ts';

export type Lang = 'en' | 'ar';

export interface View {
  corpus: Corpus;
  lang: Lang;
  label: (name: LocalisedName) => string;
  /** The outlet's name; with the article id when the outlet has several articles or is a placeholder, so rows stay told apart. */
  articleName: (articleId: string) => string;
  outletName: (outletId: string) => string;
  sentenceText: (sentenceId: string) => string | undefined;
}

export function makeView(corpus: Corpus, lang: Lang): View {
  const label = (name: LocalisedName) => name[lang] || name.en || name.ar;
  const outlets = new Map(corpus.outlets.map((o) => [o.id, o]));
  const outletOf = new Map(corpus.articles.map((a) => [a.id, a.attribution.outletId]));
  const perOutlet = new Map<string, number>();
  for (const id of outletOf.values()) perOutlet.set(id, (perOutlet.get(id) ?? 0) + 1);
  const text = new Map<string, string>();
  for (const a of corpus.articles)
    for (const p of a.paragraphs) for (const s of p.sentences) text.set(s.id, s.text);

  const outletName = (outletId: string) => {
    const outlet = outlets.get(outletId);
    return outlet ? label(outlet.name) : outletId;
  };
  const articleName = (articleId: string) => {
    const outletId = outletOf.get(articleId);
    if (outletId === undefined) return articleId;
    const several = (perOutlet.get(outletId) ?? 0) > 1 || outlets.get(outletId)?.unidentified === true;
    return several ? `${outletName(outletId)} · ${articleId}` : outletName(outletId);
  };
  return { corpus, lang, label, articleName, outletName, sentenceText: (id) => text.get(id) };
}

/** A cue as `kind «words»`, with its normalised value when that says more than the words. */
export function cueText(cue: Cue | undefined): string {
  if (!cue) return '';
  const value = cue.value !== undefined && cue.value !== cue.text ? ` = ${quote(cue.value, 24)}` : '';
  return `${cue.kind} ${quote(cue.text, 24)}${value}`;
}

/** The first sentence id, and how many more there are. */
export function evidenceText(ids: string[]): string {
  if (ids.length === 0) return '—';
  return ids.length > 1 ? `${ids[0]} +${ids.length - 1}` : ids[0]!;
}

export const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** A short quote of the first of these sentences, or nothing when there is none. */
export function firstQuote(view: View, sentenceIds: string[]): string {
  const first = sentenceIds[0];
  const text = first === undefined ? undefined : view.sentenceText(first);
  return text === undefined ? '' : quote(text);
}
