import { test as base, expect } from './fixtures';
import { ContinuousPage } from './pages/continuous';

const test = base.extend<{ cont: ContinuousPage }>({
  cont: async ({ page }, use) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await use(new ContinuousPage(page));
  },
});

// Each test goes through many controls, each waiting for the worker: allow more than the default.
test.describe.configure({ timeout: 60_000 });

// Independent closed forms (written out here, not imported from the app).
// KL(N(μ₁,σ₁)‖N(μ₂,σ₂)) = ln(σ₂/σ₁) + (σ₁² + (μ₁ − μ₂)²)/(2σ₂²) − ½
const kl1 = (m1: number, s1: number, m2: number, s2: number) =>
  Math.log(s2 / s1) + (s1 * s1 + (m1 - m2) ** 2) / (2 * s2 * s2) - 0.5;

type G2 = [mx: number, my: number, sx: number, sy: number, rho: number];
const cov = ([, , sx, sy, r]: G2) => [sx * sx, r * sx * sy, sy * sy] as const; // a, b, d
// KL = ½[tr(Σ₂⁻¹Σ₁) + Δᵀ Σ₂⁻¹ Δ − 2 + ln(|Σ₂|/|Σ₁|)], with the 2×2 inverse [[d, −b], [−b, a]]/det
function kl2(p: G2, q: G2): number {
  const [a1, b1, d1] = cov(p);
  const [a2, b2, d2] = cov(q);
  const det1 = a1 * d1 - b1 * b1;
  const det2 = a2 * d2 - b2 * b2;
  const tr = (d2 * a1 - 2 * b2 * b1 + a2 * d1) / det2;
  const [dx, dy] = [q[0] - p[0], q[1] - p[1]];
  const quad = (d2 * dx * dx - 2 * b2 * dx * dy + a2 * dy * dy) / det2;
  return 0.5 * (tr + quad - 2 + Math.log(det2 / det1));
}

// Cross-entropy of any P against a Gaussian depends only on P's mean and variance:
// H(P, N(m, s)) = −E_P[log q] = ½ln(2πs²) + (Var_P + (E_P − m)²)/(2s²).
function ce1(mix: [w: number, mu: number, s: number][], m: number, s: number): number {
  const total = mix.reduce((a, [w]) => a + w, 0);
  const mean = mix.reduce((a, [w, mu]) => a + (w / total) * mu, 0);
  const second = mix.reduce((a, [w, mu, sd]) => a + (w / total) * (sd * sd + mu * mu), 0);
  return (
    0.5 * Math.log(2 * Math.PI * s * s) + (second - mean * mean + (mean - m) ** 2) / (2 * s * s)
  );
}
// 2-D: H(P, N(m, Σ)) = ln(2π) + ½ln|Σ| + ½[tr(Σ⁻¹C_P) + (E_P − m)ᵀΣ⁻¹(E_P − m)]
function ce2(mix: [w: number, g: G2][], q: G2): number {
  const total = mix.reduce((a, [w]) => a + w, 0);
  const ex = mix.reduce((a, [w, g]) => a + (w / total) * g[0], 0);
  const ey = mix.reduce((a, [w, g]) => a + (w / total) * g[1], 0);
  let cxx = 0;
  let cxy = 0;
  let cyy = 0;
  for (const [w, g] of mix) {
    const [a, b, d] = cov(g);
    cxx += (w / total) * (a + (g[0] - ex) ** 2);
    cxy += (w / total) * (b + (g[0] - ex) * (g[1] - ey));
    cyy += (w / total) * (d + (g[1] - ey) ** 2);
  }
  const [a2, b2, d2] = cov(q);
  const det = a2 * d2 - b2 * b2;
  const tr = (d2 * cxx - 2 * b2 * cxy + a2 * cyy) / det;
  const [dx, dy] = [ex - q[0], ey - q[1]];
  const quad = (d2 * dx * dx - 2 * b2 * dx * dy + a2 * dy * dy) / det;
  return Math.log(2 * Math.PI) + 0.5 * Math.log(det) + 0.5 * (tr + quad);
}

