// A small button that opens an explanation beside it: on hover, on keyboard focus and on tap or click.
// The panel follows the button in the DOM (Tab walks into it, a screen reader reads it in place) but is
// drawn position:fixed next to the button, so no column or table scroller clips it. Escape closes it (focus
// goes back to the button when it was inside); leaving it with the pointer or with focus closes it too, unless
// it was clicked open.
import {
  type FocusEvent,
  type ReactNode,
  useCallback,
  useEffect,
  useId,
  useLayoutEffect,
  useRef,
  useState,
} from 'react';
import { dirOf } from '../../i18n/locale.ts';
import { useT } from '../../i18n/use-t.ts';
import { useAppState } from '../../state/react.tsx';

const PANEL_WIDTH = 320;
const MARGIN = 8;
/** Time to move the pointer from the button into the panel before a hover-opened panel closes. */
const CLOSE_DELAY_MS = 250;

type OpenedBy = 'hover' | 'focus' | 'click' | null;

export interface ExplainerProps {
  /** The button's accessible name. */
  label: string;
  /** What the button shows (icon and a short text). */
  badge: ReactNode;
  badgeClass: string;
  title: string;
  children: ReactNode;
  testId?: string;
}

function place(button: HTMLElement, panel: HTMLElement, dir: 'rtl' | 'ltr'): { top: number; left: number } {
  const rect = button.getBoundingClientRect();
  const width = Math.min(PANEL_WIDTH, window.innerWidth - 2 * MARGIN);
  const height = panel.offsetHeight;
  const below = rect.bottom + 4;
  const top =
    below + height > window.innerHeight - MARGIN && rect.top - 4 - height > MARGIN
      ? rect.top - 4 - height
      : below;
  const start = dir === 'rtl' ? rect.right - width : rect.left;
  const left = Math.min(Math.max(start, MARGIN), window.innerWidth - width - MARGIN);
  return { top, left };
}

export function Explainer({ label, badge, badgeClass, title, children, testId }: ExplainerProps) {
  const t = useT();
  const lang = useAppState((state) => state.view.lang);
  const [openedBy, setOpenedBy] = useState<OpenedBy>(null);
  const [position, setPosition] = useState<{ top: number; left: number } | null>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const panelRef = useRef<HTMLSpanElement>(null);
  const closeTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const panelId = useId();
  const titleId = useId();
  const open = openedBy !== null;

  const cancelClose = () => clearTimeout(closeTimer.current);
  const close = useCallback((refocus: boolean) => {
    clearTimeout(closeTimer.current);
    setOpenedBy(null);
    setPosition(null);
    if (refocus) buttonRef.current?.focus();
  }, []);
  useEffect(() => () => clearTimeout(closeTimer.current), []);

  useLayoutEffect(() => {
    if (!open) return;
    const update = () => {
      if (buttonRef.current && panelRef.current)
        setPosition(place(buttonRef.current, panelRef.current, dirOf(lang)));
    };
    update();
    window.addEventListener('resize', update);
    window.addEventListener('scroll', update, true);
    return () => {
      window.removeEventListener('resize', update);
      window.removeEventListener('scroll', update, true);
    };
  }, [open, lang]);

  // Shared by the button and the panel: together they are one widget for the pointer and for focus.
  const wrapperRef = useRef<HTMLSpanElement>(null);
  // Escape closes from anywhere: a panel opened by hover has no focus inside it to receive the key.
  useEffect(() => {
    if (!open) return;
    const onKey = (event: globalThis.KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      const inside = wrapperRef.current?.contains(document.activeElement) ?? false;
      close(inside);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [open, close]);
  const handlers = {
    onBlur(event: FocusEvent) {
      const next = event.relatedTarget as Node | null;
      if (openedBy !== 'click' && !(next && wrapperRef.current?.contains(next))) close(false);
    },
    onMouseLeave() {
      if (openedBy === 'hover') closeTimer.current = setTimeout(() => close(false), CLOSE_DELAY_MS);
    },
  };

  return (
    <span ref={wrapperRef} className="relative">
      <button
        ref={buttonRef}
        type="button"
        data-testid={testId}
        aria-label={label}
        aria-expanded={open}
        aria-controls={open ? panelId : undefined}
        {...handlers}
        className={`mx-1 inline-flex items-center gap-1 whitespace-nowrap rounded-sm border px-1 align-baseline text-xs leading-5 print:hidden ${badgeClass}`}
        onMouseEnter={() => {
          cancelClose();
          if (!open) setOpenedBy('hover');
        }}
        onFocus={() => {
          if (!open) setOpenedBy('focus');
        }}
        onClick={() => {
          // A click pins a panel that hover or focus opened; a second click closes it.
          if (openedBy === 'click') close(false);
          else setOpenedBy('click');
        }}
      >
        {badge}
      </button>
      {open ? (
        <span
          ref={panelRef}
          id={panelId}
          role="dialog"
          aria-labelledby={titleId}
          data-testid="explanation"
          {...handlers}
          onMouseEnter={cancelClose}
          lang={lang}
          dir={dirOf(lang)}
          className="fixed z-30 block max-h-[70vh] overflow-y-auto rounded-md border border-stone-300 bg-white p-3 text-start text-sm leading-6 text-stone-900 shadow-lg print:hidden"
          style={{
            width: `min(${PANEL_WIDTH}px, calc(100vw - ${2 * MARGIN}px))`,
            top: position?.top ?? 0,
            left: position?.left ?? 0,
            visibility: position ? 'visible' : 'hidden',
          }}
        >
          <span className="flex items-start justify-between gap-2">
            <span id={titleId} className="font-bold">
              {title}
            </span>
            <button
              type="button"
              className="rounded-sm px-1 text-xs text-stone-700 underline hover:text-stone-900"
              onClick={() => close(true)}
            >
              {t('explain.close')}
            </button>
          </span>
          {children}
        </span>
      ) : null}
    </span>
  );
}
