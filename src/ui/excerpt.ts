// Builds the short quotation of the draft shown under each finding: the words that triggered it (marked),
// with about `context` characters either side, whitespace collapsed and ellipses where text was left out.
// Pure: no DOM. Indices are UTF-16 code units into the ORIGINAL draft, as in Finding.spans.
import { mergeSpans } from '../engine/spans';
import type { Span } from '../engine/types';

export interface ExcerptPart {
  text: string;
  mark: boolean;
}

const ELLIPSIS = '…';
/** How far a cut may move to land between words instead of inside one. */
const WORD_SNAP = 15;
/** Windows closer than this are joined: skipping a few words with "…" saves nothing. */
const JOIN_GAP = 20;

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;
const ZWJ = 0x200d;
/** Characters that attach to the one before: combining marks, variation selectors, ZWJ, keycap. */
const JOINS_PREVIOUS = /^[\p{M}\u200d\ufe0e\ufe0f\u20e3]/u;
const WHITESPACE = /\s/;

/** Is `i` a place where the text can be cut without splitting a character, emoji or accented letter? */
function isCutPoint(text: string, i: number): boolean {
  if (i <= 0 || i >= text.length) return true;
  const before = text.charCodeAt(i - 1);
  const at = text.charCodeAt(i);
  if (isHigh(before) && isLow(at)) return false; // inside a surrogate pair
  if (before === ZWJ) return false; // 👩‍⚕️: the ZWJ joins the next emoji on
  const rest = text.slice(i, i + 2);
  if (JOINS_PREVIOUS.test(rest)) return false;
  // Skin-tone modifiers (U+1F3FB..U+1F3FF) belong to the emoji before them.
  if (at === 0xd83c) {
    const next = text.charCodeAt(i + 1);
    if (next >= 0xdffb && next <= 0xdfff) return false;
  }
  return true;
}

/** Move `i` to the nearest cut point, going backwards (dir -1) or forwards (dir 1). */
function toCutPoint(text: string, i: number, dir: -1 | 1): number {
  while (i > 0 && i < text.length && !isCutPoint(text, i)) i += dir;
  return Math.max(0, Math.min(text.length, i));
}

/** Sorted, clamped, merged spans; empty and inverted spans are dropped. Spans are widened to whole characters. */
function normaliseSpans(text: string, spans: readonly Span[]): Span[] {
  const clean = spans
    .filter((s) => s && Number.isFinite(s.start) && Number.isFinite(s.end))
    .map((s) => ({
      start: toCutPoint(text, Math.max(0, Math.min(text.length, Math.floor(s.start))), -1),
      end: toCutPoint(text, Math.max(0, Math.min(text.length, Math.ceil(s.end))), 1),
    }))
    .filter((s) => s.end > s.start);
  return mergeSpans(clean);
}

/** Start of the context window: `context` before `spanStart`, nudged forward to the start of a word. */
function windowStart(text: string, spanStart: number, context: number): number {
  let s = Math.max(0, spanStart - context);
  if (s > 0 && !WHITESPACE.test(text[s - 1]!) && !WHITESPACE.test(text[s]!)) {
    const limit = Math.min(spanStart, s + WORD_SNAP);
    for (let j = s; j < limit; j++) {
      if (WHITESPACE.test(text[j]!)) {
        s = j + 1;
        break;
      }
    }
  }
  return toCutPoint(text, s, 1);
}

/** End of the context window: `context` after `spanEnd`, nudged back to the end of a word. */
function windowEnd(text: string, spanEnd: number, context: number): number {
  let e = Math.min(text.length, spanEnd + context);
  if (e < text.length && !WHITESPACE.test(text[e - 1]!) && !WHITESPACE.test(text[e]!)) {
    const limit = Math.max(spanEnd, e - WORD_SNAP);
    for (let j = e - 1; j >= limit; j--) {
      if (WHITESPACE.test(text[j]!)) {
        e = j;
        break;
      }
    }
  }
  return toCutPoint(text, e, -1);
}

/**
 * The draft around `spans`, as parts to render: `mark: true` parts are exactly the span text (whitespace
 * collapsed), the rest is context. Nearby spans share one window; distant ones are joined with " … ".
 * With no usable spans, the start of the draft is returned (up to 2 × context characters).
 */
export function excerpt(text: string, spans: readonly Span[], context = 40): ExcerptPart[] {
  const source = typeof text === 'string' ? text : '';
  const ctx = Math.max(0, Math.floor(Number.isFinite(context) ? context : 40));
  const marks = normaliseSpans(source, spans ?? []);
  const raw: ExcerptPart[] = [];

  if (marks.length === 0) {
    const end = windowEnd(source, 0, ctx * 2);
    raw.push({ text: source.slice(0, end), mark: false });
    if (end < source.length && source.slice(end).trim()) raw.push({ text: ` ${ELLIPSIS}`, mark: false });
  } else {
    // Group spans whose context windows overlap or touch.
    const windows: Array<{ start: number; end: number; spans: Span[] }> = [];
    for (const s of marks) {
      const start = windowStart(source, s.start, ctx);
      const end = windowEnd(source, s.end, ctx);
      const last = windows[windows.length - 1];
      if (last && start - last.end <= JOIN_GAP) {
        last.end = Math.max(last.end, end);
        last.spans.push(s);
      } else windows.push({ start, end, spans: [s] });
    }
    windows.forEach((w, wi) => {
      if (wi === 0 && w.start > 0 && source.slice(0, w.start).trim()) raw.push({ text: `${ELLIPSIS} `, mark: false });
      if (wi > 0) raw.push({ text: ` ${ELLIPSIS} `, mark: false });
      let at = w.start;
      for (const s of w.spans) {
        if (s.start > at) raw.push({ text: source.slice(at, s.start), mark: false });
        raw.push({ text: source.slice(s.start, s.end), mark: true });
        at = s.end;
      }
      if (w.end > at) raw.push({ text: source.slice(at, w.end), mark: false });
      const isLast = wi === windows.length - 1;
      if (isLast && w.end < source.length && source.slice(w.end).trim()) raw.push({ text: ` ${ELLIPSIS}`, mark: false });
    });
  }

  return tidy(raw);
}

/** Collapse whitespace (CRLF, tabs, runs of spaces) across part boundaries and merge neighbouring plain parts. */
function tidy(parts: ExcerptPart[]): ExcerptPart[] {
  const out: ExcerptPart[] = [];
  let endsInSpace = true; // at the start, leading whitespace is dropped
  for (const part of parts) {
    let t = part.text.replace(/\s+/g, ' ');
    if (!part.mark && endsInSpace) t = t.replace(/^ /, '');
    if (part.mark && endsInSpace && t.startsWith(' ')) {
      // Keep the mark exact; drop the space we already wrote before it instead.
      const prev = out[out.length - 1];
      if (prev && !prev.mark && prev.text.endsWith(' ')) prev.text = prev.text.slice(0, -1);
    }
    if (!t) continue;
    const prev = out[out.length - 1];
    if (prev && !prev.mark && !part.mark) prev.text += t;
    else out.push({ text: t, mark: part.mark });
    endsInSpace = t.endsWith(' ');
  }
  // No trailing whitespace at the very end (outside marks).
  const last = out[out.length - 1];
  if (last && !last.mark) {
    last.text = last.text.replace(/ $/, '');
    if (!last.text) out.pop();
  }
  const first = out[0];
  if (first && !first.mark && !first.text) out.shift();
  return out.filter((p) => p.text.length > 0);
}
