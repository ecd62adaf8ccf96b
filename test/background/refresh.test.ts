import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MIN_REFETCH_MINUTES, readLimited, refreshTrustPack } from '../../src/background/refresh';
import type { RefreshState } from '../../src/settings';

const URL_ = 'https://intranet.northvale.nhs.example/tbyp/pack.json';
const PACK = readFileSync('rules/examples/northvale-trust.json', 'utf8');

function world(answers: Array<{ text?: string; error?: string }>, managed: unknown = { refreshUrl: URL_ }) {
  let state: RefreshState | undefined;
  let clock = Date.parse('2026-11-27T10:00:00Z');
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
    now: () => new Date(clock),
  };
  const wait = (minutes: number) => void (clock += minutes * 60_000);
  return { deps, fetched, state: () => state, wait, setManaged: (next: unknown) => void (managed = next) };
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

    w.wait(6 * 60);
    const unreachable = await refreshTrustPack(w.deps);
    expect(unreachable[0]!.message).toMatch(/HTTP 503.*still used/);
    expect((w.state()!.lastGood!.data as { id: string }).id).toBe('northvale.trust');

    w.wait(6 * 60);
    const invalid = await refreshTrustPack(w.deps);
    expect(invalid.length).toBeGreaterThan(1);
    // Each problem is kept with the try, for the options page to name by its place.
    expect(w.state()!.lastAttempt!.problems).toEqual(invalid.slice(0, -1));
    expect((w.state()!.lastGood!.data as { id: string }).id).toBe('northvale.trust');
    expect(w.state()!.lastAttempt).toMatchObject({ ok: false });
  });

  it('a start or a policy change fetches again only for a new URL or after a few minutes; the alarm always does', async () => {
    const w = world([{ text: PACK }, { text: PACK }, { text: PACK }, { text: PACK }]);
    await refreshTrustPack(w.deps);
    w.wait(1);
    await refreshTrustPack(w.deps); // the service worker started again
    expect(w.fetched).toEqual([URL_]);
    await refreshTrustPack(w.deps, { periodic: true });
    expect(w.fetched).toEqual([URL_, URL_]);
    const moved = `${URL_}?v=2`;
    w.setManaged({ refreshUrl: moved });
    await refreshTrustPack(w.deps); // the policy changed
    expect(w.fetched).toEqual([URL_, URL_, moved]);
    w.wait(MIN_REFETCH_MINUTES);
    await refreshTrustPack(w.deps);
    expect(w.fetched).toEqual([URL_, URL_, moved, moved]);
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
