// Whether an article added to a story is about the story's event (issue 12, point 3): an article with little in
// common with the others is said plainly («لا يبدو أن هذا المقال عن الحدث نفسه») and the reader chooses. Lexical,
// from the texts given: content words (folded, light-stemmed over the texts' own vocabulary, function words, dates
// and digits aside) and the places named (a country with its demonyms and cities, the judge's place groups).
//
// The score is the content overlap both ways — how much of what the candidate is most about the story mentions,
// and how much of what the story is most about the candidate mentions — times how well their places agree. Places
// are the names the project can recognise without a list of events, and they are what keeps two talks, two truces
// or two disasters apart: «محادثات جدة … السودان» shares «محادثات، طرفا النزاع، هدنة، يوقعان» with the Moscow talks
// on Libya, but none of its places. Words common to every story (قال، اليوم، الاثنين، يناير) are the project's
// function words and date words; the rest of the generic news vocabulary is what the overlap both ways
// tolerates: a word the candidate stresses but the story only mentions counts in one direction, not in the other.
import { PLACE_OF } from '../judge/lexicon.ts';
import { MONTH_NAMES, WEEKDAYS } from '../text/date-words.ts';
import { foldArabic } from '../text/fold-arabic.ts';
import { lightStem, makeStemmer, rawWords } from '../text/stem.ts';
import { FUNCTION_WORDS } from '../text/stopwords.ts';
import type { Article } from '../types.ts';
import { cosine } from './align/similarity.ts';

export interface TopicFit {
  /** About the story's event as far as the words tell (always, for an empty story). */
  onTopic: boolean;
  /** 0–1: content overlap both ways × place agreement; `onTopic` is `score >= TOPIC_THRESHOLD`. */
  score: number;
  /** A few words the candidate shares with the story, as the candidate writes them, the strongest first. */
  shared: string[];
}

/**
 * The line between same event and another event, measured on the repo's texts (tests/core/topic.test.ts): reports of
 * the same event against a story of several reports score 0.236 and up (three sentences on what the Moscow draft
 * holds; a TV transcript that names only «موسكو» and «الليبيون» scores 0.258), reports of other events 0.175 and
 * below (the Libyan central-bank crisis against the Moscow talks: one country, two events). The line sits a little
 * under the middle of that gap: a report of the same event wrongly doubted costs the reader a click and some trust in
 * the warning, while another event let through still shows for what it is, a column sharing no fact with the others.
 */
export const TOPIC_THRESHOLD = 0.2;

/** A headline word counts as this many body words: headlines name the event and its actors. */
const TITLE_WEIGHT = 3;
/** How many of each side's strongest words the overlap reads. */
const TOP_WORDS = 20;
/** A word is fully present in a story when this share of its articles has it (one article, in a small story). */
const PRESENT_SHARE = 0.2;
/** The place factor when both name places and none agree; 1 when all agree. */
const PLACE_FLOOR = 0.3;
/** The place factor when one side names places and the other none. */
const ONE_SIDED_PLACES = 0.7;
const SHARED_SHOWN = 5;
/** Folded words shorter than this are particles and pronoun fragments. */
const MIN_LETTERS = 3;
/** A place's key: its group in the judge's place list, apart from every stem. */
const PLACE = '@';

const HAS_DIGIT = /\p{N}/u;
const DATE_WORDS: ReadonlySet<string> = new Set([...WEEKDAYS, ...MONTH_NAMES].map(foldArabic));

/** A folded word that says nothing of which event: a function word or a day or month, bare or after و/ف. */
function isGeneric(folded: string): boolean {
  if (folded.length < MIN_LETTERS || HAS_DIGIT.test(folded)) return true;
  const bare = folded.length > MIN_LETTERS && /^[وف]/.test(folded) ? folded.slice(1) : folded;
  return (
    FUNCTION_WORDS.has(folded) || FUNCTION_WORDS.has(bare) || DATE_WORDS.has(folded) || DATE_WORDS.has(bare)
  );
}

interface Profile {
  /** Word or place key → salience, `1 + ln(count)`, headline words counted TITLE_WEIGHT times. */
  weights: Map<string, number>;
  /** Key → the forms it was written in, with their counts (for `shared`; the candidate's only). */
  forms: Map<string, Map<string, number>>;
}

/** The article's words as written, the headline's first (`titleWords` of them). */
function wordsOf(article: Article): { raw: string[]; titleWords: number } {
  const raw = rawWords(article.title ?? '');
  const titleWords = raw.length;
  for (const p of article.paragraphs)
    for (const s of p.sentences) for (const w of rawWords(s.text)) raw.push(w);
  return { raw, titleWords };
}

function profileOf(
  words: { raw: string[]; titleWords: number },
  keyOf: (raw: string) => string | null,
  keepForms: boolean,
): Profile {
  const counts = new Map<string, number>();
  const forms = new Map<string, Map<string, number>>();
  words.raw.forEach((raw, i) => {
    const key = keyOf(raw);
    if (key === null) return;
    counts.set(key, (counts.get(key) ?? 0) + (i < words.titleWords ? TITLE_WEIGHT : 1));
    if (!keepForms) return;
    const byForm = forms.get(key) ?? new Map<string, number>();
    byForm.set(raw, (byForm.get(raw) ?? 0) + 1);
    forms.set(key, byForm);
  });
  const weights = new Map<string, number>();
  for (const [key, n] of counts) weights.set(key, 1 + Math.log(n));
  return { weights, forms };
}

