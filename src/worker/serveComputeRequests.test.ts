import { describe, expect, it } from 'vitest';
import type { WorkerRequest, WorkerResponse } from './protocol';
import { serveComputeRequests } from './serveComputeRequests';

/** A scope that records what the server posts and lets the test deliver messages. */
function fakeScope() {
  let deliver: (data: WorkerRequest) => void = () => {};
  const posted: WorkerResponse[] = [];
  let wake: () => void = () => {};
  serveComputeRequests({
    addEventListener: (_type, listener) => (deliver = (data) => listener({ data })),
    postMessage: (message) => {
      posted.push(message);
      wake();
    },
  });
  const answers = (count: number) =>
    new Promise<WorkerResponse[]>((resolve) => {
      const check = () => {
        if (posted.length >= count) resolve(posted.slice(0, count));
      };
      wake = check;
      check();
    });
  return { deliver, answers };
}

const chunk = (id: number, chunkSize = 1000): WorkerRequest => ({
  type: 'monteCarloChunk',
  id,
  params: {
    p: { family: 'normal', mu: 0, sigma: 1 },
    q: { family: 'normal', mu: 0, sigma: 1 },
    direction: 'pq',
    seed: 1,
    chunkIndex: 0,
    chunkSize,
  },
});

describe('serveComputeRequests', () => {
  it('answers a chunk with its state and the time the worker spent on it', async () => {
    const { deliver, answers } = fakeScope();
    deliver(chunk(1));
    const [answer] = await answers(1);
    expect(answer?.type).toBe('result');
    if (answer?.type !== 'result' || answer.command !== 'monteCarloChunk') return;
    // P = Q: every log-ratio is exactly 0, so k1's mean is 0 over all 1000 samples.
    expect(answer.result.state.n).toBe(1000);
    expect(answer.result.state.k1.mean).toBe(0);
    expect(answer.result.computeMs).toBeGreaterThanOrEqual(0);
  });

  it('skips a request cancelled before it started, and answers the others in order', async () => {
    const { deliver, answers } = fakeScope();
    deliver(chunk(1));
    deliver(chunk(2));
    deliver(chunk(3));
    deliver({ type: 'cancel', id: 2 });
    const got = await answers(3);
    expect(got.map((a) => [a.id, a.type])).toEqual([
      [1, 'result'],
      [2, 'cancelled'],
      [3, 'result'],
    ]);
  });

  it('reports a handler error as failed, with its message, and goes on serving', async () => {
    const { deliver, answers } = fakeScope();
    deliver(chunk(1, 0)); // chunkSize 0 is invalid
    deliver(chunk(2));
    const [failed, ok] = await answers(2);
    expect(failed).toMatchObject({ type: 'failed', id: 1 });
    expect(failed?.type === 'failed' && failed.message).toMatch(/chunkSize must be a positive/);
    expect(ok).toMatchObject({ type: 'result', id: 2 });
  });
});
