import { useAppStore } from '../../state/store';
import type { LockableEditor } from '../../state/share/shareScenario';

/** Whether the teacher locked an editor (`lock=p`). */
export const useLocked = (which: LockableEditor): boolean =>
  useAppStore((s) => s.lock.includes(which));

/** The visible note on a locked editor. */
export function LockNote({ which }: { which: LockableEditor }) {
  const locked = useLocked(which);
  if (!locked) return null;
  return (
    <p className="lock-note" data-testid={`lock.${which}`}>
      <span aria-hidden="true">🔒</span> Locked by the teacher: {which.toUpperCase()} is read-only
      in this link.
    </p>
  );
}
