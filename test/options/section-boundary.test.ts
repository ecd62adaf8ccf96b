// @vitest-environment happy-dom
// Issue 14: a section that fails to draw takes nothing else with it; the packs' "Remove" and the reset stay.
import { h, render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SectionBoundary } from '../../src/options/SectionBoundary';
import '../../src/options/words'; // the options page's words
import { setLanguage } from '../../src/ui/i18n';

setLanguage('en');

function Broken(): never {
  throw new Error('a stored value nobody foresaw');
}

describe('SectionBoundary', () => {
  afterEach(() => vi.restoreAllMocks());

  it('shows a note in place of a section that throws, and keeps the sections after it', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const root = document.createElement('main');
    await act(() =>
      render(
      h('div', null, h(SectionBoundary, { name: 'checks' }, h(Broken, null)), h(SectionBoundary, { name: 'backup' }, h('button', null, 'Reset to defaults'))),
      root,
      ),
    );
    const failed = root.querySelector('[data-testid="section-failed"]');
    expect(failed?.getAttribute('data-section')).toBe('checks');
    expect(failed?.querySelector('[role="alert"]')?.textContent).toMatch(/couldn.t be shown/);
    expect(root.querySelector('button')?.textContent).toBe('Reset to defaults');
  });
});
