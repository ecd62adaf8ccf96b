// check(text, context, pack) -> findings. Pure: no DOM, no browser APIs, no I/O.
import type { CompiledPack, CompiledRule } from './compile';
import { Doc } from './document';
import type { Nlp } from './nlp';
import type { RuleHit } from './rule-types';
import { mergeSpans } from './spans';
import type { Context, Finding, FindingWords, Severity, Span } from './types';

export interface CheckOptions {
  /** compromise, once loaded. Without it, rules that need it are skipped. */
  nlp?: Nlp;
  /** Hide findings below this severity (the person's sensitivity setting). */
  minSeverity?: Severity;
  /** Rule ids the person has switched off (locked rules are never skipped). */
  disabled?: ReadonlySet<string>;
  /** Keep findings that repeat another's words (for testing each rule on its own). */
  keepRepeats?: boolean;
  /** Let a rule's error through instead of naming the rule (trying a pack's rules on their own examples). */
  rethrow?: boolean;
}

/** Every rule runs on a draft up to here: enough for any post, bounded for safety. */
export const MAX_CHECKED_LENGTH = 20_000;
/**
 * Past MAX_CHECKED_LENGTH the draft is checked in parts of that size by the rules that don't need
 * compromise (numbers, words, patterns: linear in the text), up to here. What is left past it is named
 * in a "too long to check fully" finding, so nothing goes unchecked silently.
 */
export const MAX_SCANNED_LENGTH = 250_000;
/** Parts overlap by this much, so a number or phrase across a boundary is still seen whole. */
const PART_OVERLAP = 500;
/** The finding that says which part of a very long draft was checked. */
export const TOO_LONG_RULE_ID = 'draft.too-long';

const SEVERITY_RANK: Record<Severity, number> = { info: 0, warning: 1, high: 2 };

function applies(rule: CompiledRule['rule'], context: Context): boolean {
  const a = rule.applies;
  if (!a) return true;
  if (a.kinds && context.kind && !a.kinds.includes(context.kind)) return false;
  if (a.audiences && context.audience && !a.audiences.includes(context.audience)) return false;
  if (a.sites && context.site && !a.sites.includes(context.site)) return false;
  return true;
}

const inside = (s: Span, regions: Span[]) => regions.some((r) => s.start >= r.start && s.end <= r.end);

/** A phrase to quote from stretches this long at most; longer, its parts are joined with an ellipsis. */
const QUOTABLE = 60;

/**
 * The words a finding points at, as something that reads in a sentence: the stretch of the draft from
 * the first span to the last when it's short ("reg is an absolute idiot"), not the spans glued
 * together ("reg, absolute, idiot").
 */
function matchText(doc: Doc, hit: RuleHit): string {
  const spans = [...hit.spans].sort((a, b) => a.start - b.start);
  const start = spans[0].start;
  const end = Math.max(...spans.map((s) => s.end));
  const stretch = doc.text.slice(start, end);
  if (stretch.length <= QUOTABLE && !stretch.includes('\n')) return stretch.replace(/\s+/g, ' ');
  return spans.map((s) => doc.text.slice(s.start, s.end).replace(/\s+/g, ' ')).join(' … ');
}

function fill(template: string | undefined, doc: Doc, hit: RuleHit): string | undefined {
  if (template === undefined) return undefined;
  const match = hit.spans.length ? matchText(doc, hit) : '';
  const clues = (hit.clues ?? []).join(' + ');
  // One pass, with a function: a draft's "$&" or "{clues}" is text to quote, not a pattern to expand.
  return template.replace(/\{(match|clues)\}/g, (_, name: string) => (name === 'match' ? match : clues));
}

/** A rule's words in other languages, placeholders filled as in English. */
function translated(translations: NonNullable<CompiledRule['rule']['translations']>, doc: Doc, hit: RuleHit): Finding['translations'] {
  const out: NonNullable<Finding['translations']> = {};
  for (const [lang, words] of Object.entries(translations) as Array<[keyof typeof translations, FindingWords | undefined]>) {
    if (!words) continue;
    const filled: FindingWords = {};
    for (const field of ['title', 'message', 'why', 'suggestion'] as const) if (words[field] !== undefined) filled[field] = fill(words[field], doc, hit);
    out[lang] = filled;
  }
  return out;
}

