// Varied synthetic stories for the benchmark (issue 13): n articles whose sentences are real Arabic news
// headlines, most of them distinct, drawn from the ANS stance pairs (../shared/datasets/ans, train and dev splits
// only; the held-out test split is never read). A pair's first headline is a claim; its `agree` partner is a
// paraphrase of that claim and its `disagree` partner a contradiction, both written by people. A story picks a
// set of core claims and lets them recur across articles, each time as the claim itself, a paraphrase or a
// contradiction, among filler (headlines of other claims and the `other` partners), the way many outlets cover
// one event in their own words. Deterministic: the same n and seed give the same bytes on any machine.
//
// The seeds mode (synthetic.ts) makes every story from the seeds' 49 sentences, so a large story is mostly copies;
// this mode is its counterpart: few exact copies, many near-paraphrases.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { readJson } from '../../src/build/read-seeds.ts';
import { type CorpusConfig, parseRegistry } from '../../src/core/corpus.ts';
import type { ArticleInput, OutletRegistryEntry } from '../../src/core/types.ts';
import { parseAnsCsv } from '../eval/ans.ts';
import { ROOT } from './environment.ts';
import { prng } from './synthetic.ts';

/** Where the ANS pairs live: `ANS_DIR`, else ../shared/datasets/ans beside the repository. */
export const ANS_DIR = process.env.ANS_DIR ?? path.resolve(ROOT, '../shared/datasets/ans');
/** The splits this mode reads. The test split is held out: never here. */
export const ANS_SPLITS = ['stance-train.csv', 'stance-dev.csv'] as const;

/** A claim: a real headline, with the people-written headlines that say the same or the opposite. */
export interface Claim {
  text: string;
  agree: string[];
  disagree: string[];
}

export interface VariedMaterial {
  /** Claims with at least one paraphrase or contradiction, sorted by text. */
  claims: Claim[];
  /** Headlines that are nobody's claim here: `other` partners and first headlines with only those. */
  unrelated: string[];
}

let cachedMaterial: VariedMaterial | undefined;

/** Groups pairs by first headline. Pure: the tests give it pairs of their own. */
export function materialFromPairs(
  pairs: readonly { s1: string; s2: string; stance: string }[],
): VariedMaterial {
  const byText = new Map<string, Claim>();
  const unrelated = new Set<string>();
  for (const { s1, s2, stance } of pairs) {
    if (stance === 'other') {
      unrelated.add(s2);
      continue;
    }
    let claim = byText.get(s1);
    if (!claim) {
      claim = { text: s1, agree: [], disagree: [] };
      byText.set(s1, claim);
    }
    const list = stance === 'agree' ? claim.agree : claim.disagree;
    if (s2 !== s1 && !list.includes(s2)) list.push(s2);
  }
  for (const { s1 } of pairs) if (!byText.has(s1)) unrelated.add(s1);
  const claims = [...byText.values()]
    .filter((c) => c.agree.length + c.disagree.length > 0)
    .sort((a, b) => (a.text < b.text ? -1 : a.text > b.text ? 1 : 0));
  for (const c of claims) unrelated.delete(c.text);
  return { claims, unrelated: [...unrelated].sort() };
}

/** Reads the train and dev splits once per process. */
export function variedMaterial(): VariedMaterial {
  if (cachedMaterial) return cachedMaterial;
  const pairs = ANS_SPLITS.flatMap((name) => {
    const file = path.join(ANS_DIR, name);
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch {
      throw new Error(
        `${file} is not there: the varied mode needs the ANS pairs (../shared/datasets/ans, or set ANS_DIR)`,
      );
    }
    return parseAnsCsv(text);
  });
  cachedMaterial = materialFromPairs(pairs);
  return cachedMaterial;
}

type Rng = () => number;
const int = (rng: Rng, min: number, max: number) => min + Math.floor(rng() * (max - min + 1));
const pick = <T>(rng: Rng, items: readonly T[]): T => items[Math.floor(rng() * items.length)]!;

function shuffle<T>(rng: Rng, items: T[]): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
  return items;
}

// How a report brings a headline into its body: where it stands in the report, who says it, when. Generator
// data, not rules. Nine choices each (none or one of eight) make hundreds of forms of one headline, so a story of
// thousands of articles still has mostly distinct sentences, as real coverage does.
const LEADS = [
  'وفي وقت سابق،',
  'ومن جهة أخرى،',
  'وفي سياق متصل،',
  'وفي تطور لاحق،',
  'وفي غضون ذلك،',
  'وعلى صعيد آخر،',
  'وفي الأثناء،',
  'إلى ذلك،',
];
const SAID = [
  'ذكرت مصادر مطلعة أن',
  'أفادت تقارير إعلامية بأن',
  'قال مسؤولون إن',
  'أكدت مصادر رسمية أن',
  'نقلت وسائل إعلام محلية أن',
  'أعلن متحدث رسمي أن',
  'كشفت مصادر دبلوماسية أن',
  'أشار مراقبون إلى أن',
];
const TAILS = [
  '، بحسب شهود عيان',
  '، وفق بيان رسمي',
  '، حسب مصادر متطابقة',
  ' اليوم الثلاثاء',
  ' مساء الأحد',
  '، وفق ما نقلته وسائل إعلام',
  ' خلال الساعات الماضية',
  '، بحسب ما أعلنت السلطات',
];
const PLACES = ['بيروت', 'القاهرة', 'دبي', 'عمان', 'الرباط', 'بغداد', 'الدوحة', 'تونس', 'الرياض', 'الخرطوم'];