/** Heaviest first, ties by key, so no result depends on the order the texts came in. */
const heavierFirst = (a: [string, number], b: [string, number]) =>
  b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);

const heaviest = (weights: ReadonlyMap<string, number>, k: number) =>
  [...weights].sort(heavierFirst).slice(0, k);

function placesOf(weights: ReadonlyMap<string, number>): Map<string, number> {
  return new Map([...weights].filter(([key]) => key.startsWith(PLACE)));
}

/** The weights scaled to unit length, for `cosine`. */
function unit(weights: ReadonlyMap<string, number>): Map<string, number> {
  const norm = Math.sqrt([...weights.values()].reduce((sum, w) => sum + w * w, 0));
  return new Map([...weights].map(([key, w]) => [key, w / norm]));
}

/**
 * The form a reader can find in the candidate: the most frequent, the shorter on a tie, and without a clinging
 * «و»/«ف» when the texts also write the same word without it («وتركيا» → «تركيا», never «وزير» → «زير»).
 */
function surfaceOf(
  forms: ReadonlyMap<string, number> | undefined,
  key: string,
  known: (raw: string) => boolean,
) {
  let best = key;
  let bestCount = 0;
  for (const [form, n] of forms ?? [])
    if (n > bestCount || (n === bestCount && form.length < best.length)) {
      best = form;
      bestCount = n;
    }
  return /^[وف]/.test(best) && known(best.slice(1)) ? best.slice(1) : best;
}

/**
 * How well `candidate` fits the event of `story` (the articles already there). Pure and linear in the texts' length:
 * each article is read once into a word profile, and the candidate is compared with the story's combined profile,
 * never sentence by sentence.
 */
export function topicFit(candidate: Article, story: readonly Article[]): TopicFit {
  if (story.length === 0) return { onTopic: true, score: 1, shared: [] };
  const cWords = wordsOf(candidate);
  const sWords = story.map(wordsOf);
  // One stemmer over every text, so «بموسكو» in one meets «موسكو» in another.
  const stem = makeStemmer([...cWords.raw, ...sWords.flatMap((w) => w.raw)]);
  const keys = new Map<string, string | null>();
  const keyOf = (raw: string): string | null => {
    let key = keys.get(raw);
    if (key === undefined) {
      const folded = foldArabic(raw);
      if (isGeneric(folded)) key = null;
      else {
        const s = stem(raw);
        const place = PLACE_OF.get(s) ?? PLACE_OF.get(lightStem(raw));
        key = place === undefined ? s : `${PLACE}${place}`;
      }
      keys.set(raw, key);
    }
    return key;
  };
  const cand = profileOf(cWords, keyOf, true);
  const others = sWords.map((w) => profileOf(w, keyOf, false).weights);

  const df = new Map<string, number>();
  const total = new Map<string, number>();
  for (const weights of others)
    for (const [key, w] of weights) {
      df.set(key, (df.get(key) ?? 0) + 1);
      total.set(key, (total.get(key) ?? 0) + w);
    }
  const need = Math.max(1, story.length * PRESENT_SHARE);
  const presence = (key: string) => Math.min(1, (df.get(key) ?? 0) / need);

  // What the candidate is most about, found in the story; what the story is most about, found in the candidate.
  let forward = 0;
  let forwardAll = 0;
  for (const [key, w] of heaviest(cand.weights, TOP_WORDS)) {
    forward += w * presence(key);
    forwardAll += w;
  }
  let backward = 0;
  let backwardAll = 0;
  for (const [key, w] of heaviest(total, TOP_WORDS)) {
    if (cand.weights.has(key)) backward += w;
    backwardAll += w;
  }
  const content =
    forwardAll === 0 || backwardAll === 0 ? 0 : Math.sqrt((forward / forwardAll) * (backward / backwardAll));

  const cPlaces = placesOf(cand.weights);
  const sPlaces = placesOf(total);
  const placeFactor =
    cPlaces.size > 0 && sPlaces.size > 0
      ? PLACE_FLOOR + (1 - PLACE_FLOOR) * cosine(unit(cPlaces), unit(sPlaces))
      : cPlaces.size > 0 || sPlaces.size > 0
        ? ONE_SIDED_PLACES
        : 1;
  const score = content * placeFactor;

  const shared = [...cand.weights]
    .filter(([key]) => df.has(key))
    .map(([key, w]) => [key, w * presence(key)] as [string, number])
    .sort(heavierFirst)
    .slice(0, SHARED_SHOWN)
    .map(([key]) => surfaceOf(cand.forms.get(key), key, (raw) => keys.get(raw) === key));
  return { onTopic: score >= TOPIC_THRESHOLD, score, shared };
}
