// One scraped file → one Article: decode, split into lines, then the passes in order.
// Order matters: HTML markup goes first (a saved page's tags would hide every other shape),
// then clutter with a recognisable label, so that the page head (header, byline, title) and
// the repeat check only see what is left.
import { arabicShare, notArabicWords, proseOf } from '../text/arabic-letters.ts';
import type {
  Article,
  ArticleInput,
  InputProblem,
  OutletRegistryEntry,
  Paragraph,
  Provenance,
} from '../types.ts';
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
import { findDateStamp, stampNote } from './find-date-stamp.ts';
import { findDateline } from './find-dateline.ts';
import { findTitle } from './find-title.ts';
import { splitLines } from './split-lines.ts';
import { stripFontSize } from './strip-font-size.ts';
import { stripHeader } from './strip-header.ts';
import { stripMarkup } from './strip-markup.ts';
import { stripPageChrome } from './strip-page-chrome.ts';
import { stripPunctuation } from './strip-punctuation.ts';
import { stripShareButtons } from './strip-share-buttons.ts';
import { stripSourceLine } from './strip-source-line.ts';
import { stripTags } from './strip-tags.ts';
import { stripTeasers } from './strip-teasers.ts';
import { stripTemplate } from './strip-template.ts';

export const PASSES: readonly Pass[] = [
  stripMarkup,
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

/**
 * An Arabic article is mostly Arabic letters: at least half of the letters in its text (title and body,
 * not the clutter removed around them). Quoted English names and terms stay well under the other half.
 */
export const MIN_ARABIC_SHARE = 0.5;

/**
 * Why the article's text is not Arabic, or undefined when it is. Counts letters, not bytes, and only of its
 * prose (a long web address is not English text); and Arabic letters must make Arabic words (text in another
 * code page misread as Arabic letters does not).
 */
function notArabic(title: string | null, paragraphs: Paragraph[]): string | undefined {
  const text = proseOf([title ?? '', ...paragraphs.flatMap((p) => p.sentences.map((s) => s.text))].join(' '));
  const { letters, arabic } = arabicShare(text);
  if (letters > 0 && arabic >= MIN_ARABIC_SHARE * letters) {
    const notWords = notArabicWords(text);
    return notWords === undefined
      ? undefined
      : `not an Arabic article (its letters are Arabic but ${notWords})`;
  }
  const percent = letters === 0 ? 0 : Math.floor((100 * arabic) / letters);
  return `not an Arabic article (${percent}% of the letters in its text are Arabic; at least ${MIN_ARABIC_SHARE * 100}% are needed)`;
}

export function ingestArticle(input: ArticleInput, ctx: IngestContext): IngestResult {
  const decoded = decodeBytes(input.bytes);
  if (!decoded.ok) {
    const { ok: _ok, ...problem } = decoded;
    return { ok: false, problem: { file: input.file, ...problem } };
  }
  return ingestDecoded(input.file, decoded.text, decoded.notes, ctx);
}

/** The passes over text already decoded (`notes` say how); what buildCorpus and a worker call. */
export function ingestDecoded(
  file: string,
  text: string,
  decodeNotes: string[],
  ctx: IngestContext,
): IngestResult {
  const articleId = ctx.articleId ?? articleIdFromFile(file);
  const draft = runPasses({
    file,
    articleId,
    registry: ctx.registry,
    lines: splitLines(text),
    notes: decodeNotes,
    bodyStart: 0,
    title: null,
    captions: [],
  });
  const paragraphs = buildParagraphs(draft);
  if (paragraphs.length === 0) {
    return {
      ok: false,
      problem: { file, code: 'only-clutter', reason: 'no article text (every line is page clutter)' },
    };
  }
  const foreign = notArabic(draft.title, paragraphs);
  if (foreign !== undefined) return { ok: false, problem: { file, code: 'not-arabic', reason: foreign } };
  const { attribution, notes } = attributeOutlet(
    articleId,
    detectOutlet(draft),
    ctx.provenance,
    ctx.registry,
  );
  const p = ctx.provenance;
  // The provenance file's date wins; the page's own stamp dates an article it does not (notes say so).
  const stamp = p?.published ? undefined : findDateStamp(draft);
  const published = p?.published ?? stamp?.date;
  const article: Article = {
    id: articleId,
    file,
    attribution,
    title: draft.title,
    ...(draft.byline !== undefined && { byline: draft.byline }),
    ...(draft.dateline && { dateline: draft.dateline }),
    captions: draft.captions,
    ...(published && { published }),
    ...(p?.url && { url: p.url }),
    ...(p?.addressHint && { addressHint: p.addressHint }),
    ...(p?.note && { provenanceNote: p.note }),
    paragraphs,
    removed: draft.lines.flatMap((l) => (l.reason ? [{ line: l.line, text: l.text, reason: l.reason }] : [])),
    notes: [...draft.notes, ...notes, ...(stamp ? [stampNote(stamp)] : [])],
  };
  return { ok: true, article };
}
