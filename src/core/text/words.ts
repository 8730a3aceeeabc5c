// Shape of a line of text, used to tell headlines, widgets and body paragraphs apart.

// The tatweel (U+0640) is a letter to Unicode but only stretches the letters around it:
// "ـ" alone is a dash, "ـــــ" a separator line. It goes before any test for a letter.
const TATWEEL = /\u0640/g;
const WORD_CHAR = /[\p{L}\p{N}]/u;

/** Words that carry a letter or digit (a lone "-" or "|" is not a word). */
export function countWords(text: string): number {
  let n = 0;
  for (const token of text.replace(TATWEEL, '').split(/\s+/)) if (WORD_CHAR.test(token)) n++;
  return n;
}

/** Ends like a finished sentence: `.` `!` `?` `؟` possibly followed by closing quotes or brackets. */
export function endsSentence(text: string): boolean {
  return /[.!?؟]["'»”’)\]]*$/.test(text.trim());
}

/** Ends with something that never ends a headline: sentence punctuation, a colon or a semicolon. */
export function endsWithPunctuation(text: string): boolean {
  return /[.!?؟:؛;]["'»”’)\]]*$/.test(text.trim());
}

/** Holds no letter and no digit: only punctuation, symbols, tatweels or invisible characters. */
export function hasNoWords(text: string): boolean {
  return !WORD_CHAR.test(text.replace(TATWEEL, ''));
}
