/**
 * What makes two texts the same article: the text with line endings, spaces at line ends and blank lines set aside.
 * So a copy re-saved as UTF-16 or with CRLF is still a copy, for the build's seed files and a reader's pastes alike.
 */
export function sameTextKey(text: string): string {
  return text
    .split(/\r\n|\n|\r/)
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .join('\n');
}
