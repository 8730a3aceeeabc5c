// The "add an article" dialog: paste text, or choose or drop .txt files (several at once), an optional outlet,
// then the analysis's progress and what became of each input, in a live region.
import { type DragEvent, type FormEvent, useId, useRef, useState } from 'react';
import type { AddedInput, OutletChoice } from '../../core/add-articles.ts';
import { showControls } from '../../i18n/bidi.ts';
import { useT } from '../../i18n/use-t.ts';
import { excerpt } from '../../state/comparison.ts';
import { useAppState, useAppStore } from '../../state/react.tsx';
import type { AddResult } from '../../state/slices/own.ts';
import { isStoryFile } from '../../storage/story-id.ts';
import { keyed } from '../common/keys.ts';
import { Modal } from '../common/Modal.tsx';
import { buttonClass } from '../common/styles.ts';
import { readFiles } from './read-files.ts';
import { useOutletOptions } from './use-outlet-options.ts';

const OTHER = ' other';
const fieldClass = 'w-full rounded-md border border-stone-400 bg-white px-3 py-2 text-base';

/** An article held back as off-topic: what it shares with the story, and the reader's two ways on. */
function OffTopicLine({ result }: { result: Extract<AddResult, { status: 'off-topic' }> }) {
  const t = useT();
  const store = useAppStore();
  const busy = useAppState((state) => state.own.busy);
  const take = () => {
    const { own } = store.getState();
    return own.held.filter((input) => input.name === result.name).map((input) => ({ ...input, force: true }));
  };
  const addAnyway = () => {
    const inputs = take();
    if (inputs.length > 0) void store.getState().ownActions?.add(inputs);
  };
  const startWith = async () => {
    const inputs = take();
    const actions = store.getState().ownActions;
    if (!actions || inputs.length === 0) return;
    const id = await actions.createStory(result.title);
    if (id === null) return;
    // The new story's (empty) list of articles is read first, so it cannot overwrite what is added to it.
    await store.getState().ownLoaded?.();
    await actions.add(inputs);
  };
  return (
    <li data-testid="own-result" data-status="off-topic" className="space-y-1">
      <p>
        <bdi dir="auto" className="font-mono text-xs">
          {showControls(result.name)}
        </bdi>
        {t('notices.separator')} <strong data-testid="own-off-topic">{t('own.resultOffTopic')}</strong>
      </p>
      <p className="text-stone-600">
        {result.shared.length > 0
          ? t('own.offTopicShared', {
              words: result.shared.map((w) => `\u2068${w}\u2069`).join(t('own.listSeparator')),
            })
          : t('own.offTopicNone')}
      </p>
      <p className="flex flex-wrap gap-2">
        <button
          type="button"
          className={buttonClass}
          data-testid="own-add-anyway"
          disabled={busy !== null}
          onClick={addAnyway}
        >
          {t('own.addAnyway')}
        </button>
        <button
          type="button"
          className={buttonClass}
          data-testid="own-new-with"
          disabled={busy !== null}
          onClick={() => void startWith()}
        >
          {t('own.newWith')}
        </button>
      </p>
    </li>
  );
}

function ResultLine({ result }: { result: AddResult }) {
  const t = useT();
  // An added article is named by its headline, when it has one: every paste is «نص ملصق».
  const title = useAppState((state) =>
    result.status === 'added' ? state.corpus.articles.find((a) => a.id === result.id)?.title : undefined,
  );
  let text: string;
  if (result.status === 'off-topic') return <OffTopicLine result={result} />;
  if (result.status === 'added') text = t(result.saved ? 'own.resultAdded' : 'own.resultUnsaved');
  else {
    const p = result.problem;
    const reason = t(`problem.${p.code}`, {
      encoding: p.encoding ?? '',
      limit: p.limitMb ?? 0,
      original: p.duplicateOf === undefined ? '' : `\u2068${showControls(p.duplicateOf)}\u2069`,
    });
    text = t('own.resultRefused', { reason });
  }
  return (
    <li data-testid="own-result" data-status={result.status}>
      <bdi dir="auto" className={title ? 'font-bold' : 'font-mono text-xs'}>
        {showControls(title ? excerpt(title, 60) : result.name)}
      </bdi>
      {t('notices.separator')} {text}
    </li>
  );
}

