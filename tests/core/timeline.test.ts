// When was it written: provenance first, else the text's own day words read against the story's date.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findCues } from '../../src/core/compare/cues/cues.ts';
import { buildCorpus, parseProvenance, parseStory } from '../../src/core/corpus.ts';
import { datelineDate } from '../../src/core/timeline/dateline-date.ts';
import { readDayWords } from '../../src/core/timeline/day-words.ts';
import { estimatePublished } from '../../src/core/timeline/estimate-published.ts';
import type { Article } from '../../src/core/types.ts';
import { bytesOf, registry, SEEDS_DIR, txtFiles } from './helpers.ts';

const STORY = { date: '2020-01-13' }; // a Monday

/** An article of the given sentences, with the cues the core finds in them (no publication date known). */
function article(sentences: string[], extra: Partial<Article> = {}): Article {
  return {
    id: 'a',
    file: 'a.txt',
    attribution: { outletId: 'x', confidence: 'unknown', method: 'none', evidence: [] },
    title: null,
    captions: [],
    paragraphs: [
      {
        id: 'a.p1',
        sentences: sentences.map((text, i) => ({ id: `a.p1.s${i + 1}`, text, cues: findCues(text) })),
      },
    ],
    removed: [],
    notes: [],
    ...extra,
  };
}

describe('readDayWords', () => {
  it('reads the relative day, the weekday and the side, in any spelling and with proclitics', () => {
    expect(readDayWords('صباح اليوم الإثنين')).toEqual({ offset: 0, weekday: 1 });
    expect(readDayWords('وأمس')).toEqual({ offset: -1 });
    expect(readDayWords('غداً')).toEqual({ offset: 1 });
    expect(readDayWords('الأحد الماضي')).toEqual({ weekday: 0, side: 'past' });
    expect(readDayWords('الجمعة المقبلة')).toEqual({ weekday: 5 });
    expect(readDayWords('الجمعة المقبل')).toEqual({ weekday: 5, side: 'next' });
    expect(readDayWords('12 يناير')).toEqual({});
  });
});

describe('datelineDate', () => {
  it('takes a day written out in the dateline, the year from the story when it is missing', () => {
    expect(datelineDate('القاهرة في 14 يناير 2020 -')?.day.toISOString().slice(0, 10)).toBe('2020-01-14');
    expect(datelineDate('موسكو، 14 كانون الثاني (رويترز) -', '2020-01-13')?.day.toISOString()).toMatch(
      /^2020-01-14/,
    );
    expect(datelineDate('دبي - (العربية نت):', '2020-01-13')).toBeUndefined();
    expect(datelineDate('موسكو - اليوم الاثنين', '2020-01-13')).toBeUndefined();
  });
});

