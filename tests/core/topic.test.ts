// Is an added article about the story's event (issue 12, point 3)? topicFit calibrated on the repo's own texts,
// each read the way the app reads an added article (readAdded → ingestOwn):
// - same event (312 pairs): the five seeds (the Moscow talks on Libya, 13 January 2020) each against the other four;
//   the eight holdout reports and the 89 variation texts (43 talks, 20 blind, 26 facts of two to four sentences)
//   against the seeds, against the holdout and against the 43 variation talks; the six Beirut port-blast reports each
//   against the other five;
// - other events (1,732 pairs): every text of one event against every story of another: the three Moscow stories,
//   the Beirut reports, each of the 12 unseen pages alone (12 events, two of them in Libya, one other talks on a
//   truce) and the farmers' plan of the clutter fixtures.
// Measured: same event 0.236 and up (a three-sentence report on the draft's clauses against the seeds), other events
// 0.175 and below (the Libyan central-bank crisis against the seeds); TOPIC_THRESHOLD is 0.2.
//
// Measured, not asserted: two-sentence snippets that name no one and no place (tests/fixtures/questions: «انهارت
// المفاوضات بعد ساعات من انطلاقها») leave generic words alone to decide; 7 of the 43 texts of questions/, broken/ and
// hostile-story/ score under the line against the seeds. Against a story of one article (the first seed alone, the
// first Beirut report alone) 4 of the 104 other texts of its event do: a TV transcript that names only «موسكو» and
// «الليبيون», and three variation texts of two or three sentences.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingestOwn, ownArticleId, readAdded } from '../../src/core/add-articles.ts';
import { TOPIC_THRESHOLD, topicFit } from '../../src/core/compare/topic.ts';
import type { Article } from '../../src/core/types.ts';
import { ROOT, registry, txtFiles } from './helpers.ts';

const ctx = { registry, takenArticleIds: new Set<string>(), takenOutletIds: new Set<string>() };

/** A text as the add flow reads it, or why it is refused. */
function ingest(name: string, text: string): Article | string {
  const read = readAdded({ name, text });
  if (!read.ok) return read.problem.reason;
  const record = { id: ownArticleId(read.text), name, text: read.text, notes: read.notes, addedAt: '' };
  const result = ingestOwn(record, ctx);
  return result.ok ? result.article : result.problem.reason;
}

function articleOf(file: string, text = readFileSync(file, 'utf8')): Article {
  const article = ingest(path.basename(file), text);
  if (typeof article === 'string') throw new Error(`${file}: ${article}`);
  return article;
}

const dir = (relative: string) => path.join(ROOT, relative);
const folder = (relative: string) =>
  txtFiles(dir(relative)).map((f) => articleOf(path.join(dir(relative), f)));
