import type { Normal2 } from './types';

/**
 * The principal axes of a 2-D Gaussian's 1σ ellipse {(x − m)ᵀΣ⁻¹(x − m) = 1}, Σ = [[sx², c], [c, sy²]]
 * with c = ρ·sx·sy: the semi-axes are the square roots of Σ's eigenvalues
 * λ = (sx² + sy²)/2 ± √(((sx² − sy²)/2)² + c²), the major one at angle θ = ½·atan2(2c, sx² − sy²).
 * A circle (sx = sy, ρ = 0) has θ = 0: its axes point right and up.
 */
export function ellipseAxes(d: Normal2): { major: number; minor: number; angle: number } {
  const vx = d.sx * d.sx;
  const vy = d.sy * d.sy;
  const c = d.rho * d.sx * d.sy;
  const mean = (vx + vy) / 2;
  const radius = Math.hypot((vx - vy) / 2, c);
  return {
    major: Math.sqrt(mean + radius),
    // mean − radius = det Σ / (mean + radius), written so that a thin ellipse keeps its digits.
    minor: Math.sqrt((vx * vy - c * c) / (mean + radius)),
    angle: 0.5 * Math.atan2(2 * c, vx - vy),
  };
}

/**
 * The (sx, sy, ρ) of the 2-D Gaussian whose 1σ ellipse has semi-axes a (at angle θ) and b (at
 * θ + 90°): Σ = R(θ)·diag(a², b²)·R(θ)ᵀ, so sx² = a²cos²θ + b²sin²θ, sy² = a²sin²θ + b²cos²θ and
 * ρ·sx·sy = (a² − b²)·sin θ·cos θ. ρ = 0 when sx or sy is 0 (a degenerate ellipse).
 */
export function scalesFromAxes(
  a: number,
  b: number,
  angle: number,
): { sx: number; sy: number; rho: number } {
  const [cos, sin] = [Math.cos(angle), Math.sin(angle)];
  const sx = Math.sqrt(a * a * cos * cos + b * b * sin * sin);
  const sy = Math.sqrt(a * a * sin * sin + b * b * cos * cos);
  const rho = sx > 0 && sy > 0 ? ((a * a - b * b) * sin * cos) / (sx * sy) : 0;
  return { sx, sy, rho };
}

/** Points on the 1σ ellipse, for drawing it: m + L·(cos t, sin t) with L the Cholesky factor of Σ. */
export function ellipsePoints(d: Normal2, n = 64): { x: number[]; y: number[] } {
  const x: number[] = [];
  const y: number[] = [];
  const c = Math.sqrt(Math.max(0, 1 - d.rho * d.rho));
  for (let i = 0; i <= n; i++) {
    const t = (2 * Math.PI * i) / n;
    const [u, v] = [Math.cos(t), Math.sin(t)];
    x.push(d.mx + d.sx * u);
    y.push(d.my + d.sy * (d.rho * u + c * v));
  }
  return { x, y };
}