export function check(text: string, context: Context, pack: CompiledPack, options: CheckOptions = {}): Finding[] {
  if (text.length <= MAX_CHECKED_LENGTH) return checkPart(text, context, pack, options);
  // A very long draft: the first part by every rule, the rest in overlapping parts without compromise.
  const byRule = new Map<string, Finding>();
  const add = (findings: Finding[], offset: number) => {
    for (const f of findings) {
      const spans = f.spans.map((s) => ({ start: s.start + offset, end: s.end + offset }));
      const seen = byRule.get(f.ruleId);
      if (seen) seen.spans = mergeSpans([...seen.spans, ...spans]);
      else byRule.set(f.ruleId, { ...f, spans });
    }
  };
  add(checkPart(text.slice(0, MAX_CHECKED_LENGTH), context, pack, options), 0);
  const scanned = Math.min(text.length, MAX_SCANNED_LENGTH);
  for (let start = MAX_CHECKED_LENGTH - PART_OVERLAP; start < scanned - PART_OVERLAP; start += MAX_CHECKED_LENGTH - PART_OVERLAP) {
    add(checkPart(text.slice(start, Math.min(start + MAX_CHECKED_LENGTH, scanned)), context, pack, { ...options, nlp: undefined }), start);
  }
  const findings = [...byRule.values()];
  if (!options.disabled?.has(TOO_LONG_RULE_ID)) findings.push(tooLong(text, scanned));
  return findings.sort((a, b) => (a.spans[0]?.start ?? 0) - (b.spans[0]?.start ?? 0));
}

/** Says exactly which part of a long draft was checked, pointing at the part that was checked least. */
function tooLong(text: string, scanned: number): Finding {
  const length = text.length;
  // Where full checking stopped, as a whole character (never half of an emoji's surrogate pair).
  const low = text.charCodeAt(MAX_CHECKED_LENGTH);
  const start = low >= 0xdc00 && low <= 0xdfff ? MAX_CHECKED_LENGTH - 1 : MAX_CHECKED_LENGTH;
  const end = start + ((text.codePointAt(start) ?? 0) > 0xffff ? 2 : 1);
  const n = (x: number) => x.toLocaleString('en-GB');
  const rest =
    scanned < length
      ? `characters ${n(MAX_CHECKED_LENGTH + 1)} to ${n(scanned)} only for numbers and listed words, and the last ${n(length - scanned)} not at all`
      : `the other ${n(length - MAX_CHECKED_LENGTH)} only for numbers and listed words`;
  const restCy =
    scanned < length
      ? `Dim ond am rifau a geiriau ar y rhestr y cafodd nodau ${n(MAX_CHECKED_LENGTH + 1)} i ${n(scanned)} eu gwirio, a chafodd y ${n(length - scanned)} olaf mo'u gwirio o gwbl.`
      : `Dim ond am rifau a geiriau ar y rhestr y cafodd y ${n(length - MAX_CHECKED_LENGTH)} arall eu gwirio.`;
  return {
    ruleId: TOO_LONG_RULE_ID,
    category: UNCHECKED_CATEGORY,
    severity: 'warning',
    message: `This post is too long to check fully (${n(length)} characters).`,
    why: `The first ${n(MAX_CHECKED_LENGTH)} characters were checked fully, ${rest}.`,
    suggestion: 'Read the rest through yourself before you post, or post it in shorter parts.',
    translations: {
      cy: {
        message: `Mae'r neges hon yn rhy hir i'w gwirio'n llawn (${n(length)} nod).`,
        why: `Cafodd y ${n(MAX_CHECKED_LENGTH)} nod cyntaf eu gwirio'n llawn. ${restCy}`,
        suggestion: "Darllenwch y gweddill eich hun cyn postio, neu postiwch y neges mewn rhannau byrrach.",
      },
    },
    spans: [{ start, end }],
    confidence: 1,
  };
}

function checkPart(text: string, context: Context, pack: CompiledPack, options: CheckOptions): Finding[] {
  const doc = new Doc(text, context, options.nlp);
  const allowed = pack.allowed?.in(doc.view.text).map(([start, end]) => doc.span(start, end)) ?? [];
  const minRank = SEVERITY_RANK[options.minSeverity ?? 'info'];
  const findings: Finding[] = [];
  /** Which pack each finding came from, by load order (built in first): for withoutRepeats. */
  const packOrder: number[] = [];
  const packIds: Array<string | undefined> = [];
  const failed: Finding[] = [];

  for (const compiled of pack.rules) {
    const { rule } = compiled;
    // A rule the trust locked on ignores the person's switches and sensitivity.
    if (!rule.locked && (SEVERITY_RANK[rule.severity] < minRank || options.disabled?.has(rule.id))) continue;
    if (!applies(rule, context)) continue;
    if (compiled.finder.needsNlp && !doc.nlp) continue;

    // A rule that throws on this draft (it passed compiling and its own examples) is dropped alone and
    // named: the other rules still run, and the person is told this one could not.
    let finding: Finding | undefined;
    try {
      finding = findingOf(compiled, doc, allowed);
    } catch (error) {
      if (options.rethrow) throw error;
      failed.push(couldNotRun(rule));
      continue;
    }
    if (!finding) continue;
    findings.push(finding);
    if (!packIds.includes(rule.packId)) packIds.push(rule.packId);
    packOrder.push(packIds.indexOf(rule.packId));
  }

  for (const { term, matcher } of pack.deny) {
    const hits = matcher.hits(doc);
    if (hits.length === 0) continue;
    findings.push({
      ruleId: 'vocabulary.deny',
      category: term.category ?? 'confidentiality',
      severity: 'high',
      message: `“${term.term}” is on your organisation's list of things not to post.`,
      why: term.reason ?? 'Your trust has asked staff not to mention this in public.',
      translations: {
        cy: {
          message: `Mae “${term.term}” ar restr eich sefydliad o bethau na ddylid eu postio.`,
          ...(term.reason === undefined ? { why: "Mae eich sefydliad wedi gofyn i staff beidio â sôn am hyn yn gyhoeddus." } : {}),
        },
      },
      spans: mergeSpans(hits.flatMap((h) => h.spans)),
      confidence: 1,
    });
    packOrder.push(Infinity); // the organisation's own words come last and win
  }

  const kept = options.keepRepeats ? findings : withoutRepeats(findings, packOrder);
  return [...kept, ...failed].sort((a, b) => (a.spans[0]?.start ?? 0) - (b.spans[0]?.start ?? 0));
}