const subfolders = (relative: string) =>
  readdirSync(dir(relative), { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .flatMap((d) => folder(`${relative}/${d.name}`));

const seeds = folder('seeds');
const holdout = folder('tests/fixtures/holdout-moscow');
const talks = folder('tests/fixtures/variations/talks');
const variations = [
  ...talks,
  ...folder('tests/fixtures/variations-blind/talks'),
  ...subfolders('tests/fixtures/variations/facts'),
];
const beirut = folder('tests/fixtures/stories/beirut-port-blast-2020');
const unseen = folder('tests/fixtures/unseen');
const farmers = articleOf(dir('tests/fixtures/clutter/mixed.txt'));
const unseenNamed = (file: string) => unseen.find((a) => a.file === file)!;

interface Event {
  name: string;
  articles: Article[];
  /** The stories of this event an article is checked against (a story is a list of articles). */
  stories: { name: string; articles: Article[] }[];
}

const events: Event[] = [
  {
    name: 'moscow',
    articles: [...seeds, ...holdout, ...variations],
    stories: [
      { name: 'seeds', articles: seeds },
      { name: 'holdout', articles: holdout },
      { name: 'variation talks', articles: talks },
    ],
  },
  { name: 'beirut', articles: beirut, stories: [{ name: 'beirut', articles: beirut }] },
  ...unseen.map((a) => ({ name: a.file, articles: [a], stories: [{ name: a.file, articles: [a] }] })),
  { name: 'farmers', articles: [farmers], stories: [{ name: 'farmers', articles: [farmers] }] },
];

/** The article against a story it is not part of. */
const fitOutside = (candidate: Article, story: readonly Article[]) =>
  topicFit(
    candidate,
    story.filter((a) => a !== candidate),
  );

describe('topicFit on the repo texts', () => {
  const same: { label: string; score: number; onTopic: boolean }[] = [];
  const other: { label: string; score: number; onTopic: boolean }[] = [];
  for (const event of events)
    for (const story of event.stories)
      for (const candidate of event.articles)
        if (!(story.articles.length === 1 && story.articles[0] === candidate))
          same.push({
            label: `${candidate.file} vs ${story.name}`,
            ...fitOutside(candidate, story.articles),
          });
  for (const event of events)
    for (const another of events)
      if (another !== event)
        for (const story of another.stories)
          for (const candidate of event.articles)
            other.push({
              label: `${candidate.file} vs ${story.name}`,
              ...fitOutside(candidate, story.articles),
            });

  it('puts every report of the same event on topic', () => {
    expect(same).toHaveLength(312);
    expect(same.filter((p) => !p.onTopic).map((p) => `${p.label}: ${p.score.toFixed(3)}`)).toEqual([]);
  });

  it('puts every report of another event off topic', () => {
    expect(other).toHaveLength(1732);
    expect(other.filter((p) => p.onTopic).map((p) => `${p.label}: ${p.score.toFixed(3)}`)).toEqual([]);
  });

  it('keeps a margin on both sides of the threshold', () => {
    const lowestSame = Math.min(...same.map((p) => p.score));
    const highestOther = Math.max(...other.map((p) => p.score));
    expect(lowestSame).toBeGreaterThan(TOPIC_THRESHOLD + 0.02);
    expect(highestOther).toBeLessThan(TOPIC_THRESHOLD - 0.02);
  });
});

describe('topicFit, hard cases', () => {
  it('tells two Libyan events from the Moscow talks: a country in common is not an event in common', () => {
    for (const file of ['wire-libya-central-bank.txt', 'skynews-derna-floods.txt']) {
      const result = topicFit(unseenNamed(file), seeds);
      expect(result.onTopic, file).toBe(false);
      expect(result.shared, file).toContain('ليبيا');
    }
  });

  it('tells other talks on a truce from the Moscow talks by their places', () => {
    const sudan = topicFit(unseenNamed('bbc-sudan-jeddah.txt'), seeds);
    expect(sudan.onTopic).toBe(false);
    // The words of talks and truces are shared all the same.
    expect(sudan.shared).toEqual(expect.arrayContaining(['محادثات', 'النزاع']));
  });

  it('puts a three-sentence report of the same event on topic, with the names it shares', () => {
    const short = variations.find((a) => a.file === 'a-riverside.txt')!;
    expect(short.paragraphs.flatMap((p) => p.sentences)).toHaveLength(3);
    const result = topicFit(short, seeds);
    expect(result.onTopic).toBe(true);
    expect(result.shared).toContain('موسكو');
  });

  it('reads the article, not the page around it', () => {
    const clutter = (body: string) =>
      [
        'الرئيسية > أخبار > عربي ودولي',
        ...body.split('\n'),
        'WhatsApp',
        'Telegram',
        'اقرأ أيضا',
        'حفتر يغادر موسكو دون توقيع اتفاق الهدنة',
        'أحدث الأخبار',
        'لافروف: حفتر يحتاج إلى وقت إضافي لدراسة الوثيقة',
        'السراج يوقع على اتفاق وقف إطلاق النار في موسكو',
        'زلزال بقوة 4.3 درجة يضرب شمال أفغانستان',
        'جميع الحقوق محفوظة © 2020',
      ].join('\n');
    const moscow = readFileSync(
      dir('tests/fixtures/variations/facts/g03-direct-meeting/a-cairowire.txt'),
      'utf8',
    );
    const derna = readFileSync(dir('tests/fixtures/unseen/skynews-derna-floods.txt'), 'utf8');
    // A short report of the talks amid a page's clutter is on topic…
    expect(topicFit(articleOf('cluttered-moscow.txt', clutter(moscow)), seeds).onTopic).toBe(true);
    // …and another event whose page lists the talks' headlines is not.
    const dernaPage = articleOf('cluttered-derna.txt', clutter(derna));
    const body = dernaPage.paragraphs.flatMap((p) => p.sentences.map((s) => s.text)).join(' ');
    expect(body).not.toContain('حفتر');
    expect(topicFit(dernaPage, seeds).onTopic).toBe(false);
  });

  it('never sees an English article (the ingest refuses it), and would find nothing in common', () => {
    const english = readFileSync(dir('tests/fixtures/broken/english.txt'), 'utf8');
    expect(ingest('english.txt', english)).toMatch(/not an Arabic article/);
    const asArticle: Article = {
      ...seeds[0]!,
      title: null,
      paragraphs: [
        { id: 'en.p1', sentences: english.split('\n').map((text, i) => ({ id: `en.p1.s${i + 1}`, text })) },
      ],
    };
    expect(topicFit(asArticle, seeds)).toMatchObject({ onTopic: false, score: 0, shared: [] });
  });

  it('has nothing to compare with an empty story: on topic', () => {
    expect(topicFit(seeds[0]!, [])).toEqual({ onTopic: true, score: 1, shared: [] });
  });

  it('does not depend on the order of the story', () => {
    const candidate = holdout[0]!;
    expect(topicFit(candidate, [...seeds].reverse())).toEqual(topicFit(candidate, seeds));
  });

  it('gives shared words as the candidate writes them', () => {
    const candidate = holdout.find((a) => a.file === 'aljazeera-haftar-leaves.txt')!;
    const text = [
      candidate.title,
      ...candidate.paragraphs.flatMap((p) => p.sentences.map((s) => s.text)),
    ].join(' ');
    const { shared } = topicFit(candidate, seeds);
    expect(shared.length).toBeGreaterThan(2);
    for (const word of shared) expect(text).toContain(word);
    expect(shared).toContain('حفتر');
  });
});
