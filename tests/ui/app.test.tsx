// @vitest-environment jsdom

import { act, cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Corpus } from '../../src/core/types.ts';
import { DEFAULT_VIEW } from '../../src/state/view.ts';
import { ErrorBoundary } from '../../src/ui/layout/ErrorBoundary.tsx';
import { uiCorpus } from '../fixtures/ui-corpus.ts';
import { renderApp } from './render.tsx';

function Broken(): never {
  throw new Error('boom');
}

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('page', () => {
  it('has header, navigation and main landmarks, and a skip link first', () => {
    renderApp();
    expect(screen.getByRole('banner')).toBeInTheDocument();
    expect(screen.getByRole('navigation')).toBeInTheDocument();
    const main = screen.getByRole('main');
    const links = screen.getAllByRole('link');
    expect(links[0]).toHaveTextContent('انتقل إلى المقالات');
    expect(links[0]).toHaveAttribute('href', `#${main.id}`);
  });

  it('the skip link moves focus to the columns', async () => {
    const user = userEvent.setup();
    renderApp();
    await user.tab();
    expect(screen.getByText('انتقل إلى المقالات')).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('main')).toHaveFocus();
  });

  it('names each seed file that could not be used, with its reason in the interface language', () => {
    renderApp();
    const notice = screen.getByTestId('problems-notice');
    expect(notice).toHaveTextContent('broken.txt: ليس نصًّا سليمًا بترميز UTF-8');
    cleanup();
    renderApp({ lang: 'en' });
    expect(screen.getByTestId('problems-notice')).toHaveTextContent('broken.txt: not valid UTF-8 text');
  });

  it('words every kind of unusable file, with its details, in both languages', () => {
    const corpus = {
      ...uiCorpus,
      problems: [
        { file: 'big.txt', code: 'too-large', limitMb: 1, reason: 'too large (4.0 MB; the limit is 1 MB)' },
        { file: 'en.txt', code: 'not-arabic', reason: 'not Arabic text (0%)' },
        { file: 'copy.txt', code: 'duplicate', duplicateOf: 'a.txt', reason: 'the same text as a.txt' },
      ],
    } satisfies Corpus;
    renderApp({}, corpus);
    const ar = screen.getByTestId('problems-notice');
    expect(ar).toHaveTextContent('big.txt: أكبر من أن يكون مقالًا واحدًا (الحد 1 ميغابايت)');
    expect(ar).toHaveTextContent('en.txt: ليس مقالًا عربيًّا');
    expect(ar).toHaveTextContent('copy.txt: نسخة مطابقة من «\u2068a.txt\u2069»');
    cleanup();
    renderApp({ lang: 'en' }, corpus);
    const en = screen.getByTestId('problems-notice');
    expect(en).toHaveTextContent('big.txt: too large to be one article (the limit is 1 MB)');
    expect(en).toHaveTextContent('copy.txt: the same text as “\u2068a.txt\u2069”, which is shown instead');
    expect(en).not.toHaveTextContent('4.0 MB');
  });

  it('shows the story title, date and number of outlets', () => {
    renderApp();
    const title = screen.getByTestId('story-title');
    expect(title.tagName).toBe('H1');
    expect(title).toHaveTextContent('محادثات موسكو بين طرفي النزاع الليبي');
    const banner = within(screen.getByRole('banner'));
    expect(banner.getByText('تاريخ الحدث: 13 يناير 2020')).toBeInTheDocument();
    // Two identified outlets; the third article's outlet is unknown, and is counted apart.
    expect(banner.getByText('وسيلتا إعلام')).toBeInTheDocument();
    expect(banner.getByText('مصدر واحد غير محدَّد')).toBeInTheDocument();
    expect(banner.getByText('3 مقالات')).toBeInTheDocument();
  });

  it('switches the interface language and the page direction', async () => {
    const user = userEvent.setup();
    const { store } = renderApp();
    expect(document.documentElement).toHaveAttribute('lang', 'ar');
    expect(document.documentElement).toHaveAttribute('dir', 'rtl');
    const button = screen.getByTestId('lang-switch');
    expect(button).toHaveAttribute('lang', 'en');
    await user.click(button);
    expect(store.getState().view.lang).toBe('en');
    expect(document.documentElement).toHaveAttribute('lang', 'en');
    expect(document.documentElement).toHaveAttribute('dir', 'ltr');
    expect(screen.getByTestId('story-title')).toHaveTextContent(
      "The Moscow talks between Libya's rival sides",
    );
    expect(screen.getByText('Event date: January 13, 2020')).toBeInTheDocument();
    expect(screen.getByTestId('lang-switch')).toHaveTextContent('العربية');
  });

  it('switches to Arabic-Indic digits', async () => {
    const user = userEvent.setup();
    renderApp({ lang: 'en' });
    const button = screen.getByTestId('digits-switch');
    expect(button).toHaveAttribute('aria-pressed', 'false');
    await user.click(button);
    expect(button).toHaveAttribute('aria-pressed', 'true');
    // Left-to-right marks keep Arabic-Indic numbers in written order inside English text.
    expect(screen.getByText('Event date: January ١٣\u200E, ٢٠٢٠\u200E')).toBeInTheDocument();
  });
});

