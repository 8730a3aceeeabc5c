// The corpus the seeds plugin (src/build/seeds-plugin.ts) builds from seeds/ at build and dev time.
declare module 'virtual:corpus' {
  const corpus: import('./core/types.ts').Corpus;
  export default corpus;
}
