// A modal dialog on the browser's own <dialog>: showModal() keeps Tab and Shift+Tab inside it and makes the page
// behind it inert, Escape closes it, and closing gives focus back to what had it before.
import { type ReactNode, useEffect, useRef } from 'react';

export function Modal({
  labelledBy,
  testId,
  onClose,
  width,
  children,
}: {
  labelledBy: string;
  testId: string;
  onClose(): void;
  /** A Tailwind max-width class, e.g. `max-w-2xl`. */
  width: string;
  children: ReactNode;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    // jsdom has no showModal: there the dialog is simply open.
    if (typeof dialog.showModal === 'function') {
      if (!dialog.open) dialog.showModal();
    } else dialog.setAttribute('open', '');
    return () => {
      if (typeof dialog.close === 'function' && dialog.open) dialog.close();
    };
  }, []);
  return (
    <dialog
      ref={ref}
      aria-labelledby={labelledBy}
      data-testid={testId}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
      // Escape closes it through our own handler (the native `cancel` is then not fired): the same in every browser
      // and in jsdom, which has no dialog keys.
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return;
        event.preventDefault();
        onClose();
      }}
      className={`mx-auto mt-3 max-h-[calc(100dvh-1.5rem)] w-[calc(100%-1.5rem)] overflow-y-auto rounded-lg border border-stone-200 bg-[#fbfaf7] p-4 text-stone-900 shadow-lg backdrop:bg-stone-900/40 min-[641px]:mt-10 min-[641px]:max-h-[calc(100dvh-5rem)] min-[641px]:p-6 ${width}`}
    >
      {children}
    </dialog>
  );
}
