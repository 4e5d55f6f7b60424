import { describe, expect, it } from 'vitest';
import { splitNextDraw } from './splitDraw';

/** A graph div's event emitter as Plotly's triggerHandler uses it: `once` handlers fire once. */
function graphDiv() {
  const handlers = new Map<string, (() => void)[]>();
  const gd = {
    _promises: [] as Promise<unknown>[],
    once(event: string, handler: () => void) {
      handlers.set(event, [...(handlers.get(event) ?? []), handler]);
    },
    /** What _doPlot does first: the event, then (later) waiting on the queue. */
    beforeplot() {
      const due = handlers.get('plotly_beforeplot') ?? [];
      handlers.delete('plotly_beforeplot');
      for (const h of due) h();
    },
  };
  return gd;
}

describe('splitNextDraw', () => {
  it('queues, when the next draw begins, one promise that settles in a later task', async () => {
    const gd = graphDiv();
    splitNextDraw(gd as unknown as HTMLElement);
    splitNextDraw(gd as unknown as HTMLElement); // armed once, not twice
    expect(gd._promises).toHaveLength(0);
    gd.beforeplot();
    expect(gd._promises).toHaveLength(1);
    const order: string[] = [];
    void gd._promises[0]!.then(() => order.push('draw goes on'));
    await Promise.resolve();
    await Promise.resolve();
    // Microtasks are not enough: the rest of the draw waits for a task of its own.
    expect(order).toEqual([]);
    await new Promise((r) => setTimeout(r, 0));
    await gd._promises[0];
    expect(order).toEqual(['draw goes on']);
    // One draw only: the one after is whole again.
    gd.beforeplot();
    expect(gd._promises).toHaveLength(1);
  });

  it('does nothing for a div Plotly has not drawn yet (no event emitter)', () => {
    const bare = {} as HTMLElement;
    expect(() => splitNextDraw(bare)).not.toThrow();
  });
});