describe('estimatePublished', () => {
  it('takes provenance first, a date-time as such', () => {
    const day = article(['قال الوزير أمس إن المحادثات انتهت.'], { published: '2020-01-15' });
    expect(estimatePublished(day, STORY)).toEqual({
      date: '2020-01-15',
      precision: 'day',
      source: 'provenance',
      conflicts: [],
    });
    const time = article([], { published: '2020-01-13T21:40:00+03:00' });
    expect(estimatePublished(time, STORY)).toMatchObject({ precision: 'datetime', source: 'provenance' });
  });

  it('says so when nothing dates the article', () => {
    expect(estimatePublished(article(['انتهت المحادثات في موسكو دون اتفاق.']), STORY)).toEqual({
      date: null,
      precision: 'unknown',
      source: 'none',
      conflicts: [],
    });
    // A relative day means nothing without the story's date to read it against.
    expect(estimatePublished(article(['قال الوزير أمس إن المحادثات انتهت.']), {})).toMatchObject({
      source: 'none',
    });
    // A bare weekday names past and coming days alike.
    expect(estimatePublished(article(['وتبدأ المحادثات يوم الاثنين في موسكو.']), STORY)).toMatchObject({
      source: 'none',
    });
  });

  it('reads «اليوم الاثنين» and «أمس الأحد» as the day of writing, with the sentence as evidence', () => {
    const today = estimatePublished(article(['بدأت المحادثات اليوم الاثنين في موسكو.']), STORY);
    expect(today).toMatchObject({
      date: '2020-01-13',
      precision: 'day',
      source: 'text',
      basis: 'relative-weekday',
    });
    expect(today.evidence).toEqual({
      sentenceId: 'a.p1.s1',
      text: 'اليوم الاثنين',
      from: '2020-01-13',
      to: '2020-01-13',
    });
    // Two cues side by side are one day named twice: yesterday was Monday, so it was written on Tuesday.
    const yesterday = estimatePublished(article(['وكانت المحادثات قد انتهت أمس الاثنين.']), STORY);
    expect(yesterday).toMatchObject({ date: '2020-01-14', precision: 'day', basis: 'relative-weekday' });
    expect(yesterday.evidence?.text).toBe('أمس الاثنين');
  });

  it('reads «أمس» alone against the story date, as a weaker clue', () => {
    expect(estimatePublished(article(['وانتهت المحادثات أمس في موسكو.']), STORY)).toMatchObject({
      date: '2020-01-14',
      precision: 'day',
      basis: 'relative-story',
    });
  });

  it('gives a range from bounds, narrowed by each', () => {
    const after = estimatePublished(article(['والتقى الوزيران الأحد الماضي في أنقرة.']), STORY);
    expect(after).toMatchObject({
      date: '2020-01-13',
      precision: 'range',
      basis: 'bounds',
      range: { from: '2020-01-13', to: '2020-01-19' },
    });
    // A full date told of the past is a lower bound; one told of the future is not used.
    const dated = estimatePublished(
      article(['وكانت الهدنة قد بدأت في 15 يناير 2020.', 'وسيلتقي الطرفان في 30 يناير 2020.']),
      STORY,
    );
    expect(dated).toMatchObject({ date: '2020-01-15', precision: 'range', range: { from: '2020-01-15' } });
    expect(dated.range?.to).toBeUndefined();
  });

  it('keeps contradictory clues: a span between them, and the ones that disagree listed', () => {
    const both = estimatePublished(
      article(['بدأت المحادثات اليوم الاثنين.', 'ويعود الوفد اليوم الثلاثاء إلى طرابلس.']),
      STORY,
    );
    expect(both).toMatchObject({
      date: '2020-01-13',
      precision: 'range',
      source: 'text',
      range: { from: '2020-01-13', to: '2020-01-14' },
    });
    expect(both.conflicts.map((c) => c.text)).toEqual(['اليوم الثلاثاء']);
    // A weaker clue that points elsewhere does not move the estimate but is listed.
    const weaker = estimatePublished(
      article(['بدأت المحادثات اليوم الاثنين.', 'وقال الوزير أمس إنه متفائل.']),
      STORY,
    );
    expect(weaker).toMatchObject({ date: '2020-01-13', precision: 'day', basis: 'relative-weekday' });
    expect(weaker.conflicts).toEqual([
      { sentenceId: 'a.p1.s2', text: 'أمس', from: '2020-01-14', to: '2020-01-14' },
    ]);
    // Bounds that allow each other narrow the range: after Sunday the 12th, before Thursday the 16th.
    const narrowed = estimatePublished(
      article(['والتقى الوزيران الأحد الماضي.', 'وتبدأ المحادثات الخميس المقبل.']),
      STORY,
    );
    expect(narrowed).toMatchObject({ range: { from: '2020-01-13', to: '2020-01-15' }, conflicts: [] });
    // Bounds that exclude each other (after Sunday the 12th, before Saturday the 11th): the span of both, flagged.
    const bounds = estimatePublished(
      article(['والتقى الوزيران الأحد الماضي.', 'وتبدأ المحادثات السبت المقبل.']),
      STORY,
    );
    expect(bounds).toMatchObject({ precision: 'range', range: { from: '2020-01-04', to: '2020-01-19' } });
    expect(bounds.conflicts.map((c) => c.text)).toEqual(['السبت المقبل']);
  });

  it('prefers a date in the dateline to the body', () => {
    const filed = article(['بدأت المحادثات اليوم الاثنين.'], {
      dateline: { place: 'موسكو', raw: 'موسكو في 14 يناير 2020 -' },
    });
    expect(estimatePublished(filed, STORY)).toMatchObject({
      date: '2020-01-14',
      precision: 'day',
      basis: 'dateline',
      evidence: { text: '14 يناير 2020' },
    });
    expect(estimatePublished(filed, STORY).conflicts.map((c) => c.text)).toEqual(['اليوم الاثنين']);
  });

  it('on the seeds without their provenance dates, agrees with provenance wherever the text says', () => {
    const provenance = parseProvenance(
      JSON.parse(readFileSync(path.join(SEEDS_DIR, 'sources.json'), 'utf8')),
    );
    const story = parseStory(JSON.parse(readFileSync(path.join(SEEDS_DIR, 'story.json'), 'utf8')));
    const undated = Object.fromEntries(
      Object.entries(provenance).map(([file, { published: _published, ...rest }]) => [file, rest]),
    );
    const inputs = txtFiles(SEEDS_DIR).map((file) => ({
      file,
      bytes: bytesOf(readFileSync(path.join(SEEDS_DIR, file), 'utf8')),
    }));
    const corpus = buildCorpus(inputs, { registry, provenance: undated, story });
    const byFile = Object.fromEntries(
      corpus.articles.map((a) => [a.file, estimatePublished(a, story)] as const),
    );
    let dated = 0;
    for (const [file, estimate] of Object.entries(byFile)) {
      expect(estimate.source).not.toBe('provenance');
      if (estimate.precision !== 'day') continue;
      dated++;
      expect(estimate.date, file).toBe(provenance[file]?.published);
    }
    // Four of the five say «اليوم الاثنين» or «أمس»; the fifth names only weekdays.
    expect(dated).toBe(4);
  });
});
