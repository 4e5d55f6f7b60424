import { familyOf, isContinuous1, logDensity1, real1Family } from '../../core/families/registry';
import type { Handle1 } from '../../core/families/types';
import { parseSpec } from '../../core/spec/parse';
import type {
  Component1Spec,
  Continuous1Spec,
  MixtureComponent,
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
 * The drag handles of a 1-D spec: each Gaussian component's peak (at μᵢ) and shoulders (the
 * inflection points μᵢ ± σᵢ), and each other component's own handles (`Real1Family.handles`: a
 * Uniform's edges, a Laplace's peak and scale), all placed on the drawn density curve. Ids:
 * `<which>.<i>.peak`, `.shoulder-l`, `.shoulder-r`, or `<which>.<i>.<handle id>`.
 */
export function handles1(which: 'p' | 'q', d: Continuous1Spec): DragHandle[] {
  const density = logDensity1(d);
  const at = (x: number) => Math.exp(density(x));
  const parts: readonly Component1Spec[] =
    d.family === 'mixture' ? d.components.map((c) => c.component) : [d];
  return parts.flatMap((c, i) => {
    const of = d.family === 'mixture' ? ` of component ${i + 1}` : '';
    return c.family === 'normal'
      ? normalHandles(which, c, i, of, at)
      : schemaHandles(which, c, i, of, at);
  });
}

function normalHandles(
  which: 'p' | 'q',
  c: Normal,
  i: number,
  of: string,
  at: (x: number) => number,
): DragHandle[] {
  const who = which.toUpperCase();
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
}

/** A family's own handles (`Real1Family.handles`), ids `<which>.<i>.<id>`, on the density curve. */
function schemaHandles(
  which: 'p' | 'q',
  c: Component1Spec,
  i: number,
  of: string,
  at: (x: number) => number,
): DragHandle[] {
  const who = which.toUpperCase();
  const list = (real1Family(c).handles ?? []) as readonly Handle1<typeof c.family>[];
  return list.map((h) => {
    const x = h.x(c);
    // A Uniform's edge sits where the density jumps: the handle goes on the inside value.
    const y = at(x);
    return {
      color: COLORS[which],
      moves: 'x' as const,
      id: `${which}.${i}.${h.id}`,
      x,
      y: Number.isFinite(y) ? y : 0,
      size: h.size,
      label: `${who} ${h.label}${of} = ${fmt(x)}; drag or use arrow keys to move it`,
    };
  });
}

/** One 1-D component after its handle `part` is dragged to x (null: not its handle, or bad x). */
function movedComponent(c: Component1Spec, part: string, x: number): Component1Spec | null {
  if (!Number.isFinite(x)) return null;
  if (c.family === 'normal')
    return part === 'peak' || part.startsWith('shoulder')
      ? moveNormalHandle(c, part === 'peak' ? 'peak' : 'shoulder', x)
      : null;
  const h = ((real1Family(c).handles ?? []) as readonly Handle1<typeof c.family>[]).find(
    (k) => k.id === part,
  );
  return h ? h.moved(c, x) : null;
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
  if (isContinuous1(d)) {
    const comps: readonly MixtureComponent<Component1Spec>[] =
      d.family === 'mixture' ? d.components : [{ weight: 1, component: d }];
    const old = comps[i]?.component;
    const next = old && movedComponent(old, part, x);
    if (!next) return null;
    const value: Distribution =
      d.family === 'mixture' ? { family: 'mixture', components: replace(comps, next) } : next;
    // A Gaussian's handles round and clamp themselves; any other goes through the parser: a drag
    // past a limit (a Uniform's a beyond its b) is ignored.
    if (old.family === 'normal') return { which, value };
    const r = parseSpec(familyOf(value).format(value));
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
