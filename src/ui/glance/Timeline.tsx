// When each outlet wrote: the days of publication in reading order (right to left in Arabic), each with
// its articles, how their date is known (the sources file, or an estimate from the text and the words it
// rests on), and their answer to one story question, so a reader sees who wrote before the outcome and who
// after. It is an ordered list of days, so a screen reader reads the same thing the eye sees.
import { useState } from 'react';
import { useIntl } from 'react-intl';
import type { PublishedEstimate } from '../../core/timeline/estimate-published.ts';
import { useT } from '../../i18n/use-t.ts';
import { selectMatrix } from '../../state/comparison-selectors.ts';
import { selectTimeline, type TimelineDay, type TimelineEntry } from '../../state/glance-selectors.ts';
import { useAppState } from '../../state/react.tsx';
import { selectOutletById } from '../../state/selectors.ts';
import { Swatch } from '../common/Swatch.tsx';
import { useFormatIsoDate } from '../common/use-format-date.ts';
import { useOutletName } from '../common/use-outlet-name.ts';
import { ChoiceIcon, choiceStyle } from '../highlights/symbols.tsx';

/** The time of day as the date-time was written (its own zone), not shifted to the reader's. */
function wallTime(iso: string, format: (d: Date, o: Intl.DateTimeFormatOptions) => string): string | null {
  const m = iso.match(/T(\d{2}):(\d{2})/);
  if (!m) return null;
  return format(new Date(Date.UTC(2000, 0, 1, Number(m[1]), Number(m[2]))), {
    timeStyle: 'short',
    timeZone: 'UTC',
  });
}

function DateNote({ estimate }: { estimate: PublishedEstimate }) {
  const t = useT();
  const intl = useIntl();
  const formatDate = useFormatIsoDate();
  if (estimate.source === 'none') return <span className="text-stone-600">{t('timeline.undatedHint')}</span>;
  const range = estimate.range;
  const when =
    estimate.precision === 'datetime' && estimate.date
      ? wallTime(estimate.date, intl.formatTime)
      : range?.from && range.to
        ? t('timeline.range', { from: formatDate(range.from), to: formatDate(range.to) })
        : range?.from
          ? t('timeline.after', { from: formatDate(range.from) })
          : range?.to
            ? t('timeline.before', { to: formatDate(range.to) })
            : null;
  return (
    <span className="mt-0.5 block text-xs leading-5 text-stone-700">
      <span
        data-testid="date-source"
        data-source={estimate.source}
        className={`me-1 inline-block ${
          estimate.source === 'provenance'
            ? 'text-stone-600'
            : 'rounded-sm border border-dashed border-stone-600 px-1'
        }`}
      >
        {t(estimate.source === 'provenance' ? 'timeline.source.provenance' : 'timeline.source.text')}
      </span>
      {when ? <span className="me-1">{when}</span> : null}
      {estimate.basis && estimate.evidence ? (
        <span className="block">
          {t(`timeline.basis.${estimate.basis}`)}:{' '}
          <q lang="ar" dir="rtl">
            {estimate.evidence.text}
          </q>
        </span>
      ) : null}
      {estimate.conflicts.length > 0 ? (
        <span className="block text-orange-950">
          {t('timeline.conflicts', { count: estimate.conflicts.length })}{' '}
          {estimate.conflicts.map((c) => (
            <q
              key={`${c.sentenceId ?? 'dateline'}:${c.text}:${c.from ?? ''}`}
              lang="ar"
              dir="rtl"
              className="me-1"
            >
              {c.text}
            </q>
          ))}
        </span>
      ) : null}
    </span>
  );
}

function Entry({ entry, question }: { entry: TimelineEntry; question: number }) {
  const lang = useAppState((state) => state.view.lang);
  const outlets = useAppState(selectOutletById);
  const outletName = useOutletName();
  const outlet = outlets.get(entry.article.attribution.outletId);
  const cell = entry.answers[question];
  return (
    <li
      data-testid="timeline-entry"
      data-article={entry.article.id}
      data-source={entry.estimate.source}
      data-answer={cell?.answer?.answer ?? ''}
      className="rounded-md border border-stone-200 bg-white px-2 py-1.5"
    >
      <span className="flex flex-wrap items-center gap-x-2 gap-y-1">
        <span className="inline-flex items-center gap-1.5 text-sm font-bold">
          {outlet ? <Swatch outlet={outlet} /> : null}
          {outlet ? outletName(outlet) : entry.article.attribution.outletId}
        </span>
        {cell ? (
          <span
            className={`inline-flex items-center gap-1 rounded-sm border px-1.5 text-xs leading-5 ${choiceStyle(cell.choiceIndex, cell.fallback)}`}
          >
            <ChoiceIcon index={cell.choiceIndex} fallback={cell.fallback} />
            {cell.label[lang]}
          </span>
        ) : null}
      </span>
      <DateNote estimate={entry.estimate} />
    </li>
  );
}

