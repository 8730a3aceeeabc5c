// @vitest-environment jsdom
import { act, cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { renderApp } from './render.tsx';

afterEach(cleanup);

const toggle = (id: string) => screen.getByTestId(`outlet-toggle-${id}`);
const columnOutlets = () => screen.queryAllByTestId('column').map((c) => c.dataset.outlet);

describe('outlet filter', () => {
  it('is a named navigation landmark with "all" and one toggle per outlet', () => {
    renderApp();
    const nav = screen.getByRole('navigation', { name: 'وسائل الإعلام المعروضة' });
    const buttons = within(nav).getAllByRole('button');
    expect(buttons.map((b) => b.dataset.testid)).toEqual([
      'outlet-all',
      'outlet-toggle-alarabiya',
      'outlet-toggle-youm7',
      'outlet-toggle-unidentified-002-c3',
    ]);
    for (const button of buttons) expect(button).toHaveAttribute('aria-pressed', 'true');
  });

  it('shows names in the interface language, the country, and unidentified outlets as such', () => {
    renderApp();
    expect(toggle('youm7')).toHaveTextContent('اليوم السابع');
    expect(toggle('youm7')).toHaveTextContent('مصر');
    expect(toggle('unidentified-002-c3')).toHaveTextContent('مصدر غير محدَّد');
    cleanup();
    renderApp({ lang: 'en' });
    expect(toggle('youm7')).toHaveTextContent('Youm7');
    expect(toggle('youm7')).toHaveTextContent('Egypt');
    expect(toggle('unidentified-002-c3')).toHaveTextContent('Unidentified source');
  });

  it('hides the swatch from assistive technology', () => {
    renderApp();
    const swatch = toggle('alarabiya').querySelector('[data-swatch]');
    expect(swatch).toHaveAttribute('aria-hidden', 'true');
  });

  it('toggles an outlet off and on, and "all" brings every outlet back', async () => {
    const user = userEvent.setup();
    renderApp();
    await user.click(toggle('youm7'));
    expect(toggle('youm7')).toHaveAttribute('aria-pressed', 'false');
    expect(screen.getByTestId('outlet-all')).toHaveAttribute('aria-pressed', 'false');
    expect(columnOutlets()).toEqual(['alarabiya', 'unidentified-002-c3']);

    await user.click(toggle('alarabiya'));
    expect(columnOutlets()).toEqual(['unidentified-002-c3']);

    await user.click(screen.getByTestId('outlet-all'));
    expect(columnOutlets()).toEqual(['alarabiya', 'youm7', 'unidentified-002-c3']);
    expect(screen.getByTestId('outlet-all')).toHaveAttribute('aria-pressed', 'true');
  });

  it('is operable from the keyboard', async () => {
    const user = userEvent.setup();
    renderApp();
    toggle('alarabiya').focus();
    await user.keyboard('{Enter}');
    expect(toggle('alarabiya')).toHaveAttribute('aria-pressed', 'false');
    await user.keyboard(' ');
    expect(toggle('alarabiya')).toHaveAttribute('aria-pressed', 'true');
  });

  it('follows store changes made elsewhere (e.g. Back)', () => {
    const { store } = renderApp();
    act(() => store.getState().setOutlets(['youm7']));
    expect(toggle('youm7')).toHaveAttribute('aria-pressed', 'true');
    expect(toggle('alarabiya')).toHaveAttribute('aria-pressed', 'false');
  });
});
