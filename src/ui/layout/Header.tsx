import { type ReactNode, useEffect } from 'react';
import { useT } from '../../i18n/use-t.ts';
import { useAppState } from '../../state/react.tsx';
import { selectCounts } from '../../state/selectors.ts';
import { Separator } from '../common/Separator.tsx';
import { useFormatIsoDate } from '../common/use-format-date.ts';
import { StoryPicker } from '../stories/StoryPicker.tsx';
import { DigitsSwitch } from './DigitsSwitch.tsx';
import { LangSwitch } from './LangSwitch.tsx';

/** The story: its title, date and reach; the view settings; `actions` (the share button) from the app. */
export function Header({ actions }: { actions?: ReactNode }) {
  const t = useT();
  const formatDate = useFormatIsoDate();
  const story = useAppState((state) => state.corpus.story);
  const lang = useAppState((state) => state.view.lang);
  const counts = useAppState(selectCounts);
  const title = story.title[lang];

  useEffect(() => {
    document.title = t('app.documentTitle', { story: title });
  }, [t, title]);

  return (
    <header className="border-b border-stone-200 px-4 pt-4 pb-3 min-[641px]:px-8 min-[641px]:pt-6 min-[641px]:pb-5">
      <div className="flex flex-wrap items-start justify-between gap-x-8 gap-y-3">
        <div className="min-w-0">
          <p className="text-sm text-stone-600">
            <span className="font-bold text-stone-900">{t('app.name')}</span>
            <Separator />
            <span>{t('app.tagline')}</span>
          </p>
          <StoryPicker />
          <h1 data-testid="story-title" className="mt-1 text-2xl leading-snug font-bold min-[641px]:text-3xl">
            {title}
          </h1>
          <p className="mt-1 text-sm text-stone-600">
            {story.date ? (
              <>
                <time dateTime={story.date}>{t('header.eventDate', { date: formatDate(story.date) })}</time>
                <Separator />
              </>
            ) : null}
            <span>{t('header.outletCount', { count: counts.outlets })}</span>
            {counts.unidentified > 0 ? (
              <>
                <Separator />
                <span>{t('header.unidentifiedCount', { count: counts.unidentified })}</span>
              </>
            ) : null}
            <Separator />
            <span>{t('header.articleCount', { count: counts.articles })}</span>
          </p>
        </div>
        <div className="flex flex-wrap items-center gap-2 print:hidden">
          <LangSwitch />
          <DigitsSwitch />
          {actions}
        </div>
      </div>
    </header>
  );
}
