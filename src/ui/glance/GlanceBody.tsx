// The charts and the timeline: a chunk of its own, fetched when the reader opens "at a glance" (or on idle). It
// also carries the matrix's list of single-source claims (FactMatrix.tsx), drawn on demand too.
import { AgreementMap } from './AgreementMap.tsx';
import { CoverageChart } from './CoverageChart.tsx';
import { Timeline } from './Timeline.tsx';

export function GlanceBody() {
  return (
    <>
      <div className="grid gap-6 min-[960px]:grid-cols-2">
        <CoverageChart />
        <AgreementMap />
      </div>
      <div className="mt-6">
        <Timeline />
      </div>
    </>
  );
}

export { SingleClaimsList } from '../matrix/SingleClaimsList.tsx';
