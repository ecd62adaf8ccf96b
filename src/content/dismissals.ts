// Findings the person set aside for one draft ("Not a problem here", or "This warning is wrong"), by
// compose box: they don't stop that post again, nor count on its badge. They end with the draft (sent,
// or emptied). In memory only, by rule id: never any text.
import type { Finding } from '../engine/types';

export interface Dismissals {
  /** The findings not set aside for the draft in `editor`. */
  visible(editor: HTMLElement, findings: readonly Finding[]): Finding[];
  dismiss(editor: HTMLElement, ruleId: string): void;
  restore(editor: HTMLElement, ruleId: string): void;
  /** The draft was sent or emptied: what was set aside for it ends with it. */
  forget(editor: HTMLElement): void;
}

export function createDismissals(): Dismissals {
  const byEditor = new WeakMap<HTMLElement, Set<string>>();
  return {
    visible(editor, findings) {
      const set = byEditor.get(editor);
      return set?.size ? findings.filter((f) => !set.has(f.ruleId)) : [...findings];
    },
    dismiss(editor, ruleId) {
      const set = byEditor.get(editor) ?? new Set<string>();
      set.add(ruleId);
      byEditor.set(editor, set);
    },
    restore(editor, ruleId) {
      byEditor.get(editor)?.delete(ruleId);
    },
    forget(editor) {
      byEditor.delete(editor);
    },
  };
}
