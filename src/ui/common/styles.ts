// Shared class lists, so the quiet look stays the same everywhere.
export const buttonClass =
  'inline-flex items-center gap-2 rounded-md border border-stone-200 bg-white px-3 py-1 text-sm leading-7 text-stone-900 ' +
  'hover:border-stone-900/40 hover:bg-[#fbfaf7] active:bg-stone-200/40 disabled:opacity-50';
