import { RENYI_MAX_ORDER, renyiOrderProblem } from '../../core/measures/renyiOrder';
import { useAppStore } from '../../state/store';
import { ParamField } from '../continuous/ParamField';

/** The slider covers the orders the D_α curve is drawn over; the number field takes any valid one. */
const ORDER_SLIDER = { kind: 'linear', min: 0.05, max: 3, step: 0.05 } as const;

/**
 * The Rényi order α: a slider over (0, 3] (where the curve is drawn) and a number field for any
 * order up to 100, refused with renyiOrderProblem's message otherwise. Both write the scenario's
 * `order`; the URL follows on commit, debounced like every other control (urlSync).
 * Test ids: `order.slider`, `order.number`.
 */
export function OrderControl() {
  const order = useAppStore((s) => s.order);
  const applyScenario = useAppStore((s) => s.applyScenario);
  return (
    <div className="order-control">
      <ParamField
        label="α"
        name="Rényi order α (1 is KL)"
        value={order}
        scale={ORDER_SLIDER}
        numberMin={0}
        numberMax={RENYI_MAX_ORDER}
        validate={renyiOrderProblem}
        testId="order"
        onChange={(x) => {
          if (renyiOrderProblem(x) === null) applyScenario({ order: x });
        }}
      />
    </div>
  );
}
