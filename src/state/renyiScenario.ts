/**
 * The Rényi divergence's order α (URL `order=`): its scenario key, default and URL row, spread into
 * the scenario and URL_PARAMETERS like the other feature tables. A bad value (`order=-1`,
 * `order=abc`, `order=1000`) is reported by the decoder and falls back to 0.5.
 */
import { RENYI_DEFAULT_ORDER, renyiOrderProblem } from '../core/measures/renyiOrder';

export interface RenyiScenario {
  /** α in (0, 100]: D_α(P‖Q) in the readouts and the f-divergence panel; 1 is KL(P‖Q). */
  readonly order: number;
}

export const DEFAULT_RENYI_SCENARIO: RenyiScenario = { order: RENYI_DEFAULT_ORDER };

type Parsed<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly message: string };

export const RENYI_URL_PARAMETERS: {
  readonly [K in keyof RenyiScenario]: {
    readonly name: string;
    readonly codec: {
      decode(raw: string): Parsed<RenyiScenario[K]>;
      encode(value: RenyiScenario[K]): string;
    };
  };
} = {
  order: {
    name: 'order',
    codec: {
      decode(raw) {
        const x = raw.trim() === '' ? NaN : Number(raw);
        const problem = renyiOrderProblem(x);
        return problem
          ? { ok: false, message: `${problem} Using the default, ${RENYI_DEFAULT_ORDER}` }
          : { ok: true, value: x };
      },
      encode: (x) => String(x),
    },
  },
};