/** A headline as a body sentence: bare, or framed by where it stands, who reports it and when; with a full stop. */
export function asSentence(headline: string, rng: Rng): string {
  let text = headline.replace(/[\s.:؛!؟]+$/u, '');
  const lead = rng() < 0.4 ? pick(rng, LEADS) : undefined;
  // A headline with its own source ("المرصد السوري: …") is not put in anyone else's mouth.
  const said = !text.includes(':') && rng() < 0.45 ? pick(rng, SAID) : undefined;
  if (said) text = `${lead ? '' : 'و'}${said} ${text}`;
  if (lead) text = `${lead} ${text}`;
  if (rng() < 0.45) text += pick(rng, TAILS);
  return `${text}.`;
}

// Outlets beyond the registry, for large stories: real coverage of a big event comes from many outlets. Names
// chosen to contain no marker of seeds/outlets.json nor one another, so a dateline names exactly one outlet.
const OUTLET_KINDS = ['صحيفة', 'موقع', 'شبكة', 'قناة', 'إذاعة'];
const OUTLET_NAMES = [
  'الأفق',
  'الرائد',
  'المنارة',
  'الفجر الجديد',
  'الميزان',
  'الضفاف',
  'السنابل',
  'الواحة',
  'النخيل',
  'الرابية',
  'المدار',
  'البوصلة',
  'الساحل',
  'الهضاب',
  'القافلة',
  'الينابيع',
  'الشراع',
  'المرفأ',
  'الجسر',
  'الصدى',
  'الربيع',
  'الكرمل',
  'الزيتونة',
  'الفنار',
  'القلعة',
  'الأطلس',
  'السهول',
  'المشرق',
  'الرمال',
  'البادية',
  'النبراس',
  'الشعاع',
  'الرصيف',
  'الأرز',
  'السوسن',
  'الغدير',
  'الفلك',
  'الموج',
  'المسار',
  'القمة',
];
/** The most outlets a story has: the registry's with a dateline, and every synthetic name. */
const SYNTHETIC_OUTLETS = OUTLET_KINDS.length * OUTLET_NAMES.length;

export interface VariedOutlet {
  id: string;
  /** The name its datelines carry. */
  dateline: string;
  /** An outlet of seeds/outlets.json, or one this generator adds to the story's registry. */
  synthetic: boolean;
}

let cachedRegistry: OutletRegistryEntry[] | undefined;
function seedRegistry(): OutletRegistryEntry[] {
  cachedRegistry ??= readJson(path.join(ROOT, 'seeds'), 'outlets.json', parseRegistry);
  return cachedRegistry;
}

/**
 * The outlets of a story of n articles, which the articles take in turn: the registry's outlets that have a
 * dateline marker, then synthetic ones up to round(2√n) in all (30 up to 225 articles, 63 at 1,000, 200 at 10,000,
 * at most 230).
 */
export function variedOutlets(n: number): VariedOutlet[] {
  const registered = seedRegistry().flatMap((o) => {
    const dateline = o.markers.dateline?.[0];
    return dateline ? [{ id: o.id, dateline, synthetic: false }] : [];
  });
  const wanted = Math.max(registered.length, Math.round(2 * Math.sqrt(n)));
  const synthetic = Array.from(
    { length: Math.min(wanted - registered.length, SYNTHETIC_OUTLETS) },
    (_, i) => ({
      id: `varied-${String(i + 1).padStart(3, '0')}`,
      dateline: `${OUTLET_KINDS[i % OUTLET_KINDS.length]} ${OUTLET_NAMES[Math.floor(i / OUTLET_KINDS.length)]}`,
      synthetic: true,
    }),
  );
  return [...registered, ...synthetic];
}

/** How a sentence of a story stands to the story's claims. */
export type Variant = 'claim' | 'agree' | 'disagree' | 'filler';

export interface VariedSentence {
  text: string;
  variant: Variant;
  /** Index into the material's claims, for every variant but filler. */
  claim?: number;
}

export interface VariedArticle {
  file: string;
  outletId: string;
  title: string;
  /** Body sentences in order (the first carries the dateline in the text). */
  sentences: VariedSentence[];
}

export interface VariedStory {
  inputs: ArticleInput[];
  articles: VariedArticle[];
  config: CorpusConfig;
}

/**
 * A story of `n` articles, `var_0001.txt` …: 12 to 31 sentences each, 30-50% of them the story's core claims
 * (the picks lean to the first claims: the most told is in a fifth to two thirds of the articles, the median
 * one in about 13), told as the claim
 * (45%), a paraphrase (30%) or a contradiction (25%) where the pairs have one, the rest filler headlines, none
 * twice in one article. The core is about one claim per two articles, at most 60% of the claims (the rest is
 * filler), those with both a paraphrase and a contradiction first. The filler's own pairs meet now and then
 * too. Each headline is framed anew each time it is told (asSentence).
 */
