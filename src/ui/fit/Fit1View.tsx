import type { Continuous1Spec } from '../../core/distributions/types';
import { Controls1 } from './Controls1';
import { Explanation } from './Explanation';
import { useFit1Model } from './fit1Model';
import { Landscape1 } from './Landscape1';
import { Panels1 } from './Panels1';
import { Separation } from './Separation';

/** The 1-D fit view: panels, controls, landscape, separation slider. */
export function Fit1View({ p }: { p: Continuous1Spec }) {
  const model = useFit1Model(p);
  return (
    <main className="fit-view">
      <Explanation />
      <Panels1 p={p} model={model} />
      <Controls1 p={p} model={model} />
      <Landscape1 p={p} model={model} />
      <Separation p={p} />
    </main>
  );
}