function Day({ day, question }: { day: TimelineDay; question: number }) {
  const t = useT();
  const formatDate = useFormatIsoDate();
  const unordered = day.entries.filter((e) => e.estimate.precision !== 'datetime').length > 1;
  return (
    <li
      data-testid="timeline-day"
      data-day={day.day}
      data-story={day.story || undefined}
      className="min-w-0 flex-1"
    >
      {day.skippedBefore > 0 ? (
        <p className="mb-1 text-xs text-stone-500">… {t('timeline.skipped', { count: day.skippedBefore })}</p>
      ) : null}
      <h4
        className={`border-t-4 pt-1 text-sm font-bold ${day.story ? 'border-stone-800' : 'border-stone-300'}`}
      >
        {formatDate(day.day)}
        {day.story ? (
          <span className="ms-2 rounded-sm bg-stone-800 px-1 text-xs font-normal text-white">
            {t('timeline.storyDay')}
          </span>
        ) : null}
      </h4>
      {day.entries.length === 0 ? (
        <p className="mt-1 text-xs text-stone-500">{t('timeline.empty')}</p>
      ) : (
        <ul className="mt-1 flex flex-col gap-1.5">
          {day.entries.map((entry) => (
            <Entry key={entry.article.id} entry={entry} question={question} />
          ))}
        </ul>
      )}
      {unordered ? <p className="mt-1 text-xs text-stone-500">{t('timeline.sameDay')}</p> : null}
    </li>
  );
}

export function Timeline() {
  const t = useT();
  const lang = useAppState((state) => state.view.lang);
  const timeline = useAppState(selectTimeline);
  const questions = useAppState(selectMatrix).questions;
  const selected = useAppState((state) => state.view.question);
  const [picked, setPicked] = useState<string | null>(null);
  const chosenId = picked ?? selected ?? questions[0]?.question.id;
  const question = Math.max(
    0,
    questions.findIndex((q) => q.question.id === chosenId),
  );
  const count = timeline.days.reduce((n, d) => n + d.entries.length, 0) + timeline.undated.length;
  return (
    <div data-testid="timeline" className="min-w-0">
      <h3 id="timeline-title" className="font-bold">
        {t('timeline.title')}
      </h3>
      <p className="text-xs leading-5 text-stone-600">{t('timeline.hint')}</p>
      {questions.length > 1 ? (
        <label className="mt-1 flex max-w-full flex-wrap items-center gap-x-2 gap-y-1 text-sm print:hidden">
          {t('timeline.question')}
          <select
            value={questions[question]?.question.id}
            onChange={(e) => setPicked(e.target.value)}
            className="w-full min-w-0 max-w-[36rem] rounded-md border border-stone-300 bg-white px-2 py-1 text-sm min-[641px]:w-auto"
          >
            {questions.map((q) => (
              <option key={q.question.id} value={q.question.id}>
                {q.question.label[lang]}
              </option>
            ))}
          </select>
        </label>
      ) : questions[0] ? (
        <p className="text-sm">
          {t('timeline.question')}: {questions[0].question.label[lang]}
        </p>
      ) : null}
      {count === 0 ? (
        <p className="text-sm text-stone-600">{t('timeline.none')}</p>
      ) : (
        <ol aria-labelledby="timeline-title" className="mt-2 flex flex-col gap-3 min-[641px]:flex-row">
          {timeline.days.map((day) => (
            <Day key={day.day} day={day} question={question} />
          ))}
          {timeline.undated.length > 0 ? (
            <li data-testid="timeline-day" data-day="" className="min-w-0 flex-1">
              <h4 className="border-t-4 border-dashed border-stone-300 pt-1 text-sm font-bold">
                {t('timeline.undated')}
              </h4>
              <ul className="mt-1 flex flex-col gap-1.5">
                {timeline.undated.map((entry) => (
                  <Entry key={entry.article.id} entry={entry} question={question} />
                ))}
              </ul>
            </li>
          ) : null}
        </ol>
      )}
    </div>
  );
}
