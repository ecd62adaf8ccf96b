// What the browser tests know about the practice page, for any browser driver (Playwright for Chromium,
// Puppeteer for Firefox): its composers, the drafts the tests type, and which requests may be made.

export const RISKY = 'Mrs Kowalczyk in bed 8 has NHS number 943 476 5919';
export const CLEAN = 'Lovely sunny walk to work this morning';

export interface PostedEntry {
  site: string;
  text: string;
  media?: string[];
}

export type PracticeWindow = Window & {
  __posted: PostedEntry[];
  __practice: { posted: PostedEntry[]; clear(): void; rerender(site: string): boolean; ids: string[]; ready: boolean };
};

/** The practice page's interface languages (?lang=cy): every composer's labels and texts change. */
export type PracticeLang = 'en' | 'cy';
export const LANGS: readonly PracticeLang[] = ['en', 'cy'];

/** A send button: one CSS selector, or the button with this accessible name (in English and Welsh) inside `within`. */
export type SendButton = { css: string } | { within: string; name: string; cy: string };

export interface Composer {
  id: string;
  /** The editor the site uses (tests that run once per kind of editor pick the first of each). */
  library: 'Draft.js' | 'Lexical' | 'textarea' | 'Quill' | 'ProseMirror' | 'contenteditable';
  /** The editor, in any language: CSS in which a descendant may sit in an open shadow root (as Playwright's CSS pierces them). */
  editor: string;
  send: SendButton;
  /** Keyboard paths the composer itself posts with (Playwright key names: "Control+Enter"). */
  keys: string[];
}

const scope = (id: string) => `[data-practice="${id}"]`;

