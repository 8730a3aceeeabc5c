// Naming: how an outlet names the story's actors. Two kinds of cue:
// - a stance in the naming: «ما يسمى» (`value` `so-called`), «المعترف بها دوليا» (`recognised`),
//   «غير الشرعية» (`illegitimate`), or a short name set in quotation marks or guillemets («"الوفاق"»,
//   «“الجيش الوطني الليبي”») (`quoted`) — a medium's name in quotes («وكالة "رويترز"») is no stance;
// - an alias of a story actor (`value`: the actor id), from the story's own alias lists. Aliases are
//   matched on a looser key than other words, because transliterated names vary (سيرغي/سيرجي,
//   فايز/فائز, تشاووش/تشاويش): ئ/ؤ/ء fold to their carriers, غ and ج are one letter, and long vowels
//   inside a word are dropped.
import { foldArabic } from '../../text/fold-arabic.ts';
import type { Cue, StoryActor } from '../../types.ts';
import { isPresentVerb, longestAt, phrase, type Token, wordMatches } from './cues-tokens.ts';

const STANCES: [value: string, phrases: string[]][] = [
  [
    'so-called',
    ['ما يسمى', 'ما تسمى', 'ما يسمي', 'ما يعرف', 'ما تعرف', 'المزعوم', 'المزعومة', 'المدعو', 'المدعوة'],
  ],
  [
    'recognised',
    ['المعترف بها دوليا', 'المعترف به دوليا', 'المعترف بها دولي', 'المعترف بها من الأمم المتحدة', 'الشرعية'],
  ],
  ['illegitimate', ['غير الشرعية', 'غير الشرعي', 'غير شرعية', 'المنتهية ولايته', 'المنتهية ولايتها']],
];
const STANCE_PHRASES = STANCES.flatMap(([value, list]) => list.map((w) => ({ value, p: phrase(w, 'conj') })));
const STANCE_LIST = STANCE_PHRASES.map((s) => s.p);
/** Media whose names are set in quotes by habit («وكالة "رويترز"», «على "تويتر"»). */
const MEDIA = [
  'وكاله',
  'قناه',
  'صحيفه',
  'موقع',
  'شبكه',
  'تلفزيون',
  'اذاعه',
  'منصه',
  'حساب',
  'مجله',
  'علي',
  'عبر',
];
const MAX_QUOTED_NAME = 4;
/** A quoted phrase with one of these is words quoted, not a name («"التفاوض مع الروس"»). */
const PREPOSITIONS = new Set([
  'مع',
  'في',
  'علي',
  'الي',
  'من',
  'عن',
  'ان',
  'لا',
  'لم',
  'لن',
  'قد',
  'حتي',
  'منذ',
  'بعد',
  'قبل',
  'عند',
  'خلال',
]);
/** Heads of a body's name, which may start a quoted name without the article («"قوات حفتر"»). */
const NAME_HEADS = [
  'قوات',
  'حكومه',
  'جيش',
  'مجلس',
  'ميليشيات',
  'مليشيات',
  'تنظيم',
  'جماعه',
  'حركه',
  'كتائب',
  'لواء',
];
/** Looks like a name: one or two words, or led by the article or a body's head; no verbs, no prepositions. */
function looksLikeName(words: Token[]): boolean {
  if (words.some((w) => isPresentVerb(w.fold) || PREPOSITIONS.has(w.fold))) return false;
  const first = words[0]!;
  return (
    words.length <= 2 || first.fold.startsWith('ال') || NAME_HEADS.some((h) => wordMatches(first.fold, h))
  );
}

const keys = new Map<string, string>();
/** The loose key of a name word (see the header). Memoised: every word of every sentence is keyed. */
export function nameKey(word: string): string {
  const hit = keys.get(word);
  if (hit !== undefined) return hit;
  const key = looseKey(word);
  // A bound, so a huge story cannot grow the table without end; the keys are the same either way.
  if (keys.size > 200_000) keys.clear();
  keys.set(word, key);
  return key;
}

function looseKey(word: string): string {
  const w = foldArabic(word).replace(/ئ/g, 'ي').replace(/ؤ/g, 'و').replace(/ء/g, '').replace(/غ/g, 'ج');
  if (w.length <= 3) return w;
  return w[0] + w.slice(1, -1).replace(/[وي]/g, '') + w[w.length - 1];
}

interface Alias {
  keys: string[];
  actor: string;
}

const aliasCache = new WeakMap<StoryActor[], Alias[]>();
function aliasesOf(actors: StoryActor[]): Alias[] {
  const hit = aliasCache.get(actors);
  if (hit) return hit;
  const list = actors.flatMap((a) =>
    a.aliases.map((alias) => ({ keys: alias.split(/\s+/).map(nameKey), actor: a.id })),
  );
  // Longest first: «قائد الجيش الوطني الليبي» (a person) before «الجيش الوطني الليبي» (a body).
  const sorted = list.sort((x, y) => y.keys.length - x.keys.length);
  aliasCache.set(actors, sorted);
  return sorted;
}

