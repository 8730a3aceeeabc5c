// Small inline icons. Directional ones mirror in right-to-left text.

export function ExternalIcon() {
  return (
    <svg
      aria-hidden="true"
      viewBox="0 0 16 16"
      className="inline size-3.5 shrink-0 rtl:-scale-x-100"
      fill="none"
    >
      <path d="M6 3h7v7M13 3 4 12" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" />
    </svg>
  );
}
