import { describe, expect, it } from 'vitest';
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

  it('fails pending requests when the worker crashes, then computes on the main thread', async () => {
    const worker = new FakeWorker();
    const lost: string[] = [];
    const client = new ComputeClient(
      () => worker as unknown as Worker,
      (r) => lost.push(r),
    );
    const pending = client.request('analyse', { p: bern(0.5), q: bern(0.5) });
    worker.dispatchEvent(Object.assign(new Event('error'), { message: 'boom' }));
    expect(await pending).toEqual({ status: 'failed', message: 'compute worker failed: boom' });
    expect(lost).toEqual(['boom']);
    expect((await client.request('analyse', { p: bern(0.5), q: bern(0.5) })).status).toBe('done');
  });
});