/** Every folded word of the actors' aliases: a name is never a future verb (سيرغي). */
const aliasWordCache = new WeakMap<StoryActor[], Set<string>>();
export function aliasWords(actors: StoryActor[] | undefined): Set<string> {
  const hit = actors && aliasWordCache.get(actors);
  if (hit) return hit;
  const words = new Set((actors ?? []).flatMap((a) => a.aliases.flatMap((x) => foldArabic(x).split(' '))));
  if (actors) aliasWordCache.set(actors, words);
  return words;
}

const CLITICS = ['', 'و', 'ف', 'ب', 'ل', 'ك', 'وب', 'ول', 'فب', 'فل'];
function keyMatches(t: Token, key: string): boolean {
  for (const c of CLITICS) {
    if (!t.fold.startsWith(c)) continue;
    const rest = t.fold.slice(c.length);
    if (nameKey(rest) === key) return true;
    if (c.endsWith('ل') && key.startsWith('ال') && nameKey(`ا${rest}`) === key) return true;
  }
  return false;
}

function aliasAt(
  tokens: Token[],
  i: number,
  aliases: Alias[],
): { n: number; actor: string; bare: boolean } | undefined {
  for (const a of aliases) {
    let ok = true;
    for (let k = 0; k < a.keys.length && ok; k++) {
      const t = tokens[i + k];
      ok =
        t !== undefined &&
        !(k > 0 && t.clauseStart) &&
        (k === 0 ? keyMatches(t, a.keys[k]!) : nameKey(t.fold) === a.keys[k]);
    }
    if (ok) return { n: a.keys.length, actor: a.actor, bare: nameKey(tokens[i]!.fold) === a.keys[0] };
  }
  return undefined;
}

export function findNaming(text: string, tokens: Token[], actors: StoryActor[] = []): Cue[] {
  const cues: Cue[] = [];
  const push = (first: number, last: number, value: string) => {
    const start = tokens[first]!.start;
    const end = tokens[last]!.end;
    cues.push({ kind: 'naming', text: text.slice(start, end), start, end, value });
  };
  const aliases = aliasesOf(actors);
  let stanceUntil = -1;
  for (let i = 0; i < tokens.length; i++) {
    if (i > stanceUntil) {
      const n = longestAt(tokens, i, STANCE_LIST);
      const stance = n
        ? STANCE_PHRASES.find((s) => s.p.words.length === n && longestAt(tokens, i, [s.p]))
        : undefined;
      if (stance) {
        push(i, i + n - 1, stance.value);
        stanceUntil = i + n - 1;
      }
    }
    const t = tokens[i]!;
    if (t.opensQuote) {
      let j = i + 1;
      while (j < tokens.length && tokens[j]!.inQuote && !tokens[j]!.opensQuote && j - i <= MAX_QUOTED_NAME)
        j++;
      const words = tokens.slice(i, j);
      const before = tokens[i - 1];
      const medium = before && !t.clauseStart && MEDIA.some((m) => wordMatches(before.fold, m));
      const afterQuote = text.slice(tokens[j - 1]!.end).match(/^[\s\u0640]*["»”]/);
      const closed =
        afterQuote !== null && (tokens[j] === undefined || !tokens[j]!.inQuote || tokens[j]!.opensQuote);
      if (j - i <= MAX_QUOTED_NAME && closed && !medium && t.apart !== 'ل' && looksLikeName(words)) {
        // The quotation marks are part of what the reader sees as the stance.
        const from = before ? before.end : 0;
        const gap = text.slice(from, t.start);
        const start = from + Math.max(...['"', '«', '“', '„'].map((q) => gap.lastIndexOf(q)));
        const end = tokens[j - 1]!.end + afterQuote[0].length;
        cues.push({ kind: 'naming', text: text.slice(start, end), start, end, value: 'quoted' });
      }
    }
    const alias = aliases.length ? aliasAt(tokens, i, aliases) : undefined;
    if (alias) {
      // A title and a name of one actor side by side are one mention: «رئيس حكومة الوفاق، فايز السراج».
      let last = i + alias.n - 1;
      for (;;) {
        const next =
          tokens[last + 1] && !tokens[last + 1]!.clauseStart ? aliasAt(tokens, last + 1, aliases) : undefined;
        // «حفتر والسراج» are two actors; «…، فائز السراج» (no conjunction) is the same one again.
        if (!next || next.actor !== alias.actor || !next.bare) break;
        last += next.n;
      }
      push(i, last, alias.actor);
      i = last;
    }
  }
  return cues;
}
