import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Continuous1View, Continuous2View } from '../../../core/analysis';
import type { MeasureValue } from '../../../core/divergences/types';
import type { Nats } from '../../../core/units';
import { ellipseAxes, ellipsePoints } from '../../../core/distributions/ellipse';
import { normal2 as n2 } from '../../../core/distributions/make';
import { gaussian1KlTex, gaussian2KlTex, integralKlTex } from '../continuousFormula';
import {
  continuous1Figure,
  continuous2Figure,
  gridRows,
  roundTicks,
  focusSquare,
} from '../figures/continuousFigures';
import { dragged, handles2 } from '../handles';
import {
  addComponent,
  ellipseHandles,
  moveEllipseHandle,
  removeComponent,
  setComponentWeight,
  sigmaToSlider,
  sliderToSigma,
} from '../params';

const r = (x: number, d = 4) => Math.round(x * 10 ** d) / 10 ** d;
const closed = (v: number): MeasureValue => ({ value: v as Nats, error: 0, method: 'closed-form' });

describe('mixture weights', () => {
  const comps = [0.5, 0.3, 0.2].map((weight, i) => ({ weight, component: i }));
  it.each([
    // w₀ = 0.8: the others share 0.2 in proportion 3:2 → 0.12, 0.08
    [0, 0.8, [0.8, 0.12, 0.08]],
    // w₂ = 0: the others share 1 in proportion 5:3 → 0.625, 0.375
    [2, 0, [0.625, 0.375, 0]],
  ])('setting component %i to %f gives %j', (k, w, expected) => {
    const next = setComponentWeight(comps, k, w).map((c) => c.weight);
    next.forEach((x, i) => expect(x).toBeCloseTo(expected[i]!, 9));
  });
  it('adding scales the others by n/(n+1); removing renormalises', () => {
    // [0.5, 0.3, 0.2] · 3/4 = [0.375, 0.225, 0.15], new 0.25
    expect(addComponent(comps, 3).map((c) => c.weight)).toEqual([0.375, 0.225, 0.15, 0.25]);
    // remove 0.5: [0.3, 0.2]/0.5
    expect(removeComponent(comps, 0).map((c) => c.weight)).toEqual([0.6, 0.4]);
    expect(removeComponent([comps[0]!], 0)).toHaveLength(1);
  });
});

describe('σ on a log slider', () => {
  it.each([0.1, 1, 3.16, 10])('σ = %f survives slider → σ (3 significant digits)', (s) => {
    expect(sliderToSigma(sigmaToSlider(s))).toBeCloseTo(s, 9);
  });
  it('σ = 1 sits at log10 = 0', () => expect(sigmaToSlider(1)).toBe(0));
});

