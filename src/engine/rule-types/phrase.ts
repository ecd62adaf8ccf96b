import type { PhraseRule } from '../../packs/types';
import type { RuleFinder } from './types';

export function compilePhrase(rule: PhraseRule): RuleFinder {
  return {
    needsNlp: true,
    find(doc) {
      if (!doc.nlp) return [];
      return doc.nlp.match(doc.view.text, rule.match).map((s) => {
        const span = doc.span(s.start, s.end);
        const [first, last] = doc.tokenRange(span);
        return { spans: [span], first, last };
      });
    },
  };
}
