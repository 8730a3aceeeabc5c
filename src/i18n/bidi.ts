// Bidirectional-text fixes for text we format ourselves.
import type { Direction } from './locale.ts';

const ARABIC_INDIC_NUMBER = /[\u0660-\u0669]+/g;
const LRM = '\u200E';

/**
 * Arabic-Indic digits are "Arabic numbers" to the Unicode bidi algorithm, so in left-to-right text a neutral
 * between two of them (the comma in "January ١٣, ٢٠٢٠") resolves right-to-left and the numbers swap places.
 * A left-to-right mark after each number keeps the written order. Right-to-left text needs nothing.
 */
export function keepDigitOrder(text: string, dir: Direction): string {
  return dir === 'ltr' ? text.replace(ARABIC_INDIC_NUMBER, `$&${LRM}`) : text;
}

const ARABIC_LETTER = /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]/;

/**
 * The language to mark on text quoted from a page: Arabic when it has an Arabic letter, else none (the reader's
 * browser then reads it by its script). Scraped lines are mostly Arabic, but a removed line may be an English
 * widget or HTML, and a byline may be Latin.
 */
export function quotedLang(text: string): 'ar' | undefined {
  return ARABIC_LETTER.test(text) ? 'ar' : undefined;
}

const CONTROLS =
  /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u061C\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF]/g;

/**
 * A file name as the reader should see it: invisible and control characters shown as ⟨U+202E⟩, so a name cannot
 * pretend to be another (`report\u202Efdp.exe` would otherwise read as `reportexe.pdf`).
 */
export function showControls(text: string): string {
  return text.replace(
    CONTROLS,
    (c) => `⟨U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}⟩`,
  );
}

/** First-strong isolate: a quoted value keeps its own order inside a sentence of the other direction. */
export const isolate = (value: string): string => `\u2068${value}\u2069`;
