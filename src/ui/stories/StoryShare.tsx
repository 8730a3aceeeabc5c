// Sharing a story that lives in one browser, from the "export" menu: its story file, a link that carries it,
// and opening a file someone sent; and the notice of what the last opening did. A chunk of its own, fetched when
// the menu opens or a story file arrives (StoryFiles.tsx).
import { useT } from '../../i18n/use-t.ts';
import { useAppState, useAppStore } from '../../state/react.tsx';
import type { ImportOutcome } from '../../state/slices/own.ts';
import type { AppStore } from '../../state/store.ts';
import { buttonClass } from '../common/styles.ts';
import { ExportItem } from '../export/ExportMenu.tsx';

const share = () => import('./story-share.ts');

async function openFile(store: AppStore, file: File) {
  await (await share()).openStoryFile(store, file);
}

/**
 * Asks for a story file with the browser's picker. The input is made here and kept on the page (hidden) until a
 * file is chosen, since the menu that asked closes at once; tests find it by its test id.
 */
function pickStoryFile(store: AppStore) {
  let input = document.querySelector<HTMLInputElement>('input[data-testid="story-file-input"]');
  if (!input) {
    input = document.createElement('input');
    input.type = 'file';
    input.accept = '.json,application/json';
    input.tabIndex = -1;
    input.setAttribute('aria-hidden', 'true');
    input.className = 'sr-only';
    input.dataset.testid = 'story-file-input';
    input.addEventListener('change', () => {
      const file = input?.files?.[0];
      if (input) input.value = '';
      if (file) void openFile(store, file);
    });
    document.body.append(input);
  }
  input.click();
}

/** The menu's three story actions; `done` says what happened (the menu's status line) and closes it. */
export function StoryShareItems({ done }: { done(status: string): void }) {
  const t = useT();
  const store = useAppStore();
  const saveFile = async () => {
    try {
      const name = await (await share()).saveStoryFile(store);
      done(t('export.done', { file: name }));
    } catch (error) {
      done(t('export.failed', { file: '', reason: error instanceof Error ? error.message : String(error) }));
    }
  };
  const copyLink = async () => {
    const link = await (await share()).storyLink(store);
    if (!link.ok) {
      done(
        link.reason === 'nothing'
          ? t('stories.linkNothing')
          : t('stories.linkTooLong', { length: link.length, limit: (await share()).MAX_LINK_LENGTH }),
      );
      return;
    }
    try {
      if (!navigator.clipboard?.writeText) throw new Error('clipboard unavailable');
      await navigator.clipboard.writeText(link.href);
      store.getState().patchOwn({ storyLink: null });
      done(t('stories.linkCopied', { length: link.href.length }));
    } catch {
      // The clipboard refused: the link is put where the reader can copy it by hand.
      store.getState().patchOwn({ storyLink: link.href });
      done(t('copy.failed'));
    }
  };
  return (
    <>
      <ExportItem
        testId="story-file-save"
        label={t('stories.fileExport')}
        hint={t('stories.fileExportHint')}
        onSelect={() => void saveFile()}
      />
      <ExportItem
        testId="story-link-copy"
        label={t('stories.linkCopy')}
        hint={t('stories.linkCopyHint')}
        onSelect={() => void copyLink()}
      />
      <ExportItem
        testId="story-file-open"
        label={t('stories.fileOpen')}
        hint={t('stories.fileOpenHint')}
        onSelect={() => {
          // The input lives outside the menu, which closes now; the click still counts as the reader's.
          pickStoryFile(store);
          done('');
        }}
      />
    </>
  );
}

function useImportText(imported: ImportOutcome | null): string {
  const t = useT();
  if (!imported) return '';
  if (imported.ok)
    return t('stories.imported', { title: `\u2068${imported.title}\u2069`, count: imported.added });
  const p = imported.problem;
  // A link's damage is not a file's: say it may have been cut when copied.
  if (imported.via === 'link' && (p.code === 'damaged' || p.code === 'not-json'))
    return t('stories.importLinkFailed', { reason: t('storyFile.linkDamaged') });
  const reason = t(`storyFile.${p.code}`, {
    limit: p.code === 'too-large' ? p.limitMb : 0,
    version: p.code === 'newer' ? p.version : 0,
    detail: p.code === 'damaged' ? p.detail : '',
    id: p.code === 'unknown-story' ? p.id : '',
  });
  return t(imported.via === 'link' ? 'stories.importLinkFailed' : 'stories.importFailed', { reason });
}

export function ImportNotice() {
  const t = useT();
  const imported = useAppState((state) => state.own.imported);
  const link = useAppState((state) => state.own.storyLink);
  const patch = useAppState((state) => state.patchOwn);
  const text = useImportText(imported);
  // Inside StoryFiles' live region, which is there from the first paint so that this is announced.
  return (
    <>
      {link ? (
        <p className="mt-3 flex flex-wrap items-center gap-2 text-sm">
          <input
            readOnly
            data-testid="story-link-field"
            aria-label={t('stories.linkCopy')}
            dir="ltr"
            className="min-w-0 flex-1 rounded border border-stone-400 bg-white px-2 py-1 font-mono text-xs"
            value={link}
            onFocus={(event) => event.target.select()}
          />
          <button type="button" className={buttonClass} onClick={() => patch({ storyLink: null })}>
            {t('storyFile.dismiss')}
          </button>
        </p>
      ) : null}
      {imported ? (
        <p
          data-testid="story-imported"
          data-ok={imported.ok}
          className={`mt-3 flex flex-wrap items-center gap-3 rounded-md border border-stone-200 border-s-4 bg-white px-4 py-2 text-sm leading-6 [overflow-wrap:anywhere] ${imported.ok ? 'border-s-stone-500' : 'border-s-amber-600'}`}
        >
          <span className="min-w-0 flex-1">{text}</span>
          <button type="button" className={buttonClass} onClick={() => patch({ imported: null })}>
            {t('storyFile.dismiss')}
          </button>
        </p>
      ) : null}
    </>
  );
}
