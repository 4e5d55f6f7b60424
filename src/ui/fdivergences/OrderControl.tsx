import { RENYI_MAX_ORDER, renyiOrderProblem } from '../../core/measures/renyiOrder';
import { useAppStore } from '../../state/store';
import { NumberField } from '../editors/NumberField';

/**
 * The Rényi order α: a slider over (0, 3] (where the curve is drawn) and a number field for any
 * order up to 100. Both write the scenario's `order`; the URL follows on commit, debounced like
 * every other control (urlSync).
 */
export function OrderControl() {
  const order = useAppStore((s) => s.order);
  const applyScenario = useAppStore((s) => s.applyScenario);
  const set = (x: number) => {
    if (renyiOrderProblem(x) === null) applyScenario({ order: x });
  };
  return (
    <div className="parameter-row order-control">
      <label className="slider-field">
        <span className="field-label">Rényi order α (1 is KL)</span>
        <input
          type="range"
          min={0.05}
          max={3}
          step={0.05}
          value={Math.min(3, Math.max(0.05, order))}
          aria-label="Rényi order α"
          data-testid="order.slider"
          onChange={(e) => set(Number(e.target.value))}
        />
      </label>
      <NumberField
        label="α"
        value={order}
        min={0}
        max={RENYI_MAX_ORDER}
        validate={renyiOrderProblem}
        onCommit={set}
        testId="order.number"
      />
    </div>
  );
}
