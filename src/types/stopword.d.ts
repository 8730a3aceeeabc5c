// The `stopword` package ships no types; only the Arabic list is used (for similarity vectors).
declare module 'stopword' {
  export const ara: string[];
}
