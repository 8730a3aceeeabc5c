// How much of a text is written in Arabic letters (Arabic script: Arabic, Persian, Urdu letters).
import { BLANK, foldArabic } from './fold-arabic.ts';

const LETTER = /\p{L}/u;
const ARABIC_LETTER = /\p{Script=Arabic}/u;

// What is not prose, however many Latin letters it holds: web addresses (with a scheme, `www.`, a path,
// or a common top-level domain), e-mail addresses, HTML tags and character entities.
const NOT_PROSE = new RegExp(
  [
    String.raw`\b(?:https?|ftp):\/\/\S+`,
    String.raw`\bwww\.\S+`,
    String.raw`[\w.+-]+@[\w-]+(?:\.[\w-]+)+`,
    String.raw`\b[\w-]+(?:\.[\w-]+)+\/\S*`,
    String.raw`\b(?:[\w-]+\.)+(?:com|net|org|info|news|tv|gov|edu)\b`,
    String.raw`<\/?[A-Za-z][^<>]*>`,
    String.raw`&(?:#\d+|#x[\da-f]+|[a-z]+\d*);`,
  ].join('|'),
  'gi',
);

/** `text` without addresses, e-mail addresses and HTML leftovers, and blank-looking characters: what counts as prose. */
export function proseOf(text: string): string {
  return text.replace(NOT_PROSE, ' ').replace(BLANK, ' ');
}

/** Letters in `text`, and how many of them are Arabic. Digits, punctuation and marks are not letters. */
export function arabicShare(text: string): { letters: number; arabic: number } {
  let letters = 0;
  let arabic = 0;
  for (const ch of text) {
    if (!LETTER.test(ch)) continue;
    letters++;
    if (ARABIC_LETTER.test(ch)) arabic++;
  }
  return { letters, arabic };
}

// Arabic letters are not yet Arabic: a file in another code page read as Windows-1256 (KOI8-R Russian,
// GB18030 Chinese) is all Arabic letters in random order. Arabic prose has a shape letters alone lack:
// about 40% of its words carry the definite article (ال, also after و ف ب ك ل, and لل) or are one of the
// common function words; in such gibberish almost none do.

/** Common function words, folded (foldArabic): في، من، على، أن، إلى، التي، الذي … */
const FUNCTION_WORDS = new Set(
  'في من على ان الي عن مع ما لا لم لن قد هذا هذه ذلك تلك كان كانت او ثم بين بعد قبل حتي منذ كما اذا انه انها هو هي به بها له لها عليه خلال حول عند غير كل'.split(
    ' ',
  ),
);
const WORD = /(?:(?=\p{Script=Arabic})\p{L})+/gu;
const WITH_ARTICLE = /^(?:[وف]?[بكل]?ال|[وف]?لل)../;

/** Shaped like Arabic prose when at least this share of its Arabic words are (the seeds: 43–48%). */
export const MIN_ARABIC_WORD_SHARE = 0.15;
/** A text of fewer Arabic words than this is judged by its words' forms too (see notArabicWords). */
export const SHORT_TEXT_WORDS = 30;
/** Share of a short text's words with a form of Arabic morphology (headlines of ANS: 95% reach 0.33). */
export const MIN_FORMED_SHARE = 0.3;
// Forms of Arabic words, on folded text: a present-tense verb (يفعل، تفعل), a word after a preposition (بـ، لـ),
// or a common ending (ة as ه، ات، ون، ين، ها، هم، ان، يا).
const FORMED = /^(?:[وفبل]?[يتن]\S{3,}|[وف]?[بل]\S{3,})$|\S{2,}(?:ه|ات|ون|ين|ها|هم|ان|يا)$/;
/** Fewer Arabic words than this are too few to judge the shape of (a headline, a one-line note). */
export const MIN_WORDS_TO_JUDGE = 8;

/** Arabic words in `text` (two letters or more): how many carry the article or are function words (`shaped`), and how many have a form of Arabic morphology besides (`formed`). */
export function arabicWords(text: string): { words: number; shaped: number; formed: number } {
  let words = 0;
  let shaped = 0;
  let formed = 0;
  for (const word of foldArabic(text).match(WORD) ?? []) {
    if (word.length < 2) continue;
    words++;
    const bare = /^[وف]/.test(word) && FUNCTION_WORDS.has(word.slice(1)) ? word.slice(1) : word;
    if (FUNCTION_WORDS.has(bare) || WITH_ARTICLE.test(bare)) shaped++;
    if (FUNCTION_WORDS.has(bare) || WITH_ARTICLE.test(bare) || FORMED.test(word)) formed++;
  }
  return { words, shaped, formed };
}

/**
 * Why `text`'s Arabic letters do not make Arabic words, or undefined when they do or when there are too
 * few words to judge. A phrase to complete a sentence: "…, but not Arabic words (…)".
 */
export function notArabicWords(text: string): string | undefined {
  const { words, shaped, formed } = arabicWords(text);
  if (words < MIN_WORDS_TO_JUDGE || shaped >= MIN_ARABIC_WORD_SHARE * words) return undefined;
  // A headline or a tweet-length wire has too few words for the article's share to be reliable (a dev headline
  // of ANS: «ليبيا ترفض خطة أوروبية لفتح مراكز للمهاجرين على أراضيها», 1 of 9): its words still have the
  // shapes of Arabic morphology, which letters in random order lack.
  if (words < SHORT_TEXT_WORDS && formed >= MIN_FORMED_SHARE * words) return undefined;
  const percent = Math.floor((100 * shaped) / words);
  return `not Arabic words (${percent}% of its ${words} Arabic words carry the article «ال» or are common function words; Arabic prose has about 40%, at least ${MIN_ARABIC_WORD_SHARE * 100}% are needed)`;
}
