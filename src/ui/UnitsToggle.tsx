import type { InformationUnit } from '../core/units';
import { useAppStore } from '../state/store';
import { VIEWS } from './views/registry';

const UNITS: readonly InformationUnit[] = ['nats', 'bits'];

/**
 * Nats or bits for every number and axis (the readouts' data-value stays in nats). On a view that is
 * nats by nature (PyTorch's losses) the switch shows nats, is disabled and says why; the person's
 * choice is kept for the other views.
 */
export function UnitsToggle() {
  const units = useAppStore((s) => s.units);
  const setUnits = useAppStore((s) => s.setUnits);
  const natsOnly = useAppStore((s) => VIEWS[s.view].natsOnly);
  const shown = natsOnly ? 'nats' : units;
  return (
    <fieldset
      className="segmented"
      data-testid="units"
      disabled={natsOnly !== undefined}
      title={natsOnly}
      aria-describedby={natsOnly ? 'units-nats-only' : undefined}
    >
      <legend className="visually-hidden">Units</legend>
      {UNITS.map((u) => (
        <label key={u} className={u === shown ? 'active' : ''}>
          <input
            type="radio"
            name="units"
            value={u}
            checked={u === shown}
            onChange={() => setUnits(u)}
          />
          {u}
        </label>
      ))}
      {natsOnly && (
        <span id="units-nats-only" className="visually-hidden">
          {natsOnly}
        </span>
      )}
    </fieldset>
  );
}
