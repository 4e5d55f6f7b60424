import type { LockableEditor } from '../../state/share/shareScenario';
import { useAppStore } from '../../state/store';

/** Whether the teacher locked an editor (`lock=p`). */
export const useLocked = (which: LockableEditor): boolean =>
  useAppStore((s) => s.lock.includes(which));
