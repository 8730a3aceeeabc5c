// Shape of a line of text, used to tell headlines, widgets and body paragraphs apart.

/** Words that carry a letter or digit (a lone "-" or "|" is not a word). */
export function countWords(text: string): number {
  let n = 0;
  for (const token of text.split(/\s+/)) if (/[\p{L}\p{N}]/u.test(token)) n++;
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

/** Holds no letter and no digit: only punctuation, symbols or invisible characters. */
export function hasNoWords(text: string): boolean {
  return !/[\p{L}\p{N}]/u.test(text);
}
