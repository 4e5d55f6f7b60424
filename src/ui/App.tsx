import { Suspense } from 'react';
import { useAppStore } from '../state/store';
import { MessageBar } from './messages/MessageBar';
import { LargeTypeToggle } from './LargeTypeToggle';
import { UnitsToggle } from './UnitsToggle';
import { VIEWS } from './views/registry';
import { ViewTabs } from './views/ViewTabs';
import { LessonPanel } from './lessons/LessonPanel';
import { CodePanel } from './share/CodePanel';
import { PresentControls } from './share/ClassroomChrome';
import { useClassroomModes } from './share/classroomModes';
import { ShareBar } from './share/ShareBar';
import { PanelBoundary } from './errors/PanelBoundary';
import './share/classroom.css';

export function App() {
  const view = useAppStore((s) => s.view);
  const View = VIEWS[view].component;
  const lesson = useAppStore((s) => s.lesson);
  const embed = useAppStore((s) => s.embed);
  useClassroomModes(); // issue 7: present, embed, hide, lock
  return (
    <div className="app">
      {!embed && (
        <header className="app-header">
          <h1>
            KL Explorer{' '}
            <span className="tagline">
              see what KL(P‖Q) measures, and why its direction matters
            </span>
          </h1>
          <div className="header-controls">
            <ViewTabs />
            <UnitsToggle />
            <LargeTypeToggle />
            <PresentControls />
          </div>
          <ShareBar />
        </header>
      )}
      <MessageBar />
      <div className={lesson === '' ? 'view-area' : 'view-area with-lesson'}>
        <PanelBoundary key={view} name={`the ${VIEWS[view].label} view`}>
          {/* Views are fetched on first opening (views/lazyViews.ts); the tabs stay usable meanwhile. */}
          <Suspense fallback={<main className="layout view-loading" id="main" aria-busy="true" />}>
            <View />
          </Suspense>
        </PanelBoundary>
        <PanelBoundary name="the lesson">
          <LessonPanel />
        </PanelBoundary>
      </div>
      {view === 'explore' && (
        <PanelBoundary name="the code export">
          <CodePanel />
        </PanelBoundary>
      )}
      {embed && (
        <p className="embed-credit">
          <a
            href={window.location.href.replace(/([?&])embed=1&?/, '$1')}
            target="_blank"
            rel="noreferrer"
          >
            Open in KL Explorer
          </a>
        </p>
      )}
    </div>
  );
}
