// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createDraftChecks } from '../../src/content/draft-checks';
import { clean, composeBox, fakeBackground, risky, settle } from './helpers';

describe('draft checks', () => {
  let bg: ReturnType<typeof fakeBackground>;
  beforeEach(() => {
    bg = fakeBackground();
  });

  it('shares one request per text and keeps the result by exact text', async () => {
    const checks = createDraftChecks(bg.port);
    const { composer } = composeBox();
    const changed = vi.fn();
    checks.onChange(changed);
    checks.checkInBackground(composer(), 'NHS 943 476 5919');
    const atPost = checks.check(composer(), 'NHS 943 476 5919');
    expect(bg.checks).toHaveLength(1);
    expect(bg.checks[0]!.site).toBe('test');
    bg.checks[0]!.answer.resolve(risky());
    expect((await atPost).findings).toHaveLength(1);
    expect(checks.result(composer(), 'NHS 943 476 5919')?.findings).toHaveLength(1);
    expect(checks.result(composer(), 'NHS 943 476 591')).toBeUndefined();
    expect(changed).toHaveBeenCalled();
    checks.checkInBackground(composer(), 'NHS 943 476 5919');
    checks.checkInBackground(composer(), '   ');
    expect(bg.checks).toHaveLength(1);
  });

  it('learns that checking is off here from a check, without keeping that as a clean result', async () => {
    const checks = createDraftChecks(bg.port);
    const { composer } = composeBox();
    const pending = checks.check(composer(), 'risky');
    bg.checks[0]!.answer.resolve({ findings: [], locked: {}, inactive: true, inactiveUntil: bg.port.now() + 60_000 });
    await pending;
    expect(checks.isInactive(composer())).toBe(true);
    expect(checks.result(composer(), 'risky')).toBeUndefined();
    checks.checkInBackground(composer(), 'other text');
    expect(bg.checks).toHaveLength(1); // nothing to check while paused
    bg.advance(60_001);
    expect(checks.isInactive(composer())).toBe(false); // the pause has ended
  });

  it('asks for the status once, and again after settings change', async () => {
    const checks = createDraftChecks(bg.port);
    const { composer } = composeBox();
    checks.learnStatus(composer());
    checks.learnStatus(composer());
    expect(bg.statuses).toHaveLength(1);
    bg.statuses[0]!.answer.resolve({ inactive: true });
    await settle();
    expect(checks.isInactive(composer())).toBe(true);
    checks.learnStatus(composer());
    expect(bg.statuses).toHaveLength(1);

    checks.clear();
    expect(checks.isInactive(composer())).toBe(false);
    checks.learnStatus(composer());
    expect(bg.statuses).toHaveLength(2);
    bg.statuses[1]!.answer.resolve({});
    await settle();
    expect(checks.isInactive(composer())).toBe(false);
    checks.learnStatus(composer());
    expect(bg.statuses).toHaveLength(2); // known to be on
  });

  it('drops answers to questions asked before settings changed', async () => {
    const checks = createDraftChecks(bg.port);
    const { composer } = composeBox();
    checks.learnStatus(composer());
    const pending = checks.check(composer(), 'text');
    checks.clear();
    bg.statuses[0]!.answer.resolve({ inactive: true });
    bg.checks[0]!.answer.resolve(clean());
    await pending;
    await settle();
    expect(checks.isInactive(composer())).toBe(false);
    expect(checks.result(composer(), 'text')).toBeUndefined();
  });

  it('treats a failed status question as unknown (posts are checked as usual)', async () => {
    const checks = createDraftChecks(bg.port);
    const { composer } = composeBox();
    checks.learnStatus(composer());
    bg.statuses[0]!.answer.reject(new Error('no background'));
    await settle();
    expect(checks.isInactive(composer())).toBe(false);
    checks.learnStatus(composer());
    expect(bg.statuses).toHaveLength(2);
  });
});
