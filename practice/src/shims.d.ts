// Minimal typings for the React and Draft.js pieces of the practice page: the project has no
// @types/react or @types/draft-js (and must not add any), so only what this page uses is declared.

declare module 'react' {
  export interface SyntheticEvent<T = Element, E = Event> {
    nativeEvent: E;
    currentTarget: T;
    target: EventTarget & T;
    defaultPrevented: boolean;
    preventDefault(): void;
    stopPropagation(): void;
  }
  export interface KeyboardEvent<T = Element> extends SyntheticEvent<T, globalThis.KeyboardEvent> {
    key: string;
    keyCode: number;
    which: number;
    ctrlKey: boolean;
    metaKey: boolean;
    shiftKey: boolean;
    altKey: boolean;
  }
  export type FormEvent<T = Element> = SyntheticEvent<T>;
  export type ChangeEvent<T = Element> = SyntheticEvent<T>;
  export type MouseEvent<T = Element> = SyntheticEvent<T, globalThis.MouseEvent>;
  export interface RefObject<T> {
    current: T;
  }
  export function useState<S>(initial: S | (() => S)): [S, (next: S | ((previous: S) => S)) => void];
  export function useRef<T>(initial: T): RefObject<T>;
  export function useRef<T>(initial: T | null): RefObject<T | null>;
  export function useEffect(effect: () => void | (() => void), deps?: readonly unknown[]): void;
}

declare module 'react/jsx-runtime' {
  import type { ChangeEvent, FormEvent, KeyboardEvent, MouseEvent } from 'react';
  type FieldElement = HTMLInputElement & HTMLTextAreaElement;
  interface IntrinsicProps {
    [attribute: string]: unknown;
    onChange?(event: ChangeEvent<FieldElement>): void;
    onKeyDown?(event: KeyboardEvent<FieldElement>): void;
    onClick?(event: MouseEvent<HTMLElement>): void;
    onMouseDown?(event: MouseEvent<HTMLElement>): void;
    onSubmit?(event: FormEvent<HTMLFormElement>): void;
  }
  export namespace JSX {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    type Element = any;
    interface ElementChildrenAttribute {
      children: object;
    }
    interface IntrinsicElements {
      [name: string]: IntrinsicProps;
    }
  }
  export const jsx: unknown;
  export const jsxs: unknown;
  export const Fragment: unknown;
}

declare module 'react-dom' {
  export function createPortal(children: unknown, container: Element | DocumentFragment): unknown;
}

declare module 'react-dom/client' {
  export interface Root {
    render(children: unknown): void;
    unmount(): void;
  }
  export function createRoot(container: Element | DocumentFragment): Root;
}

declare module 'draft-js' {
  import type { KeyboardEvent } from 'react';
  export type DraftHandleValue = 'handled' | 'not-handled';
  export interface SelectionState {
    getHasFocus(): boolean;
  }
  export interface ContentState {
    getPlainText(delimiter?: string): string;
    hasText(): boolean;
  }
  export class EditorState {
    static createEmpty(): EditorState;
    static moveFocusToEnd(state: EditorState): EditorState;
    getCurrentContent(): ContentState;
    getSelection(): SelectionState;
  }
  export const KeyBindingUtil: { hasCommandModifier(e: KeyboardEvent): boolean };
  export function getDefaultKeyBinding(e: KeyboardEvent): string | null;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  export const Editor: any;
}
