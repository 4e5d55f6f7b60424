import { useEffect } from 'react';
import { useAppStore } from '../state/store';

/** Large type for a classroom projector: scales every text through the root font size. */
export function LargeTypeToggle() {
  const largeType = useAppStore((s) => s.largeType);
  const setLargeType = useAppStore((s) => s.setLargeType);
  useEffect(() => {
    document.documentElement.classList.toggle('large-type', largeType);
  }, [largeType]);
  return (
    <button
      type="button"
      className="toggle-button"
      aria-pressed={largeType}
      data-testid="large-type"
      onClick={() => setLargeType(!largeType)}
      title="Larger text and charts, for a projector"
    >
      <span aria-hidden="true">A</span>
      <span aria-hidden="true" className="big-a">
        A
      </span>{' '}
      Large type
    </button>
  );
}
