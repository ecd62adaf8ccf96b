import { describe, expect, it } from 'vitest';
import { COLD_CHECK_TIMEOUT_MS, createEngineWarmth, noting, WARM_FOR_MS } from '../../src/content/engine-warmth';

describe('engine warmth (issue 14, item 10)', () => {
  it('waits the cold bound until the engine has answered, then the usual bound until it has been quiet a while', async () => {
    let now = 1_000_000;
    const warmth = createEngineWarmth(() => now);
    expect(warmth.bound(1500)).toBe(COLD_CHECK_TIMEOUT_MS);
    await noting(warmth, Promise.resolve('answer'));
    expect(warmth.bound(1500)).toBe(1500);
    now += WARM_FOR_MS;
    expect(warmth.bound(1500)).toBe(COLD_CHECK_TIMEOUT_MS);
  });

  it('a failed request does not count as an answer', async () => {
    const warmth = createEngineWarmth(() => 0);
    await noting(warmth, Promise.reject(new Error('no engine'))).catch(() => undefined);
    expect(warmth.bound(1500)).toBe(COLD_CHECK_TIMEOUT_MS);
  });
});
