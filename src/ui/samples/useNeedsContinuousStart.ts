import { isDiscrete } from '../../core/distributions/types';
import { useAppStore } from '../../state/store';

/** Whether P is discrete with no uploaded file standing in for either sample set. */
export const useNeedsContinuousStart = () =>
  useAppStore((s) => isDiscrete(s.p) && !s.samples.uploads.p && !s.samples.uploads.q);
