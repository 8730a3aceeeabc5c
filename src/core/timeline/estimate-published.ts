// When an article was published: from provenance when the provenance file says, else estimated from its
// own words, and always honest about how precise the answer is and what it rests on.
//
// The text's clues, strongest first (the strongest kind present decides; weaker ones only narrow it or,
// when they disagree, are listed as conflicts):
//   4. a date written out in the dateline («القاهرة في 13 يناير 2020 -»): the day of writing;
//   3. a relative day with a weekday («اليوم الاثنين», «أمس الأحد»): that weekday nearest the story's
//      date, shifted by the relative day — the day of writing, whatever the event;
//   2. a relative day alone («اليوم», «أمس») read against the story's date: it assumes the text speaks of
//      the story's day, so it is weaker;
//   1. bounds: «الأحد الماضي» (written after that Sunday, within the week) and «… المقبل» (before it), and
//      a full date the text tells in a sentence not about the future (written on or after it).
// A bare weekday («يوم الاثنين») says nothing about when it was written (past and coming days are named
// the same way), so it is not used.
import { isStampNote } from '../ingest/find-date-stamp.ts';
import { addDays, dayOf, isoDay, weekdayDate } from '../text/calendar.ts';
import type { Article, Cue, StoryConfig } from '../types.ts';
import { datelineDate } from './dateline-date.ts';
import { readDayWords } from './day-words.ts';

export type DatePrecision = 'datetime' | 'day' | 'range' | 'unknown';
export type DateSource = 'provenance' | 'text' | 'none';
export type DateBasis = 'dateline' | 'relative-weekday' | 'relative-story' | 'bounds';

/** A clue in the text and the days it allows (`from`/`to` absent: open on that side). */
export interface DateClue {
  /** The sentence holding it; absent for the dateline. */
  sentenceId?: string;
  text: string;
  from?: string;
  to?: string;
}

export interface PublishedEstimate {
  /**
   * Where to place the article in time: the ISO date or date-time; for a range its first day (its last
   * when only an upper bound is known). Null when nothing dates it.
   */
  date: string | null;
  precision: DatePrecision;
  source: DateSource;
  /** For a range: the days it spans; an absent end is open. */
  range?: { from?: string; to?: string };
  /** Which kind of text clue decided (source `text` only). */
  basis?: DateBasis;
  /** The clue that decided (source `text` only). */
  evidence?: DateClue;
  /** Clues that point elsewhere: kept, never hidden, so the reader can judge. */
  conflicts: DateClue[];
}

interface Candidate {
  tier: 1 | 2 | 3 | 4;
  clue: DateClue;
  from: Date | undefined;
  to: Date | undefined;
}

const BASIS: Record<Candidate['tier'], DateBasis> = {
  4: 'dateline',
  3: 'relative-weekday',
  2: 'relative-story',
  1: 'bounds',
};

const FULL_DAY = /^\d{4}-\d{2}-\d{2}$/;
/** A cue kind that puts its sentence's dates in the future or the merely possible. */
const NOT_YET = new Set<Cue['kind']>(['future', 'modality']);

function point(tier: Candidate['tier'], day: Date, sentenceId: string | undefined, text: string): Candidate {
  const iso = isoDay(day);
  return {
    tier,
    from: day,
    to: day,
    clue: { ...(sentenceId ? { sentenceId } : {}), text, from: iso, to: iso },
  };
}

function bounds(from: Date | undefined, to: Date | undefined, sentenceId: string, text: string): Candidate {
  return {
    tier: 1,
    from,
    to,
    clue: { sentenceId, text, ...(from ? { from: isoDay(from) } : {}), ...(to ? { to: isoDay(to) } : {}) },
  };
}

