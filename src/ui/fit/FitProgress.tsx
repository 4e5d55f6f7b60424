import { cancelReverseFit } from '../../state/fitBridge';
import { useAppStore } from '../../state/store';

/** The running reverse fit's progress and its Cancel button (nothing when none runs). */
export function FitProgress() {
  const progress = useAppStore((s) => s.fit.progress);
  if (progress === null) return null;
  return (
    <span className="fit-progress">
      <progress value={progress} max={1} aria-label="Fit progress" />{' '}
      <button type="button" data-testid="fit.cancel" onClick={() => cancelReverseFit(useAppStore)}>
        Cancel
      </button>
    </span>
  );
}
