// What the content script needs to know about one site's compose boxes. Pure data: no DOM access at
// import time, so the build can read `hosts` to write the manifest.

export type ComposerKind = 'post' | 'reply' | 'comment' | 'message';

export interface ComposerSpec {
  /** CSS selector for the editing element itself (a textarea or the contenteditable root). */
  editor: string;
  /**
   * CSS selector for the send button. It is looked for inside `container` (the editor's closest
   * ancestor matching it) when given, otherwise in the nearest ancestor of the editor that holds one
   * (never the whole <body>). Send buttons sit after the editor, at the end of a composer: of the
   * matches, those after the editor in document order are preferred, and of those the LAST wins.
   */
  submit: string;
  /** CSS selector for the composer's outer element (a dialog, a form, a custom element). The editor must be inside one. */
  container?: string;
  /**
   * Parts of the composer sit in open shadow roots inside `container` (a custom element's textarea):
   * the editor and the send button are looked for through them. Needs `container`.
   */
  shadow?: boolean;
  /**
   * Only the generic adapter: the send button's visible text must be one of these. Site adapters never
   * use it (texts are localised; test/sites/language.test.ts fails on one that does).
   */
  submitText?: string[];
  /**
   * A hint, never a requirement: when several buttons match `submit`, one whose text or aria-label is one
   * of these (English) is preferred. Without a match the structural rule above decides, in any language.
   */
  submitHint?: string[];
  /**
   * CSS selector for the site's own suggestion list (mentions, hashtags, emoji) when it is not a
   * role=listbox: while one is visible, Enter and Ctrl+Enter pick a suggestion, they don't post.
   */
  suggestions?: string;
  kind: ComposerKind;
  /** Enter sends (Shift+Enter is a new line): chat and comment boxes. */
  sendsOnEnter?: boolean;
  /** Ctrl+Enter (Cmd+Enter on a Mac) sends. */
  ctrlEnter?: boolean;
}

export interface SiteAdapter {
  /** Short stable id, also passed to the rules as `context.site`. */
  id: string;
  /** Shown to people. */
  name: string;
  /** Match patterns (https://developer.chrome.com/docs/extensions/develop/concepts/match-patterns). */
  hosts: string[];
  /** Most specific first: the first composer whose `editor` matches an element claims it. */
  composers: ComposerSpec[];
}

/** One adapter, its id kept as a literal type: the settings' SiteId comes from the registry (./index.ts). */
export function defineSite<const Id extends string>(site: SiteAdapter & { id: Id }): SiteAdapter & { id: Id } {
  return site;
}

/**
 * Markup an adapter's selectors are tested against in a real browser (test/browser), one file per site
 * in ./examples. Each `match` snippet must contain an editor of one of the composers whose send button
 * is found (or, for keyboard-only composers, just the editor); no `noMatch` snippet may contain an
 * editor of any composer.
 */
export interface SiteExamples {
  match: string[];
  noMatch: string[];
}
