import { type FormEvent, useId, useState } from 'react';
import { useT } from '../../i18n/use-t.ts';
import { useAppState } from '../../state/react.tsx';
import { buttonClass } from '../common/styles.ts';

/** Rename (title and date, in place) and delete, for a story made in this browser. */
export function OwnStoryActions({
  id,
  title,
  date,
}: {
  id: string;
  title: string;
  date: string | undefined;
}) {
  const t = useT();
  const ids = useId();
  const actions = useAppState((state) => state.ownActions);
  const [editing, setEditing] = useState(false);
  const [name, setName] = useState(title);
  const [day, setDay] = useState(date ?? '');
  const save = async (event: FormEvent) => {
    event.preventDefault();
    if (name.trim() === '') return;
    await actions?.renameStory(id, name, day || undefined);
    setEditing(false);
  };
  if (editing) {
    return (
      <form className="flex flex-wrap items-end gap-2" onSubmit={(event) => void save(event)}>
        <label className="flex flex-col" htmlFor={`${ids}-t`}>
          <span className="text-stone-600">{t('stories.titleLabel')}</span>
          <input
            id={`${ids}-t`}
            data-testid="story-rename-input"
            dir="auto"
            maxLength={200}
            // biome-ignore lint/a11y/noAutofocus: the reader asked to edit this field
            autoFocus
            className="rounded border border-stone-400 bg-white px-2 py-1 text-base"
            value={name}
            onChange={(event) => setName(event.target.value)}
            onKeyDown={(event) => event.key === 'Escape' && setEditing(false)}
          />
        </label>
        <label className="flex flex-col" htmlFor={`${ids}-d`}>
          <span className="text-stone-600">{t('stories.dateLabel')}</span>
          <input
            id={`${ids}-d`}
            type="date"
            className="rounded border border-stone-400 bg-white px-2 py-1 text-base"
            value={day}
            onChange={(event) => setDay(event.target.value)}
          />
        </label>
        <button type="submit" className={buttonClass} data-testid="story-rename-save">
          {t('stories.save')}
        </button>
        <button type="button" className={buttonClass} onClick={() => setEditing(false)}>
          {t('stories.cancel')}
        </button>
      </form>
    );
  }
  return (
    <p className="flex flex-wrap items-center gap-2">
      <span className="rounded-full border border-stone-300 px-2 text-xs text-stone-700">
        {t('stories.yours')}
      </span>
      <button
        type="button"
        className={buttonClass}
        data-testid="story-rename"
        onClick={() => {
          setName(title);
          setDay(date ?? '');
          setEditing(true);
        }}
      >
        {t('stories.rename')}
      </button>
      <button
        type="button"
        className={buttonClass}
        data-testid="story-delete"
        aria-label={t('stories.deleteLabel', { title })}
        onClick={() => void actions?.deleteStory(id)}
      >
        {t('stories.delete')}
      </button>
    </p>
  );
}
