// @vitest-environment jsdom
import { act, cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { uiCorpus } from '../fixtures/ui-corpus.ts';
import { renderApp } from './render.tsx';

const scrolled: string[] = [];
beforeEach(() => {
  scrolled.length = 0;
  // jsdom has no layout; record which sentence was asked to scroll into view.
  Element.prototype.scrollIntoView = vi.fn(function (this: Element) {
    scrolled.push(this.getAttribute('data-sentence-id') ?? this.tagName);
  });
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const table = () => within(screen.getByTestId('matrix')).getByRole('table');
const sentence = (id: string) => {
  const found = document.querySelector(`[data-sentence-id="${id}"]`);
  if (!(found instanceof HTMLElement)) throw new Error(`no sentence ${id}`);
  return found;
};
const cell = (question: string, article: string) => {
  const found = screen
    .getAllByTestId('matrix-cell')
    .find((c) => c.dataset.question === question && c.dataset.article === article);
  if (!found) throw new Error(`no cell ${question} × ${article}`);
  return found;
};

describe('fact matrix', () => {
  it('is a captioned table: outlets as column headers in column order, questions and facts as row headers', () => {
    renderApp();
    const t = table();
    expect(within(t).getByText(/كيف أجابت كل وسيلة إعلام/)).toBeInTheDocument();
    expect(t.querySelector('caption')).not.toBeNull();
    const columnHeaders = within(t)
      .getAllByRole('columnheader')
      .map((th) => [th.getAttribute('scope'), th.textContent]);
    expect(columnHeaders).toEqual([
      ['col', 'السؤال'],
      ['col', 'العربية نت'],
      ['col', 'اليوم السابع'],
      ['col', 'مصدر غير محدَّد'],
      // The heading over the fact rows spans every column.
      ['colgroup', 'وقائع روتها وسيلتان أو أكثر'],
    ]);
    const rowHeaders = within(t).getAllByRole('rowheader');
    expect(rowHeaders.map((th) => th.getAttribute('scope'))).toEqual(['row', 'row', 'row', 'row', 'row']);
    expect(rowHeaders[0]).toHaveTextContent('هل انتهت المحادثات باتفاق؟');
    // A report written before the outcome against the outcome: no disagreement among those who knew it.
    expect(rowHeaders[0]).toHaveTextContent('لا خلاف بين من عرفوا النتيجة: بعضها كُتب قبلها');
    expect(within(rowHeaders[0]!).getByTestId('verdict')).toHaveAttribute('data-before', 'true');
    expect(rowHeaders[1]).toHaveTextContent('مصدر واحد');
    // Facts: the contradiction first, then the agreement, then the wire copy two outlets share.
    expect(rowHeaders[2]).toHaveTextContent('واستمرت المحادثات أكثر من ست ساعات.');
    expect(rowHeaders[2]).toHaveTextContent('تناقض في الأرقام');
    expect(rowHeaders[3]).toHaveTextContent('أكدتها وسيلتان مستقلتان');
    // Runs right to left like the columns, whatever the interface language.
    expect(t).toHaveAttribute('dir', 'rtl');
  });

  it('labels every answer with an icon and the choice label in the interface language, never colour alone', () => {
    renderApp({ lang: 'en' });
    const answers = ['000-a1', '001-b2', '002-c3'].map((a) => cell('talks-outcome', a));
    expect(answers.map((b) => b.textContent)).toEqual([
      expect.stringContaining('Not signed'),
      expect.stringContaining('Expected'),
      expect.stringContaining('Not signed'),
    ]);
    for (const button of answers) expect(button.querySelector('svg')).not.toBeNull();
    // Same answer, same shape; a different answer, a different shape.
    const shape = (b: HTMLElement) => b.querySelector('svg')?.innerHTML;
    expect(shape(answers[0] as HTMLElement)).toBe(shape(answers[2] as HTMLElement));
    expect(shape(answers[0] as HTMLElement)).not.toBe(shape(answers[1] as HTMLElement));
    expect(cell('army-position', '000-a1')).toHaveTextContent('Not mentioned');
    expect(
      screen.getByText('No disagreement among those who knew the outcome: some wrote before it'),
    ).toBeInTheDocument();
  });

  it('shows the quoted detail an answer carries', () => {
    renderApp();
    expect(cell('talks-outcome', '000-a1')).toHaveTextContent('طلب حفتر مهلة حتى صباح الثلاثاء');
  });

  it('marks each outlet on a fact: reports, differs (with its cue) or absent, and the wire copies', () => {
    renderApp({ lang: 'en' });
    const rows = within(screen.getByTestId('matrix-facts')).getAllByRole('row');
    const states = (row: HTMLElement) =>
      within(row)
        .queryAllByTestId('fact-cell')
        .map((c) => c.dataset.state);
    const [, duration, arrival, army] = rows as HTMLElement[];
    expect(states(duration as HTMLElement)).toEqual(['absent', 'differs', 'differs']);
    expect(duration).toHaveTextContent('أكثر من ست ساعات');
    expect(states(arrival as HTMLElement)).toEqual(['reports', 'absent', 'reports']);
    expect(states(army as HTMLElement)).toEqual(['absent', 'reports', 'reports']);
    expect(within(army as HTMLElement).getAllByText('shared wire copy')).toHaveLength(2);
  });

  it('follows the outlet filter', async () => {
    const user = userEvent.setup();
    renderApp();
    await user.click(screen.getByTestId('outlet-toggle-youm7'));
    expect(table().querySelectorAll('th[scope="col"]')).toHaveLength(3);
    expect(screen.getAllByTestId('matrix-cell').map((c) => c.dataset.article)).not.toContain('001-b2');
  });

  it('a click on a cell selects the question and brings its evidence sentence into view, focused and marked', async () => {
    const user = userEvent.setup();
    const { store } = renderApp();
    await user.click(cell('talks-outcome', '001-b2'));
    expect(store.getState().view.question).toBe('talks-outcome');
    const target = sentence('001-b2.p2.s1');
    expect(scrolled).toEqual(['001-b2.p2.s1']);
    expect(target).toHaveFocus();
    expect(target).toHaveAttribute('data-focused');
    expect(target).toHaveClass('mark-focus');
    // The selected question's evidence is marked in every column, its deciding sentences underlined at the cue.
    expect(sentence('000-a1.p1.s1')).toHaveAttribute('data-evidence');
    expect(sentence('002-c3.p1.s1').querySelector('.cue')).toHaveTextContent('وقّع السراج');
    expect(screen.getByRole('row', { current: true })).toHaveTextContent('هل انتهت المحادثات باتفاق؟');
  });

  it('a second click on the same cell scrolls to the sentence again', async () => {
    const user = userEvent.setup();
    renderApp();
    await user.click(cell('talks-outcome', '000-a1'));
    await user.click(cell('talks-outcome', '000-a1'));
    expect(scrolled).toEqual(['000-a1.p1.s1', '000-a1.p1.s1']);
  });

  it('a cell without evidence selects the question and says there is nothing to show', async () => {
    const user = userEvent.setup();
    const { store } = renderApp({ lang: 'en' });
    await user.click(cell('army-position', '000-a1'));
    expect(store.getState().view.question).toBe('army-position');
    expect(scrolled).toEqual([]);
    expect(within(screen.getByTestId('matrix')).getByRole('status')).toHaveTextContent(
      'Al Arabiya does not mention this',
    );
  });

  it('a fact cell jumps to that outlet’s sentence, and shows an outlet the filter hid', async () => {
    const user = userEvent.setup();
    const { store } = renderApp();
    const differs = screen.getAllByTestId('fact-cell').find((c) => c.dataset.target === '002-c3.p2.s2');
    if (!differs) throw new Error('no fact cell for 002-c3.p2.s2');
    await user.click(differs);
    expect(sentence('002-c3.p2.s2')).toHaveFocus();
    act(() => store.getState().setOutlets(['alarabiya']));
    act(() => store.getState().focusSentence('001-b2.p2.s2'));
    expect(store.getState().view.outlets).toEqual(['alarabiya', 'youm7']);
    expect(sentence('001-b2.p2.s2')).toHaveFocus();
  });

  it('is operable from the keyboard: Tab reaches the cells in order, Enter opens the evidence', async () => {
    const user = userEvent.setup();
    const { store } = renderApp();
    const first = cell('talks-outcome', '000-a1');
    first.focus();
    await user.tab();
    expect(cell('talks-outcome', '001-b2')).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(store.getState().view.question).toBe('talks-outcome');
    expect(sentence('001-b2.p2.s1')).toHaveFocus();
  });

  it('hides more than five shared facts behind a button', async () => {
    const user = userEvent.setup();
    const [fact] = uiCorpus.facts.filter((f) => f.id === 'f-arrival');
    if (!fact) throw new Error('fixture has f-arrival');
    const facts = Array.from({ length: 7 }, (_, i) => ({ ...fact, id: `f-copy-${i}` }));
    renderApp({}, { ...uiCorpus, facts });
    const rows = () =>
      within(screen.getByTestId('matrix-facts'))
        .getAllByRole('row')
        .filter((r) => r.dataset.fact);
    expect(rows()).toHaveLength(5);
    await user.click(screen.getByRole('button', { name: 'اعرض واقعتين أخريين' }));
    expect(rows()).toHaveLength(7);
  });

  it('is absent when the corpus has nothing to compare', () => {
    renderApp({}, { ...uiCorpus, questions: [], facts: [], wire: [] });
    expect(screen.queryByTestId('matrix')).toBeNull();
    expect(screen.queryByTestId('highlight-bar')).toBeNull();
    expect(sentence('000-a1.p1.s1')).not.toHaveAttribute('data-status');
  });
});

describe('fact matrix of a story without questions (issue 12)', () => {
  const { questions: _declared, ...story } = uiCorpus.story;
  const bare = { ...uiCorpus, story, questions: [] };
  const headings = () =>
    [...table().querySelectorAll('th[scope="colgroup"]')].map((th) => th.textContent?.replace(/\s+/g, ' '));
  const factRows = () =>
    within(screen.getByTestId('matrix-facts'))
      .getAllByRole('row')
      .map((r) => r.dataset.fact ?? `— ${r.textContent}`);
  const single = () => screen.getByTestId('matrix-single') as HTMLDetailsElement;

  it('leads with the contradictions, then the facts several outlets report, each group under its heading and count', () => {
    renderApp({}, bare);
    expect(screen.queryByTestId('matrix-questions')).toBeNull();
    expect(table().querySelector('caption')).toHaveTextContent('ما تتناقض فيه الروايات أولًا');
    expect(within(table()).getAllByRole('columnheader')[0]).toHaveTextContent('الواقعة');
    expect(factRows()).toEqual([
      '— وقائع تتناقض فيها الروايات (1)',
      'f-duration',
      '— وقائع روتها أكثر من وسيلة، الأوسع تداولًا أولًا (2)',
      'f-arrival',
      'f-army',
    ]);
  });

  it('folds the claims one outlet reports alone under a count, a native disclosure (keyboard: tests/e2e/no-config.e2e.ts)', async () => {
    const user = userEvent.setup();
    renderApp({}, bare);
    const summary = within(single()).getByText('وقائع انفردت بها وسيلة واحدة (1)');
    expect(single().open).toBe(false);
    expect(screen.queryAllByTestId('single-claim')).toEqual([]);
    await user.click(summary);
    expect(single().open).toBe(true);
    // The list is a lazily loaded part: it may take a moment on a busy machine.
    const claims = await screen.findAllByTestId('single-claim', {}, { timeout: 5000 });
    expect(claims.map((c) => c.dataset.target)).toEqual(['000-a1.p1.s2']);
    // Under its outlet's name, with the outlet's count; the button says where it leads.
    const list = within(single()).getByRole('list', { name: /العربية نت/ });
    expect(list).toContainElement(claims[0] as HTMLElement);
    expect(claims[0]).toHaveAccessibleName(
      /وطلب حفتر مهلة حتى صباح الثلاثاء.*اعرض الدليل في مقال العربية نت/,
    );
    await user.click(claims[0] as HTMLElement);
    expect(scrolled).toEqual(['000-a1.p1.s2']);
    expect(sentence('000-a1.p1.s2')).toHaveFocus();
  });

  it('follows the selection: a contradiction with a hidden outlet is none, and what one shown outlet reports alone joins the list', async () => {
    const user = userEvent.setup();
    const { store } = renderApp({ lang: 'en' }, bare);
    act(() => store.getState().toggleOutlet('youm7'));
    expect(headings()).toEqual(['Reported by more than one outlet, most reported first (1)']);
    expect(factRows()).toEqual(['— Reported by more than one outlet, most reported first (1)', 'f-arrival']);
    await user.click(within(single()).getByText('Reported by one outlet only (3)'));
    const claims = await screen.findAllByTestId('single-claim', {}, { timeout: 5000 });
    expect(claims.map((c) => c.dataset.target)).toEqual(['000-a1.p1.s2', '002-c3.p2.s2', '002-c3.p2.s3']);
  });

  it('folds a long group after five rows, each group with a button of its own', async () => {
    const user = userEvent.setup();
    const [arrival] = uiCorpus.facts.filter((f) => f.id === 'f-arrival');
    if (!arrival) throw new Error('fixture has f-arrival');
    const facts = [
      ...uiCorpus.facts.filter((f) => f.id !== 'f-arrival'),
      ...Array.from({ length: 7 }, (_, i) => ({ ...arrival, id: `f-copy-${i}` })),
    ];
    renderApp({}, { ...bare, facts });
    expect(factRows().filter((r) => r.startsWith('f-copy'))).toHaveLength(5);
    const more = screen.getByRole('button', { name: 'اعرض 3 وقائع أخرى' });
    expect(more).toHaveAccessibleDescription(/وقائع روتها أكثر من وسيلة/);
    await user.click(more);
    expect(factRows().filter((r) => r.startsWith('f-copy'))).toHaveLength(7);
    expect(factRows()[1]).toBe('f-duration');
  });

  it('shows the single-source list without a table when no two shown outlets report one fact', () => {
    renderApp({ outlets: ['alarabiya', 'youm7'] }, bare);
    expect(within(screen.getByTestId('matrix')).queryByRole('table')).toBeNull();
    expect(screen.getByTestId('matrix')).toHaveTextContent(
      'لا تروي وسيلتان معروضتان أو أكثر أيّ واقعة واحدة.',
    );
    expect(single()).toHaveTextContent('وقائع انفردت بها وسيلة واحدة (4)');
  });

  it('a story with questions keeps one heading over its facts and no single-source list', () => {
    renderApp();
    expect(headings()).toEqual(['وقائع روتها وسيلتان أو أكثر']);
    expect(screen.queryByTestId('matrix-single')).toBeNull();
  });
});
