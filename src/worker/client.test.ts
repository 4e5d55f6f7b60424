import { afterEach, describe, expect, it, vi } from 'vitest';
import { ComputeClient } from './client';
import type { WorkerRequest, WorkerResponse } from './protocol';

/** A stand-in Worker that records requests and lets the test answer them in any order. */
class FakeWorker extends EventTarget {
  readonly sent: WorkerRequest[] = [];
  postMessage(message: WorkerRequest) {
    this.sent.push(message);
  }
  answer(message: WorkerResponse) {
    this.dispatchEvent(new MessageEvent('message', { data: message }));
  }
  terminate() {}
}

const bern = (p: number) => ({ family: 'bernoulli' as const, p });
const fakeResult = { ok: false as const, problem: { code: 'unsupported' as const, message: 'x' } };

describe('ComputeClient', () => {
  it('supersedes an older request on the same channel and drops its late answer', async () => {
    const worker = new FakeWorker();
    const client = new ComputeClient(() => worker as unknown as Worker);
    const first = client.request('analyse', { p: bern(0.1), q: bern(0.2) }, { channel: 'a' });
    const second = client.request('analyse', { p: bern(0.3), q: bern(0.4) }, { channel: 'a' });
    expect(worker.sent.map((m) => m.type)).toEqual(['analyse', 'cancel', 'analyse']);
    expect(await first).toEqual({ status: 'superseded' });
    const [r1, , r2] = worker.sent;
    // The stale answer arrives after the newer request was sent: it must not settle anything.
    worker.answer({ type: 'result', command: 'analyse', id: r1!.id, result: fakeResult });
    worker.answer({ type: 'result', command: 'analyse', id: r2!.id, result: fakeResult });
    expect(await second).toEqual({ status: 'done', result: fakeResult });
  });

  it('abandons work in flight: a fresh worker, the old answer dropped, later requests served', async () => {
    const workers: FakeWorker[] = [];
    const terminated: FakeWorker[] = [];
    const restarted: string[] = [];
    const client = new ComputeClient(
      () => {
        const w = new FakeWorker();
        w.terminate = () => void terminated.push(w);
        workers.push(w);
        return w as unknown as Worker;
      },
      () => {},
      { onWorkerRestarted: (reason) => restarted.push(reason) },
    );
    client.abandon(); // nothing pending: the idle worker is kept
    expect(workers).toHaveLength(1);
    const slow = client.request('analyse', { p: bern(0.1), q: bern(0.2) });
    client.abandon();
    expect(await slow).toEqual({ status: 'cancelled' });
    expect(terminated).toEqual([workers[0]]);
    expect(workers).toHaveLength(2);
    // The old worker's late answer reaches no one; the new worker serves the next request.
    workers[0]!.answer({ type: 'result', command: 'analyse', id: 1, result: fakeResult });
    const next = client.request('analyse', { p: bern(0.3), q: bern(0.4) });
    const sent = workers[1]!.sent.at(-1)!;
    workers[1]!.answer({ type: 'result', command: 'analyse', id: sent.id, result: fakeResult });
    expect(await next).toEqual({ status: 'done', result: fakeResult });
    expect(restarted).toEqual([]);
  });

  it('keeps requests on different channels independent', async () => {
    const worker = new FakeWorker();
    const client = new ComputeClient(() => worker as unknown as Worker);
    const a = client.request('analyse', { p: bern(0.1), q: bern(0.2) }, { channel: 'a' });
    const b = client.request('analyse', { p: bern(0.1), q: bern(0.2) }, { channel: 'b' });
    for (const m of worker.sent)
      worker.answer({ type: 'result', command: 'analyse', id: m.id, result: fakeResult });
    expect((await a).status).toBe('done');
    expect((await b).status).toBe('done');
  });

  it('falls back to the main thread when the worker cannot start, and says so', async () => {
    const lost: string[] = [];
    const client = new ComputeClient(
      () => {
        throw new Error('no workers here');
      },
      (reason) => lost.push(reason),
    );
    expect(client.usesWorker).toBe(false);
    expect(lost).toEqual(['no workers here']);
    const outcome = await client.request('analyse', { p: bern(0.5), q: bern(0.5) });
    expect(outcome.status).toBe('done');
    if (outcome.status === 'done' && outcome.result.ok)
      expect(outcome.result.measures.klPQ.value).toBe(0);
  });

  it('restarts a crashed worker and sends it the unanswered request again', async () => {
    const workers: FakeWorker[] = [];
    const restarted: string[] = [];
    const client = new ComputeClient(
      () => {
        workers.push(new FakeWorker());
        return workers.at(-1) as unknown as Worker;
      },
      () => {},
      { onWorkerRestarted: (r) => restarted.push(r) },
    );
    const pending = client.request('analyse', { p: bern(0.3), q: bern(0.6) });
    workers[0]!.dispatchEvent(Object.assign(new Event('error'), { message: 'boom' }));
    expect(restarted).toEqual(['boom']);
    expect(workers).toHaveLength(2);
    const resent = workers[1]!.sent[0]!;
    expect(resent.type).toBe('analyse');
    workers[1]!.answer({ type: 'result', command: 'analyse', id: resent.id, result: fakeResult });
    expect(await pending).toEqual({ status: 'done', result: fakeResult });
    expect(client.usesWorker).toBe(true);
  });
});

