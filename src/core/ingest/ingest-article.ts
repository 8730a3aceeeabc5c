// One scraped file → one Article: decode, split into lines, then the passes in order.
// Order matters: clutter with a recognisable label goes first, so that the page head
// (header, byline, title) and the repeat check only see what is left.
import type { Article, ArticleInput, InputProblem, OutletRegistryEntry, Provenance } from '../types.ts';
import { articleIdFromFile } from './article-id.ts';
import { attributeOutlet } from './attribute-outlet.ts';
import { buildParagraphs } from './build-paragraphs.ts';
import { cutTail } from './cut-tail.ts';
import { decodeBytes } from './decode-bytes.ts';
import { detectOutlet } from './detect-outlet.ts';
import type { Draft, Pass } from './draft.ts';
import { dropRepeats } from './drop-repeats.ts';
import { findBodyStart } from './find-body-start.ts';
import { findByline } from './find-byline.ts';
import { findCaptions } from './find-captions.ts';
import { findDateline } from './find-dateline.ts';
import { findTitle } from './find-title.ts';
import { splitLines } from './split-lines.ts';
import { stripFontSize } from './strip-font-size.ts';
import { stripHeader } from './strip-header.ts';
import { stripPageChrome } from './strip-page-chrome.ts';
import { stripPunctuation } from './strip-punctuation.ts';
import { stripShareButtons } from './strip-share-buttons.ts';
import { stripSourceLine } from './strip-source-line.ts';
import { stripTags } from './strip-tags.ts';
import { stripTeasers } from './strip-teasers.ts';
import { stripTemplate } from './strip-template.ts';

export const PASSES: readonly Pass[] = [
  stripTemplate,
  stripPunctuation,
  stripShareButtons,
  stripFontSize,
  stripSourceLine,
  stripPageChrome,
  cutTail,
  stripTags,
  stripTeasers,
  findCaptions,
  findBodyStart,
  findByline,
  stripHeader,
  findTitle,
  dropRepeats,
  findDateline,
];

export interface IngestContext {
  registry: OutletRegistryEntry[];
  provenance?: Provenance;
  /** The article id to use (buildCorpus passes one made unique in the corpus); default: from the file name. */
  articleId?: string;
}

export type IngestResult = { ok: true; article: Article } | { ok: false; problem: InputProblem };

/** Run the passes over decoded text; exposed so tests can feed text without bytes. */
export function runPasses(draft: Draft): Draft {
  return PASSES.reduce((d, pass) => pass(d), draft);
}

export function ingestArticle(input: ArticleInput, ctx: IngestContext): IngestResult {
  const decoded = decodeBytes(input.bytes);
  if (!decoded.ok) {
    const { ok: _ok, ...problem } = decoded;
    return { ok: false, problem: { file: input.file, ...problem } };
  }
  const articleId = ctx.articleId ?? articleIdFromFile(input.file);
  const draft = runPasses({
    file: input.file,
    articleId,
    registry: ctx.registry,
    lines: splitLines(decoded.text),
    notes: decoded.notes,
    bodyStart: 0,
    title: null,
    captions: [],
  });
  const paragraphs = buildParagraphs(draft);
  if (paragraphs.length === 0) {
    return {
      ok: false,
      problem: {
        file: input.file,
        code: 'only-clutter',
        reason: 'no article text (every line is page clutter)',
      },
    };
  }
  const { attribution, notes } = attributeOutlet(
    articleId,
    detectOutlet(draft),
    ctx.provenance,
    ctx.registry,
  );
  const p = ctx.provenance;
  const article: Article = {
    id: articleId,
    file: input.file,
    attribution,
    title: draft.title,
    ...(draft.byline !== undefined && { byline: draft.byline }),
    ...(draft.dateline && { dateline: draft.dateline }),
    captions: draft.captions,
    ...(p?.published && { published: p.published }),
    ...(p?.url && { url: p.url }),
    ...(p?.addressHint && { addressHint: p.addressHint }),
    ...(p?.note && { provenanceNote: p.note }),
    paragraphs,
    removed: draft.lines.flatMap((l) => (l.reason ? [{ line: l.line, text: l.text, reason: l.reason }] : [])),
    notes: [...draft.notes, ...notes],
  };
  return { ok: true, article };
}
