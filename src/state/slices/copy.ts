import type { SliceCreator } from './types.ts';

export type CopyStatus = 'idle' | 'copied' | 'failed';

export interface CopySlice {
  copyStatus: CopyStatus;
  setCopyStatus(status: CopyStatus): void;
}

export const createCopySlice: SliceCreator<CopySlice> = (set) => ({
  copyStatus: 'idle',
  setCopyStatus(copyStatus) {
    set({ copyStatus });
  },
});
