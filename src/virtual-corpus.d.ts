// The virtual modules the seeds plugin (src/build/seeds-plugin.ts) builds from seeds/ at build and dev time.
declare module 'virtual:corpus' {
  /** The default story: the seeds folder's own articles. */
  const corpus: import('./core/types.ts').Corpus;
  export default corpus;
}

declare module 'virtual:stories' {
  /** Every story, the default first. */
  export const stories: import('./core/types.ts').StorySummary[];
  /** A loader per story id; each story other than the default is a chunk of its own, fetched when opened. */
  export const loaders: Record<string, () => Promise<{ default: import('./core/types.ts').Corpus }>>;
}
