// The mark of the reader's own article or outlet: a word and an icon, never colour alone.
import { useT } from '../../i18n/use-t.ts';

export function OwnBadge() {
  const t = useT();
  return (
    <span
      data-testid="own-badge"
      title={t('own.badgeTitle')}
      className="inline-flex items-center gap-1 rounded-full border border-dashed border-stone-600 px-2 text-xs leading-5 text-stone-900"
    >
      <svg
        aria-hidden="true"
        viewBox="0 0 16 16"
        className="size-3"
        fill="none"
        stroke="currentColor"
        strokeWidth="2"
      >
        <path d="M8 2.5v11M2.5 8h11" />
      </svg>
      {t('own.badge')}
    </span>
  );
}