describe('copy link', () => {
  it('copies the address and confirms it', async () => {
    const user = userEvent.setup();
    const writeText = vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue(undefined);
    renderApp({ lang: 'en' });
    await user.click(screen.getByTestId('copy-link'));
    expect(writeText).toHaveBeenCalledWith(window.location.href);
    const status = screen.getByTestId('copy-status');
    expect(status).toHaveAttribute('role', 'status');
    expect(status).toHaveTextContent('Link copied');
  });

  it('falls back to a selected field when the clipboard is refused', async () => {
    const user = userEvent.setup();
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new Error('denied'));
    renderApp({ lang: 'en' });
    await user.click(screen.getByTestId('copy-link'));
    const field = screen.getByRole('textbox', { name: 'Link to this view' });
    expect(field).toHaveValue(window.location.href);
    expect(field).toHaveAttribute('readonly');
    expect(screen.getByTestId('copy-status')).toHaveTextContent('Could not copy automatically');
  });
});

describe('notices', () => {
  it('lists dropped URL values in plain words and the unusable seed files', async () => {
    const { store } = renderApp({ lang: 'en' });
    act(() =>
      store.getState().applyUrl({ ...DEFAULT_VIEW, outlets: null, lang: 'en', digits: 'latn' }, [
        { kind: 'unknown-outlet', param: 'o', value: 'cnn' },
        { kind: 'bad-digits', param: 'digits', value: 'roman' },
      ]),
    );
    // The words for a link's problems come with them (a lazily loaded part).
    const notice = await screen.findByTestId('url-notice', {}, { timeout: 5000 });
    expect(notice.closest('[role="status"]')).not.toBeNull();
    // Quoted values are bidi-isolated (U+2068 … U+2069), so a value keeps its order in either direction.
    expect(notice).toHaveTextContent('The outlet “\u2068cnn\u2069” is not part of this story.');
    expect(notice).toHaveTextContent('The digits “\u2068roman\u2069” are not known');
    expect(screen.getByTestId('problems-notice')).toHaveTextContent('broken.txt: not valid UTF-8 text');
  });

  it('can be dismissed', async () => {
    const user = userEvent.setup();
    renderApp({ lang: 'en' });
    expect(screen.getByTestId('problems-notice')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Dismiss notices' }));
    expect(screen.queryByTestId('problems-notice')).toBeNull();
    expect(screen.queryByTestId('url-notice')).toBeNull();
  });
});

describe('error boundary', () => {
  it('shows a recoverable message instead of a blank page', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    document.documentElement.lang = 'en';
    render(
      <ErrorBoundary>
        <Broken />
      </ErrorBoundary>,
    );
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('Something went wrong');
    expect(within(alert).getByRole('button', { name: 'Reload' })).toBeInTheDocument();
    // The default view, in the language the reader was reading.
    expect(within(alert).getByRole('link', { name: 'Start from the default view' })).toHaveAttribute(
      'href',
      '?v=1&lang=en',
    );
  });
});
