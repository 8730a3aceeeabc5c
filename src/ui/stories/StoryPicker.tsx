import { lazy, Suspense, useId } from 'react';
import { withStrings } from '../../i18n/catalogs.ts';
import { useT } from '../../i18n/use-t.ts';
import { useAppState } from '../../state/react.tsx';
import { buttonClass } from '../common/styles.ts';

// Only a story the reader made has these: fetched when one is open.
const OwnStoryActions = lazy(
  withStrings(() => import('./OwnStoryActions.tsx').then((m) => ({ default: m.OwnStoryActions }))),
);

/**
 * Which story to compare, when the app has more than one: a native select (keyboard, screen readers and phones
 * all know it). The choice goes into the address like every other part of the view. A story the reader made in
 * this browser can be renamed or deleted (with undo) here.
 */
export function StoryPicker() {
  const t = useT();
  const id = useId();
  const stories = useAppState((state) => state.stories);
  const current = useAppState((state) => state.base.story.id);
  const loading = useAppState((state) => state.storyLoading);
  const lang = useAppState((state) => state.view.lang);
  const chooseStory = useAppState((state) => state.chooseStory);
  const removed = useAppState((state) => state.own.removedStory);
  const actions = useAppState((state) => state.ownActions);
  const own = stories.find((story) => story.id === current && story.own);
  if (stories.length < 2 && !removed) return null;
  return (
    <div className="mt-2 space-y-2 text-sm print:hidden">
      <div className="flex flex-wrap items-center gap-2">
        <label htmlFor={id} className="text-stone-600">
          {t('stories.label')}
        </label>
        <select
          id={id}
          data-testid="story-picker"
          value={loading ?? current}
          onChange={(event) => void chooseStory(event.target.value)}
          className="max-w-full rounded border border-stone-300 bg-white px-2 py-1 text-stone-900"
        >
          {stories.map((story) => (
            <option key={story.id} value={story.id}>
              {t(story.own ? 'stories.ownOption' : 'stories.option', {
                title: story.title[lang],
                count: story.articles,
              })}
            </option>
          ))}
        </select>
        <span role="status" className="text-stone-600">
          {loading ? t('stories.loading') : ''}
        </span>
      </div>
      {own ? (
        <Suspense fallback={null}>
          <OwnStoryActions id={own.id} title={own.title.ar} date={own.date} />
        </Suspense>
      ) : null}
      <p role="status" data-testid="story-removed" className="flex flex-wrap items-center gap-2 empty:hidden">
        {removed ? (
          <>
            <span>{t('stories.deleted', { title: `\u2068${removed.story.title}\u2069` })}</span>
            <button
              type="button"
              className={buttonClass}
              data-testid="story-undo"
              onClick={() => void actions?.undoDeleteStory()}
            >
              {t('stories.undo')}
            </button>
          </>
        ) : null}
      </p>
    </div>
  );
}
