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
