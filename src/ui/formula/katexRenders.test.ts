import katex from 'katex';
import { describe, expect, it } from 'vitest';
import { analysePair } from '../../core/analysis';
import type { Distribution } from '../../core/distributions/types';
import { FAMILIES, FAMILY_KEYS } from '../../core/families/registry';
import { parseSpec } from '../../core/spec/parse';
import { formulaFor } from './formulaFor';

const spec = (s: string): Distribution => {
  const r = parseSpec(s);
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
};

/** Pairs that reach every formula builder: Bernoulli, categorical (finite and ∞), 1-D and 2-D closed forms, integrals. */
const PAIRS: [string, string][] = [
  ['Bern(0.3)', 'Bern(0.6)'],
  ['Bern(0)', 'Bern(1)'],
  ['Cat(0.1,0.4,0.3,0.2)', 'Cat(1,1,1,1)'],
  ['Cat(0.5,0.5,0)', 'Cat(0.5,0,0.5)'],
  ['N(0,1)', 'N(1,2)'],
  ['N(-1e300,1)', 'N(1e300,1e-300)'],
  ['Mix(0.5*N(-2,0.6),0.5*N(2,0.6))', 'N(0,2)'],
  ['N2(0,0,1,1,0.6)', 'N2(0.5,0,1.5,1,0)'],
  ['Mix(0.5*N2(-1,0,1,1,0.3),0.5*N2(1,0,1,1,0))', 'N2(0,0,2,2,0)'],
];

const render = (tex: string) => katex.renderToString(tex, { throwOnError: true });

describe('every formula builder produces TeX that KaTeX renders (throwOnError)', () => {
  for (const [p, q] of PAIRS) {
    for (const unit of ['nats', 'bits'] as const) {
      for (const direction of ['pq', 'qp'] as const) {
        it(`${p} vs ${q}, ${unit}, ${direction}`, () => {
          const P = spec(p);
          const Q = spec(q);
          const f = formulaFor(P, Q, analysePair(P, Q), unit, direction);
          expect(f).not.toBeNull();
          expect(() => render(f!.tex)).not.toThrow();
        });
      }
    }
  }

  it.each(FAMILY_KEYS)(
    'the %s module’s formula template, with its parameters’ labels',
    (family) => {
      const m = FAMILIES[family];
      let tex = m.ui.formula;
      for (const p of m.parameters) tex = tex.replaceAll(`{${p.key}}`, p.label);
      expect(() => render(tex)).not.toThrow();
    },
  );
});
