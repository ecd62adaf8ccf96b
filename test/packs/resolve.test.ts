import { describe, expect, it } from 'vitest';
import { resolvePacks } from '../../src/packs/resolve';
import type { Rule, RulesPack } from '../../src/packs/types';

function rule(id: string, extra: Partial<Rule> = {}): Rule {
  return {
    id,
    type: 'words',
    category: 'rudeness',
    severity: 'warning',
    message: `message of ${id}`,
    why: `why of ${id}`,
    words: [id.split('.').pop()!],
    examples: { flag: ['x'], pass: ['y'] },
    ...extra,
  } as Rule;
}

function pack(id: string, rules: Rule[], extra: Partial<RulesPack> = {}): RulesPack {
  return { schemaVersion: 1, id, name: id, version: '1.0.0', author: 'Tests', rules, ...extra };
}

const builtin = () =>
  pack('nhs.core', [rule('rude.swearing'), rule('patient.nhs-number', { category: 'patient-details', severity: 'high' }), rule('rude.sarcasm', { enabled: false })], {
    vocabularies: { allow: ['NHS 111'], deny: [{ term: 'Project X', reason: 'secret' }] },
  });

describe('resolvePacks', () => {
  it('keeps pack order, and a later rule with the same id replaces the earlier one in its place', () => {
    const trust = pack('trust.a', [rule('trust.codename'), rule('rude.swearing', { severity: 'high', message: 'trust swearing' })], { extends: ['nhs.core'] });
    const { rules, problems } = resolvePacks([builtin(), trust]);
    expect(problems).toEqual([]);
    expect(rules.map((r) => `${r.packId}:${r.id}`)).toEqual(['trust.a:rude.swearing', 'nhs.core:patient.nhs-number', 'trust.a:trust.codename']);
    expect(rules[0]!.message).toBe('trust swearing');
  });

  it("names a declared category as the first pack that declared it", () => {
    const research = { id: 'research', name: 'Research studies', translations: { cy: { name: 'Astudiaethau ymchwil' } } };
    const trust = pack('trust.a', [rule('trust.study', { category: 'research' })], { categories: [research] });
    const personal = pack('me', [], { categories: [{ id: 'research', name: 'My research' }, { id: 'mine', name: 'Mine' }] });
    const { categories } = resolvePacks([builtin(), trust, personal]);
    expect(categories.get('research')).toEqual(research);
    expect(categories.get('mine')?.name).toBe('Mine');
    expect(resolvePacks([builtin()]).categories.size).toBe(0);
  });

  it('drops rules that are switched off', () => {
    const { rules } = resolvePacks([builtin()]);
    expect(rules.map((r) => r.id)).not.toContain('rude.sarcasm');
  });

  it('applies overrides to rules of earlier packs and of the same pack', () => {
    const trust = pack('trust.a', [rule('trust.codename')], {
      extends: ['nhs.core'],
      overrides: {
        'rude.swearing': { severity: 'info', message: 'Mind your language', why: 'Trust policy', suggestion: 'Reword it' },
        'rude.sarcasm': { enabled: true },
        'trust.codename': { enabled: false },
      },
    });
    const { rules, problems } = resolvePacks([builtin(), trust]);
    expect(problems).toEqual([]);
    const swearing = rules.find((r) => r.id === 'rude.swearing')!;
    expect(swearing).toMatchObject({ severity: 'info', message: 'Mind your language', why: 'Trust policy', suggestion: 'Reword it', packId: 'nhs.core' });
    expect(rules.map((r) => r.id)).toEqual(['rude.swearing', 'patient.nhs-number', 'rude.sarcasm']);
  });

  it('applies overrides in pack order: a later pack can switch a rule back on', () => {
    const trust = pack('trust.a', [], { overrides: { 'rude.swearing': { enabled: false } } });
    const personal = pack('me', [], { overrides: { 'rude.swearing': { enabled: true, severity: 'high' } } });
    expect(resolvePacks([builtin(), trust]).rules.map((r) => r.id)).not.toContain('rude.swearing');
    const { rules } = resolvePacks([builtin(), trust, personal]);
    expect(rules.find((r) => r.id === 'rude.swearing')).toMatchObject({ enabled: true, severity: 'high' });
  });

  it('does not apply an override to a rule from a later pack', () => {
    const core = pack('nhs.core', [rule('rude.swearing')], { overrides: { 'trust.codename': { severity: 'high' } } });
    const trust = pack('trust.a', [rule('trust.codename')]);
    const { rules, problems } = resolvePacks([core, trust], { files: ['core.json', 'trust.json'] });
    expect(rules.find((r) => r.id === 'trust.codename')!.severity).toBe('warning');
    expect(problems).toEqual([
      {
        file: 'core.json',
        path: '$.overrides["trust.codename"]',
        ruleId: 'trust.codename',
        message: 'There is an override for rule "trust.codename", but no pack loaded so far (including this one) has a rule with that id.',
      },
    ]);
  });

  it('accumulates locks from every pack, keeping the first reason', () => {
    const trust = pack('trust.a', [rule('trust.codename')], {
      locked: [
        { rule: 'patient.nhs-number', reason: 'Trust policy: patient confidentiality' },
        { rule: 'trust.codename', reason: 'Trust policy: project names' },
      ],
    });
    const personal = pack('me', [], { locked: [{ rule: 'rude.swearing', reason: 'My choice' }, { rule: 'patient.nhs-number', reason: 'Mine too' }] });
    const { rules, locked, problems } = resolvePacks([builtin(), trust, personal]);
    expect(problems).toEqual([]);
    expect([...locked]).toEqual([
      ['patient.nhs-number', { reason: 'Trust policy: patient confidentiality' }],
      ['trust.codename', { reason: 'Trust policy: project names' }],
      ['rude.swearing', { reason: 'My choice' }],
    ]);
    expect(rules.find((r) => r.id === 'patient.nhs-number')!.locked).toBe('Trust policy: patient confidentiality');
    expect(rules.find((r) => r.id === 'trust.codename')!.locked).toBe('Trust policy: project names');
  });

  it('keeps a locked rule on when a later pack tries to switch it off or replace it', () => {
    const trust = pack('trust.a', [], { locked: [{ rule: 'patient.nhs-number', reason: 'Trust policy' }] });
    const personal = pack('me', [rule('patient.nhs-number', { pattern: 'nothing' } as Partial<Rule>)], {
      overrides: { 'patient.nhs-number': { enabled: false, severity: 'info' } },
    });
    const { rules, problems } = resolvePacks([builtin(), trust, personal], { files: ['core.json', 'trust.json', 'me.json'] });
    const nhs = rules.find((r) => r.id === 'patient.nhs-number')!;
    expect(nhs).toMatchObject({ packId: 'nhs.core', enabled: true, locked: 'Trust policy', severity: 'info' });
    expect(problems.map((p) => [p.file, p.path, p.ruleId, p.message])).toEqual([
      ['me.json', '$.rules[0]', 'patient.nhs-number', 'Rule "patient.nhs-number" is locked by pack "trust.a" (Trust policy), so this pack cannot replace it. This rule is ignored.'],
      ['me.json', '$.overrides["patient.nhs-number"].enabled', 'patient.nhs-number', 'Rule "patient.nhs-number" is locked by pack "trust.a" (Trust policy), so it cannot be switched off. It stays on.'],
    ]);
  });

  it('turns on a rule that is off by default when a pack locks it', () => {
    const trust = pack('trust.a', [], { locked: [{ rule: 'rude.sarcasm', reason: 'Trust policy' }] });
    const { rules } = resolvePacks([builtin(), trust]);
    expect(rules.find((r) => r.id === 'rude.sarcasm')).toMatchObject({ enabled: true, locked: 'Trust policy' });
  });

  it('reports a lock of a rule that no pack defines', () => {
    const trust = pack('trust.a', [], { locked: [{ rule: 'patient.nope', reason: 'Trust policy' }] });
    const { locked, problems } = resolvePacks([builtin(), trust]);
    expect(locked.has('patient.nope')).toBe(false);
    expect(problems).toEqual([
      { file: 'pack "trust.a"', path: '$.locked[0].rule', ruleId: 'patient.nope', message: 'Rule "patient.nope" is locked, but no loaded pack has a rule with that id.' },
    ]);
  });

  it('reports extends of an unknown pack, or of a pack loaded later', () => {
    const trust = pack('trust.a', [rule('trust.codename')], { extends: ['nhs.core', 'nhs.missing', 'me'] });
    const personal = pack('me', []);
    const { rules, problems } = resolvePacks([builtin(), trust, personal], { files: ['core.json', 'trust.json', 'me.json'] });
    expect(problems).toEqual([
      { file: 'trust.json', path: '$.extends[1]', message: 'Pack "trust.a" extends "nhs.missing", but no pack with that id is loaded before it.' },
      {
        file: 'trust.json',
        path: '$.extends[2]',
        message: 'Pack "trust.a" extends "me", but "me" is loaded after it. A pack can only extend packs loaded before it (built in, then trust, then personal).',
      },
    ]);
    // The pack's own rules still apply.
    expect(rules.map((r) => r.id)).toContain('trust.codename');
  });

  it('reports a pack loaded twice', () => {
    const { problems } = resolvePacks([builtin(), builtin()]);
    expect(problems.map((p) => p.message)).toEqual(['Pack "nhs.core" is loaded twice (also as pack 1 of 2); its rules replace the earlier copy\'s.']);
  });

  it('accumulates vocabularies, once each ignoring case', () => {
    const trust = pack('trust.a', [], {
      vocabularies: { allow: ['nhs 111', 'Ward Street'], deny: [{ term: 'project x' }, { term: 'Bluebird', category: 'confidentiality' }] },
    });
    const { allow, deny } = resolvePacks([builtin(), trust]);
    expect(allow).toEqual(['NHS 111', 'Ward Street']);
    expect(deny).toEqual([{ term: 'Project X', reason: 'secret' }, { term: 'Bluebird', category: 'confidentiality' }]);
  });

  it('does not change the packs it is given', () => {
    const packs = [builtin(), pack('trust.a', [], { overrides: { 'rude.swearing': { severity: 'info' } }, locked: [{ rule: 'rude.sarcasm', reason: 'r' }] })];
    const before = JSON.stringify(packs);
    resolvePacks(packs);
    expect(JSON.stringify(packs)).toBe(before);
  });

  it('resolves nothing to nothing', () => {
    expect(resolvePacks([])).toEqual({ rules: [], allow: [], deny: [], locked: new Map(), lockedBy: new Map(), categories: new Map(), problems: [] });
  });
});

