// How much of a text is written in Arabic letters (Arabic script: Arabic, Persian, Urdu letters).

const LETTER = /\p{L}/u;
const ARABIC_LETTER = /\p{Script=Arabic}/u;

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