describe('1σ ellipse handles', () => {
  const close = (a: readonly number[], b: readonly number[]) =>
    a.forEach((v, i) => expect(v).toBeCloseTo(b[i]!, 12));

  it('sit at the ends of the principal semi-axes (by hand)', () => {
    // Σ = [[1, .6], [.6, 1]]: eigenvalues 1.6 and 0.4 along (1, 1)/√2 and (−1, 1)/√2.
    const h = ellipseHandles(n2(0, 0, 1, 1, 0.6));
    close(h.major, [Math.sqrt(0.8), Math.sqrt(0.8)]);
    close(h.minor, [-Math.sqrt(0.2), Math.sqrt(0.2)]);
    // Axis-aligned: the long axis is x when sx > sy, y when sy > sx; a circle points right and up.
    close(ellipseHandles(n2(1, 2, 2, 1, 0)).major, [3, 2]);
    close(ellipseHandles(n2(1, 2, 2, 1, 0)).minor, [1, 3]);
    close(ellipseHandles(n2(0, 0, 1, 2, 0)).major, [0, 2]);
    close(ellipseHandles(n2(0, 0, 1, 2, 0)).minor, [-1, 0]);
    close(ellipseHandles(n2(0, 0, 1, 1, 0)).major, [1, 0]);
  });

  it('the major handle is the drawn ellipse’s farthest point from the centre, the minor its nearest', () => {
    const d = n2(1, -2, 2, 0.5, 0.6);
    const { x, y } = ellipsePoints(d, 20000);
    const dist = x.map((xi, i) => Math.hypot(xi - d.mx, y[i]! - d.my));
    const { major: a, minor: b } = ellipseAxes(d);
    expect(Math.max(...dist)).toBeCloseTo(a, 6);
    expect(Math.min(...dist)).toBeCloseTo(b, 6);
    const h = ellipseHandles(d);
    expect(Math.hypot(h.major[0] - d.mx, h.major[1] - d.my)).toBeCloseTo(a, 12);
    // On the ellipse: Mahalanobis length 1.
    for (const [px, py] of [h.major, h.minor]) {
      const [u, v] = [(px - d.mx) / d.sx, (py - d.my) / d.sy];
      expect((u * u - 2 * d.rho * u * v + v * v) / (1 - d.rho * d.rho)).toBeCloseTo(1, 12);
    }
  });

  it('dragging the long axis stretches and turns it (by hand)', () => {
    // N2(0,0,2,1,0), long axis dragged to 2·(cos 45°, sin 45°): a = 2, b = 1, θ = 45°, so
    // sx² = sy² = (4 + 1)/2 = 2.5 and ρ = (4 − 1)·½ / 2.5 = 0.6.
    const turned = moveEllipseHandle(n2(0, 0, 2, 1, 0), 'major', Math.SQRT2, Math.SQRT2);
    expect(turned).toEqual(n2(0, 0, 1.58, 1.58, 0.6));
    // Dragged straight up to (0, 3): a = 3 along y, b = 1 along x.
    expect(moveEllipseHandle(n2(0, 0, 2, 1, 0), 'major', 0, 3)).toEqual(n2(0, 0, 1, 3, 0));
    // The short axis dragged from (0, 1) to (0, 0.5): b = 0.5, still along y.
    expect(moveEllipseHandle(n2(0, 0, 2, 1, 0), 'minor', 0, 0.5)).toEqual(n2(0, 0, 2, 0.5, 0));
  });

  it('both ends of each axis have a handle, and either end sets the axis', () => {
    const g = n2(1, -2, 2, 0.5, 0.6);
    const byId = new Map(handles2('p', g).map((h) => [h.id, h]));
    for (const axis of ['major', 'minor']) {
      const end = byId.get(`p.0.${axis}`)!;
      const other = byId.get(`p.0.${axis}-opposite`)!;
      // Symmetric about the centre (1, −2).
      expect(end.x + other.x).toBeCloseTo(2, 12);
      expect(end.y + other.y).toBeCloseTo(-4, 12);
      const current = { p: g, q: g };
      expect(dragged(`p.0.${axis}-opposite`, -1, 0, current)).toEqual(
        dragged(`p.0.${axis}`, -1, 0, current),
      );
    }
  });

  it('a handle dropped where it is leaves the Gaussian unchanged (seed 7)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -5, max: 5, noNaN: true }),
        fc.double({ min: 0.1, max: 5, noNaN: true }),
        fc.double({ min: 0.1, max: 5, noNaN: true }),
        fc.double({ min: -0.9, max: 0.9, noNaN: true }),
        fc.constantFrom('major' as const, 'minor' as const),
        (m, sx, sy, rho, which) => {
          const g = n2(m, -m, sx, sy, r(rho, 2));
          const [x, y] = ellipseHandles(g)[which];
          const next = moveEllipseHandle(g, which, x, y);
          expect(Math.abs(next.rho - g.rho)).toBeLessThan(1e-9);
          expect(Math.abs(next.sx - g.sx) / g.sx).toBeLessThan(5e-3); // 3 significant digits
          expect(Math.abs(next.sy - g.sy) / g.sy).toBeLessThan(5e-3);
          expect([next.mx, next.my]).toEqual([g.mx, g.my]);
        },
      ),
      { seed: 7, numRuns: 300 },
    );
  });

  it('dragging a mixture component changes only that component', () => {
    const p = {
      family: 'mixture' as const,
      components: [
        { weight: 0.5, component: { family: 'normal' as const, mu: -2, sigma: 1 } },
        { weight: 0.5, component: { family: 'normal' as const, mu: 2, sigma: 1 } },
      ],
    };
    const q = { family: 'normal' as const, mu: 0, sigma: 1 };
    const moved = dragged('p.1.shoulder-r', 4.5, 0, { p, q });
    expect(moved?.value).toEqual({
      family: 'mixture',
      components: [
        p.components[0],
        { weight: 0.5, component: { family: 'normal', mu: 2, sigma: 2.5 } },
      ],
    });
    expect(dragged('q.0.peak', 1.234, 0, { p, q })?.value).toEqual({
      family: 'normal',
      mu: 1.23,
      sigma: 1,
    });
  });
});

