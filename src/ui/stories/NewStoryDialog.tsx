// The dialog that names a new comparison: the event's title and, if the reader knows it, its date.
import { type FormEvent, useId, useState } from 'react';
import { useT } from '../../i18n/use-t.ts';
import { useAppState } from '../../state/react.tsx';
import { Modal } from '../common/Modal.tsx';
import { buttonClass } from '../common/styles.ts';

const fieldClass = 'w-full rounded-md border border-stone-400 bg-white px-3 py-2 text-base';

export function NewStoryDialog({ onClose }: { onClose(created: boolean): void }) {
  const t = useT();
  const ids = useId();
  const actions = useAppState((state) => state.ownActions);
  const [title, setTitle] = useState('');
  const [date, setDate] = useState('');
  const [problem, setProblem] = useState<'missing' | 'failed' | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!actions || busy) return;
    if (title.trim() === '') {
      setProblem('missing');
      return;
    }
    setBusy(true);
    const id = await actions.createStory(title, date || undefined);
    setBusy(false);
    if (id === null) setProblem('failed');
    else onClose(true);
  };

  return (
    <Modal labelledBy={`${ids}-title`} testId="story-dialog" onClose={() => onClose(false)} width="max-w-lg">
      <div className="flex items-start justify-between gap-4">
        <h2 id={`${ids}-title`} className="text-xl font-bold">
          {t('stories.new')}
        </h2>
        <button type="button" className={buttonClass} onClick={() => onClose(false)}>
          {t('own.close')}
        </button>
      </div>
      <p className="mt-2 text-sm leading-6 text-stone-600">{t('stories.newIntro')}</p>
      <form className="mt-4 space-y-4" onSubmit={(event) => void submit(event)} noValidate>
        <div>
          <label htmlFor={`${ids}-name`} className="block text-sm font-bold">
            {t('stories.titleLabel')}
          </label>
          <input
            id={`${ids}-name`}
            data-testid="story-title-input"
            dir="auto"
            maxLength={200}
            // biome-ignore lint/a11y/noAutofocus: focus moves into the dialog it opens
            autoFocus
            required
            aria-invalid={problem === 'missing' ? true : undefined}
            aria-describedby={problem ? `${ids}-problem` : undefined}
            className={`${fieldClass} mt-1`}
            value={title}
            onChange={(event) => setTitle(event.target.value)}
          />
        </div>
        <div>
          <label htmlFor={`${ids}-date`} className="block text-sm font-bold">
            {t('stories.dateLabel')}
          </label>
          <input
            id={`${ids}-date`}
            data-testid="story-date-input"
            type="date"
            className={`${fieldClass} mt-1 max-w-[14rem]`}
            value={date}
            onChange={(event) => setDate(event.target.value)}
          />
        </div>
        <div className="flex flex-wrap items-center gap-3">
          <button
            type="submit"
            data-testid="story-create"
            disabled={!actions || busy}
            className={`${buttonClass} border-stone-900 font-bold`}
          >
            {t('stories.create')}
          </button>
          <p id={`${ids}-problem`} role="status" className="text-sm">
            {problem === 'missing'
              ? t('stories.titleMissing')
              : problem === 'failed'
                ? t('stories.createFailed')
                : ''}
          </p>
        </div>
      </form>
    </Modal>
  );
}
