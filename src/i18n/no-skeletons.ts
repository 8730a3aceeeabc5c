// Stands in for @formatjs/icu-skeleton-parser in the build (vite.config.ts aliases it here). The ICU parser calls it
// only for number and date *skeletons* (`{n, number, ::percent}`), which no message of ours uses (a test checks
// both catalogs), so the 2 KB parser of them need not ship. A skeleton added by mistake fails loudly, not silently.
function unsupported(): never {
  throw new Error(
    'ICU number and date skeletons (::…) are not supported: write {n, number, percent} style arguments',
  );
}

export const parseDateTimeSkeleton = unsupported;
export const parseNumberSkeleton = unsupported;
export const parseNumberSkeletonFromString = unsupported;
