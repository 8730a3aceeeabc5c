// @vitest-environment jsdom
import { act, cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { findCues } from '../../src/core/compare/cues/cues.ts';
import type { Corpus } from '../../src/core/types.ts';
import { uiCorpus } from '../fixtures/ui-corpus.ts';
import { renderApp } from './render.tsx';

const scrolled: string[] = [];
beforeEach(() => {
  scrolled.length = 0;
  Element.prototype.scrollIntoView = vi.fn(function (this: Element) {
    scrolled.push(this.getAttribute('data-sentence-id') ?? this.tagName);
  });
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const part = (id: string) => screen.getByTestId(id);

/** "At a glance" starts closed and fetches its charts when opened. */
async function openGlance(): Promise<void> {
  await userEvent.click(screen.getByTestId('glance-toggle'));
  await screen.findByTestId('timeline');
}
const coverageRows = () =>
  within(part('coverage'))
    .getAllByRole('row')
    .slice(1)
    .map((row) => [
      row.getAttribute('data-fact'),
      ...within(row)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ]);

describe('at a glance: coverage', () => {
  it('is a captioned table, one row per fact two outlets report, contradictions first, numbers in cells', async () => {
    renderApp({ lang: 'en' });
    await openGlance();
    const table = within(part('coverage')).getByRole('table');
    expect(table.querySelector('caption')?.textContent).toMatch(/how many of the shown outlets report it/);
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((th) => [th.getAttribute('scope'), th.textContent]),
    ).toEqual([
      ['col', 'Fact'],
      ['col', 'Report'],
      ['col', 'Agree'],
      ['col', 'Differ'],
    ]);
    expect(coverageRows()).toEqual([
      ['f-duration', '2 of 3', '0', '2'],
      ['f-arrival', '2 of 3', '2', '0'],
      ['f-army', '2 of 3', '2', '0'],
    ]);
    expect(within(table).getAllByRole('rowheader')[0]?.getAttribute('scope')).toBe('row');
    // The picture tells the same numbers: each bar's segments.
    const bar = part('coverage').querySelector('[data-fact="f-duration"] [data-testid="coverage-bar"]');
    expect(
      [...(bar?.querySelectorAll('[data-segment]') ?? [])].map((s) => [
        s.getAttribute('data-segment'),
        s.getAttribute('data-count'),
      ]),
    ).toEqual([['contradict', '2']]);
    expect(within(part('coverage')).getByText(/One more fact only one outlet reports/)).toBeInTheDocument();
  });

  it('shows the fact’s evidence in the columns when its label is picked', async () => {
    renderApp();
    await openGlance();
    const row = part('coverage').querySelector('[data-fact="f-arrival"]') as HTMLElement;
    await userEvent.click(within(row).getByRole('button'));
    expect(scrolled).toEqual(['000-a1.p2.s1']);
  });

  it('follows the outlet filter and the digits setting', async () => {
    const { store } = renderApp({ digits: 'arab' });
    await openGlance();
    expect(coverageRows()[0]).toEqual(['f-duration', '٢ من ٣', '٠', '٢']);
    act(() => store.getState().toggleOutlet('youm7'));
    // Issue 11: with youm7 hidden, the facts only one shown outlet reports leave the chart (their verdicts are
    // the shown outlets': no contradiction with a hidden one).
    expect(coverageRows()).toEqual([['f-arrival', '٢ من ٢', '٢', '٠']]);
  });
});

describe('at a glance: agreement heat map', () => {
  it('is a table of outlets by outlets: own counts on the diagonal, agreement and contradictions in words', async () => {
    renderApp({ lang: 'en' });
    await openGlance();
    const table = within(part('agreement')).getByRole('table');
    const headers = within(table)
      .getAllByRole('columnheader')
      .map((th) => th.textContent);
    expect(headers).toEqual(['Al Arabiya', 'Youm7', 'Unidentified source']);
    const rows = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((row) => [
        within(row).getByRole('rowheader').textContent,
        ...within(row)
          .getAllByRole('cell')
          .map((c) => c.textContent),
      ]);
    expect(rows).toEqual([
      ['Al Arabiya', '2 facts', 'No fact in common', '1 of 1'],
      ['Youm7', 'No fact in common', '2 facts', '1 of 21 contradiction'],
      ['Unidentified source', '1 of 1', '1 of 21 contradiction', '3 facts'],
    ]);
    expect(table.getAttribute('aria-describedby')).toBe('agreement-caption');
    expect(document.getElementById('agreement-caption')?.textContent).toMatch(/On the diagonal/);
  });

  it('is left out with a single outlet shown', () => {
    renderApp({ outlets: ['youm7'] });
    expect(screen.queryByTestId('agreement')).toBeNull();
  });
});

describe('at a glance: timeline', () => {
  it('lists the days with each article, how its date is known, and its answer to the chosen question', async () => {
    renderApp({ lang: 'en' });
    await openGlance();
    const timeline = part('timeline');
    const list = within(timeline).getByRole('list', { name: 'When each outlet wrote' });
    const days = within(list).getAllByTestId('timeline-day');
    expect(days.map((d) => d.getAttribute('data-day'))).toEqual(['2020-01-13', '']);
    expect(within(days[0]!).getByText('Day of the event')).toBeInTheDocument();
    expect(
      within(days[0]!).getByText('Within a day, the order of the articles is not known.'),
    ).toBeInTheDocument();
    const entries = () =>
      within(timeline)
        .getAllByTestId('timeline-entry')
        .map((e) => [
          e.getAttribute('data-article'),
          e.getAttribute('data-source'),
          e.getAttribute('data-answer'),
        ]);
    expect(entries()).toEqual([
      ['000-a1', 'provenance', 'not-signed'],
      ['001-b2', 'provenance', 'expected'],
      ['002-c3', 'none', 'not-signed'],
    ]);
    expect(within(days[1]!).getByText('No date')).toBeInTheDocument();
    expect(within(days[1]!).getByText(/Neither the sources file nor the text/)).toBeInTheDocument();
    // Another question's answers.
    await userEvent.selectOptions(within(timeline).getByLabelText('Answer to'), 'army-position');
    expect(entries().map((e) => e[2])).toEqual(['unreported', 'stays', 'unreported']);
  });

  it('takes the question selected in the matrix, and drops hidden outlets', async () => {
    const { store } = renderApp({ question: 'army-position' });
    await openGlance();
    const answers = () =>
      within(part('timeline'))
        .getAllByTestId('timeline-entry')
        .map((e) => e.getAttribute('data-answer'));
    expect(answers()).toEqual(['unreported', 'stays', 'unreported']);
    act(() => store.getState().toggleOutlet('alarabiya'));
    expect(answers()).toEqual(['stays', 'unreported']);
  });
});

describe('at a glance: a date estimated from the text', () => {
  it('is marked as an estimate, with the words it rests on', async () => {
    const text = 'وقّع السراج أمس على وثيقة وقف إطلاق النار في موسكو.';
    const corpus: Corpus = {
      ...uiCorpus,
      articles: uiCorpus.articles.map((a) =>
        a.id === '002-c3'
          ? {
              ...a,
              paragraphs: a.paragraphs.map((p, i) =>
                i === 0 ? { ...p, sentences: [{ id: '002-c3.p1.s1', text, cues: findCues(text) }] } : p,
              ),
            }
          : a,
      ),
    };
    renderApp({ lang: 'en' }, corpus);
    await openGlance();
    const day = screen.getAllByTestId('timeline-day').find((d) => d.dataset.day === '2020-01-14');
    const entry = within(day!).getByTestId('timeline-entry');
    expect(entry.dataset.source).toBe('text');
    expect(within(entry).getByText('estimated from the text')).toBeInTheDocument();
    expect(entry.textContent).toMatch(/a relative day, read against the event's date:\s*أمس/);
    expect(entry.querySelector('q[lang="ar"][dir="rtl"]')?.textContent).toBe('أمس');
  });
});

describe('at a glance: the section', () => {
  it('starts closed, opens and closes again, saying so to assistive technology', async () => {
    renderApp({ lang: 'en' });
    const toggle = within(part('glance')).getByRole('button', { name: /At a glance: charts and timeline/ });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByTestId('coverage')).toBeNull();
    await userEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    await screen.findByTestId('coverage');
    expect(toggle.getAttribute('aria-controls')).toBe('glance-body');
    await userEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(document.getElementById('glance-body')).toBeNull();
  });
});

describe('at a glance: a story without questions (issue 12)', () => {
  const { questions: _declared, ...story } = uiCorpus.story;
  const bare: Corpus = { ...uiCorpus, story, questions: [] };
  const groupHeadings = () =>
    [...part('coverage').querySelectorAll('th[scope="colgroup"]')].map((th) => th.textContent);

  it('heads the contradictions and the facts several outlets report as the matrix does', async () => {
    renderApp({ lang: 'en' }, bare);
    await openGlance();
    const rows = within(part('coverage')).getAllByRole('row').slice(1);
    expect(rows.map((row) => row.getAttribute('data-fact'))).toEqual([
      null,
      'f-duration',
      null,
      'f-arrival',
      'f-army',
    ]);
    expect(groupHeadings()).toEqual([
      'Where the reports contradict each other (1)',
      'Reported by more than one outlet, most reported first (2)',
    ]);
    expect(within(part('coverage')).getByText(/One more fact only one outlet reports/)).toBeInTheDocument();
  });

  it('follows the selection: with no contradiction among the shown outlets, no contradictions heading', async () => {
    const { store } = renderApp({ lang: 'en' }, bare);
    await openGlance();
    act(() => store.getState().toggleOutlet('youm7'));
    expect(groupHeadings()).toEqual(['Reported by more than one outlet, most reported first (1)']);
  });

  it('a story with questions has no group headings in the chart', async () => {
    renderApp({ lang: 'en' });
    await openGlance();
    expect(groupHeadings()).toEqual([]);
  });
});
