import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readLimited, refreshTrustPack } from '../../src/background/refresh';
import type { RefreshState } from '../../src/settings';

const URL_ = 'https://intranet.northvale.nhs.example/tbyp/pack.json';
const PACK = readFileSync('rules/examples/northvale-trust.json', 'utf8');

function world(answers: Array<{ text?: string; error?: string }>, managed: unknown = { refreshUrl: URL_ }) {
  let state: RefreshState | undefined;
  const fetched: string[] = [];
  const deps = {
    readManaged: async () => managed,
    readRefresh: async () => state,
    writeRefresh: async (next: RefreshState) => {
      state = next;
    },
    fetchText: async (url: string) => {
      fetched.push(url);
      return answers.shift() ?? { error: 'network error' };
    },
    now: () => new Date('2026-11-27T10:00:00Z'),
  };
  return { deps, fetched, state: () => state };
}

describe('refreshing the trust pack', () => {
  it('does nothing without a refresh URL', async () => {
    const w = world([], {});
    expect(await refreshTrustPack(w.deps)).toEqual([]);
    expect(w.fetched).toEqual([]);
    expect(w.state()).toBeUndefined();
  });

  it('keeps a valid pack, then keeps it when the next fetch fails or is invalid', async () => {
    const w = world([{ text: PACK }, { error: 'HTTP 503' }, { text: '{"id": "Broken!"}' }]);
    expect(await refreshTrustPack(w.deps)).toEqual([]);
    expect(w.fetched).toEqual([URL_]);
    expect((w.state()!.lastGood!.data as { id: string }).id).toBe('northvale.trust');

    const unreachable = await refreshTrustPack(w.deps);
    expect(unreachable[0]!.message).toMatch(/HTTP 503.*still used/);
    expect((w.state()!.lastGood!.data as { id: string }).id).toBe('northvale.trust');

    const invalid = await refreshTrustPack(w.deps);
    expect(invalid.length).toBeGreaterThan(1);
    expect((w.state()!.lastGood!.data as { id: string }).id).toBe('northvale.trust');
    expect(w.state()!.lastAttempt).toMatchObject({ ok: false });
  });

  it('a fetch that throws counts as a failed try, not a crash', async () => {
    const w = world([]);
    w.deps.fetchText = async () => {
      throw new Error('offline');
    };
    expect((await refreshTrustPack(w.deps))[0]!.message).toMatch(/could not be fetched/);
  });
});

describe('readLimited (issue 14, item 12: a streaming size limit on the refresh download)', () => {
  /** A response streaming `chunks` chunks of `size` characters, counting how many were pulled. */
  function streaming(chunks: number, size: number, headers: Record<string, string> = {}) {
    let pulled = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (pulled === chunks) return controller.close();
        pulled++;
        controller.enqueue(new TextEncoder().encode('x'.repeat(size)));
      },
    });
    return { response: new Response(body, { headers }), pulled: () => pulled };
  }

  it('gives up as soon as the text passes the limit, without reading the rest', async () => {
    const { response, pulled } = streaming(1000, 100_000); // 100 MB on offer
    expect(await readLimited(response, 250_000)).toBeUndefined();
    expect(pulled()).toBeLessThanOrEqual(4);
  });

  it('reads a body within the limit whole', async () => {
    const { response } = streaming(3, 1000);
    expect(await readLimited(response, 250_000)).toBe('x'.repeat(3000));
  });

  it('refuses a declared Content-Length far over the limit unread', async () => {
    const { response, pulled } = streaming(1000, 100_000, { 'content-length': String(60_000_000) });
    expect(await readLimited(response, 2_000_000)).toBeUndefined();
    expect(pulled()).toBeLessThanOrEqual(1);
  });
});
