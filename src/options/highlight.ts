// The draft split into plain and marked parts, for the "try a post" box. Pure.
import type { Span } from '../engine/types';

export interface HighlightPart {
  text: string;
  /** Indices (into the findings list) of the findings that marked this part; empty when plain. */
  findings: number[];
}

/** Overlapping and touching spans are split at every edge, so each part knows all of its findings. */
export function highlightParts(text: string, findings: ReadonlyArray<{ spans: readonly Span[] }>): HighlightPart[] {
  const edges = new Set<number>([0, text.length]);
  findings.forEach((f) =>
    f.spans.forEach(({ start, end }) => {
      if (start >= 0 && end <= text.length && start < end) edges.add(start).add(end);
    }),
  );
  const cuts = [...edges].sort((a, b) => a - b);
  const parts: HighlightPart[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const [from, to] = [cuts[i]!, cuts[i + 1]!];
    const marked = findings.flatMap((f, index) => (f.spans.some((s) => s.start <= from && to <= s.end) ? [index] : []));
    const last = parts[parts.length - 1];
    if (last && last.findings.join() === marked.join()) last.text += text.slice(from, to);
    else parts.push({ text: text.slice(from, to), findings: marked });
  }
  return parts;
}