/** Every clue the article's dateline and sentences give, with the days each allows. */
export function dateClues(article: Article, story: Pick<StoryConfig, 'date'>): Candidate[] {
  const anchor = dayOf(story.date);
  const found: Candidate[] = [];
  const written = article.dateline ? datelineDate(article.dateline.raw, story.date) : undefined;
  if (written) found.push(point(4, written.day, undefined, written.text));
  for (const paragraph of article.paragraphs) {
    for (const sentence of paragraph.sentences) {
      const cues = sentence.cues ?? [];
      const dates = cues.filter((c) => c.kind === 'date');
      const notYet = cues.some((c) => NOT_YET.has(c.kind));
      for (let i = 0; i < dates.length; i++) {
        const cue = dates[i]!;
        let words = readDayWords(cue.text);
        let text = cue.text;
        // «أمس الاثنين» comes as two cues side by side: one day named twice.
        const next = dates[i + 1];
        if (words.offset !== undefined && words.weekday === undefined && next) {
          const between = sentence.text.slice(cue.end, next.start);
          const nextWords = readDayWords(next.text);
          if (/^\s*$/.test(between) && nextWords.weekday !== undefined && nextWords.offset === undefined) {
            words = { ...words, weekday: nextWords.weekday };
            text = sentence.text.slice(cue.start, next.end);
            i++;
          }
        }
        if (anchor && words.offset !== undefined && words.weekday !== undefined) {
          found.push(point(3, addDays(weekdayDate(anchor, words.weekday), -words.offset), sentence.id, text));
        } else if (anchor && words.offset !== undefined) {
          found.push(point(2, addDays(anchor, -words.offset), sentence.id, text));
        } else if (anchor && words.weekday !== undefined && words.side) {
          const named = weekdayDate(anchor, words.weekday);
          found.push(
            words.side === 'past'
              ? bounds(addDays(named, 1), addDays(named, 7), sentence.id, text)
              : bounds(addDays(named, -7), addDays(named, -1), sentence.id, text),
          );
        } else if (cue.value && FULL_DAY.test(cue.value) && !notYet) {
          const day = dayOf(cue.value);
          if (day) found.push(bounds(day, undefined, sentence.id, text));
        }
      }
    }
  }
  return found;
}

const overlaps = (c: Candidate, from: Date | undefined, to: Date | undefined) =>
  (!c.to || !from || c.to >= from) && (!c.from || !to || c.from <= to);

/** Estimates when the article was published; see the top of this file for the order of the clues. */
export function estimatePublished(article: Article, story: Pick<StoryConfig, 'date'>): PublishedEstimate {
  const provenance = article.published;
  if (provenance && dayOf(provenance)) {
    const precision = provenance.includes('T') ? 'datetime' : 'day';
    // A date the ingest read off the page's own stamp is the text's word, not the sources file's.
    const source = article.notes.some(isStampNote) ? 'text' : 'provenance';
    return { date: provenance, precision, source, conflicts: [] };
  }
  const clues = dateClues(article, story);
  if (clues.length === 0) return { date: null, precision: 'unknown', source: 'none', conflicts: [] };
  const tier = Math.max(...clues.map((c) => c.tier)) as Candidate['tier'];
  const deciding = clues.filter((c) => c.tier === tier);
  let from: Date | undefined;
  let to: Date | undefined;
  let conflicting = false;
  if (tier > 1) {
    // Points: they agree or they do not; when they do not, the span between them is all that is known.
    const days = deciding.map((c) => c.from!.getTime());
    from = new Date(Math.min(...days));
    to = new Date(Math.max(...days));
    conflicting = from.getTime() !== to.getTime();
  } else {
    for (const c of deciding) {
      if (c.from && (!from || c.from > from)) from = c.from;
      if (c.to && (!to || c.to < to)) to = c.to;
    }
    if (from && to && from > to) {
      // Bounds that exclude each other: span them all, and say so.
      conflicting = true;
      from = new Date(Math.min(...deciding.flatMap((c) => (c.from ? [c.from.getTime()] : []))));
      to = new Date(Math.max(...deciding.flatMap((c) => (c.to ? [c.to.getTime()] : []))));
    }
  }
  // Weaker clues narrow a range they fall inside, and are reported when they point elsewhere.
  const weaker = clues.filter((c) => c.tier < tier);
  const conflicts = [
    ...(conflicting ? deciding.slice(1).map((c) => c.clue) : []),
    ...weaker.filter((c) => !overlaps(c, from, to)).map((c) => c.clue),
  ];
  if (!conflicting) {
    for (const c of weaker.filter((w) => overlaps(w, from, to))) {
      if (c.from && (!from || c.from > from)) from = c.from;
      if (c.to && (!to || c.to < to)) to = c.to;
    }
  }
  const single = from && to && from.getTime() === to.getTime();
  const range = { ...(from ? { from: isoDay(from) } : {}), ...(to ? { to: isoDay(to) } : {}) };
  return {
    date: range.from ?? range.to ?? null,
    precision: single ? 'day' : 'range',
    source: 'text',
    ...(single ? {} : { range }),
    basis: BASIS[tier],
    evidence: deciding[0]!.clue,
    conflicts,
  };
}
