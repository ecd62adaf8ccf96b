// Readable findings for a terminal: the words highlighted in a short excerpt.
import type { Finding, Span } from '../engine';
import { formatProblem, type PackProblem } from '../packs/problems';

const BOLD_RED = '\x1b[1;31m';
const DIM = '\x1b[2m';
const RESET = '\x1b[0m';
const EXCERPT_CONTEXT = 40;

/**
 * Text from a pack (or a draft) made safe for a terminal: control characters (escape sequences that
 * could clear the screen or fake a green "valid") and bidi controls are shown as \u{...} instead.
 */
export function printable(text: string): string {
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, (c) => `\\u{${c.codePointAt(0)!.toString(16)}}`);
}

export function highlight(text: string, spans: Span[], colour: boolean): string {
  const open = colour ? BOLD_RED : '[';
  const close = colour ? RESET : ']';
  const start = Math.max(0, spans[0].start - EXCERPT_CONTEXT);
  const end = Math.min(text.length, spans[spans.length - 1].end + EXCERPT_CONTEXT);
  let out = start > 0 ? '…' : '';
  let at = start;
  for (const s of spans) {
    out += printable(text.slice(at, s.start).replace(/\s+/g, ' ')) + open + printable(text.slice(s.start, s.end).replace(/\s+/g, ' ')) + close;
    at = s.end;
  }
  out += printable(text.slice(at, end).replace(/\s+/g, ' ')) + (end < text.length ? '…' : '');
  return out;
}

export function formatFinding(text: string, f: Finding, colour: boolean): string {
  const dim = (s: string) => (colour ? DIM + s + RESET : s);
  const lines = [
    printable(`${f.category} · ${f.severity} · ${f.ruleId}`),
    `  ${printable(f.message)}`,
    `  ${highlight(text, f.spans, colour)}`,
    `  Why: ${printable(f.why)}`,
  ];
  if (f.suggestion) lines.push(`  Try: ${printable(f.suggestion)}`);
  return lines.map((l, i) => (i === 0 ? dim(l) : l)).join('\n');
}

/** A pack problem on one line, safe for a terminal. */
export function formatPackProblem(p: PackProblem): string {
  return printable(formatProblem(p));
}
