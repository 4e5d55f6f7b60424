import { useAppStore } from '../state/store';
import { MessageBar } from './messages/MessageBar';
import { LargeTypeToggle } from './LargeTypeToggle';
import { UnitsToggle } from './UnitsToggle';
import { VIEWS } from './views/registry';
import { ViewTabs } from './views/ViewTabs';

export function App() {
  const view = useAppStore((s) => s.view);
  const View = VIEWS[view].component;
  return (
    <div className="app">
      <header className="app-header">
        <h1>
          KL Explorer{' '}
          <span className="tagline">see what KL(P‖Q) measures, and why its direction matters</span>
        </h1>
        <div className="header-controls">
          <ViewTabs />
          <UnitsToggle />
          <LargeTypeToggle />
        </div>
      </header>
      <MessageBar />
      <View />
    </div>
  );
}