describe('figures', () => {
  const f64 = (a: number[]) => Float64Array.from(a);
  const view1: Continuous1View = {
    kind: 'continuous1',
    x: f64([-1, 0, 1]),
    p: f64([0.2, 0.4, 0.2]),
    q: f64([0.1, 0.2, 0.3]),
    klPQ: f64([0.2 * Math.log(2), 0.4 * Math.log(2), 0.2 * Math.log(2 / 3)]),
    klQP: f64([0.1 * Math.log(0.5), 0.2 * Math.log(0.5), 0.3 * Math.log(1.5)]),
  };
  it('1-D: the integrand is in the chosen unit, on its own axis below the densities', () => {
    const fig = continuous1Figure(view1, 'bits', 'pq');
    const integrand = fig.data[0] as { y: number[]; fill: string; yaxis: string };
    // p·log₂(p/q): 0.2, 0.4, 0.2·log₂(2/3) = −0.116993
    expect(integrand.y.map((v) => r(v))).toEqual([0.2, 0.4, -0.117]);
    expect(integrand.fill).toBe('tozeroy');
    expect(integrand.yaxis).toBe('y2');
    // The densities stay on the first y axis (the drag handles map to it), from 0 to 1.08·max.
    expect(fig.data.slice(1).map((t) => (t as { yaxis?: string }).yaxis)).toEqual([
      undefined,
      undefined,
    ]);
    expect((fig.layout.yaxis!.range as number[]).map((v) => r(v))).toEqual([0, r(0.4 * 1.08)]);
    // Two panels, the integrand's below the densities' and not overlapping them, one x axis.
    const [d0, d1] = fig.layout.yaxis!.domain as number[];
    const [i0, i1] = fig.layout.yaxis2!.domain as number[];
    expect(i0).toBe(0);
    expect(i1).toBeLessThan(d0!);
    expect(d1).toBe(1);
    expect(fig.layout.yaxis2!.overlaying).toBeUndefined();
    expect(fig.layout.xaxis!.anchor).toBe('y2');
    // Its range holds −0.117…0.4 with 10 % to spare; its ticks are round (span 0.569 in about
    // three parts: 0.19 → 0.2) and include 0.
    const [z0, z1] = fig.layout.yaxis2!.range as number[];
    expect(r(z0!)).toBe(r(-0.2 * Math.log2(1.5) * 1.1));
    expect(r(z1!)).toBe(r(0.44));
    expect(fig.layout.yaxis2!.tickvals).toEqual([0, 0.2, 0.4]);
    const text = (t: unknown) => String((t as { text: string }).text);
    expect(text(fig.layout.yaxis2!.title)).toBe('bits per x');
    expect(text(fig.layout.annotations![0])).toContain('p·log(p/q) (bits per unit x)');
    expect(text(fig.layout.annotations![0])).toContain('KL(P‖Q)');
    const reverse = continuous1Figure(view1, 'nats', 'qp');
    expect(text(reverse.layout.annotations![0])).toContain('KL(Q‖P)');
  });
  it('2-D: rows of the grid, contours and an optional heatmap', () => {
    expect(gridRows([1, 2, 3, 4], 2)).toEqual([
      [1, 2],
      [3, 4],
    ]);
    const view2: Continuous2View = {
      kind: 'continuous2',
      x: f64([0, 1]),
      y: f64([0, 1]),
      p: f64([1, 2, 3, 4]),
      q: f64([4, 3, 2, 1]),
      klPQ: f64([-1, 0, 0, 2]),
      klQP: f64([0, 0, 0, 0]),
    };
    const n2 = { family: 'normal2', mx: 0, my: 0, sx: 1, sy: 1, rho: 0 } as const;
    const off = continuous2Figure(view2, { p: n2, q: n2 }, 'nats', null);
    expect(off.data.map((t) => t.type)).toEqual(['contour', 'contour', 'scatter', 'scatter']);
    const on = continuous2Figure(view2, { p: n2, q: n2 }, 'nats', 'pq');
    const heat = on.data[0] as { type: string; z: number[][]; zmin: number; zmax: number };
    expect(heat.type).toBe('heatmap');
    expect(heat.z).toEqual([
      [-1, 0],
      [0, 2],
    ]);
    expect([heat.zmin, heat.zmax]).toEqual([-2, 2]);
    // Equal scales, one round step on both axes: the grid spans 1, and 1/5 = 0.2 is already round.
    expect(on.layout.yaxis!.scaleanchor).toBe('x');
    expect(on.layout.yaxis!.scaleratio).toBe(1);
    expect([on.layout.xaxis!.dtick, on.layout.yaxis!.dtick]).toEqual([0.2, 0.2]);
    // On a projector the legend and colour bar move beside the plot; the data are the same.
    const beside = continuous2Figure(view2, { p: n2, q: n2 }, 'nats', 'pq', 'beside');
    expect(beside.data.map((t) => t.type)).toEqual(on.data.map((t) => t.type));
    const bar = (beside.data[0] as { colorbar: { orientation?: string; x: number } }).colorbar;
    expect(bar.orientation).toBeUndefined(); // Plotly's default, vertical
    expect(bar.x).toBeGreaterThan(1);
    expect(beside.layout.legend!.x).toBeGreaterThan(1);
    expect(beside.layout.margin!.b!).toBeLessThan(on.layout.margin!.b!);
  });
  it('2-D: the chart shows the square where the densities are, not the whole tail grid', () => {
    // A 5×5 grid on 0…4 whose mass sits at x ∈ {1, 2}, y = 2: bounding box x 1…2, y 2…2; its side
    // 1 widened by 20 % is 1.2, centred on (1.5, 2).
    const at = (i: number, j: number) => (j === 2 && (i === 1 || i === 2) ? 1 : 0);
    const grid = Float64Array.from({ length: 25 }, (_, k) => at(k % 5, Math.floor(k / 5)));
    const axis = f64([0, 1, 2, 3, 4]);
    const box = focusSquare({ x: axis, y: axis, p: grid, q: new Float64Array(25) });
    expect(box.x.map((v) => r(v))).toEqual([0.9, 2.1]);
    expect(box.y.map((v) => r(v))).toEqual([1.4, 2.6]);
    // Nothing above zero: the whole grid.
    const empty = new Float64Array(25);
    expect(focusSquare({ x: axis, y: axis, p: empty, q: empty })).toEqual({ x: [0, 4], y: [0, 4] });
  });
});

