// When a sentence stands against the events: before them (`modality`: may, is expected to; `future`:
// will), while they go on (`ongoing`), after them (`outcome`), or told as earlier context
// (`background`). Only verb shapes and fixed phrases are read, so «سيرغي» is no future and «قد
// انطلقت» (already started) is no «may».
//
// `value` of a modality or future cue: `intent` when it is a speaker's own intention (a first-person
// verb inside a quotation, «سنوقع», or «قال إنه سيواصل»); `quoted` when it stands inside a quotation
// otherwise. An intention says what someone wants, not when the text was written.
import type { Cue, CueKind } from '../../types.ts';
import {
  isPastVerb,
  isPresentVerb,
  longestAt,
  type Phrase,
  phrase,
  type Token,
  withoutConj,
  wordMatches,
} from './cues-tokens.ts';

const list = (words: string) =>
  words
    .trim()
    .split(/\s*\|\s*/)
    .map((w) => phrase(w));

const MODALITY = list(`من المتوقع | من المتوقع ان | يتوقع ان | يتوقع | تتوقع | يتوقعون | توقعت | من المنتظر |
  من المنتظر ان | ينتظر ان | يرتقب | مرتقب | مرتقبة | المرتقب | المرتقبة | المرتقبين | امكانية | احتمال | احتمالات | ربما |
  يمكن ان | من الممكن | من المحتمل | يحتمل | يرجح | من المرجح | من المقرر | من المفترض | يفترض |
  تمهيدا | تمهيد`);
const FUTURE_PHRASES =
  list(`بعد لحظات | بعد قليل | خلال الساعات المقبلة | خلال الساعات القادمة | في وقت لاحق اليوم |
  خلال ساعات | في الساعات المقبلة | خلال الايام المقبلة | في الايام المقبلة`);
const ONGOING =
  list(`الان | الجارية | الجاري | جارية | جاري | لا تزال | لا يزال | لا يزالون | ما زال | ما زالت |
  مازال | مازالت | لازال | لازالت | لاتزال | ما تزال | ما يزال | تتواصل | يتواصل | متواصلة | متواصل | تستمر | يستمر |
  مستمرة | مستمر | تجري | يجري | حاليا | حالي | حتى اللحظة | حتى الان | في هذه الاثناء`);
const OUTCOME =
  list(`انتهت | انتهى | انتهيا | انتهاء | اختتمت | اختتم | اختتام | ختام | انفضت | انفض | اسفرت | اسفر |
  فشلت | فشل | اخفقت | اخفق | انهارت | تعثرت | توصل | توصلت | توصلا | توصلوا | اتفق | اتفقا | اتفقت | اتفقوا |
  وقع | وقعت | وقعا | وقعوا | وقعتا | ابرم | ابرمت | ابرما | اجل | اجلت | اجلوا | ارجا | ارجات | تاجيل | ارجاء |
  غادر | غادرت | غادروا | غادرا | انسحب | انسحبت | انسحبوا | تم | تمت | جرى | جرت`);
/** An outcome word after these is what has not happened yet: «قبل انتهاء المحادثات». */
const BEFORE = new Set(['قبل', 'قبيل', 'لحين', 'حتي', 'بانتظار', 'انتظار']);
const BACKGROUND =
  list(`كان | كانت | كانا | كانوا | كنا | سبق ان | سبق ل | سبق | في وقت سابق | وقبلها | وقبل ذلك |
  قبل ذلك | يذكر ان | يشار الى ان | يشار الى | تجدر الاشارة | وتجدر الاشارة | جدير بالذكر`);
/** «إذا كان»: a condition, not a past. */
const CONDITIONS = new Set(['اذا', 'ان', 'لو', 'مهما', 'ايا', 'سواء']);
/** Words that open with سي/ست/سن without being a future: nouns and names. */
const NOT_FUTURE = new Set(
  `سياسه سياسي سياسيه سياسيين سياسات سياق سياره سيارات سيطره سيطر سيطرت سيد سيده سير سيره سيف سيول
  سيناريو سيناريوهات سيناء سينا سيسي ستين ستون سته ستار ستالين ستوكهولم سنه سنوات سنوي سنويا سنويه سند سنتين
  سنغافوره سيرغي سيرجي سيرجيو ستيفن ستيفاني ستراتيجيه سياده سيادي سيريلانكا سيدني سنتيمتر سنين سيدي سيناتور`.split(
    /\s+/,
  ),
);
const SPEECH = [
  'قال',
  'قالت',
  'اكد',
  'اكدت',
  'اعلن',
  'اعلنت',
  'اضاف',
  'اضافت',
  'اوضح',
  'اوضحت',
  'قوله',
  'قولها',
];
const SELF = ['انه', 'إنه', 'انها', 'أنه', 'أنها', 'اننا', 'انهم'].map((w) => w.replace(/[إأ]/g, 'ا'));

