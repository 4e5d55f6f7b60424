import { LockIcon } from '../icons';
import { useLocked } from './useLocked';
import type { LockableEditor } from '../../state/share/shareScenario';

/** The visible note on a locked editor. */
export function LockNote({ which }: { which: LockableEditor }) {
  const locked = useLocked(which);
  if (!locked) return null;
  return (
    <p className="lock-note" data-testid={`lock.${which}`}>
      <LockIcon /> Locked by the teacher: {which.toUpperCase()} is read-only in this link.
    </p>
  );
}
