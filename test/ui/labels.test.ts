import { afterEach, describe, expect, it } from 'vitest';
import type { Finding } from '../../src/engine/types';
import { BUNDLED, setLanguage } from '../../src/ui/i18n';
import { badgeLabel, categoryLabel, findingName, findingWords, humanise, introText, orderFindings, summaryText } from '../../src/ui/labels';
import { UI_CSS } from '../../src/ui/styles';

const f = (ruleId: string, category: string, severity: Finding['severity'] = 'warning', start = 0): Finding => ({
  ruleId,
  category,
  severity,
  message: ruleId,
  why: '',
  spans: [{ start, end: start + 1 }],
  confidence: 1,
});

describe('labels', () => {
  it('names the known categories and humanises the rest', () => {
    expect(categoryLabel('patient-details')).toBe('Patient details');
    expect(categoryLabel('confidentiality')).toBe('Confidential information');
    expect(categoryLabel('rudeness')).toBe('Rudeness');
    expect(categoryLabel('political-activity')).toBe('Political activity');
    expect(humanise('trust.brand_use')).toBe('Brand use');
    expect(humanise('clinicalAdvice')).toBe('Clinical advice');
    expect(humanise('')).toBe('Something to check');
  });

  it('orders findings: patient details, confidentiality, rudeness, then others; high severity first', () => {
    const ordered = orderFindings([
      f('r1', 'rudeness'),
      f('x1', 'zebra'),
      f('c1', 'confidentiality'),
      f('p2', 'patient-details', 'warning', 5),
      f('a1', 'advice'),
      f('p1', 'patient-details', 'high', 50),
    ]);
    expect(ordered.map((x) => x.ruleId)).toEqual(['p1', 'p2', 'c1', 'r1', 'a1', 'x1']);
  });

  it('gives the badge a spoken name', () => {
    expect(badgeLabel(3, false)).toBe('3 things to check before you post');
    expect(badgeLabel(1, false)).toBe('1 thing to check before you post');
    expect(badgeLabel(0, false)).toBe('Nothing to flag');
    expect(badgeLabel(2, true)).toBe('Checking your post');
    expect(badgeLabel(0, false, true)).toBe('The coach is paused here: posts are not checked');
  });

  it('keeps the wording calm: British English, no exclamation marks', () => {
    const all = [
      ...Object.values(BUNDLED.en),
      introText(1),
      introText(3),
      introText(2, 'personal'),
      introText(2, 'professional'),
      introText(0),
    ].join('\n');
    expect(all).not.toContain('!');
    expect(all).not.toMatch(/\b(color|organization|don't you|must not|you should have)\b/i);
    expect(introText(3)).toBe("A quick check: a few things here could cause problems once they're public.");
    expect(introText(1)).toBe("A quick check: one thing here could cause problems once it's public.");
  });

  it('styles are scoped: :host reset and tbyp- prefixed classes only', () => {
    expect(UI_CSS).toContain(':host');
    expect(UI_CSS).toMatch(/\.tbyp-root\s*{\s*all: initial;/);
    const classes = UI_CSS.match(/\.[a-z][\w-]*(?=[\s,:{.[)])/gi) ?? [];
    const stray = classes.filter((c) => !c.startsWith('.tbyp-'));
    expect(stray).toEqual([]);
    expect(UI_CSS).toContain('prefers-reduced-motion');
  });
});

describe('rule words in the language in use', () => {
  const welsh: Finding = {
    ...f('rude.swearing', 'rudeness'),
    message: 'English message.',
    why: 'English why.',
    suggestion: 'English suggestion.',
    translations: { cy: { title: 'Rhegi', message: 'Neges Gymraeg.' } },
  };
  afterEach(() => setLanguage('browser'));

  it('Welsh where the pack gives it, English field by field where it does not', () => {
    setLanguage('cy');
    expect(findingWords(welsh)).toEqual({ message: 'Neges Gymraeg.', why: 'English why.', suggestion: 'English suggestion.' });
    expect(findingName(welsh, new Map([['rude.swearing', 'Swearing']]))).toBe('Rhegi');
    expect(findingName(f('other', 'rudeness'), new Map([['other', 'Other']]))).toBe('Other');
    expect(summaryText([welsh])).toBe('1 peth i\'w wirio: rhegi');
  });

  it('English when the language in use is English, whatever the pack carries', () => {
    setLanguage('en');
    expect(findingWords(welsh)).toEqual({ message: 'English message.', why: 'English why.', suggestion: 'English suggestion.' });
    expect(findingName(welsh, new Map([['rude.swearing', 'Swearing']]))).toBe('Swearing');
  });

  it('a Welsh suggestion is never shown for a finding with no English suggestion', () => {
    setLanguage('cy');
    const { suggestion: _, ...bare } = welsh;
    expect(findingWords({ ...bare, translations: { cy: { suggestion: 'Awgrym.' } } }).suggestion).toBeUndefined();
  });
});