describe('ComputeClient watchdog', () => {
  afterEach(() => vi.useRealTimers());

  // KL(Bern(0.3) ‖ Bern(0.6)) = 0.3 ln(0.3/0.6) + 0.7 ln(0.7/0.4), by hand:
  // 0.3 × (−0.693147180560) + 0.7 × 0.559615787935 = −0.207944154168 + 0.391731051554.
  const KL_03_06 = 0.183786897386;

  const expectKl = (outcome: Awaited<ReturnType<ComputeClient['request']>>) => {
    expect(outcome.status).toBe('done');
    const result = (outcome as { result: { ok: boolean; measures: { klPQ: { value: number } } } })
      .result;
    expect(result.ok).toBe(true);
    expect(result.measures.klPQ.value).toBeCloseTo(KL_03_06, 11);
  };

  it('restarts a silent worker once, then computes on the main thread, and never loses the request', async () => {
    vi.useFakeTimers();
    const workers: FakeWorker[] = [];
    const lost: string[] = [];
    const restarted: string[] = [];
    const client = new ComputeClient(
      () => {
        workers.push(new FakeWorker());
        return workers.at(-1) as unknown as Worker;
      },
      (r) => lost.push(r),
      { onWorkerRestarted: (r) => restarted.push(r), watchdogMs: { analyse: 1000 } },
    );
    const pending = client.request('analyse', { p: bern(0.3), q: bern(0.6) });
    await vi.advanceTimersByTimeAsync(999);
    expect(workers).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(workers).toHaveLength(2);
    expect(restarted).toEqual(['the compute worker did not answer within 1 s']);
    expect(workers[1]!.sent.map((m) => m.type)).toEqual(['analyse']);
    await vi.advanceTimersByTimeAsync(1000);
    expect(lost).toEqual(['the compute worker did not answer within 1 s']);
    expect(client.usesWorker).toBe(false);
    expectKl(await pending);
  });

  it('counts progress as a sign of life', async () => {
    vi.useFakeTimers();
    const worker = new FakeWorker();
    const restarted: string[] = [];
    const client = new ComputeClient(
      () => worker as unknown as Worker,
      () => {},
      { onWorkerRestarted: (r) => restarted.push(r), watchdogMs: { fitLandscape: 1000 } },
    );
    const pending = client.request('fitLandscape', {
      p: { family: 'normal', mu: 0, sigma: 1 },
      n: 4,
    });
    const id = worker.sent[0]!.id;
    for (let i = 0; i < 5; i++) {
      await vi.advanceTimersByTimeAsync(800);
      worker.answer({ type: 'progress', id, done: i, total: 5 });
    }
    expect(restarted).toEqual([]);
    const result = {
      mu: [],
      logSigma: [],
      reverse: new Float64Array(),
      forward: new Float64Array(),
    };
    worker.answer({ type: 'result', command: 'fitLandscape', id, result });
    expect(await pending).toEqual({ status: 'done', result });
  });

  it('refuses a malformed result, and the request is answered by a fresh worker', async () => {
    const workers: FakeWorker[] = [];
    const client = new ComputeClient(() => {
      workers.push(new FakeWorker());
      return workers.at(-1) as unknown as Worker;
    });
    const pending = client.request('analyse', { p: bern(0.3), q: bern(0.6) });
    const broken = { ok: true, measures: { klPQ: { value: Number.NaN, error: 0 } } };
    workers[0]!.answer({
      type: 'result',
      command: 'analyse',
      id: workers[0]!.sent[0]!.id,
      result: broken as never,
    });
    expect(workers).toHaveLength(2);
    const resent = workers[1]!.sent[0]!;
    workers[1]!.answer({ type: 'result', command: 'analyse', id: resent.id, result: fakeResult });
    expect(await pending).toEqual({ status: 'done', result: fakeResult });
  });

  it('re-runs the waiting request at once on the main thread when the worker script cannot load', async () => {
    const workers: FakeWorker[] = [];
    const lost: string[] = [];
    const client = new ComputeClient(
      () => {
        workers.push(new FakeWorker());
        return workers.at(-1) as unknown as Worker;
      },
      (r) => lost.push(r),
    );
    const pending = client.request('analyse', { p: bern(0.3), q: bern(0.6) });
    // A 404 or a syntax error fires `error` on every new Worker of that script.
    workers[0]!.dispatchEvent(Object.assign(new Event('error'), { message: '404' }));
    workers[1]!.dispatchEvent(Object.assign(new Event('error'), { message: '404' }));
    expect(lost).toEqual(['404']);
    expect(workers).toHaveLength(2);
    expectKl(await pending);
  });

  it('does not restart the worker when a handler itself fails', async () => {
    const workers: FakeWorker[] = [];
    const client = new ComputeClient(() => {
      workers.push(new FakeWorker());
      return workers.at(-1) as unknown as Worker;
    });
    const pending = client.request('analyse', { p: bern(0.3), q: bern(0.6) });
    workers[0]!.answer({ type: 'failed', id: workers[0]!.sent[0]!.id, message: 'bad input' });
    expect(await pending).toEqual({ status: 'failed', message: 'bad input' });
    expect(workers).toHaveLength(1);
  });
});