function isFutureVerb(t: Token, names: Set<string>): boolean {
  const w = withoutConj(t.fold);
  if (!/^س[يتن]/.test(w) || w.length < 4 || NOT_FUTURE.has(w) || names.has(w)) return false;
  return isPresentVerb(w.slice(1));
}

/** A first-person plural verb («نوقع», and «سنوقع» once its future prefix is off). */
const isFirstPerson = (t: Token) => {
  const w = withoutConj(t.fold);
  return w.length >= 4 && w.startsWith('ن') && !w.startsWith('نا');
};

function valueFor(tokens: Token[], i: number, verb: Token | undefined): 'intent' | 'quoted' | undefined {
  const t = tokens[i]!;
  if (t.inQuote && verb && isFirstPerson(verb)) return 'intent';
  // «قال حفتر إنه سيواصل»: the speaker speaks of himself.
  for (let j = i - 1; j >= 1 && j >= i - 3; j--) {
    if (!SELF.includes(withoutConj(tokens[j]!.fold))) continue;
    for (let k = j - 1; k >= 0 && k >= j - 5; k--) {
      if (SPEECH.some((s) => wordMatches(tokens[k]!.fold, s, 'conj'))) return 'intent';
      if (tokens[k]!.clauseStart) break;
    }
  }
  return t.inQuote ? 'quoted' : undefined;
}

export function findTiming(text: string, tokens: Token[], names: Set<string> = new Set()): Cue[] {
  const cues: Cue[] = [];
  const push = (kind: CueKind, first: number, last: number, value?: string) => {
    const start = tokens[first]!.start;
    const end = tokens[last]!.end;
    cues.push({ kind, text: text.slice(start, end), start, end, ...(value ? { value } : {}) });
  };
  const at = (i: number, phrases: Phrase[]) => longestAt(tokens, i, phrases);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const next = tokens[i + 1] && !tokens[i + 1]!.clauseStart ? tokens[i + 1] : undefined;
    const bare = withoutConj(t.fold);
    if (wordMatches(t.fold, 'قد', 'conj') && next) {
      // قد + present: may; قد + past: already (an outcome); قد + anything else («قد انطلاق»): nothing.
      if (isPresentVerb(next.fold)) push('modality', i, i + 1, valueFor(tokens, i, next));
      else if (isPastVerb(next.fold)) push('outcome', i, i + 1);
      i++;
      continue;
    }
    if (wordMatches(t.fold, 'سوف', 'conj') && next) {
      push('future', i, i + 1, valueFor(tokens, i, next));
      i++;
      continue;
    }
    if (isFutureVerb(t, names)) {
      push('future', i, i, valueFor(tokens, i, { ...t, fold: bare.slice(1) }));
      continue;
    }
    let n = at(i, ONGOING);
    if (n) {
      push('ongoing', i, i + n - 1);
      i += n - 1;
      continue;
    }
    n = at(i, MODALITY);
    if (n) {
      push('modality', i, i + n - 1, valueFor(tokens, i, tokens[i + n]));
      i += n - 1;
      continue;
    }
    n = at(i, FUTURE_PHRASES);
    if (n) {
      push('future', i, i + n - 1, valueFor(tokens, i, undefined));
      i += n - 1;
      continue;
    }
    n = at(i, BACKGROUND);
    if (n) {
      const previous = tokens[i - 1];
      const conditional = previous && !t.clauseStart && CONDITIONS.has(withoutConj(previous.fold));
      if (!conditional) push('background', i, i + n - 1);
      i += n - 1;
      continue;
    }
    n = at(i, OUTCOME);
    if (n) {
      const previous = tokens[i - 1];
      const before = previous && !t.clauseStart && BEFORE.has(withoutConj(previous.fold));
      // «من أجل», «لأجل»: "for the sake of", not "postponed".
      const sake = bare === 'اجل' && ((previous && previous.fold === 'من') || t.fold === 'لاجل');
      if (!before && !sake) push('outcome', i, i + n - 1);
      i += n - 1;
    }
  }
  return cues;
}