/** One composer per site on the practice page (Quill's, LinkedIn classic, sits in a shadow root). */
export const PRACTICE_COMPOSERS: Composer[] = [
  { id: 'x', library: 'Draft.js', editor: '[data-testid="tweetTextarea_0"][contenteditable=true]', send: { css: '[data-testid="tweetButtonInline"]' }, keys: ['Control+Enter'] },
  {
    id: 'x-dm',
    library: 'textarea',
    editor: '[data-testid="dm-composer-form"] textarea[data-testid="dm-composer-textarea"]',
    send: { css: '[data-testid="dm-composer-send-button"]' },
    keys: ['Enter'],
  },
  {
    id: 'facebook-post',
    library: 'Lexical',
    editor: '[data-practice="facebook-post"] [role=dialog] [data-lexical-editor="true"][contenteditable=true][role=textbox]',
    send: { within: `${scope('facebook-post')} [role=dialog]`, name: 'Post', cy: 'Postio' },
    keys: [],
  },
  {
    id: 'facebook-comment',
    library: 'Lexical',
    editor: `${scope('facebook-comment')} form[role=presentation] [data-lexical-editor="true"]`,
    send: { css: `${scope('facebook-comment')} #focused-state-composer-submit div[role=button]` },
    keys: ['Enter'],
  },
  {
    id: 'facebook-messages',
    library: 'Lexical',
    editor: `${scope('facebook-messages')} [role=main] [data-lexical-editor="true"][contenteditable=true][role=textbox]`,
    // The send arrow exists only once there is a draft (a like button before).
    send: { css: `${scope('facebook-messages')} .fb-msg-send` },
    keys: ['Enter'],
  },
  {
    id: 'threads',
    library: 'Lexical',
    editor: '[data-practice="threads"] [role=menu] [contenteditable=true][role=textbox]',
    send: { within: scope('threads'), name: 'Post', cy: 'Postio' },
    keys: ['Control+Enter'],
  },
  {
    id: 'threads-reply',
    library: 'Lexical',
    editor: '[data-practice="threads-reply"] [contenteditable=true][role=textbox]',
    send: { css: `${scope('threads-reply')} .threads-reply-row div[role=button]` },
    keys: ['Control+Enter'],
  },
  {
    id: 'reddit',
    library: 'Lexical',
    editor: `${scope('reddit')} shreddit-composer > div[role=textbox][contenteditable=true]`,
    send: { css: `${scope('reddit')} shreddit-composer > button[type=submit][slot="submit-button"]` },
    keys: [],
  },
  {
    id: 'reddit-markdown',
    library: 'textarea',
    editor: '[data-practice="reddit-markdown"] faceplate-textarea-input textarea',
    send: { css: `${scope('reddit-markdown')} shreddit-composer > button[type=submit][slot="submit-button"]` },
    keys: [],
  },
  {
    id: 'reddit-submit',
    library: 'Lexical',
    editor: `${scope('reddit-submit')} r-post-composer-form shreddit-composer > div[role=textbox][contenteditable=true]`,
    // In r-post-form-submit-button's open shadow root, after the body (Save Draft beside it).
    send: { css: `${scope('reddit-submit')} r-post-form-submit-button button#inner-post-submit-button` },
    keys: [],
  },
  {
    id: 'old-reddit',
    library: 'textarea',
    editor: 'form.usertext textarea[name=text]',
    send: { css: 'form.usertext .usertext-buttons button[type=submit].save' },
    keys: [],
  },
  {
    id: 'linkedin-classic',
    library: 'Quill',
    editor: '#interop-outlet .ql-editor[contenteditable=true]',
    send: { css: '#interop-outlet button.share-actions__primary-action' },
    keys: [],
  },
  {
    id: 'linkedin-new',
    library: 'ProseMirror',
    editor: '[componentkey^="commentBox-"] .ProseMirror[contenteditable=true][role=textbox]',
    // Outside the commentBox element, as on linkedin.com.
    send: { css: `${scope('linkedin-new')} button[data-view-name="comment-post"]` },
    keys: [],
  },
  {
    id: 'linkedin-messaging',
    library: 'contenteditable',
    editor: `${scope('linkedin-messaging')} form.msg-form .msg-form__contenteditable[contenteditable=true]`,
    send: { css: `${scope('linkedin-messaging')} button.msg-form__send-button` },
    keys: [],
  },
  {
    id: 'bluesky',
    library: 'ProseMirror',
    editor: '[data-testid="composePostView"] .ProseMirror[contenteditable=true]',
    send: { css: '[data-testid="composerPublishBtn"]' },
    keys: ['Control+Enter'],
  },
  {
    id: 'mastodon',
    library: 'textarea',
    editor: '#mastodon form.compose-form textarea.autosuggest-textarea__textarea',
    send: { css: '#mastodon .compose-form__submit button[type=submit]' },
    keys: ['Control+Enter'],
  },
  {
    id: 'instagram',
    library: 'textarea',
    editor: `${scope('instagram')} form[method=POST] textarea`,
    send: { within: scope('instagram'), name: 'Post', cy: 'Postio' },
    keys: ['Enter'],
  },
  {
    id: 'instagram-dm',
    library: 'Lexical',
    editor: `${scope('instagram-dm')} [role=textbox][contenteditable=true]`,
    // The text "Send" button exists only once there is a draft (icons before).
    send: { within: scope('instagram-dm'), name: 'Send', cy: 'Anfon' },
    keys: ['Enter'],
  },
  {
    id: 'instagram-post',
    library: 'Lexical',
    editor: `${scope('instagram-post')} [role=dialog] [role=textbox][contenteditable=true]`,
    // In the dialog's header, before the caption.
    send: { within: `${scope('instagram-post')} [role=dialog]`, name: 'Share', cy: 'Rhannu' },
    keys: [],
  },
  {
    id: 'youtube',
    library: 'contenteditable',
    editor: 'ytd-commentbox #contenteditable-root[contenteditable=true]',
    send: { css: 'ytd-commentbox #submit-button button' },
    keys: [],
  },
  { id: 'generic', library: 'textarea', editor: '[data-practice="generic"] textarea', send: { within: scope('generic'), name: 'Send', cy: 'Anfon' }, keys: [] },
];

/** The first composer of each kind of editor. */
export const ONE_PER_LIBRARY = PRACTICE_COMPOSERS.filter((c, i) => PRACTICE_COMPOSERS.findIndex((d) => d.library === c.library) === i);

export function practiceComposer(id: string): Composer {
  const found = PRACTICE_COMPOSERS.find((c) => c.id === id);
  if (!found) throw new Error(`no composer ${id}`);
  return found;
}

/** Where the page and the extension may send requests: the practice server, the extension itself, data: and blob:. */
export function isAllowedUrl(url: string): boolean {
  if (/^(data|blob|chrome-extension|moz-extension):/.test(url)) return true;
  try {
    const { protocol, hostname } = new URL(url);
    return (protocol === 'http:' || protocol === 'https:' || protocol === 'ws:') && (hostname === '127.0.0.1' || hostname === 'localhost');
  } catch {
    return false;
  }
}
