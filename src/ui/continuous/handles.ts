import {
  isContinuous1,
  isGaussianMixture1,
  logDensity1,
  real1Family,
} from '../../core/families/registry';
import type { Handle1 } from '../../core/families/types';
import { parseSpec } from '../../core/spec/parse';
import type {
  Continuous1Spec,
  Continuous2Spec,
  Distribution,
  Normal,
  Normal2,
} from '../../core/distributions/types';
import { formatNumber } from '../format';
import { COLORS } from '../theme';
import type { DragHandle } from '../plots/dragHandle';
import {
  componentsOf,
  ELLIPSE_HANDLES,
  ellipseHandles,
  isEllipseHandle,
  moveEllipseHandle,
  moveNormalHandle,
} from './params';

const fmt = (v: number) => formatNumber(v, 3);

// The editor and handles of the Gaussian families (N, Mix, N2, Mix of N2): the family checks
// below choose between this editor's own four shapes; other families get their own editor or the
// generic ParameterEditor through ui/families/registry.tsx.

/**
 * The drag handles of a 1-D spec: each component's peak (at μᵢ) and shoulders (the inflection points
 * μᵢ ± σᵢ), placed on the drawn density curve. Ids: `<which>.<i>.peak`, `.shoulder-l`, `.shoulder-r`.
 */
export function handles1(which: 'p' | 'q', d: Continuous1Spec): DragHandle[] {
  const density = logDensity1(d);
  const at = (x: number) => Math.exp(density(x));
  const who = which.toUpperCase();
  if (!isGaussianMixture1(d)) return schemaHandles(which, d);
  return componentsOf<Normal>(d as Normal).flatMap(({ component: c }, i) => {
    const of = d.family === 'mixture' ? ` of component ${i + 1}` : '';
    const base = { color: COLORS[which], moves: 'x' as const };
    return [
      {
        ...base,
        id: `${which}.${i}.peak`,
        x: c.mu,
        y: at(c.mu),
        size: 'large',
        label: `${who} peak${of}: mean μ = ${fmt(c.mu)}; drag or use arrow keys to move it`,
      },
      {
        ...base,
        id: `${which}.${i}.shoulder-l`,
        x: c.mu - c.sigma,
        y: at(c.mu - c.sigma),
        size: 'small',
        label: `${who} left shoulder${of}: σ = ${fmt(c.sigma)}; drag or use arrow keys to widen it`,
      },
      {
        ...base,
        id: `${which}.${i}.shoulder-r`,
        x: c.mu + c.sigma,
        y: at(c.mu + c.sigma),
        size: 'small',
        label: `${who} right shoulder${of}: σ = ${fmt(c.sigma)}; drag or use arrow keys to widen it`,
      },
    ] satisfies DragHandle[];
  });
}

/** A family's own handles (`Real1Family.handles`), ids `<which>.0.<id>`, on its density curve. */
function schemaHandles(which: 'p' | 'q', d: Continuous1Spec): DragHandle[] {
  const density = logDensity1(d);
  const who = which.toUpperCase();
  const list = (real1Family(d).handles ?? []) as readonly Handle1<typeof d.family>[];
  return list.map((h) => {
    const x = h.x(d);
    // A Uniform's edge sits where the density jumps: the handle goes on the inside value.
    const y = Math.exp(density(x));
    return {
      color: COLORS[which],
      moves: 'x' as const,
      id: `${which}.0.${h.id}`,
      x,
      y: Number.isFinite(y) ? y : 0,
      size: h.size,
      label: `${who} ${h.label} = ${fmt(x)}; drag or use arrow keys to move it`,
    };
  });
}

/**
 * The handles of a 2-D spec: each component's centre and both ends of its 1σ ellipse's two axes
 * (ellipseHandles). Ids: `<which>.<i>.<handle>` with the handles of ELLIPSE_HANDLES.
 */
export function handles2(which: 'p' | 'q', d: Continuous2Spec): DragHandle[] {
  const who = which.toUpperCase();
  return componentsOf<Normal2>(d).flatMap(({ component: c }, i) => {
    const at = ellipseHandles(c);
    const of = d.family === 'mixture2' ? ` of component ${i + 1}` : '';
    return ELLIPSE_HANDLES.map((part) => ({
      color: COLORS[which],
      id: `${which}.${i}.${part}`,
      x: at[part][0],
      y: at[part][1],
      size: part === 'centre' ? ('large' as const) : ('small' as const),
      label:
        part === 'centre'
          ? `${who} centre${of}: (${fmt(c.mx)}, ${fmt(c.my)}); drag or use arrow keys to move it`
          : `${who} ${part.startsWith('major') ? 'long' : 'short'} axis end${of}: drag or use arrow keys to stretch and turn it`,
    }));
  });
}

/** The spec after handle `id` (from handles1/handles2) is dragged to (x, y); null if it does not apply. */
export function dragged(
  id: string,
  x: number,
  y: number,
  current: { p: Distribution; q: Distribution },
): { which: 'p' | 'q'; value: Distribution } | null {
  const [which, index, part] = id.split('.') as ['p' | 'q', string, string];
  const d = current[which];
  const i = Number(index);
  const replace = <C>(components: readonly { weight: number; component: C }[], c: C) =>
    components.map((old, k) => (k === i ? { weight: old.weight, component: c } : old));
  if (d.family === 'normal' || d.family === 'mixture') {
    const comps = componentsOf<Normal>(d);
    const old = comps[i]?.component;
    if (!old) return null;
    const next = moveNormalHandle(old, part === 'peak' ? 'peak' : 'shoulder', x);
    return {
      which,
      value: d.family === 'normal' ? next : { family: 'mixture', components: replace(comps, next) },
    };
  }
  if (isContinuous1(d) && !isGaussianMixture1(d)) {
    const h = ((real1Family(d).handles ?? []) as readonly Handle1<typeof d.family>[]).find(
      (k) => k.id === part,
    );
    if (!h || !Number.isFinite(x)) return null;
    const next = h.moved(d, x);
    // Through the family's own parser: a drag past a limit (a Uniform's a beyond its b) is ignored.
    const r = parseSpec(real1Family(next).format(next));
    return r.ok ? { which, value: r.value } : null;
  }
  if (d.family === 'normal2' || d.family === 'mixture2') {
    const comps = componentsOf<Normal2>(d);
    const old = comps[i]?.component;
    if (!old || !isEllipseHandle(part)) return null;
    const next = moveEllipseHandle(old, part, x, y);
    return {
      which,
      value:
        d.family === 'normal2' ? next : { family: 'mixture2', components: replace(comps, next) },
    };
  }
  return null;
}
