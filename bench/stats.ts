export interface Summary {
  median: number;
  p95: number;
  p99: number;
  max: number;
  runs: number;
}

export function summarise(samples: number[]): Summary {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  return { median: at(0.5), p95: at(0.95), p99: at(0.99), max: sorted[sorted.length - 1], runs: sorted.length };
}

export const ms = (x: number) => `${x < 10 ? x.toFixed(2) : x.toFixed(1)} ms`;

/**
 * How long the bench holds the mouse button down on Post for a draft checked while typing, as a person does
 * (a click lasts about 50-150 ms). A driver's click sends the press and the release 0.2 ms apart, so the
 * release waited behind the page's own handling of the press (4.6 ms median on the practice page with no
 * extension at all) and the time from the release to the nudge counted it. The other click figures keep the
 * driver's instant click: held, the press would hide the round trip to the engine they are there to time
 * (the check starts at the press).
 */
export const PRESS_MS = 80;

/** The press for one post: held only where the draft was checked while typing and a nudge is expected. */
export const pressFor = (outcome: 'nudge' | 'posted', waitForTypingCheck: boolean) => (outcome === 'nudge' && waitForTypingCheck ? PRESS_MS : 0);

/** One post on a practice page: ms from the Post click to `outcome` (bench/browser.ts, bench/firefox.ts). */
export type PostOnce = (text: string, outcome: 'nudge' | 'posted', waitForTypingCheck: boolean) => Promise<number>;

/**
 * Post click to nudge, `runs` times each: draft checked while typing (warm) and posted before the typing
 * check (one round trip to the engine), after one post that wakes the engine. For bench/click.ts.
 */
export async function clickToNudgeSeries(post: PostOnce, risky: string, runs: number): Promise<{ warm: number[]; notYetChecked: number[] }> {
  const warm: number[] = [];
  const notYetChecked: number[] = [];
  await post(risky, 'nudge', true); // wake the engine
  for (let i = 0; i < runs; i++) {
    warm.push(await post(risky, 'nudge', true));
    notYetChecked.push(await post(risky, 'nudge', false));
  }
  return { warm, notYetChecked };
}
