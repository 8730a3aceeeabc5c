import type { Outlet } from '../../core/types.ts';
import { outletColour } from './palette.ts';

/** The outlet's colour key: decoration next to its name, so hidden from assistive technology. */
export function Swatch({ outlet, hollow = false }: { outlet: Outlet; hollow?: boolean }) {
  // An unidentified outlet has no colour of its own: a grey dashed ring, visible on white, says "unknown".
  const colour = outlet.unidentified ? '#78716c' : outletColour(outlet.colour);
  return (
    <span
      aria-hidden="true"
      data-swatch=""
      className={`inline-block size-3 shrink-0 rounded-full border-2 ${outlet.unidentified ? 'border-dashed' : ''}`}
      style={{ borderColor: colour, backgroundColor: hollow || outlet.unidentified ? 'transparent' : colour }}
    />
  );
}
