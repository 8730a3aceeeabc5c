// Attribution: who is quoted or credited. A speech verb (قال، أكد، نقلت …) or a frame (بحسب، وفق ما،
// نقلاً عن …) with the source as written after it; anonymous sources (مصدر مطلع، مصادر روسية); and the
// phrases that say a source is unnamed («لم تسمه»), which are not negations of the story's events.
import type { Cue } from '../../types.ts';
import { longestAt, type Phrase, phrase, type Token, wordMatches } from './cues-tokens.ts';

const VERBS = `قال قالت قالا قالوا يقول تقول أكد أكدت أكدوا يؤكد تؤكد أعلن أعلنت أعلنوا ذكر ذكرت أفاد أفادت
  أوضح أوضحت أشار أشارت كشف كشفت شدد شددت نقل نقلت أضاف أضافت صرح صرحت اعتبر اعتبرت لفت لفتت أبلغ أبلغت
  أورد أوردت رأى رأت نقلا`
  .split(/\s+/)
  .map((w) => phrase(w));
/** Speech participles and «قوله»: a source already named before them. */
const BARE = `مشيرا مشيرة مشددا مشددة مؤكدا مؤكدة موضحا موضحة مضيفا مضيفة لافتا لافتة داعيا داعية محذرا محذرة
  معتبرا معتبرة قوله قولها قولهم`
  .split(/\s+/)
  .map((w) => phrase(w));
/** Frames whose source follows: «بحسب مصادر», «وفق ما أفاد قصر الرئاسة». */
const FRAMES = [
  'بحسب ما',
  'حسب ما',
  'وفق ما',
  'وفقا لما',
  'طبقا لما',
  'بحسب',
  'حسب',
  'وفق',
  'وفقا',
  'طبقا',
  'نقلا عن',
  'جاء في',
  'كما جاء في',
].map((w) => phrase(w));
/** An unnamed source: a negation about the source, never about the story's events. */
export const ANONYMITY: Phrase[] = [
  'لم تسمه',
  'لم يسمه',
  'لم تسمهم',
  'لم يسمها',
  'لم تسمها',
  'لم يكشف اسمه',
  'لم تكشف اسمه',
  'لم يكشف عن اسمه',
  'لم يكشف هويته',
  'لم يكشف عن هويته',
  'لم تكشف عن هويته',
  'لم يذكر اسمه',
  'لم تذكر اسمه',
  'لم يفصح عن هويته',
  'طلب عدم الكشف عن هويته',
  'طلب عدم ذكر اسمه',
  'رفض الكشف عن هويته',
  'رفض الكشف عن اسمه',
  'فضل عدم الكشف عن هويته',
].map((w) => phrase(w));
/** Heads of an anonymous source (indefinite only: «المسؤول عن» is "responsible for"). */
const ANONYMOUS_HEADS = ['مصدر', 'مصادر', 'مسؤول', 'مسئول', 'مسؤولون', 'مسئولون', 'مسؤولين', 'مسئولين'];
/** Where the source's name ends: the reported content or the circumstances begin. */
const STOPS = new Set(
  'ان إن أن انه انها بان بأن اذ في عن خلال امس اليوم الاثنين الثلاثاء الاربعاء الخميس الجمعه السبت الاحد على الي الى قوله قولها مشيرا مؤكدا حيث الذي التي لدي خلاله'
    .split(' ')
    .map((w) => w.replace(/[أإ]/g, 'ا').replace(/ة/g, 'ه').replace(/ى/g, 'ي')),
);
const MAX_SOURCE_WORDS = 12;
/** What may follow an anonymous head as its description: nisba adjectives and a few others. */
const DESCRIBES =
  /(?:ي|يه|يين|يون)$|^(?:مطلع|مطلعه|مطلعون|مطلعين|رفيع|رفيعه|المستوي|مقرب|مقربه|مقربون|مقربين|موثوق|موثوقه)$/;

/** Index after the last word of a quotation that opens at `i`, or -1 when it is not short (a name). */
function shortQuoteEnd(tokens: Token[], i: number): number {
  let j = i + 1;
  while (j < tokens.length && tokens[j]!.inQuote && !tokens[j]!.opensQuote && j - i < 5) j++;
  return j - i <= 4 ? j : -1;
}

/**
 * The source named from token `i` on: words up to a stop word, a long quotation (the words quoted), a
 * date or the clause's end. A name set between commas after a title is kept («وزير الخارجية
 * التركي، تشاويش أوغلو،»), a short quotation is a name («وكالة "رويترز"»), and after «نقل» the chain
 * through «عن» is kept («قناة "ليبيا الأحرار" عن السراج»).
 */
