// Whether the background engine is likely running. An MV3 service worker stops after about 30 s idle,
// and starting it again (and compiling the packs) takes 1.0-1.4 s on a slow machine: too close to the
// 1.5 s a post waits for a check. So a post waits longer when the engine has not answered lately; the
// engine is warmed when a compose box gets focus, so this longer wait is rare. Past either bound the
// post goes out with the "not checked" notice, as ever (issue 14, item 10).

/** After an answer, the engine is taken to be running for this long. */
export const WARM_FOR_MS = 25_000;
/** The wait at post time for an engine that may be starting. */
export const COLD_CHECK_TIMEOUT_MS = 4_000;

export interface EngineWarmth {
  /** The engine answered (a check, a status or a warm-up). */
  answered(): void;
  /** How long a post waits for its check: `warmBound`, or the longer cold bound. */
  bound(warmBound: number): number;
}

export function createEngineWarmth(now: () => number): EngineWarmth {
  let lastAnswer = -Infinity;
  return {
    answered() {
      lastAnswer = now();
    },
    bound(warmBound) {
      return now() - lastAnswer < WARM_FOR_MS ? warmBound : Math.max(warmBound, COLD_CHECK_TIMEOUT_MS);
    },
  };
}

/** Passes `promise` through, noting when it resolves. */
export function noting<T>(warmth: EngineWarmth, promise: Promise<T>): Promise<T> {
  return promise.then((value) => {
    warmth.answered();
    return value;
  });
}
