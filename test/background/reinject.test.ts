// After an install or update, the content scripts go into the open tabs they match (issue 14, item 6).
import { beforeEach, describe, expect, it, vi } from 'vitest';

const injected: Array<{ tabId: number; files: string[] }> = [];
const tabsByPattern: Record<string, Array<{ id?: number; discarded?: boolean }>> = {};

vi.mock('wxt/browser', () => ({
  browser: {
    runtime: { getManifest: () => ({ content_scripts: [{ matches: ['https://x.com/*'], js: ['content-scripts/content.js'] }, { matches: ['https://none.example/*'] }] }) },
    scripting: {
      getRegisteredContentScripts: async () => [{ id: 'added', matches: ['https://intranet.example/*'], js: ['content-scripts/content.js'] }],
      executeScript: async ({ target, files }: { target: { tabId: number }; files: string[] }) => {
        if (target.tabId === 13) throw new Error('Cannot access contents of the page');
        injected.push({ tabId: target.tabId, files });
      },
    },
    tabs: { query: async ({ url }: { url: string[] }) => url.flatMap((u) => tabsByPattern[u] ?? []) },
  },
}));

const { injectIntoOpenTabs } = await import('../../src/background/reinject');

describe('injectIntoOpenTabs', () => {
  beforeEach(() => {
    injected.length = 0;
    tabsByPattern['https://x.com/*'] = [{ id: 1 }, { id: 2, discarded: true }, { id: 13 }, {}];
    tabsByPattern['https://intranet.example/*'] = [{ id: 7 }];
  });

  it('injects the manifest and registered scripts into the open tabs they match, skipping discarded and refusing tabs', async () => {
    expect(await injectIntoOpenTabs()).toBe(2);
    expect(injected).toEqual([
      { tabId: 1, files: ['content-scripts/content.js'] },
      { tabId: 7, files: ['content-scripts/content.js'] },
    ]);
  });
});
