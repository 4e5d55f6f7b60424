import { useAppStore } from '../../state/store';
import { VIEW_IDS } from '../../state/views';
import { VIEWS } from './registry';

/** Navigation between views; each view is also reachable directly as `?view=<id>`. */
export function ViewTabs() {
  const view = useAppStore((s) => s.view);
  const setView = useAppStore((s) => s.setView);
  if (VIEW_IDS.length < 2) return null;
  return (
    <nav className="view-tabs" aria-label="Views">
      {VIEW_IDS.map((id) => (
        <button
          key={id}
          type="button"
          className={id === view ? 'active' : ''}
          aria-current={id === view ? 'page' : undefined}
          data-testid={`view.${id}`}
          onClick={() => setView(id)}
        >
          {VIEWS[id].label}
        </button>
      ))}
    </nav>
  );
}
