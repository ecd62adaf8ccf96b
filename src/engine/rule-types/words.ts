// Word lists, matched with obfuscation folding (f*ck, fuuuck, f u c k, sh1t).
import { Type } from '@sinclair/typebox';
import { CompiledMatcher } from '../matcher';
import { TextList, Words } from '../../packs/format';
import { defineRuleType } from './types';

export const wordsRule = defineRuleType({
  type: 'words',
  description: 'Word lists, matched with obfuscation folding (f*ck, fuuuck, f u c k, sh1t).',
  fields: {
    words: Words('the words or phrases to look for'),
    allow: Type.Optional(TextList('Words that contain a listed word but are fine (Scunthorpe, assessment).')),
    masked: Type.Optional(
      Type.Boolean({
        description: 'Also match words with letters hidden by * or # (f*ck, c#nt). Only for lists of swear words: a mask can hide any letters.',
      }),
    ),
  },
  compile(rule) {
    const matcher = new CompiledMatcher({ words: rule.words }, rule.allow, rule.masked);
    return { needsNlp: false, find: (doc) => matcher.hits(doc) };
  },
});
