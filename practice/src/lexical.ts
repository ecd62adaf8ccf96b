// Shared set-up for the Lexical composers (Facebook, Threads, Reddit).
// Uses the real lexical packages, wired the vanilla way (createEditor + setRootElement),
// which is what @lexical/react does under the hood.
import {
  $createParagraphNode,
  $getRoot,
  $getSelection,
  COMMAND_PRIORITY_HIGH,
  KEY_ENTER_COMMAND,
  createEditor,
  type LexicalEditor,
} from 'lexical';
import { registerPlainText } from '@lexical/plain-text';
import { HeadingNode, QuoteNode, registerRichText } from '@lexical/rich-text';
import { createEmptyHistoryState, registerHistory } from '@lexical/history';
import { mergeRegister } from '@lexical/utils';
import { record, tidy } from './record';
import { activateOnKeys, h } from './site';

export interface LexicalBox {
  editor: LexicalEditor;
  /** Read the text from the editor state (committed state). */
  getText(): string;
  /**
   * Post from the editor state and clear it, as the site does: `send` gets the text
   * ($getRoot().getTextContent()) and is only called when there is something to send.
   * Must be called inside an update (`$` function), e.g. from a command handler.
   */
  $submit(): void;
  /** Same as $submit, for click / submit handlers outside an update. */
  submit(): void;
  destroy(): void;
}

export interface LexicalBoxOptions {
  namespace: string;
  rich?: boolean;
  /** Element shown while the editor is empty (Lexical sites render a separate placeholder div). */
  placeholder?: HTMLElement;
  /** Called with the text to send. */
  send(text: string): void;
  /**
   * KEY_ENTER_COMMAND policy. Return true when this Enter should post
   * (the handler then calls preventDefault and $submit).
   */
  enterPosts?(event: KeyboardEvent): boolean;
  /** Called after every update with whether the editor is empty (e.g. to aria-disable the button). */
  onEmptyChange?(empty: boolean): void;
}

export function createLexicalBox(root: HTMLElement, options: LexicalBoxOptions): LexicalBox {
  const editor = createEditor({
    namespace: options.namespace,
    nodes: options.rich ? [HeadingNode, QuoteNode] : [],
    theme: { paragraph: 'lx-paragraph', text: { bold: 'lx-bold', italic: 'lx-italic' } },
    onError: (error: Error) => console.error(`[${options.namespace}]`, error),
  });
  editor.setRootElement(root);

  const $submit = () => {
    const text = tidy($getRoot().getTextContent());
    if (!text) return;
    options.send(text);
    const rootNode = $getRoot();
    rootNode.clear();
    const hadSelection = $getSelection() !== null;
    const paragraph = $createParagraphNode();
    rootNode.append(paragraph);
    // Keep the caret in the box (comment boxes stay open for the next message).
    if (hadSelection) paragraph.select();
  };

  const unregister = mergeRegister(
    options.rich ? registerRichText(editor) : registerPlainText(editor),
    registerHistory(editor, createEmptyHistoryState(), 300),
    editor.registerCommand(
      KEY_ENTER_COMMAND,
      (event: KeyboardEvent | null) => {
        if (!event || !options.enterPosts || event.isComposing) return false;
        if (!options.enterPosts(event)) return false;
        event.preventDefault();
        $submit();
        return true;
      },
      COMMAND_PRIORITY_HIGH,
    ),
    editor.registerTextContentListener((text: string) => {
      const empty = tidy(text) === '';
      if (options.placeholder) options.placeholder.hidden = !empty;
      options.onEmptyChange?.(empty);
    }),
  );

  // Start with one empty paragraph, as the sites' composers do.
  editor.update(() => {
    const rootNode = $getRoot();
    if (rootNode.getChildrenSize() === 0) rootNode.append($createParagraphNode());
  });

  return {
    editor,
    getText: () => editor.getEditorState().read(() => tidy($getRoot().getTextContent())),
    $submit,
    submit: () => editor.update($submit, { discrete: true }),
    destroy: () => {
      unregister();
      editor.setRootElement(null);
    },
  };
}

/**
 * A Lexical editing host as Meta's sites render it (contenteditable role=textbox, spellcheck, in the tab
 * order) with `attrs` on top, and the separate placeholder element shown while it is empty.
 */
export function lexicalEditable(className: string, placeholderText: string, attrs: Record<string, string> = {}): { editable: HTMLElement; placeholder: HTMLElement } {
  const editable = h('div', { class: `lx-editable ${className}`, contenteditable: 'true', role: 'textbox', spellcheck: 'true', tabindex: '0', ...attrs });
  const placeholder = h('div', { class: 'lx-placeholder', 'aria-hidden': 'true' }, placeholderText);
  return { editable, placeholder };
}

/**
 * A Lexical box posting as `id` through `button` (a div[role=button], aria-disabled while the box is
 * empty, Enter and Space on it as a click), and through the keys `enterPosts` picks.
 */
export function lexicalComposer(
  id: string,
  parts: { editable: HTMLElement; placeholder: HTMLElement; button: HTMLElement },
  options: Pick<LexicalBoxOptions, 'rich' | 'enterPosts'> = {},
): LexicalBox {
  const box = createLexicalBox(parts.editable, {
    namespace: id,
    placeholder: parts.placeholder,
    send: (text) => record(id, text),
    onEmptyChange: (empty) => parts.button.setAttribute('aria-disabled', String(empty)),
    ...options,
  });
  activateOnKeys(parts.button, () => box.submit());
  return box;
}
