// A browser harness for one test file (or describe block): started before its tests, closed after them.
// Kept apart from the harnesses themselves, which the bench also uses outside vitest.
import { afterAll, beforeAll } from 'vitest';
import { startFirefoxHarness, type FirefoxHarness } from './firefox/harness';
import { startHarness, type Harness } from './harness';

/** The object returned is filled in before the first test, so tests use it as they would the started harness. */
function perFile<T extends { close(): Promise<void> }>(start: () => Promise<T>): T {
  const harness = {} as T;
  beforeAll(async () => {
    Object.assign(harness, await start());
  });
  afterAll(async () => {
    await harness.close?.();
  });
  return harness;
}

export const useHarness = (options?: Parameters<typeof startHarness>[0]): Harness => perFile(() => startHarness(options));
export const useFirefoxHarness = (options?: Parameters<typeof startFirefoxHarness>[0]): FirefoxHarness => perFile(() => startFirefoxHarness(options));
