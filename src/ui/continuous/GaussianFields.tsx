import type { Normal, Normal2 } from '../../core/distributions/types';
import { ParamField } from './ParamField';
import { MEAN_RANGE, RHO_RANGE } from './params';

const MEAN = { kind: 'linear', ...MEAN_RANGE } as const;
const LOG = { kind: 'log' } as const;

/** μ and σ of a 1-D Gaussian. Test ids `<prefix>.mu.*`, `<prefix>.sigma.*`. */
export function NormalFields({
  who,
  value,
  prefix,
  onChange,
}: {
  who: string;
  value: Normal;
  prefix: string;
  onChange: (d: Normal) => void;
}) {
  return (
    <>
      <ParamField
        label="μ"
        name={`${who}: mean μ`}
        value={value.mu}
        scale={MEAN}
        testId={`${prefix}.mu`}
        onChange={(mu) => onChange({ ...value, mu })}
      />
      <ParamField
        label="σ"
        name={`${who}: standard deviation σ`}
        value={value.sigma}
        scale={LOG}
        exclusiveMin={0}
        testId={`${prefix}.sigma`}
        onChange={(sigma) => onChange({ ...value, sigma })}
      />
    </>
  );
}

const RHO = { kind: 'linear', ...RHO_RANGE } as const;

/** mx, my, sx, sy, ρ of a 2-D Gaussian. Test ids `<prefix>.mx.*` and so on. */
export function Normal2Fields({
  who,
  value,
  prefix,
  onChange,
}: {
  who: string;
  value: Normal2;
  prefix: string;
  onChange: (d: Normal2) => void;
}) {
  const set = (patch: Partial<Normal2>) => onChange({ ...value, ...patch });
  return (
    <>
      <ParamField
        label="mx"
        name={`${who}: mean of x, mx`}
        value={value.mx}
        scale={MEAN}
        testId={`${prefix}.mx`}
        onChange={(mx) => set({ mx })}
      />
      <ParamField
        label="my"
        name={`${who}: mean of y, my`}
        value={value.my}
        scale={MEAN}
        testId={`${prefix}.my`}
        onChange={(my) => set({ my })}
      />
      <ParamField
        label="sx"
        name={`${who}: standard deviation of x, sx`}
        value={value.sx}
        scale={LOG}
        exclusiveMin={0}
        testId={`${prefix}.sx`}
        onChange={(sx) => set({ sx })}
      />
      <ParamField
        label="sy"
        name={`${who}: standard deviation of y, sy`}
        value={value.sy}
        scale={LOG}
        exclusiveMin={0}
        testId={`${prefix}.sy`}
        onChange={(sy) => set({ sy })}
      />
      <ParamField
        label="ρ"
        name={`${who}: correlation ρ`}
        value={value.rho}
        scale={RHO}
        numberMin={-0.999999}
        numberMax={0.999999}
        testId={`${prefix}.rho`}
        onChange={(rho) => set({ rho })}
      />
    </>
  );
}
