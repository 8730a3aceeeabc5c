/**
 * A thin vertical rule between items of a line. Not a middle dot: with Arabic-Indic digits a dot reads as
 * zero (٠).
 */
export function Separator() {
  return <span aria-hidden="true" className="mx-2 inline-block h-[0.9em] w-px bg-stone-300 align-middle" />;
}