describe('resolvePacks: Welsh words and overrides', () => {
  it("an override's new English replaces the rule's Welsh for that field, unless the override gives Welsh too", () => {
    const core = pack('nhs.core', [rule('rude.swearing', { suggestion: 'Say it plainly.', translations: { cy: { title: 'Rhegi', message: 'Hen neges.', why: 'Hen reswm.', suggestion: 'Dywedwch e yn blaen.' } } })]);
    const trust = pack('trust.a', [], {
      overrides: { 'rude.swearing': { message: 'Trust message.', why: 'Trust why.', translations: { cy: { why: 'Rheswm yr ymddiriedolaeth.' } } } },
    });
    const [resolved] = resolvePacks([core, trust]).rules;
    expect(resolved!.message).toBe('Trust message.');
    // The old Welsh message is gone (Welsh readers see the trust's English); the new Welsh why is used; the rest stays.
    expect(resolved!.translations).toEqual({ cy: { title: 'Rhegi', why: 'Rheswm yr ymddiriedolaeth.', suggestion: 'Dywedwch e yn blaen.' } });
    const plain = resolvePacks([core, pack('trust.b', [], { overrides: { 'rude.swearing': { severity: 'high' } } })]).rules[0]!;
    expect(plain.translations?.cy?.message).toBe('Hen neges.');
  });
});