function sourceFrom(
  tokens: Token[],
  i: number,
  throughAn: boolean,
  stopAt: Set<number>,
): [number, number] | undefined {
  let from = i;
  let last = -1;
  let passedAn = false;
  for (let j = i; j < tokens.length && j - i < MAX_SOURCE_WORDS; j++) {
    const t = tokens[j]!;
    // Asides between commas are already part of the clause (tokenize): a new clause ends the source.
    if (j > from && t.clauseStart) break;
    // «نقلت قناة X عن Y»: the chain through «عن»; «نقلت عن مسؤول»: the source after it.
    if (t.fold === 'عن' && throughAn && !passedAn) {
      passedAn = true;
      if (last < 0) from = j + 1;
      continue;
    }
    if (STOPS.has(t.fold) || t.apart === 'ل' || stopAt.has(j)) break;
    if (t.opensQuote) {
      const q = shortQuoteEnd(tokens, j);
      if (q < 0) break;
      last = q - 1;
      j = q - 1;
      continue;
    }
    last = j;
  }
  return last < from ? undefined : [from, last];
}

/**
 * `stopAt`: token indices where another family's cue begins (a negation, a date, a modal): the
 * source's name has ended there («أعلن المجلس الأعلى رفضه …»).
 */
export function findAttribution(text: string, tokens: Token[], stopAt: Set<number> = new Set()): Cue[] {
  const cues: Cue[] = [];
  const cue = (first: number, last: number, value?: string): Cue => {
    const start = tokens[first]!.start;
    const end = tokens[last]!.end;
    return { kind: 'attribution', text: text.slice(start, end), start, end, ...(value ? { value } : {}) };
  };
  // A value that ends on a quoted name keeps its closing mark: «وكالة "رويترز"».
  const sourceText = (span: [number, number] | undefined) => {
    if (!span) return undefined;
    const last = tokens[span[1]]!;
    const close = last.inQuote ? (text.slice(last.end).match(/^[\u0640]*["»”]/)?.[0].length ?? 0) : 0;
    return text.slice(tokens[span[0]]!.start, last.end + close);
  };
  let coveredTo = -1;
  for (let i = 0; i < tokens.length; i++) {
    const anonymous = longestAt(tokens, i, ANONYMITY);
    if (anonymous) {
      cues.push(cue(i, i + anonymous - 1, 'anonymous'));
      i += anonymous - 1;
      continue;
    }
    const frame = longestAt(tokens, i, FRAMES);
    if (frame) {
      // «بحسب ما نقلت وكالة …»: the verb after «ما» is part of the frame.
      let end = i + frame - 1;
      const after = tokens[end + 1];
      if (tokens[end]!.fold === 'ما' && after && longestAt(tokens, end + 1, VERBS)) end++;
      const span = sourceFrom(tokens, end + 1, tokens[end]!.fold.startsWith('نقل'), stopAt);
      cues.push(cue(i, end, sourceText(span)));
      coveredTo = span ? span[1] : end;
      i = end;
      continue;
    }
    if (longestAt(tokens, i, VERBS)) {
      const head = tokens[i + 1];
      if (head && !head.clauseStart && ANONYMOUS_HEADS.some((h) => wordMatches(head.fold, h, 'none'))) {
        let last = i + 1;
        while (tokens[last + 1] && !tokens[last + 1]!.clauseStart && DESCRIBES.test(tokens[last + 1]!.fold))
          last++;
        cues.push(cue(i, i, sourceText([i + 1, last])));
        coveredTo = last;
        continue;
      }
      const span = sourceFrom(tokens, i + 1, withoutConjFold(tokens[i]!.fold).startsWith('نقل'), stopAt);
      cues.push(cue(i, i, sourceText(span)));
      coveredTo = span ? span[1] : i;
      continue;
    }
    if (longestAt(tokens, i, BARE)) {
      cues.push(cue(i, i));
      continue;
    }
    if (i > coveredTo && ANONYMOUS_HEADS.some((h) => wordMatches(tokens[i]!.fold, h, 'conj'))) {
      let last = i;
      while (tokens[last + 1] && !tokens[last + 1]!.clauseStart && DESCRIBES.test(tokens[last + 1]!.fold))
        last++;
      cues.push(cue(i, last, text.slice(tokens[i]!.start, tokens[last]!.end)));
      coveredTo = last;
      i = last;
    }
  }
  return cues;
}

const withoutConjFold = (fold: string) => (/^[وف]نقل/.test(fold) ? fold.slice(1) : fold);
