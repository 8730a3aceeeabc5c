// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Corpus } from '../../src/core/types.ts';
import { uiCorpus } from '../fixtures/ui-corpus.ts';
import { renderApp } from './render.tsx';

beforeEach(() => {
  Element.prototype.scrollIntoView = vi.fn();
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const sentence = (id: string) => {
  const found = document.querySelector(`[data-sentence-id="${id}"]`);
  if (!(found instanceof HTMLElement)) throw new Error(`no sentence ${id}`);
  return found;
};
/** The explanation button that follows a sentence. */
const badgeOf = (id: string) => {
  const button = sentence(id).nextElementSibling?.querySelector('[data-testid="mark-badge"]');
  if (!(button instanceof HTMLElement)) throw new Error(`no badge after ${id}`);
  return button;
};
const statuses = () =>
  Object.fromEntries(
    [...document.querySelectorAll<HTMLElement>('[data-sentence-id]')]
      .filter((s) => s.dataset.status || s.dataset.wire !== undefined)
      .map((s) => [
        s.dataset.sentenceId,
        `${s.dataset.status ?? '-'}${s.dataset.wire === undefined ? '' : '+wire'}`,
      ]),
  );

describe('sentence marks in the columns', () => {
  it('mark every sentence the comparison speaks of, by status, with wire copies', () => {
    renderApp({ highlight: 'all' });
    // The question's two answers (an outcome, and a report written before it) are no disagreement: unmarked.
    expect(statuses()).toEqual({
      '000-a1.p1.s2': 'single',
      '000-a1.p2.s1': 'agreement',
      '001-b2.p1.s1': 'single+wire',
      '001-b2.p2.s2': 'contradiction',
      '002-c3.p2.s1': 'agreement',
      '002-c3.p2.s2': 'contradiction',
      '002-c3.p2.s3': 'single+wire',
    });
    expect(sentence('000-a1.p2.s1')).toHaveClass('mark-agreement');
    expect(sentence('002-c3.p2.s2')).toHaveClass('mark-contradiction');
  });

  it('underline the cue itself inside a contradicted sentence, keeping the sentence text whole', () => {
    renderApp({ highlight: 'all' });
    const s = sentence('001-b2.p2.s2');
    expect(s).toHaveTextContent('واستمرت المحادثات أكثر من ست ساعات.');
    expect([...s.querySelectorAll('.cue')].map((c) => [c.textContent, c.getAttribute('data-cue')])).toEqual([
      ['أكثر من ست ساعات', 'number'],
    ]);
  });

  it('say each status in words on the badge, not by colour alone', () => {
    renderApp({ highlight: 'all', lang: 'en' });
    expect(badgeOf('000-a1.p2.s1')).toHaveAccessibleName(/confirmed by 2 outlets/);
    expect(badgeOf('001-b2.p2.s2')).toHaveAccessibleName(/Contradiction: numbers/);
    expect(badgeOf('001-b2.p2.s2')).toHaveTextContent('numbers');
    expect(badgeOf('000-a1.p1.s2')).toHaveAccessibleName(/Single source/);
    expect(badgeOf('001-b2.p1.s1')).toHaveAccessibleName(/Wire copy/);
  });
});

describe('highlight switch and legend', () => {
  it('offers five modes as one radio group, "worth checking" first and chosen by default', () => {
    renderApp({ lang: 'en' });
    const group = screen.getByRole('group', { name: 'Marks in the articles' });
    const radios = within(group).getAllByRole('radio');
    expect(radios.map((r) => r.closest('label')?.textContent)).toEqual([
      'Worth checking',
      'All',
      'Contradictions',
      'Agreements',
      'None',
    ]);
    expect(within(group).getByRole('radio', { name: 'Worth checking' })).toBeChecked();
  });

  it('by default marks only what a reader must see: contradictions, wire copy, single claims with a figure', () => {
    const { store } = renderApp();
    expect(store.getState().view.highlight).toBe('essential');
    const shown = Object.values(statuses()) as string[];
    // No agreement is marked until the reader asks for it.
    expect(shown.filter((s) => s.startsWith('agreement'))).toEqual([]);
    expect(shown).toContain('contradiction');
    expect(shown.some((s) => s.endsWith('wire'))).toBe(true);
  });

  it('changes what is marked, and the view (so the URL) with it', async () => {
    const user = userEvent.setup();
    const { store } = renderApp({ highlight: 'all', lang: 'en' });
    await user.click(screen.getByRole('radio', { name: 'Contradictions' }));
    expect(store.getState().view.highlight).toBe('contradictions');
    expect(Object.values(statuses()).every((s) => s === 'contradiction')).toBe(true);
    expect(Object.keys(statuses())).toHaveLength(2);

    await user.click(screen.getByRole('radio', { name: 'Agreements' }));
    expect(statuses()).toEqual({
      '000-a1.p2.s1': 'agreement',
      '001-b2.p1.s1': '-+wire',
      '002-c3.p2.s1': 'agreement',
      '002-c3.p2.s3': '-+wire',
    });

    await user.click(screen.getByRole('radio', { name: 'None' }));
    expect(statuses()).toEqual({});
    expect(screen.queryAllByTestId('mark-badge')).toHaveLength(0);
    expect(document.querySelectorAll('[data-sentence-id] .cue')).toHaveLength(0);
  });

  it('moves between modes with the arrow keys', async () => {
    const user = userEvent.setup();
    const { store } = renderApp({ highlight: 'all' });
    screen.getByTestId('highlight-all').focus();
    await user.keyboard('{ArrowRight}');
    expect(store.getState().view.highlight).not.toBe('all');
  });

  it('keeps the selected question’s evidence marked whatever the mode', () => {
    const { store } = renderApp({ highlight: 'none', question: 'talks-outcome' });
    expect(sentence('001-b2.p2.s1')).toHaveAttribute('data-evidence');
    expect(badgeOf('001-b2.p2.s1')).toHaveTextContent('متوقَّع');
    act(() => store.getState().selectQuestion(null));
    expect(sentence('001-b2.p2.s1')).not.toHaveAttribute('data-evidence');
  });

  it('has a legend naming every marker in words', () => {
    renderApp({ highlight: 'all', lang: 'en' });
    const legend = screen.getByTestId('legend');
    for (const words of [
      'Confirmed by other outlets',
      'Contradicted by another outlet',
      'Only one outlet reports it',
      'Wire copy shared by several outlets',
      'The word that makes the difference',
      'Evidence for the selected question',
    ]) {
      expect(legend).toHaveTextContent(words);
    }
  });
});

describe('explanations', () => {
  it('open on hover and name the other outlets, their sentences, the cues and how sure', async () => {
    const user = userEvent.setup();
    renderApp({ highlight: 'all', lang: 'en' });
    await user.hover(badgeOf('001-b2.p2.s2'));
    const panel = screen.getByRole('dialog', { name: 'Why is it marked?' });
    expect(badgeOf('001-b2.p2.s2')).toHaveAttribute('aria-expanded', 'true');
    expect(panel).toHaveTextContent('Contradiction: numbers');
    expect(panel).toHaveTextContent('How sure: clear: the texts cannot both be right');
    expect(panel).toHaveTextContent('Cue: “\u2068أكثر من ست ساعات\u2069” (number)');
    expect(panel).toHaveTextContent('Cue: “\u2068نحو ثماني ساعات\u2069” (number)');
    expect(panel).toHaveTextContent('Unidentified source');
    expect(within(panel).getByText('واستمرت المحادثات نحو ثماني ساعات.')).toHaveAttribute('lang', 'ar');
  });

  it('open on keyboard focus, let Tab walk into them, and close on Escape with focus back on the badge', async () => {
    const user = userEvent.setup();
    renderApp({ highlight: 'all', lang: 'en' });
    const badge = badgeOf('000-a1.p2.s1');
    act(() => badge.focus());
    const panel = screen.getByRole('dialog');
    expect(panel).toHaveTextContent('The same fact in:');
    expect(panel).toHaveTextContent('Wording similarity: 41%');
    await user.tab();
    expect(within(panel).getByRole('button', { name: 'Close' })).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(badge).toHaveFocus();
  });

  it('stay open after a tap or click until clicked again, closed, or Escape', async () => {
    const user = userEvent.setup();
    renderApp({ highlight: 'all', lang: 'en' });
    const badge = badgeOf('000-a1.p1.s2');
    await user.click(badge);
    expect(screen.getByRole('dialog')).toHaveTextContent('No other outlet reports this fact.');
    await user.unhover(badge);
    fireEvent.blur(badge);
    expect(screen.getByRole('dialog')).toBeInTheDocument();
    await user.click(badge);
    expect(screen.queryByRole('dialog')).toBeNull();
    await user.click(badge);
    await user.click(screen.getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(badge).toHaveFocus();
  });

  it('close when focus leaves a panel that focus opened', async () => {
    const user = userEvent.setup();
    renderApp({ highlight: 'all', lang: 'en' });
    const badge = badgeOf('000-a1.p1.s2');
    act(() => badge.focus());
    expect(screen.getByRole('dialog')).toHaveTextContent('No other outlet reports this fact.');
    await user.tab(); // the Close button
    await user.tab(); // out of the panel, onto the next sentence's badge (which opens its own)
    expect(badge).toHaveAttribute('aria-expanded', 'false');
    expect(badgeOf('000-a1.p2.s1')).toHaveFocus();
    expect(screen.getAllByRole('dialog')).toHaveLength(1);
    expect(screen.getByRole('dialog')).toHaveTextContent('The same fact in:');
  });

  it('jump to the other sentence they name', async () => {
    const user = userEvent.setup();
    renderApp({ highlight: 'all', lang: 'en' });
    await user.click(badgeOf('001-b2.p1.s1'));
    const panel = screen.getByRole('dialog');
    expect(panel).toHaveTextContent('Nearly the same text in:');
    await user.click(
      within(panel).getByRole('button', { name: /Go to the sentence in Unidentified source/ }),
    );
    expect(sentence('002-c3.p2.s3')).toHaveFocus();
    expect(sentence('002-c3.p2.s3')).toHaveAttribute('data-focused');
  });

  it('tell the selected question’s answer and its quoted detail on its evidence', async () => {
    const user = userEvent.setup();
    renderApp({ highlight: 'all', question: 'talks-outcome' });
    await user.click(badgeOf('000-a1.p1.s1'));
    const panel = screen.getByRole('dialog');
    expect(panel).toHaveTextContent('إجابته عن «هل انتهت المحادثات باتفاق؟»: لم يُوقَّع');
    expect(panel).toHaveTextContent('التفصيل: طلب حفتر مهلة حتى صباح الثلاثاء');
    // Written before the outcome against it: the answer is told, no contradiction.
    expect(panel).not.toHaveTextContent('تناقض');
    expect(panel).toHaveAttribute('dir', 'rtl');
  });
});

describe('a contradiction of opposite predicates', () => {
  // The duration fact recast as one report saying Haftar accepted the draft and another that he refused it.
  const accepted = 'ووافق حفتر على مسودة الاتفاق.';
  const refused = 'ورفض حفتر مسودة الاتفاق.';
  const corpus: Corpus = structuredClone(uiCorpus);
  const texts: Record<string, string> = { '001-b2.p2.s2': accepted, '002-c3.p2.s2': refused };
  for (const article of corpus.articles)
    for (const paragraph of article.paragraphs)
      for (const s of paragraph.sentences) {
        const text = texts[s.id];
        if (text === undefined) continue;
        s.text = text;
        delete s.cues; // predicate cues stand only on a contradiction's sides
      }
  const predicate = (sentenceId: string, text: string, word: string) => {
    const start = text.indexOf(word);
    return { kind: 'predicate' as const, text: word, start, end: start + word.length, sentenceId };
  };
  const fact = corpus.facts.find((f) => f.id === 'f-duration');
  if (!fact) throw new Error('fixture changed');
  fact.contradiction = {
    type: 'opposite',
    scope: 'cross',
    strength: 'clear',
    sides: [
      {
        articleId: '001-b2',
        sentenceIds: ['001-b2.p2.s2'],
        cue: predicate('001-b2.p2.s2', accepted, 'وافق'),
      },
      { articleId: '002-c3', sentenceIds: ['002-c3.p2.s2'], cue: predicate('002-c3.p2.s2', refused, 'رفض') },
    ],
  };

  it('underlines the opposite word like any cue', () => {
    renderApp({ highlight: 'all' }, corpus);
    expect(
      [...sentence('002-c3.p2.s2').querySelectorAll('.cue')].map((c) => [
        c.textContent,
        c.getAttribute('data-cue'),
      ]),
    ).toEqual([['رفض', 'predicate']]);
  });

  it('is named in Arabic and in English, on the badge and in the explanation', async () => {
    const user = userEvent.setup();
    renderApp({ highlight: 'all' }, corpus);
    expect(badgeOf('001-b2.p2.s2')).toHaveAccessibleName(/تناقض في الفعل وعكسه/);
    await user.click(badgeOf('001-b2.p2.s2'));
    expect(screen.getByRole('dialog')).toHaveTextContent('الكلمة: «\u2068رفض\u2069» (فعل معاكس)');
    cleanup();

    renderApp({ highlight: 'all', lang: 'en' }, corpus);
    expect(badgeOf('001-b2.p2.s2')).toHaveAccessibleName(/Contradiction: opposite predicates/);
    await user.click(badgeOf('001-b2.p2.s2'));
    const panel = screen.getByRole('dialog');
    expect(panel).toHaveTextContent('Cue: “\u2068وافق\u2069” (opposite word)');
    expect(panel).toHaveTextContent('Cue: “\u2068رفض\u2069” (opposite word)');
  });
});

describe('badges read once and in the reader’s digits (issue 11, point 8)', () => {
  it('names each kind of contradiction once in a badge’s screen-reader label', () => {
    // A sentence in two facts that contradict it the same way (a second copy of a contradicted fact).
    const fact = uiCorpus.facts?.find((f) => f.relation === 'contradiction');
    if (!fact) throw new Error('the UI corpus has a contradiction');
    const twice: Corpus = {
      ...uiCorpus,
      facts: [...(uiCorpus.facts ?? []), { ...fact, id: `${fact.id}-again` }],
    };
    renderApp({ highlight: 'all' }, twice);
    const labels = screen.getAllByTestId('mark-badge').map((b) => b.getAttribute('aria-label') ?? '');
    expect(labels.length).toBeGreaterThan(0);
    for (const label of labels) {
      const parts = label.replace(/^[^?؟]*[?؟]\s*/, '').split('؛ ');
      expect(new Set(parts).size, label).toBe(parts.length);
    }
  });

  it('counts confirmations in Arabic-Indic digits after «أرقام ١٢٣»', () => {
    renderApp({ highlight: 'all', digits: 'arab' });
    const badge = badgeOf('000-a1.p2.s1');
    expect(badge.textContent).toMatch(/[\u0660-\u0669]/);
    expect(badge.textContent).not.toMatch(/[0-9]/);
  });
});
