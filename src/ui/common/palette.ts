// Outlet colour keys: the Okabe–Ito palette, eight hues that stay apart under the common colour-vision
// deficiencies. Colour is never the only cue: every swatch sits next to the outlet's name.
export const PALETTE = [
  '#0072B2',
  '#E69F00',
  '#009E73',
  '#CC79A7',
  '#56B4E9',
  '#D55E00',
  '#F0E442',
  '#000000',
] as const;

export function outletColour(index: number): string {
  const i = ((Math.trunc(index) % PALETTE.length) + PALETTE.length) % PALETTE.length;
  return PALETTE[i] ?? PALETTE[0];
}
