import { afterEach, describe, expect, it } from 'vitest';
import type { Finding } from '../../src/engine/types';
import { BUNDLED, setLanguage } from '../../src/ui/i18n';
import { badgeLabel, categoryLabel, categoryName, findingName, findingWords, humanise, introText, lockReason, lockText, orderFindings, phrase, plain, summaryText, undoText } from '../../src/ui/labels';
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
    // The English left in a Welsh page is marked as English (WCAG 3.1.2, language of parts).
    expect(findingWords(welsh)).toEqual({ message: { text: 'Neges Gymraeg.' }, why: { text: 'English why.', lang: 'en' }, suggestion: { text: 'English suggestion.', lang: 'en' } });
    expect(findingName(welsh, { titles: new Map([['rude.swearing', 'Swearing']]) })).toEqual({ text: 'Rhegi' });
    expect(findingName(f('other', 'rudeness'), { titles: new Map([['other', 'Other']]) })).toEqual({ text: 'Other', lang: 'en' });
    expect(summaryText([welsh])).toEqual([{ text: "1 peth i'w wirio: rhegi" }]);
  });

  it('English when the language in use is English, whatever the pack carries', () => {
    setLanguage('en');
    expect(findingWords(welsh)).toEqual({ message: { text: 'English message.' }, why: { text: 'English why.' }, suggestion: { text: 'English suggestion.' } });
    expect(findingName(welsh, { titles: new Map([['rude.swearing', 'Swearing']]) })).toEqual({ text: 'Swearing' });
  });

  it('a Welsh suggestion is never shown for a finding with no English suggestion', () => {
    setLanguage('cy');
    const { suggestion: _, ...bare } = welsh;
    expect(findingWords({ ...bare, translations: { cy: { suggestion: 'Awgrym.' } } }).suggestion).toBeUndefined();
  });

  it('a sentence keeps each part in its own language: the summary, the lock, the undo line', () => {
    setLanguage('cy');
    const english = f('other', 'rudeness');
    const parts = summaryText([welsh, english], { titles: new Map([['other', 'Other words']]) });
    expect(parts).toEqual([{ text: "2 o bethau i'w gwirio: rhegi, " }, { text: 'other words', lang: 'en' }]);
    expect(plain(parts)).toBe("2 o bethau i'w gwirio: rhegi, other words");
    const lock = lockText({ by: 'trust', name: 'Northvale NHS Trust' }, lockReason('Required by our policy.'));
    expect(lock.find((p) => p.lang === 'en')).toEqual({ text: 'Required by our policy.', lang: 'en' });
    expect(lock.filter((p) => !p.lang).map((p) => p.text).join('')).toContain('Northvale NHS Trust');
    expect(lockText(undefined, lockReason('Required.', { cy: { reason: 'Mae ein polisi yn gofyn.' } })).every((p) => !p.lang)).toBe(true);
    expect(undoText({ kind: 'draft', finding: english }, { titles: new Map([['other', 'Other words']]) }).some((p) => p.lang === 'en' && p.text === 'Other words')).toBe(true);
    // A category a pack made up has a name made from its id: English, and marked so.
    expect(categoryName('research-data')).toEqual({ text: 'Research data', lang: 'en' });
    expect(categoryName('patient-details')).toEqual({ text: 'Manylion cleifion' });
  });

  it("a category a pack declares is called by the pack's name for it, in Welsh where the pack gives it", () => {
    const declared = new Map([
      ['research-data', { name: 'Research study data', translations: { cy: { name: 'Data astudiaethau ymchwil' } } }],
      ['brand', { name: 'Trust branding' }],
    ]);
    setLanguage('cy');
    expect(categoryName('research-data', declared)).toEqual({ text: 'Data astudiaethau ymchwil' });
    expect(categoryName('brand', declared)).toEqual({ text: 'Trust branding', lang: 'en' });
    expect(categoryName('undeclared', declared)).toEqual({ text: 'Undeclared', lang: 'en' });
    // Ours keep our words, whatever a pack says.
    expect(categoryName('rudeness', new Map([['rudeness', { name: 'Bad words' }]]))).toEqual({ text: 'Anghwrteisi' });
    // A rule with no title is named by its category.
    expect(findingName(f('trust.grant-data', 'research-data'), { categories: declared })).toEqual({ text: 'Data astudiaethau ymchwil' });
    setLanguage('en');
    expect(categoryName('research-data', declared)).toEqual({ text: 'Research study data' });
  });

  it('nothing is marked when the page is English and the words are English', () => {
    setLanguage('en');
    expect(lockText(undefined, lockReason('Required.', { cy: { reason: 'Mae ein polisi yn gofyn.' } })).every((p) => !p.lang)).toBe(true);
    expect(phrase('nudge.switchOffQuestion', { rule: { text: 'Swearing' } }).every((p) => !p.lang)).toBe(true);
    expect(categoryName('research-data')).toEqual({ text: 'Research data' });
  });
});