test.describe('Gaussian 1-D', () => {
  test('slider, number, keyboard, spec text and drag all reach the closed form', async ({
    cont,
  }) => {
    await cont.open('?p=N(0,1)&q=N(1,2)');
    await cont.expectValue('kl-pq', kl1(0, 1, 1, 2), 1e-12);
    await cont.expectValue('kl-qp', kl1(1, 2, 0, 1), 1e-12);

    await cont.slider('p', 'normal', 'mu').fill('2'); // slider
    await expect(cont.field('p', 'normal', 'mu')).toHaveValue('2');
    await cont.expectValue('kl-pq', kl1(2, 1, 1, 2), 1e-12);

    await cont.field('q', 'normal', 'sigma').fill('3'); // number
    await cont.expectValue('kl-pq', kl1(2, 1, 1, 3), 1e-12);

    // keyboard: ten steps of 0.001 in log₁₀σ → σ = 10^0.01 = 1.023 (4 significant digits)
    await cont.slider('p', 'normal', 'sigma').focus();
    for (let i = 0; i < 10; i++) await cont.page.keyboard.press('ArrowRight');
    await expect(cont.field('p', 'normal', 'sigma')).toHaveValue('1.023');
    await cont.expectValue('kl-pq', kl1(2, 1.023, 1, 3), 1e-12);

    await cont.spec('p').fill('N(-1,0.5)'); // spec text
    await cont.expectValue('kl-pq', kl1(-1, 0.5, 1, 3), 1e-12);
    await expect(cont.field('p', 'normal', 'mu')).toHaveValue('-1');

    // drag Q's peak to x = 3 on the chart, then its right shoulder to x = 3 + 1.5
    await cont.dragHandle('chart-density', 'q.0.peak', 3);
    await expect.poll(() => cont.fieldValue('q', 'normal', 'mu')).toBeGreaterThan(2.9);
    const mu = await cont.fieldValue('q', 'normal', 'mu');
    expect(Math.abs(mu - 3)).toBeLessThan(0.1);
    await cont.dragHandle('chart-density', 'q.0.shoulder-r', mu + 1.5);
    await expect.poll(() => cont.fieldValue('q', 'normal', 'sigma')).toBeLessThan(2);
    const sigma = await cont.fieldValue('q', 'normal', 'sigma');
    expect(Math.abs(sigma - 1.5)).toBeLessThan(0.1);
    await cont.expectValue('kl-pq', kl1(-1, 0.5, mu, sigma), 1e-12);
    await expect(cont.spec('q')).toHaveValue(`N(${mu},${sigma})`);
  });

  test('the integrand toggle and bits', async ({ cont, page }) => {
    await cont.open('?p=N(0,1)&q=N(1,2)&units=bits');
    // The integrand panel's name (an annotation above its own axis, yaxis2) and the axis's unit.
    const title = () =>
      cont.chart('chart-density').evaluate((el) => {
        const layout = (
          el as unknown as {
            layout: { yaxis2: { title: { text: string } }; annotations: { text: string }[] };
          }
        ).layout;
        return `${layout.annotations[0]!.text} | ${layout.yaxis2.title.text}`;
      });
    await expect.poll(title).toBe('p·log(p/q) (bits per unit x): its area is KL(P‖Q) | bits per x');
    await page.getByTestId('cont.integrand.qp').click();
    await expect.poll(title).toBe('q·log(q/p) (bits per unit x): its area is KL(Q‖P) | bits per x');
    await expect(page.getByTestId('formula')).toContainText('bits');
  });
});

