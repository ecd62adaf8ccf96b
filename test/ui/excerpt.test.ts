import { describe, expect, it } from 'vitest';
import { excerpt, type ExcerptPart } from '../../src/ui/excerpt';

/** Render parts as a string with [marks] for compact assertions. */
const show = (parts: ExcerptPart[]) => parts.map((p) => (p.mark ? `[${p.text}]` : p.text)).join('');
const spanOf = (text: string, needle: string, from = 0) => {
  const start = text.indexOf(needle, from);
  if (start < 0) throw new Error(`"${needle}" not in text`);
  return { start, end: start + needle.length };
};
const marks = (parts: ExcerptPart[]) => parts.filter((p) => p.mark).map((p) => p.text);

const LONG =
  'Lovely afternoon on Ward 12 with the 72 year old gentleman who came in last night after his fall at the ' +
  'Tesco on Mill Road, his NHS number is 943 476 5919 and he is doing well.';

describe('excerpt', () => {
  it('marks exactly the span text in a short draft, with no ellipses', () => {
    const text = 'Pt in bay 4 is lovely';
    const parts = excerpt(text, [spanOf(text, 'bay 4')]);
    expect(parts).toEqual([
      { text: 'Pt in ', mark: false },
      { text: 'bay 4', mark: true },
      { text: ' is lovely', mark: false },
    ]);
  });

  it('shows about 40 characters either side, cut between words, with ellipses', () => {
    const span = spanOf(LONG, 'last night');
    const parts = excerpt(LONG, [span]);
    expect(show(parts)).toBe('… the 72 year old gentleman who came in [last night] after his fall at the Tesco on Mill …');
    const [first, , last] = parts;
    expect(first!.text.startsWith('… ')).toBe(true);
    expect(last!.text.endsWith(' …')).toBe(true);
    // Context stays close to the requested size (word snapping only ever shortens it).
    expect(first!.text.length - 2).toBeLessThanOrEqual(40);
    expect(last!.text.length - 2).toBeLessThanOrEqual(40);
    expect(first!.text.length - 2).toBeGreaterThan(20);
  });

  it('handles a span at the very start', () => {
    const parts = excerpt(LONG, [{ start: 0, end: 6 }]);
    expect(parts[0]).toEqual({ text: 'Lovely', mark: true });
    expect(show(parts)).toMatch(/^\[Lovely\] afternoon on Ward 12 .* …$/);
  });

  it('handles a span at the very end', () => {
    const parts = excerpt(LONG, [{ start: LONG.length - 5, end: LONG.length }]);
    expect(parts[parts.length - 1]).toEqual({ text: 'well.', mark: true });
    expect(show(parts)).toMatch(/^… .* doing \[well\.\]$/);
  });

  it('covers the whole draft when the span is the whole draft', () => {
    const text = 'You absolute pillock';
    expect(excerpt(text, [{ start: 0, end: text.length }])).toEqual([{ text, mark: true }]);
  });

  it('puts nearby spans in one window and distant spans in separate windows joined by an ellipsis', () => {
    const near = excerpt(LONG, [spanOf(LONG, '72 year old'), spanOf(LONG, 'last night')]);
    expect(marks(near)).toEqual(['72 year old', 'last night']);
    // One window: no ellipsis between the two marks (the draft starts within 40 characters of the first).
    expect(show(near)).toMatch(/^Lovely afternoon on Ward 12 with the \[72 year old\] gentleman who came in \[last night\] after .* …$/);
    expect(show(near).match(/…/g)).toHaveLength(1);

    const far = excerpt(LONG, [spanOf(LONG, 'Lovely'), spanOf(LONG, '943 476 5919')]);
    expect(marks(far)).toEqual(['Lovely', '943 476 5919']);
    expect(show(far)).toMatch(/^\[Lovely\] afternoon .* … .*\[943 476 5919\] and he is doing well\.$/);
  });

  it('joins windows separated by only a few words instead of skipping them with an ellipsis', () => {
    const text = `bed 4 ${'word '.repeat(18)}bed 9 and the rest of the post goes on for a while longer`;
    const parts = excerpt(text, [spanOf(text, 'bed 4'), spanOf(text, 'bed 9')], 40);
    expect(marks(parts)).toEqual(['bed 4', 'bed 9']);
    expect(show(parts)).not.toMatch(/\] .*….* \[/);
  });

  it('accepts spans in any order and merges overlapping or touching spans', () => {
    const text = 'the 72 year old man on ward 9';
    const parts = excerpt(text, [spanOf(text, 'ward 9'), spanOf(text, 'year old'), spanOf(text, '72 year')]);
    expect(show(parts)).toBe('the [72 year old] man on [ward 9]');
    const touching = excerpt(text, [
      { start: 4, end: 6 },
      { start: 6, end: 11 },
    ]);
    expect(show(touching)).toBe('the [72 year] old man on ward 9');
  });

  it('includes the whole of a span that overlaps another span’s context window', () => {
    // The second span starts inside the first one's 10-character window and ends well past it.
    const text = 'aaaa bbbb cccc dddd eeee ffff gggg hhhh iiii jjjj kkkk llll';
    const parts = excerpt(text, [spanOf(text, 'cccc'), spanOf(text, 'eeee ffff gggg hhhh')], 8);
    expect(marks(parts)).toEqual(['cccc', 'eeee ffff gggg hhhh']);
    expect(show(parts)).toBe('… bbbb [cccc] dddd [eeee ffff gggg hhhh] iiii …');
  });

  it('collapses CRLF, tabs and runs of spaces, inside and around marks', () => {
    const text = 'Shift notes:\r\n\r\nBed 3\t\tMrs   Jones\r\nDOB 01/02/1950\r\n';
    const parts = excerpt(text, [spanOf(text, 'Mrs   Jones'), spanOf(text, '01/02/1950')]);
    expect(show(parts)).toBe('Shift notes: Bed 3 [Mrs Jones] DOB [01/02/1950]');
    expect(parts.every((p) => !/\s\s|[\r\n\t]/.test(p.text))).toBe(true);
  });

  it('keeps a mark exact when the span itself spans a line break', () => {
    const text = 'see you at\r\nthe Royal';
    const parts = excerpt(text, [{ start: 8, end: 16 }]); // "at\r\nthe "
    expect(show(parts)).toBe('see you [at the ]Royal');
  });

  it('never splits surrogate pairs or emoji sequences', () => {
    const text = '😀😀😀 shout out to bed 7 👩‍⚕️👍🏽 💙💙';
    const parts = excerpt(text, [spanOf(text, 'bed 7')], 3);
    const joined = parts.map((p) => p.text).join('');
    expect(joined).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/);
    expect(marks(parts)).toEqual(['bed 7']);

    // A window edge landing inside the health-worker emoji (a ZWJ sequence) keeps or drops it whole.
    for (let ctx = 0; ctx <= 12; ctx++) {
      const out = excerpt(text, [spanOf(text, 'bed 7')], ctx).map((p) => p.text).join('');
      expect(out).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/);
      expect(out).not.toMatch(/^\u200d|\u200d$|\u200d(?= |…|$)/);
      if (out.includes('⚕')) expect(out).toContain('👩‍⚕️');
      if (out.includes('👍')) expect(out).toContain('👍🏽');
    }
  });

  it('widens a span that starts or ends inside a surrogate pair to the whole character', () => {
    const text = 'ok 😀 fine';
    const emojiStart = text.indexOf('😀');
    expect(marks(excerpt(text, [{ start: emojiStart + 1, end: emojiStart + 2 }]))).toEqual(['😀']);
    expect(marks(excerpt(text, [{ start: emojiStart, end: emojiStart + 1 }]))).toEqual(['😀']);
  });

  it('keeps accents written with combining marks whole', () => {
    const text = 'Cafe\u0301 chat about Zoe\u0308 on ward 3';
    const parts = excerpt(text, [spanOf(text, 'ward 3')], 16);
    const out = parts.map((p) => p.text).join('');
    expect(out).not.toMatch(/^[\u0300-\u036f]/);
    expect(out).toContain('Zoe\u0308');
  });

  it('counts indices in UTF-16 code units, like Finding.spans', () => {
    const text = '🙂🙂 NHS 943 476 5919';
    const start = text.indexOf('943');
    expect(start).toBe(9);
    expect(marks(excerpt(text, [{ start, end: start + 12 }]))).toEqual(['943 476 5919']);
  });

  it('clamps spans that run outside the text and ignores empty or inverted ones', () => {
    const text = 'short post';
    expect(show(excerpt(text, [{ start: 6, end: 999 }]))).toBe('short [post]');
    expect(show(excerpt(text, [{ start: -5, end: 5 }]))).toBe('[short] post');
    expect(show(excerpt(text, [{ start: 3, end: 3 }, { start: 8, end: 2 }]))).toBe('short post');
    expect(show(excerpt(text, [{ start: Number.NaN, end: 4 }]))).toBe('short post');
  });

  it('falls back to the start of the draft when there are no spans', () => {
    const parts = excerpt(LONG, []);
    expect(parts.every((p) => !p.mark)).toBe(true);
    expect(show(parts)).toMatch(/^Lovely afternoon on Ward 12 .* …$/);
    expect(show(parts).length).toBeLessThanOrEqual(82);
    expect(excerpt('', [])).toEqual([]);
    expect(excerpt('  \r\n ', [])).toEqual([]);
  });

  it('drops leading and trailing whitespace outside marks', () => {
    const text = '\r\n   hello bay 2   \r\n';
    expect(excerpt(text, [spanOf(text, 'bay 2')])).toEqual([
      { text: 'hello ', mark: false },
      { text: 'bay 2', mark: true },
    ]);
  });

  it('does not add an ellipsis when only whitespace was left out', () => {
    const text = `${' '.repeat(60)}bed 4${'\n'.repeat(60)}`;
    expect(show(excerpt(text, [spanOf(text, 'bed 4')]))).toBe('[bed 4]');
  });

  it('respects a custom context size, including zero', () => {
    expect(show(excerpt(LONG, [spanOf(LONG, 'Ward 12')], 0))).toBe('… [Ward 12] …');
    const wide = excerpt(LONG, [spanOf(LONG, 'Ward 12')], 1000);
    expect(show(wide)).toBe(LONG.replace('Ward 12', '[Ward 12]'));
  });

  it('drops a partial word at the edge of the window when the next gap is near', () => {
    const text = `${'x'.repeat(80)} bed 4 ${'y'.repeat(80)}`;
    expect(show(excerpt(text, [spanOf(text, 'bed 4')], 10))).toBe('… [bed 4] …');
  });

  it('cuts mid-word only when a word is longer than the snapping distance', () => {
    const text = `${'x'.repeat(80)} bed 4 ${'y'.repeat(80)}`;
    const parts = excerpt(text, [spanOf(text, 'bed 4')], 30);
    expect(show(parts)).toBe(`… ${'x'.repeat(29)} [bed 4] ${'y'.repeat(29)} …`);
  });

  it('is pure: same input, same output, inputs untouched', () => {
    const spans = [spanOf(LONG, 'last night'), spanOf(LONG, 'Ward 12')];
    const copy = JSON.parse(JSON.stringify(spans));
    expect(excerpt(LONG, spans)).toEqual(excerpt(LONG, spans));
    expect(spans).toEqual(copy);
  });
});
