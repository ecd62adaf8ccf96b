// The shape every practice composer module exports, plus a tiny DOM helper.

export interface PracticeSite {
  /** Stable id: the section gets data-practice="<id>" and posts are recorded with site: id. */
  id: string;
  /** Visible heading. */
  title: string;
  /** The editor library the real site uses. */
  editor: string;
  /** How to post, shown to people trying the page. */
  howToPost: string;
  /** Build the composer inside host (an empty div inside the labelled section). */
  mount(host: HTMLElement): void;
}

type Attrs = Record<string, string | number | boolean | null | undefined>;

/** Create an element with attributes (set verbatim, so data-*, aria-* and role work) and children. */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs?: Attrs,
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K];
export function h(tag: string, attrs?: Attrs, ...children: (Node | string)[]): HTMLElement;
export function h(tag: string, attrs: Attrs = {}, ...children: (Node | string)[]): HTMLElement {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    node.setAttribute(name, value === true ? '' : String(value));
  }
  node.append(...children);
  return node;
}

/** Make a div[role=button] behave like a button for keyboard users (Enter / Space), as the sites do. */
export function activateOnKeys(button: HTMLElement, onActivate: () => void): void {
  button.addEventListener('click', onActivate);
  button.addEventListener('keydown', (e) => {
    if (e.target !== button) return;
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      onActivate();
    }
  });
}

/** A custom element whose OPEN shadow root holds a textarea (Reddit's faceplate-textarea-input, X's DM input). */
export interface ShadowTextareaElement extends HTMLElement {
  readonly textarea: HTMLTextAreaElement;
}

/** A new `<tag>` (defined on first use) with a textarea made with `attrs` in its open shadow root. */
export function shadowTextarea(tag: string, attrs: Attrs): ShadowTextareaElement {
  if (!customElements.get(tag)) {
    customElements.define(
      tag,
      class extends HTMLElement implements ShadowTextareaElement {
        readonly textarea = h('textarea');
        constructor() {
          super();
          this.attachShadow({ mode: 'open' }).append(this.textarea);
        }
      },
    );
  }
  const element = document.createElement(tag) as ShadowTextareaElement;
  for (const [name, value] of Object.entries(attrs)) {
    if (value !== null && value !== undefined && value !== false) element.textarea.setAttribute(name, value === true ? '' : String(value));
  }
  return element;
}
