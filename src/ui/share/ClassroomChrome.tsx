import { useEffect, useState } from 'react';
import { stepBy } from './classroomModes';
import { useAppStore } from '../../state/store';

/** The presentation controls: enter/leave presentation mode, and fullscreen (Fullscreen API). */
export function PresentControls() {
  const present = useAppStore((s) => s.present);
  const [fullscreen, setFullscreen] = useState(false);
  useEffect(() => {
    const onChange = () => setFullscreen(document.fullscreenElement !== null);
    document.addEventListener('fullscreenchange', onChange);
    return () => document.removeEventListener('fullscreenchange', onChange);
  }, []);
  const toggleFullscreen = () => {
    if (document.fullscreenElement) void document.exitFullscreen?.().catch(() => undefined);
    else void document.documentElement.requestFullscreen?.().catch(() => undefined);
  };
  return (
    <div className="present-controls">
      <button
        type="button"
        className="toggle-button"
        aria-pressed={present}
        data-testid="present.toggle"
        title="Large type, high contrast and few controls, for a projector; ← and → step through lessons"
        onClick={() => useAppStore.getState().applyScenario({ present: !present })}
      >
        {present ? 'Leave presentation' : 'Present'}
      </button>
      {present && (
        <>
          <button
            type="button"
            data-testid="present.prev"
            aria-label="Previous step"
            onClick={() => stepBy(-1)}
          >
            ←
          </button>
          <button
            type="button"
            data-testid="present.next"
            aria-label="Next step"
            onClick={() => stepBy(1)}
          >
            →
          </button>
        </>
      )}
      {document.fullscreenEnabled !== false && (
        <button
          type="button"
          className="toggle-button"
          aria-pressed={fullscreen}
          data-testid="present.fullscreen"
          onClick={toggleFullscreen}
        >
          {fullscreen ? 'Exit fullscreen' : 'Fullscreen'}
        </button>
      )}
    </div>
  );
}
