// Readable findings for a terminal: the words highlighted in a short excerpt.
import type { Finding, Span } from '../engine';

const BOLD_RED = '\x1b[1;31m';
const DIM = '\x1b[2m';
const RESET = '\x1b[0m';
const EXCERPT_CONTEXT = 40;

export function highlight(text: string, spans: Span[], colour: boolean): string {
  const open = colour ? BOLD_RED : '[';
  const close = colour ? RESET : ']';
  const start = Math.max(0, spans[0].start - EXCERPT_CONTEXT);
  const end = Math.min(text.length, spans[spans.length - 1].end + EXCERPT_CONTEXT);
  let out = start > 0 ? '…' : '';
  let at = start;
  for (const s of spans) {
    out += text.slice(at, s.start) + open + text.slice(s.start, s.end) + close;
    at = s.end;
  }
  out += text.slice(at, end) + (end < text.length ? '…' : '');
  return out.replace(/\s+/g, ' ');
}

export function formatFinding(text: string, f: Finding, colour: boolean): string {
  const dim = (s: string) => (colour ? DIM + s + RESET : s);
  const lines = [
    `${f.category} · ${f.severity} · ${f.ruleId}`,
    `  ${f.message}`,
    `  ${highlight(text, f.spans, colour)}`,
    `  Why: ${f.why}`,
  ];
  if (f.suggestion) lines.push(`  Try: ${f.suggestion}`);
  return lines.map((l, i) => (i === 0 ? dim(l) : l)).join('\n');
}