test.describe('Mixture 1-D', () => {
  test('weights, components and drag against the cross-entropy identity', async ({ cont }) => {
    await cont.open('?p=Mix(0.5*N(-3,1),0.5*N(3,1))&q=N(0,3.16)');
    const tol = 1e-7;
    await cont.expectValue(
      'ce-pq',
      ce1(
        [
          [0.5, -3, 1],
          [0.5, 3, 1],
        ],
        0,
        3.16,
      ),
      tol,
    );

    await cont.slider('p', 'mix.0', 'weight').fill('0.8'); // slider: others renormalise to 0.2
    await expect(cont.field('p', 'mix.1', 'weight')).toHaveValue('0.2');
    await cont.expectValue(
      'ce-pq',
      ce1(
        [
          [0.8, -3, 1],
          [0.2, 3, 1],
        ],
        0,
        3.16,
      ),
      tol,
    );

    await cont.field('p', 'mix.1', 'mu').fill('4'); // number
    await cont.expectValue(
      'ce-pq',
      ce1(
        [
          [0.8, -3, 1],
          [0.2, 4, 1],
        ],
        0,
        3.16,
      ),
      tol,
    );

    await cont.page.getByTestId('p.mix.add').click(); // a third component: weights × 2/3, new 1/3
    const mu3 = await cont.fieldValue('p', 'mix.2', 'mu');
    await cont.expectValue(
      'ce-pq',
      ce1(
        [
          [(0.8 * 2) / 3, -3, 1],
          [(0.2 * 2) / 3, 4, 1],
          [1 / 3, mu3, 1],
        ],
        0,
        3.16,
      ),
      tol,
    );
    await cont.page.getByTestId('p.mix.0.remove').click();
    await cont.expectValue(
      'ce-pq',
      ce1(
        [
          [(0.2 * 2) / 3, 4, 1],
          [1 / 3, mu3, 1],
        ],
        0,
        3.16,
      ),
      tol,
    );

    await cont.spec('p').fill('Mix(0.5*N(-3,1),0.5*N(3,1))'); // spec text
    await cont.dragHandle('chart-density', 'p.0.peak', -1); // drag the left mode towards 0
    await expect.poll(() => cont.fieldValue('p', 'mix.0', 'mu')).toBeGreaterThan(-1.5);
    const mu = await cont.fieldValue('p', 'mix.0', 'mu');
    await cont.expectValue(
      'ce-pq',
      ce1(
        [
          [0.5, mu, 1],
          [0.5, 3, 1],
        ],
        0,
        3.16,
      ),
      tol,
    );

    await cont.slider('q', 'normal', 'sigma').focus(); // keyboard on Q
    await cont.page.keyboard.press('Home');
    await expect(cont.field('q', 'normal', 'sigma')).toHaveValue('0.05');
    await cont.expectValue(
      'ce-pq',
      ce1(
        [
          [0.5, mu, 1],
          [0.5, 3, 1],
        ],
        0,
        0.05,
      ),
      tol,
    );
  });
});

