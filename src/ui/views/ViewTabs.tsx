import { useAppStore } from '../../state/store';
import { VIEW_IDS, type ViewId } from '../../state/views';
import { VIEWS } from './registry';

interface Tab {
  readonly label: string;
  /** The view a click opens: the view itself, or a group's first view. */
  readonly target: ViewId;
  readonly members: readonly ViewId[];
}

/** Top-level tabs: one per ungrouped view, one per group (in the order of VIEW_IDS). */
function topLevelTabs(): Tab[] {
  const tabs: Tab[] = [];
  for (const id of VIEW_IDS) {
    const group = VIEWS[id].group;
    const existing = group ? tabs.find((t) => t.label === group) : undefined;
    if (existing) (existing.members as ViewId[]).push(id);
    else tabs.push({ label: group ?? VIEWS[id].label, target: id, members: [id] });
  }
  return tabs;
}

const TABS = topLevelTabs();

/** Navigation between views; each view is also reachable directly as `?view=<id>`. */
export function ViewTabs() {
  const view = useAppStore((s) => s.view);
  const setView = useAppStore((s) => s.setView);
  if (VIEW_IDS.length < 2) return null;
  const openGroup = TABS.find((t) => t.members.length > 1 && t.members.includes(view));
  return (
    <nav className="view-nav" aria-label="Views">
      <div className="view-tabs">
        {TABS.map((tab) => {
          const active = tab.members.includes(view);
          return (
            <button
              key={tab.label}
              type="button"
              className={active ? 'active' : ''}
              aria-current={active ? 'page' : undefined}
              data-testid={`view.${tab.target}`}
              onClick={() => setView(active ? view : tab.target)}
            >
              {tab.label}
            </button>
          );
        })}
      </div>
      {openGroup && (
        <div className="view-tabs view-subtabs" aria-label={openGroup.label} role="group">
          {openGroup.members.map((id) => (
            <button
              key={id}
              type="button"
              className={id === view ? 'active' : ''}
              aria-current={id === view ? 'page' : undefined}
              data-testid={`view.sub.${id}`}
              onClick={() => setView(id)}
            >
              {VIEWS[id].label}
            </button>
          ))}
        </div>
      )}
    </nav>
  );
}