describe('formulas', () => {
  it('1-D Gaussians: N(0,1) vs N(1,2) term by term', () => {
    // ln(2/1) = 0.693147; (1 + (0 − 1)²)/(2·4) = 0.25; total 0.443147
    const tex = gaussian1KlTex(
      { family: 'normal', mu: 0, sigma: 1 },
      { family: 'normal', mu: 1, sigma: 2 },
      closed(0.4431471805599453),
      'nats',
    );
    expect(tex).toContain('0.6931 + 0.25 - 0.5');
    expect(tex).toContain('0.4431\\ \\text{nats}');
    const bits = gaussian1KlTex(
      { family: 'normal', mu: 0, sigma: 1 },
      { family: 'normal', mu: 1, sigma: 2 },
      closed(0.4431471805599453),
      'bits',
    );
    // 0.443147 / ln 2 = 0.639332
    expect(bits).toContain('0.6393\\ \\text{bits}');
  });
  it('1-D Gaussians, the other direction: KL(Q‖P) with Q = N(1,2) first', () => {
    // KL(N(1,2)‖N(0,1)) = ln(1/2) + (4 + 1)/2 − ½ = −0.693147 + 2.5 − 0.5 = 1.306853
    const tex = gaussian1KlTex(
      { family: 'normal', mu: 0, sigma: 1 },
      { family: 'normal', mu: 1, sigma: 2 },
      closed(1.3068528194400546),
      'nats',
      'qp',
    );
    expect(tex).toContain('\\mathrm{KL}(Q\\,\\|\\,P)');
    expect(tex).not.toContain('\\mathrm{KL}(P\\,\\|\\,Q)');
    expect(tex).toContain('\\ln\\frac{1}{2}');
    expect(tex).toContain('-0.6931 + 2.5 - 0.5');
    expect(tex).toContain('1.307\\ \\text{nats}');
  });
  it('2-D Gaussians: the trace, quadratic form and determinants', () => {
    // Σ₁ = [[1, .6], [.6, 1]], Σ₂ = diag(2.25, 1): tr = 1/2.25 + 1 = 1.4444; quad = 0.25/2.25 = 0.1111;
    // |Σ₂| = 2.25, |Σ₁| = 0.64, ln(2.25/0.64) = 1.2572; KL = ½(1.4444 + 0.1111 − 2 + 1.2572) = 0.40638
    const tex = gaussian2KlTex(
      { family: 'normal2', mx: 0, my: 0, sx: 1, sy: 1, rho: 0.6 },
      { family: 'normal2', mx: 0.5, my: 0, sx: 1.5, sy: 1, rho: 0 },
      closed(0.40638),
      'nats',
    );
    expect(tex).toContain('1.444 + 0.1111 - 2 + \\ln\\frac{2.25}{0.64}');
    expect(tex).toContain('+ 1.257\\big]');
  });
  it('numeric values use ≈ and the error estimate', () => {
    const q = (v: number, e: number): MeasureValue => ({
      value: v as Nats,
      error: e,
      method: 'quadrature',
    });
    const tex = integralKlTex({ pq: q(0.461995, 3.1e-13), qp: q(0.936928, 4.7e-12) }, 1, 'nats');
    expect(tex).toContain('\\approx 0.461995 \\pm 3.1\\times 10^{-13}');
    expect(integralKlTex({ pq: q(1, 0), qp: q(1, 0) }, 2, 'nats')).toContain('\\iint');
    // The shown integrand's KL comes first.
    const reverse = integralKlTex({ pq: q(0.5, 0), qp: q(0.9, 0) }, 1, 'nats', 'qp');
    expect(reverse.indexOf('Q\\,\\|\\,P')).toBeLessThan(reverse.indexOf('P\\,\\|\\,Q'));
  });
});

describe('roundTicks', () => {
  it('gives round steps that include an exact zero', () => {
    expect(roundTicks(-0.02, 0.2)).toEqual([0, 0.05, 0.1, 0.15, 0.2]);
    expect(roundTicks(-1.2, 3)).toEqual([-1, 0, 1, 2, 3]);
    expect(roundTicks(0, 0)).toEqual([0]);
    // span 0.557 in about 3 parts: 0.186 rounds to 0.2
    expect(roundTicks(-0.117, 0.44, 3)).toEqual([0, 0.2, 0.4]);
  });
});
