// @vitest-environment jsdom
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { uiCorpus } from '../fixtures/ui-corpus.ts';
import { renderApp } from './render.tsx';

afterEach(cleanup);

const column = (articleId: string) => {
  const found = screen.getAllByTestId('column').find((c) => c.dataset.article === articleId);
  if (!found) throw new Error(`no column for ${articleId}`);
  return found;
};

describe('columns', () => {
  it('show one article per selected outlet, in corpus order, inside main', () => {
    renderApp({ outlets: ['alarabiya', 'unidentified-002-c3'] });
    const main = screen.getByRole('main');
    const columns = within(main).getAllByRole('article');
    expect(columns.map((c) => [c.dataset.outlet, c.dataset.article])).toEqual([
      ['alarabiya', '000-a1'],
      ['unidentified-002-c3', '002-c3'],
    ]);
  });

  it('are labelled by their outlet name', () => {
    renderApp();
    expect(screen.getByRole('article', { name: 'العربية نت' })).toBe(column('000-a1'));
    expect(screen.getByRole('article', { name: 'اليوم السابع' })).toBe(column('001-b2'));
    expect(screen.getByRole('article', { name: 'مصدر غير محدَّد' })).toBe(column('002-c3'));
  });

  it('keep article text right-to-left Arabic even in the English interface', () => {
    renderApp({ lang: 'en' });
    const sentence = column('000-a1').querySelector('[data-sentence-id="000-a1.p1.s2"]');
    expect(sentence).toHaveTextContent('وطلب حفتر مهلة حتى صباح الثلاثاء.');
    const block = sentence?.closest('[dir]');
    expect(block).toHaveAttribute('dir', 'rtl');
    expect(block).toHaveAttribute('lang', 'ar');
  });

  it('render every sentence as a span with its id, grouped in paragraphs', () => {
    renderApp();
    const spans = column('000-a1').querySelectorAll('[data-sentence-id]');
    expect([...spans].map((s) => s.getAttribute('data-sentence-id'))).toEqual([
      '000-a1.p1.s1',
      '000-a1.p1.s2',
      '000-a1.p2.s1',
    ]);
    expect(column('000-a1').querySelectorAll('p[data-paragraph-id]')).toHaveLength(2);
  });

  it('head each column with its outlet (h2), then the headline (h3) or a muted note when the page had none', () => {
    renderApp({ lang: 'en' });
    expect(within(column('001-b2')).getByRole('heading', { level: 2 })).toHaveTextContent('Youm7');
    expect(within(column('001-b2')).getByRole('heading', { level: 3 })).toHaveTextContent(
      'الجيش الليبي: قواتنا باقية في مواقعها',
    );
    expect(within(column('000-a1')).queryByRole('heading', { level: 3 })).toBeNull();
    const missing = within(column('000-a1')).getByTestId('no-title');
    expect(missing).toHaveTextContent('No headline in the scraped page');
    expect(missing).toHaveAttribute('lang', 'en');
  });

  it('show source details: country, attribution, date, links', () => {
    renderApp({ lang: 'en' });
    const first = within(column('000-a1'));
    expect(first.getByText('United Arab Emirates')).toBeInTheDocument();
    expect(first.getByText('Attribution: sure')).toBeInTheDocument();
    const clue = first.getByText('(العربية نت)');
    expect(clue).toHaveAttribute('lang', 'ar');
    expect(clue.closest('li')).toHaveTextContent('The dateline credits: (العربية نت) (line 9)');
    expect(first.getByText('Published in the evening.')).toHaveAttribute('lang', 'en');
    expect(first.getByText('Published January 13, 2020')).toBeInTheDocument();
    expect(first.getByRole('link', { name: 'Original article' })).toHaveAttribute(
      'href',
      'https://www.alarabiya.net/example',
    );

    const second = within(column('001-b2'));
    expect(second.getByText('youm7.com/story/2020/1/13/…/4585095')).toBeInTheDocument();
    expect(second.queryByRole('link', { name: 'Original article' })).toBeNull();
    expect(second.getByRole('link', { name: 'Youm7 homepage' })).toHaveAttribute(
      'href',
      'https://www.youm7.com/',
    );
    expect(second.getByText('وكالات')).toBeInTheDocument();
    expect(second.getByText('المشير خليفة حفتر').closest('figcaption')).not.toBeNull();
  });

  it('word the source details in Arabic in the Arabic interface, provenance note included', () => {
    renderApp({ lang: 'ar' });
    const first = within(column('000-a1'));
    expect(first.getByText('نُشر مساءً.')).toHaveAttribute('lang', 'ar');
    expect(first.queryByText('Published in the evening.')).toBeNull();
    expect(first.getByText('(العربية نت)').closest('li')).toHaveTextContent(
      'مستهل الخبر ينسبه إلى: (العربية نت)',
    );
  });

  it('disclose removed clutter with its count, reasons and line numbers', async () => {
    const user = userEvent.setup();
    renderApp({ lang: 'en' });
    const clutter = within(column('001-b2')).getByTestId('clutter');
    expect(clutter.tagName).toBe('DETAILS');
    expect(clutter).not.toHaveAttribute('open');
    expect(within(clutter).getByText('3 lines of page clutter removed')).toBeInTheDocument();
    await user.click(within(clutter).getByText('3 lines of page clutter removed'));
    expect(clutter).toHaveAttribute('open');
    const items = within(clutter).getAllByRole('listitem');
    expect(items).toHaveLength(3);
    expect(items[1]).toHaveTextContent('Line 12');
    expect(items[1]).toHaveTextContent('reader comments');
    expect(within(column('002-c3')).getByTestId('clutter')).toHaveTextContent(
      'No lines of page clutter removed',
    );
  });

  it('mark a removed line Arabic only when it is: template code or English widgets read by their own script', () => {
    renderApp({ lang: 'en' });
    const clutter = within(column('000-a1')).getByTestId('clutter');
    const template = within(clutter).getByText('{{ article.visit_count }}');
    expect(template).toHaveAttribute('dir', 'auto');
    expect(template).not.toHaveAttribute('lang');
    expect(within(clutter).getByText('واتساب')).toHaveAttribute('lang', 'ar');
  });

  it('count clutter with Arabic plurals and Arabic-Indic digits when asked', () => {
    renderApp({ digits: 'arab' });
    expect(within(column('001-b2')).getByTestId('clutter')).toHaveTextContent('حُذفت ٣ أسطر من حشو الصفحة');
    expect(within(column('000-a1')).getByTestId('clutter')).toHaveTextContent('حُذف سطران من حشو الصفحة');
  });

  it('show an empty state with a way back when no outlet is selected', async () => {
    const user = userEvent.setup();
    renderApp({ outlets: [] });
    expect(screen.queryAllByTestId('column')).toHaveLength(0);
    const empty = screen.getByTestId('empty-state');
    await user.click(within(empty).getByRole('button', { name: 'اعرض الكل' }));
    expect(screen.getAllByTestId('column')).toHaveLength(uiCorpus.articles.length);
  });
});