export function AddDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const t = useT();
  const ids = useId();
  const lang = useAppState((state) => state.view.lang);
  const actions = useAppState((state) => state.ownActions);
  const busy = useAppState((state) => state.own.busy);
  const results = useAppState((state) => state.own.results);
  const failure = useAppState((state) => state.own.error);
  const lastMs = useAppState((state) => state.own.lastMs);
  const options = useOutletOptions(open, lang);
  const [text, setText] = useState('');
  const [files, setFiles] = useState<File[]>([]);
  const [outlet, setOutlet] = useState('');
  const [otherName, setOtherName] = useState('');
  const [empty, setEmpty] = useState(false);
  const [dragging, setDragging] = useState(false);
  // A new key empties the native file input once its files have been added.
  const [picked, setPicked] = useState(0);
  const fileInput = useRef<HTMLInputElement>(null);
  const pasteBox = useRef<HTMLTextAreaElement>(null);
  const store = useAppStore();

  const choice = (): OutletChoice | undefined => {
    if (outlet === OTHER) return otherName.trim() ? { kind: 'name', name: otherName.trim() } : undefined;
    return outlet ? { kind: 'registry', id: outlet } : undefined;
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!actions || busy) return;
    const chosen = choice();
    const inputs: AddedInput[] = [];
    if (text.trim() !== '')
      inputs.push({ name: t('own.pasteName'), text, ...(chosen ? { outlet: chosen } : {}) });
    inputs.push(...(await readFiles(files, chosen)));
    setEmpty(inputs.length === 0);
    if (inputs.length === 0) return;
    await actions.add(inputs);
    // A paste that was refused or held back stays in the box, so the reader can fix it or decide.
    const pasted = store.getState().own.results.find((r) => r.name === t('own.pasteName'));
    if (!pasted || pasted.status === 'added') setText('');
    // The submit button was disabled while the analysis ran, which dropped focus: it goes back to the paste box.
    pasteBox.current?.focus();
    setFiles([]);
    setPicked((n) => n + 1);
  };

  const drop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    const dropped = [...event.dataTransfer.files];
    // A story file dropped here is a story to open, not an article to add.
    const story = dropped.find(isStoryFile);
    if (story) {
      void import('../stories/story-share.ts').then((m) => m.openStoryFile(store, story));
      onClose();
      return;
    }
    setFiles(dropped);
  };

  if (!open) return null;
  return (
    <Modal labelledBy={`${ids}-title`} testId="own-dialog" onClose={onClose} width="max-w-2xl">
      <div className="flex items-start justify-between gap-4">
        <h2 id={`${ids}-title`} className="text-xl font-bold">
          {t('own.dialogTitle')}
        </h2>
        <button type="button" className={buttonClass} onClick={onClose} data-testid="own-close">
          {t('own.close')}
        </button>
      </div>
      <p className="mt-2 text-sm text-stone-600">{t('own.dialogIntro')}</p>
      <form className="mt-4 space-y-4" onSubmit={(event) => void submit(event)}>
        <div>
          <label htmlFor={`${ids}-text`} className="block text-sm font-bold">
            {t('own.pasteLabel')}
          </label>
          <textarea
            ref={pasteBox}
            id={`${ids}-text`}
            data-testid="own-paste"
            dir="rtl"
            lang="ar"
            rows={7}
            // The dialog opens for this: the reader pastes straight away.
            // biome-ignore lint/a11y/noAutofocus: focus moves into the dialog it opens
            autoFocus
            className={`${fieldClass} mt-1 font-[inherit] leading-7`}
            value={text}
            onChange={(event) => setText(event.target.value)}
          />
        </div>
        {/* biome-ignore lint/a11y/noStaticElementInteractions: dropping is the mouse's shortcut; the file input inside is the keyboard's way */}
        <div
          data-testid="own-drop"
          onDragOver={(event) => {
            event.preventDefault();
            setDragging(true);
          }}
          onDragLeave={() => setDragging(false)}
          onDrop={drop}
          className={`rounded-md border-2 border-dashed p-3 ${dragging ? 'border-stone-900 bg-white' : 'border-stone-400'}`}
        >
          <p id={`${ids}-files-label`} className="block text-sm font-bold">
            {t('own.filesLabel')}
          </p>
          {/* The browser's own file input speaks the browser's language: it is hidden behind a button that
                speaks the interface's, and the choice is said in words of the same. */}
          <input
            ref={fileInput}
            key={picked}
            id={`${ids}-files`}
            data-testid="own-files"
            type="file"
            multiple
            accept=".txt,text/plain"
            tabIndex={-1}
            aria-hidden="true"
            className="sr-only"
            onChange={(event) => setFiles([...(event.target.files ?? [])])}
          />
          <div className="mt-2 flex flex-wrap items-center gap-3 text-sm">
            <button
              type="button"
              className={buttonClass}
              data-testid="own-files-button"
              aria-describedby={`${ids}-files-label ${ids}-files-chosen`}
              onClick={() => fileInput.current?.click()}
            >
              {t('own.filesButton')}
            </button>
            <span id={`${ids}-files-chosen`} className="text-stone-600 [overflow-wrap:anywhere]">
              {files.length === 0
                ? t('own.filesNone')
                : files.length === 1
                  ? files[0]!.name
                  : t('own.filesChosen', { count: files.length })}
            </span>
          </div>
        </div>
        <div className="grid gap-3 min-[641px]:grid-cols-2">
          <div>
            <label htmlFor={`${ids}-outlet`} className="block text-sm font-bold">
              {t('own.outletLabel')}
            </label>
            <select
              id={`${ids}-outlet`}
              data-testid="own-outlet"
              className={`${fieldClass} mt-1`}
              value={outlet}
              onChange={(event) => setOutlet(event.target.value)}
            >
              <option value="">{t('own.outletDetect')}</option>
              {options.map((o) => (
                <option key={o.id} value={o.id}>
                  {o.name[lang]}
                </option>
              ))}
              <option value={OTHER}>{t('own.outletOther')}</option>
            </select>
          </div>
          {outlet === OTHER ? (
            <div>
              <label htmlFor={`${ids}-name`} className="block text-sm font-bold">
                {t('own.outletName')}
              </label>
              <input
                id={`${ids}-name`}
                data-testid="own-outlet-name"
                dir="auto"
                maxLength={200}
                className={`${fieldClass} mt-1`}
                value={otherName}
                onChange={(event) => setOtherName(event.target.value)}
              />
            </div>
          ) : null}
        </div>
        <div className="flex flex-wrap items-center gap-3">
          <button
            type="submit"
            data-testid="own-submit"
            disabled={!actions || busy !== null}
            className={`${buttonClass} border-stone-900 font-bold`}
          >
            {t('own.submit')}
          </button>
          {busy ? (
            <progress
              max={Math.max(busy.total, 1)}
              value={busy.done}
              aria-label={t('own.progressStart')}
              className="h-2 w-32"
            />
          ) : null}
        </div>
      </form>
      <div
        role="status"
        data-testid="own-status"
        data-analysis-ms={lastMs === null ? undefined : Math.round(lastMs)}
        className="mt-4 space-y-2 text-sm leading-6 [overflow-wrap:anywhere]"
      >
        {busy ? (
          <p>
            {busy.done === 0
              ? t('own.progressStart')
              : t('own.progress', { done: busy.done, total: busy.total })}
          </p>
        ) : null}
        {empty ? <p data-testid="own-empty">{t('own.emptyPaste')}</p> : null}
        {failure ? <p>{t('own.failed', { message: failure })}</p> : null}
        {results.length > 0 ? (
          <ul className="list-disc ps-5">
            {keyed(results, (r) => r.name).map(({ key, item }) => (
              <ResultLine key={key} result={item} />
            ))}
          </ul>
        ) : null}
      </div>
    </Modal>
  );
}
