import { logDensity1 } from '../../core/distributions/density';
import type {
  Continuous1Spec,
  Continuous2Spec,
  Distribution,
  Normal,
  Normal2,
} from '../../core/distributions/types';
import { COLORS } from '../theme';
import type { DragHandle } from './DraggablePlot';
import { componentsOf, ellipseHandles, moveEllipseHandle, moveNormalHandle } from './params';

/**
 * The drag handles of a 1-D spec: each component's peak (at μᵢ) and shoulders (the inflection points
 * μᵢ ± σᵢ), placed on the drawn density curve. Ids: `<which>.<i>.peak`, `.shoulder-l`, `.shoulder-r`.
 */
export function handles1(which: 'p' | 'q', d: Continuous1Spec): DragHandle[] {
  const density = logDensity1(d);
  const at = (x: number) => Math.exp(density(x));
  const who = which.toUpperCase();
  return componentsOf<Normal>(d).flatMap(({ component: c }, i) => {
    const of = d.family === 'mixture' ? ` of component ${i + 1}` : '';
    const base = { color: COLORS[which] };
    return [
      {
        ...base,
        id: `${which}.${i}.peak`,
        x: c.mu,
        y: at(c.mu),
        size: 'large',
        title: `${who}: drag to move the mean${of}`,
      },
      {
        ...base,
        id: `${which}.${i}.shoulder-l`,
        x: c.mu - c.sigma,
        y: at(c.mu - c.sigma),
        size: 'small',
        title: `${who}: drag to change σ${of}`,
      },
      {
        ...base,
        id: `${which}.${i}.shoulder-r`,
        x: c.mu + c.sigma,
        y: at(c.mu + c.sigma),
        size: 'small',
        title: `${who}: drag to change σ${of}`,
      },
    ] satisfies DragHandle[];
  });
}

/**
 * The handles of a 2-D spec: each component's centre and both ends of its 1σ ellipse's two axes.
 * Both ends, because the canonical end of an axis (ellipseAxes' angle) jumps to the other side
 * when ρ changes sign on an upright ellipse: with both drawn, a handle stays under the pointer.
 * Ids: `<which>.<i>.centre`, `.major`, `.major-opposite`, `.minor`, `.minor-opposite`.
 */
export function handles2(which: 'p' | 'q', d: Continuous2Spec): DragHandle[] {
  const who = which.toUpperCase();
  return componentsOf<Normal2>(d).flatMap(({ component: c }, i) => {
    const h = ellipseHandles(c);
    const of = d.family === 'mixture2' ? ` of component ${i + 1}` : '';
    const base = { color: COLORS[which] };
    const opposite = ([x, y]: readonly [number, number]) => [2 * c.mx - x, 2 * c.my - y] as const;
    const axisEnd = (id: string, [x, y]: readonly [number, number], axis: string) => ({
      ...base,
      id: `${which}.${i}.${id}`,
      x,
      y,
      size: 'small' as const,
      title: `${who}: drag to stretch and turn the ${axis} axis${of}`,
    });
    // The centre last, so it is drawn on top: on a thin ellipse the short axis's ends sit on it.
    return [
      axisEnd('major', h.major, 'long'),
      axisEnd('major-opposite', opposite(h.major), 'long'),
      axisEnd('minor', h.minor, 'short'),
      axisEnd('minor-opposite', opposite(h.minor), 'short'),
      {
        ...base,
        id: `${which}.${i}.centre`,
        x: h.centre[0],
        y: h.centre[1],
        size: 'large',
        title: `${who}: drag to move the centre${of}`,
      },
    ] satisfies DragHandle[];
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
  if (d.family === 'normal2' || d.family === 'mixture2') {
    const comps = componentsOf<Normal2>(d);
    const old = comps[i]?.component;
    // Either end of an axis sets it (the ellipse is symmetric about its centre).
    const handle = part === 'centre' ? part : part?.startsWith('major') ? 'major' : 'minor';
    if (!old || !['centre', 'major', 'major-opposite', 'minor', 'minor-opposite'].includes(part))
      return null;
    const next = moveEllipseHandle(old, handle, x, y);
    return {
      which,
      value:
        d.family === 'normal2' ? next : { family: 'mixture2', components: replace(comps, next) },
    };
  }
  return null;
}
