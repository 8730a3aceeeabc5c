// Function words left out of similarity vectors. Only there: cue detection reads the whole sentence,
// because the `stopword` list holds negators, modals, time words and even the event's own words.
import { ara } from 'stopword';
import { foldArabic } from './fold-arabic.ts';

// Words of the list that carry what a news sentence claims (docs/research/comparison-groundwork.md §2):
// «وقف» is the ceasefire, «لقاء» the meeting, «أجل» also "postponed"; the time words date the claim.
// Negators and modals stay too: two sentences that differ only by «لم» are not the same sentence.
const KEEP = [
  'وقف',
  'لقاء',
  'زيارة',
  'إعادة',
  'أجل',
  'اجل',
  'صباح',
  'مساء',
  'الماضي',
  'المقبل',
  'أمس',
  'امس',
  'اليوم',
  'غدا',
  'الان',
  'لا',
  'ولا',
  'لم',
  'ولم',
  'لن',
  'ليس',
  'غير',
  'دون',
  'بدون',
  'عدم',
  'قد',
  'وقد',
  'سوف',
  'ضد',
].map(foldArabic);

/** The whole `stopword` Arabic list folded like the text (its vowelled entries never matched otherwise), once. */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set(ara.map(foldArabic).filter((w) => w !== ''));

/** Words of the list that name the event itself (the ceasefire, the meeting, the visit, the postponement). */
export const EVENT_WORDS: ReadonlySet<string> = new Set(
  ['وقف', 'لقاء', 'زيارة', 'إعادة', 'أجل', 'اجل'].map(foldArabic),
);

/** Left out of similarity vectors: the list minus the words that carry a claim. */
export const STOPWORDS: ReadonlySet<string> = (() => {
  const keep = new Set(KEEP);
  return new Set([...FUNCTION_WORDS].filter((w) => !keep.has(w)));
})();

/** A folded word left out of similarity vectors. */
export const isStopword = (folded: string): boolean => STOPWORDS.has(folded);
