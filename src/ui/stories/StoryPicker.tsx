import { useId } from 'react';
import { useT } from '../../i18n/use-t.ts';
import { useAppState } from '../../state/react.tsx';

/**
 * Which story to compare, when the app has more than one: a native select (keyboard, screen readers and phones
 * all know it). The choice goes into the address like every other part of the view.
 */
export function StoryPicker() {
  const t = useT();
  const id = useId();
  const stories = useAppState((state) => state.stories);
  const current = useAppState((state) => state.base.story.id);
  const loading = useAppState((state) => state.storyLoading);
  const lang = useAppState((state) => state.view.lang);
  const chooseStory = useAppState((state) => state.chooseStory);
  if (stories.length < 2) return null;
  return (
    <div className="mt-2 flex flex-wrap items-center gap-2 text-sm print:hidden">
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
            {t('stories.option', { title: story.title[lang], count: story.articles })}
          </option>
        ))}
      </select>
      <span role="status" className="text-stone-600">
        {loading ? t('stories.loading') : ''}
      </span>
    </div>
  );
}