test.describe('Gaussian 2-D', () => {
  test('sliders, numbers, keyboard, spec and dragging the ellipse', async ({ cont }) => {
    await cont.open('?p=N2(0,0,1,1,0.6)&q=N2(0.5,0,1.5,1,0)');
    let p: G2 = [0, 0, 1, 1, 0.6];
    let q: G2 = [0.5, 0, 1.5, 1, 0];
    await cont.expectValue('kl-pq', kl2(p, q), 1e-12);
    await cont.expectValue('kl-qp', kl2(q, p), 1e-12);

    await cont.slider('p', 'n2', 'rho').fill('-0.3');
    p = [0, 0, 1, 1, -0.3];
    await cont.expectValue('kl-pq', kl2(p, q), 1e-12);
    await cont.field('q', 'n2', 'my').fill('1.5');
    q = [0.5, 1.5, 1.5, 1, 0];
    await cont.expectValue('kl-pq', kl2(p, q), 1e-12);
    await cont.slider('q', 'n2', 'mx').focus();
    await cont.page.keyboard.press('ArrowLeft'); // 0.5 − 0.01
    q = [0.49, 1.5, 1.5, 1, 0];
    await cont.expectValue('kl-pq', kl2(p, q), 1e-12);
    await cont.spec('p').fill('N2(1,-1,2,0.5,0.2)');
    p = [1, -1, 2, 0.5, 0.2];
    await cont.expectValue('kl-pq', kl2(p, q), 1e-12);

    await cont.dragHandle('chart-density2', 'q.0.centre', -1, 0.5);
    await expect.poll(() => cont.fieldValue('q', 'n2', 'mx')).toBeLessThan(-0.8);
    const [mx, my] = [
      await cont.fieldValue('q', 'n2', 'mx'),
      await cont.fieldValue('q', 'n2', 'my'),
    ];
    expect(Math.abs(mx + 1)).toBeLessThan(0.15);
    expect(Math.abs(my - 0.5)).toBeLessThan(0.15);
    // The end of P's long axis dragged to m + 3·(cos 30°, sin 30°) = (3.598, 0.5). By hand, for
    // P = N2(1,−1,2,0.5,0.2): Σ = [[4, .2], [.2, .25]], short semi-axis b² = (1 − .04)/(2.125 +
    // √(1.875² + .2²)) = 0.239363; then a = 3 at 30°: sx² = 9·¾ + b²·¼ = 6.80984 (sx = 2.6096),
    // sy² = 9·¼ + b²·¾ = 2.42952 (sy = 1.5587), ρ = (9 − b²)·sin 30°·cos 30° / (sx·sy) = 0.9326.
    await cont.dragHandle('chart-density2', 'p.0.major', 1 + 3 * Math.cos(Math.PI / 6), 0.5);
    await expect.poll(() => cont.fieldValue('p', 'n2', 'sx')).toBeGreaterThan(2.3);
    const sx = await cont.fieldValue('p', 'n2', 'sx');
    const sy = await cont.fieldValue('p', 'n2', 'sy');
    const rho = await cont.fieldValue('p', 'n2', 'rho');
    expect(Math.abs(sx - 2.61)).toBeLessThan(0.2);
    expect(Math.abs(sy - 1.56)).toBeLessThan(0.2);
    expect(Math.abs(rho - 0.93)).toBeLessThan(0.06);
    await cont.expectValue('kl-pq', kl2([1, -1, sx, sy, rho], [mx, my, 1.5, 1, 0]), 1e-12);
  });
});

test.describe('Gaussian 2-D, one gesture', () => {
  test('an axis dragged past the other one stays the dragged axis', async ({ cont }) => {
    await cont.open('?p=N2(0,0,1,1,0)&q=N2(1,0,1.5,1,0)');
    // P is a circle; its "major" end sits at (1, 0). Pulled straight to (0, 2): that axis becomes 2
    // long pointing up, the other stays 1 (sx = 1, sy = 2, ρ = 0 by hand). The straight path passes
    // 2/√5 ≈ 0.89 from the centre, shorter than the other axis: applied frame by frame to the
    // previous frame's ellipse, the handle's name moved to the other axis there and shrank it.
    await cont.dragHandle('chart-density2', 'p.0.major', 0, 2);
    await expect.poll(() => cont.fieldValue('p', 'n2', 'sy')).toBeGreaterThan(1.8);
    expect(Math.abs((await cont.fieldValue('p', 'n2', 'sx')) - 1)).toBeLessThan(0.1);
    expect(Math.abs((await cont.fieldValue('p', 'n2', 'sy')) - 2)).toBeLessThan(0.15);
    expect(Math.abs(await cont.fieldValue('p', 'n2', 'rho'))).toBeLessThan(0.08);
  });
});

