// What the content script needs to know about one site's compose boxes. Pure data: no DOM access at
// import time, so the build can read `hosts` to write the manifest.

export type ComposerKind = 'post' | 'reply' | 'comment' | 'message';

export interface ComposerSpec {
  /** CSS selector for the editing element itself (a textarea or the contenteditable root). */
  editor: string;
  /**
   * CSS selector for the send button. It is looked for inside `container` (the editor's closest
   * ancestor matching it) when given, otherwise in the nearest ancestor of the editor that holds one
   * (never the whole <body>). When several match, the LAST one in document order wins: send buttons
   * sit at the end of a composer.
   */
  submit: string;
  /** CSS selector for the composer's outer element (a dialog, a form, a custom element). */
  container?: string;
  /**
   * Last resort when no attribute tells the send button apart: its visible text must be one of
   * these (case-insensitive, trimmed). Localised, so keep it short and use it only where needed.
   */
  submitText?: string[];
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
