import { analysePair } from '../core/analysis';
import type { JobContext } from './job';
import type { CommandName, ParamsOf, ResultOf } from './protocol';

type Handlers = {
  [K in CommandName]: (
    params: ParamsOf<K>,
    context: JobContext,
  ) => ResultOf<K> | Promise<ResultOf<K>>;
};

/** One handler per command. Each is a thin call into the core: no maths lives here. */
export const handlers: Handlers = {
  analyse: ({ p, q }) => analysePair(p, q),
};