test.describe('Mixture 2-D', () => {
  test('a drag is answered by a coarse first pass, and released it ends at the refined value', async ({
    cont,
    page,
  }) => {
    await cont.open(
      '?p=Mix(0.5*N2(-1.5,0,0.6,0.6,0.3),0.5*N2(1.5,1,0.6,0.6,-0.3))&q=N2(0,0,1.5,1.5,0)',
    );
    const c1: G2 = [-1.5, 0, 0.6, 0.6, 0.3];
    const q: G2 = [0, 0, 1.5, 1.5, 0];
    // Every coarse answer the cross-entropy readout shows, from now on.
    await page.evaluate(() => {
      const w = window as unknown as { __coarse: string[] };
      w.__coarse = [];
      new MutationObserver(() => {
        const el = document.querySelector('[data-testid="ce-pq"]');
        if (el?.getAttribute('data-coarse') === 'true') w.__coarse.push(el.textContent ?? '');
      }).observe(document.body, {
        subtree: true,
        attributes: true,
        attributeFilter: ['data-coarse'],
      });
    });
    await cont.dragHandle('chart-density2', 'p.1.centre', 1, -1, async () => {
      // Held: the position is answered coarsely, its ± saying so.
      await page.waitForFunction(
        () => (window as unknown as { __coarse: string[] }).__coarse.length > 0,
      );
    });
    const shown = await page.evaluate(() => (window as unknown as { __coarse: string[] }).__coarse);
    expect(shown[0]).toContain('first pass');
    // Released: refined (no coarse mark, the ordinary ±) and within 1e-6 of the identity.
    const readout = page.getByTestId('ce-pq');
    await expect(readout).not.toHaveAttribute('data-coarse', 'true');
    await expect(readout).not.toContainText('first pass');
    const [mx, my] = [
      await cont.fieldValue('p', 'mix.1', 'mx'),
      await cont.fieldValue('p', 'mix.1', 'my'),
    ];
    expect(my).toBeLessThan(0.5);
    await cont.expectValue(
      'ce-pq',
      ce2(
        [
          [0.5, c1],
          [0.5, [mx, my, 0.6, 0.6, -0.3]],
        ],
        q,
      ),
      1e-6,
    );
  });

  test('parameters and drag against the 2-D cross-entropy identity', async ({ cont }) => {
    await cont.open(
      '?p=Mix(0.5*N2(-1.5,0,0.6,0.6,0.3),0.5*N2(1.5,1,0.6,0.6,-0.3))&q=N2(0,0,1.5,1.5,0)',
    );
    const tol = 1e-5;
    const c1: G2 = [-1.5, 0, 0.6, 0.6, 0.3];
    let c2: G2 = [1.5, 1, 0.6, 0.6, -0.3];
    const q: G2 = [0, 0, 1.5, 1.5, 0];
    await cont.expectValue(
      'ce-pq',
      ce2(
        [
          [0.5, c1],
          [0.5, c2],
        ],
        q,
      ),
      tol,
    );
    await cont.slider('p', 'mix.1', 'sy').fill('0'); // log₁₀ sy = 0 → sy = 1
    c2 = [1.5, 1, 0.6, 1, -0.3];
    await cont.expectValue(
      'ce-pq',
      ce2(
        [
          [0.5, c1],
          [0.5, c2],
        ],
        q,
      ),
      tol,
    );
    await cont.field('p', 'mix.0', 'weight').fill('0.25');
    await cont.expectValue(
      'ce-pq',
      ce2(
        [
          [0.25, c1],
          [0.75, c2],
        ],
        q,
      ),
      tol,
    );
    await cont.dragHandle('chart-density2', 'p.1.centre', 1, -1);
    await expect.poll(() => cont.fieldValue('p', 'mix.1', 'my')).toBeLessThan(0);
    const [mx, my] = [
      await cont.fieldValue('p', 'mix.1', 'mx'),
      await cont.fieldValue('p', 'mix.1', 'my'),
    ];
    await cont.expectValue(
      'ce-pq',
      ce2(
        [
          [0.25, c1],
          [0.75, [mx, my, 0.6, 1, -0.3]],
        ],
        q,
      ),
      tol,
    );
  });
});