export function variedStory(n: number, seed = 1): VariedStory {
  if (!Number.isInteger(n) || n < 0) throw new Error(`variedStory: n must be a whole number ≥ 0, got ${n}`);
  const material = variedMaterial();
  const rng = prng(seed ^ 0x5eed1713);
  // Claims with both a paraphrase and a contradiction first (about 850), so the core has both kinds to tell.
  const both = (i: number) => material.claims[i]!.agree.length > 0 && material.claims[i]!.disagree.length > 0;
  const shuffled = shuffle(
    rng,
    material.claims.map((_, i) => i),
  );
  const order = [...shuffled.filter(both), ...shuffled.filter((i) => !both(i))];
  const coreCount = Math.min(Math.max(10, Math.round(n / 2)), Math.floor(material.claims.length * 0.6));
  const core = order.slice(0, coreCount);
  const filler = [
    ...material.unrelated,
    ...order.slice(coreCount).flatMap((i) => {
      const c = material.claims[i]!;
      return [c.text, ...c.agree, ...c.disagree];
    }),
  ];
  const outlets = variedOutlets(n);
  const encoder = new TextEncoder();
  const width = Math.max(4, String(n).length);
  const articles: VariedArticle[] = [];
  const inputs: ArticleInput[] = [];
  for (let a = 0; a < n; a++) {
    const count = int(rng, 12, 31);
    const claimCount = Math.max(1, Math.round(count * (0.3 + 0.2 * rng())));
    const used = new Set<string>();
    const mentioned = new Set<number>();
    const claimSentences: VariedSentence[] = [];
    for (let tries = 0; claimSentences.length < claimCount && tries < claimCount * 10; tries++) {
      // Squaring leans the pick to the first core claims: some claims are everywhere, most in a few reports.
      const index = core[Math.floor(rng() ** 2 * core.length)]!;
      if (mentioned.has(index)) continue;
      const claim = material.claims[index]!;
      const roll = rng();
      const variant: Variant =
        roll < 0.3 && claim.agree.length > 0
          ? 'agree'
          : roll >= 0.75 && claim.disagree.length > 0
            ? 'disagree'
            : 'claim';
      const headline =
        variant === 'agree'
          ? pick(rng, claim.agree)
          : variant === 'disagree'
            ? pick(rng, claim.disagree)
            : claim.text;
      if (used.has(headline)) continue;
      mentioned.add(index);
      used.add(headline);
      claimSentences.push({ text: headline, variant, claim: index });
    }
    const body: VariedSentence[] = [...claimSentences];
    for (let tries = 0; body.length < count && tries < count * 10; tries++) {
      const headline = pick(rng, filler);
      if (used.has(headline)) continue;
      used.add(headline);
      body.push({ text: headline, variant: 'filler' });
    }
    // The lead claim opens the report and gives it its title; the rest in any order.
    const [lead, ...rest] = body;
    const sentences = [lead!, ...shuffle(rng, rest)].map((s) => ({ ...s, text: asSentence(s.text, rng) }));
    const outlet = outlets[a % outlets.length]!;
    const title = lead!.text.replace(/[\s.:؛!؟]+$/u, '');
    const texts = sentences.map((s) => s.text);
    texts[0] = `${pick(rng, PLACES)} - (${outlet.dateline}): ${texts[0]}`;
    const paragraphs: string[] = [];
    for (let i = 0; i < texts.length; ) {
      const size = int(rng, 1, 4);
      paragraphs.push(texts.slice(i, i + size).join(' '));
      i += size;
    }
    const file = `var_${String(a + 1).padStart(width, '0')}.txt`;
    articles.push({ file, outletId: outlet.id, title, sentences });
    inputs.push({ file, bytes: encoder.encode(`${title}\n\n${paragraphs.join('\n\n')}\n`) });
  }
  return { inputs, articles, config: variedConfig(n) };
}

/** The config to analyse a varied story with: the seeds' registry plus the synthetic outlets, no questions. */
export function variedConfig(n: number): CorpusConfig {
  const registry: OutletRegistryEntry[] = [
    ...seedRegistry(),
    ...variedOutlets(n)
      .filter((o) => o.synthetic)
      .map((o) => ({ id: o.id, name: { ar: o.dateline, en: o.id }, markers: { dateline: [o.dateline] } })),
  ];
  // Another event than the seeds' story, so no story.json: as `npm run analyze` does for a bare folder.
  return {
    registry,
    provenance: {},
    story: { id: 'varied', title: { ar: 'قصة متنوعة', en: 'Varied story' } },
  };
}

/** The article files of a varied story, for `buildCorpus` (the bench) or a folder (write-varied.ts). */
export function variedInputs(n: number, seed = 1): ArticleInput[] {
  return variedStory(n, seed).inputs;
}
