// Families of predicates news Arabic uses for the same event, so paraphrases meet: «تنسحب»,
// «يتراجع», «يسحب» are one "withdraw", and «باقية» is "withdraw" said the other way round (a member
// with `reversed`, so that «باقية» agrees with «لم تنسحب»). General news vocabulary, not a story's:
// a story adds its own families through its questions' `terms` (StoryQuestion.terms).
import { foldArabic } from '../../text/fold-arabic.ts';
import type { StoryConfig } from '../../types.ts';
import { predicateKey } from './align-predicates.ts';

interface FamilySpec {
  id: string;
  words: string[];
  /** Words that state the family's event negated: "stays" is "does not withdraw". */
  reversed?: string[];
}

const FAMILIES: FamilySpec[] = [
  {
    id: 'withdraw',
    words: [
      'انسحب',
      'ينسحب',
      'تنسحب',
      'انسحاب',
      'سحب',
      'يسحب',
      'تسحب',
      'تراجع',
      'يتراجع',
      'تتراجع',
      'تخلى',
      'يتخلى',
      'يتخل',
      'تخلي',
    ],
    reversed: ['باقية', 'باق', 'باقون', 'بقي', 'يبقى', 'تبقى', 'بقاء', 'متمسك', 'يتمسك'],
  },
  {
    id: 'end',
    words: ['انتهت', 'انتهى', 'انتهاء', 'تنتهي', 'اختتمت', 'اختتم', 'اختتام', 'ختام', 'انفضت', 'انفض'],
  },
  {
    id: 'begin',
    words: ['بدأت', 'بدأ', 'تبدأ', 'يبدأ', 'انطلقت', 'انطلق', 'انطلاق', 'تنطلق', 'افتتح', 'افتتاح', 'استهل'],
  },
  { id: 'continue', words: ['تواصلت', 'تتواصل', 'يتواصل', 'استمرت', 'تستمر', 'يستمر', 'استمرار', 'متواصلة'] },
  { id: 'arrive', words: ['وصل', 'يصل', 'سيصل', 'تصل', 'وصول', 'حط', 'يحط', 'حطت', 'قادما'] },
  { id: 'leave', words: ['غادر', 'يغادر', 'مغادرة', 'غادرت'] },
  {
    id: 'meet',
    words: [
      'التقى',
      'يلتقي',
      'يلتقيان',
      'سيلتقيان',
      'لقاء',
      'اجتمع',
      'يجتمع',
      'اجتماع',
      'اجتماعا',
      'جلس',
      'نجلس',
      'يجلس',
    ],
  },
  { id: 'sign', words: ['وقع', 'يوقع', 'يوقعان', 'توقيع', 'التوقيع', 'وقعت', 'أبرم', 'إبرام', 'يبرم'] },
  { id: 'agree', words: ['اتفاق', 'اتفق', 'اتفقا', 'يتفق', 'توافق', 'اتفاقية', 'تسوية'] },
  { id: 'fail', words: ['فشلت', 'فشل', 'تفشل', 'أخفقت', 'إخفاق', 'تعثرت', 'تعثر'] },
  { id: 'postpone', words: ['أجل', 'تأجيل', 'يؤجل', 'أرجأ', 'إرجاء'] },
  // Asking for time is close to postponing, but «مهلة حتى الثلاثاء» negates nothing after it.
  { id: 'respite', words: ['مهلة', 'مهله', 'إمهال'] },
  { id: 'reject', words: ['رفض', 'يرفض', 'رفضت', 'رفضنا', 'ترفض'] },
  {
    id: 'accept',
    words: [
      'رحب',
      'يرحب',
      'ترحيب',
      'قبل',
      'يقبل',
      'وافق',
      'يوافق',
      'موافقة',
      'استجاب',
      'استجابة',
      'استجابتهما',
    ],
  },
  { id: 'attack', words: ['هجوم', 'الهجوم', 'هاجم', 'يهاجم', 'هجومه', 'قصف', 'يقصف'] },
];

export interface Lexicon {
  /** The family of a word's predicate key, and whether the word says it reversed. */
  familyOf(key: string): { family: string; reversed: boolean } | undefined;
  /**
   * The family of a folded word as written (a leading و/ف aside), for words a light stemmer cuts too
   * short: «التقى» loses «ال» as if it were the article and leaves «تق».
   */
  familyOfWord(folded: string): { family: string; reversed: boolean } | undefined;
}

/** `stem` must be the story's stemmer, so family words and text words take the same keys. */
export function buildLexicon(stem: (word: string) => string, story?: StoryConfig): Lexicon {
  const byKey = new Map<string, { family: string; reversed: boolean }>();
  const byWord = new Map<string, { family: string; reversed: boolean }>();
  const add = (family: string, word: string, reversed: boolean) => {
    const folded = foldArabic(word);
    const key = predicateKey(stem(folded));
    if (key.length >= 3 && !byKey.has(key)) byKey.set(key, { family, reversed });
    if (!byWord.has(folded)) byWord.set(folded, { family, reversed });
  };
  for (const f of FAMILIES) {
    for (const w of f.words) add(f.id, w, false);
    for (const w of f.reversed ?? []) add(f.id, w, true);
  }
  // A story's own word lists (its questions' terms) are families too, one word each.
  for (const q of story?.questions ?? [])
    for (const [name, words] of Object.entries(q.terms ?? {}))
      for (const w of words) if (!w.includes(' ')) add(`${q.id}:${name}`, w, false);
  return {
    familyOf: (key) => byKey.get(key),
    familyOfWord: (folded) => byWord.get(folded) ?? byWord.get(folded.replace(/^[وف]/, '')),
  };
}
