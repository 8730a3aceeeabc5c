import type { Dropped } from '../url.ts';
import type { SliceCreator } from './types.ts';

export interface NoticesSlice {
  notices: {
    /** What the last URL read had to ignore. */
    dropped: Dropped[];
    dismissed: boolean;
  };
  dismissNotices(): void;
}

export const createNoticesSlice: SliceCreator<NoticesSlice> = (set, get) => ({
  notices: { dropped: [], dismissed: false },
  dismissNotices() {
    set({ notices: { ...get().notices, dismissed: true } });
  },
});
