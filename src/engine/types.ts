// The engine's public vocabulary. Pure data: no DOM, no browser APIs.

export type Category = 'patient-details' | 'rudeness' | 'confidentiality' | (string & {});
export type Severity = 'info' | 'warning' | 'high';

/** Where the draft is going. Rules can be stricter for a public reply than a private message. */
export interface Context {
  site?: string;
  kind?: 'post' | 'reply' | 'comment' | 'message';
  audience?: 'public' | 'group' | 'private';
  account?: 'personal' | 'professional' | 'both';
}

/** A half-open range [start, end) of UTF-16 indices into the ORIGINAL draft text. */
export interface Span {
  start: number;
  end: number;
}

/** A finding's words in one language other than English. */
export interface FindingWords {
  title?: string;
  message?: string;
  why?: string;
  suggestion?: string;
}

export interface Finding {
  ruleId: string;
  category: Category;
  severity: Severity;
  /** Short, kind, specific: what we saw. */
  message: string;
  /** Why it matters, naming the guidance it rests on. */
  why: string;
  /** A safer way to say it, where one exists. */
  suggestion?: string;
  /**
   * The same words in other languages, by language code ("cy"), placeholders filled, with the rule's
   * short name (title). A field left out is shown in English. The UI picks by the language in use.
   */
  translations?: Partial<Record<'cy', FindingWords>>;
  /** The words that triggered it, in the original text. */
  spans: Span[];
  /** For combination rules: the clues that combined, e.g. ["age", "ward", "time"]. */
  clues?: string[];
  /** 0..1: how sure the rule is. */
  confidence: number;
}