/** The rule's one finding on this draft (pointing at every place it matched), or undefined. */
function findingOf(compiled: CompiledRule, doc: Doc, allowed: Span[]): Finding | undefined {
  const { rule } = compiled;
  const hits = compiled.finder.find(doc).filter((hit) => {
    if (compiled.near && !compiled.near.matcher.near(doc, hit.first, hit.last, compiled.near.window)) return false;
    if (compiled.unless && compiled.unless.matcher.near(doc, hit.first, hit.last, compiled.unless.window)) return false;
    return !hit.spans.every((s) => inside(s, allowed));
  });
  if (hits.length === 0) return undefined;
  const first = hits[0];
  return {
    ruleId: rule.id,
    category: rule.category,
    severity: rule.severity,
    message: fill(rule.message, doc, first)!,
    why: fill(rule.why, doc, first)!,
    suggestion: fill(rule.suggestion, doc, first),
    ...(rule.translations ? { translations: translated(rule.translations, doc, first) } : {}),
    spans: mergeSpans(hits.flatMap((h) => h.spans)),
    clues: first.clues,
    confidence: Math.min(...hits.map((h) => h.confidence ?? 1)),
  };
}

/** The category of a finding that says a check could not run (a rule that failed, a draft too long). */
export const UNCHECKED_CATEGORY = 'unchecked';

/** Names a rule that failed on this draft, under its own id (so its title names it, and it can be switched off). */
function couldNotRun(rule: CompiledRule['rule']): Finding {
  const name = rule.title ?? rule.id;
  const nameCy = rule.translations?.cy?.title ?? name;
  return {
    ruleId: rule.id,
    category: UNCHECKED_CATEGORY,
    severity: 'warning',
    message: `The check “${name}” couldn't run on this post, so the post wasn't checked for it.`,
    why: `The check “${name}” (rule ${rule.id}) stopped with an error on this draft. The other checks ran as usual. Tell whoever looks after your rules pack.`,
    suggestion: `Read your post through for what “${name}” looks for before you post.`,
    translations: {
      cy: {
        message: `Doedd y gwiriad “${nameCy}” ddim yn gallu rhedeg ar y neges hon, felly chafodd y neges mo'i gwirio am hynny.`,
        why: `Fe wnaeth y gwiriad “${nameCy}” (rheol ${rule.id}) stopio gyda gwall ar y drafft hwn. Rhedodd y gwiriadau eraill fel arfer. Dywedwch wrth bwy bynnag sy'n gofalu am eich pecyn rheolau.`,
        suggestion: `Darllenwch eich neges eto am yr hyn y mae “${nameCy}” yn chwilio amdano cyn postio.`,
      },
    },
    spans: [],
    confidence: 1,
  };
}

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

/**
 * Two rules pointing at the same words for the same reason (NHS and CHI checks on one number) say it
 * once. A later pack's rule wins (a trust's hospital-number rule is more specific than the built-in
 * record-number one); within a pack, the earlier rule.
 */
function withoutRepeats(findings: Finding[], packOrder: number[]): Finding[] {
  const kept: Finding[] = [];
  const byPrecedence = findings.map((f, i) => ({ f, i })).sort((a, b) => packOrder[b.i]! - packOrder[a.i]! || a.i - b.i);
  for (const { f } of byPrecedence) {
    const repeat = kept.some(
      (k) => k.category === f.category && f.spans.every((s) => k.spans.some((t) => overlaps(s, t))),
    );
    if (!repeat) kept.push(f);
  }
  return kept;
}

/** The categories with at least one finding, in a stable order. */
export function labelsOf(findings: Finding[]): string[] {
  return [...new Set(findings.map((f) => f.category))].sort();
}
