// The texts every engine timing uses: the corpus posts, and longer drafts made from them.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** The shared corpus beside the repository (TBYP_CORPUS overrides it, for a work tree elsewhere). */
export const CORPUS = process.env.TBYP_CORPUS ?? resolve(import.meta.dirname, '../../shared/corpus/posts.jsonl');

export function corpusPosts(): string[] {
  return readFileSync(CORPUS, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l).text as string);
}

/** A draft of exactly `length` characters, made of corpus posts joined as paragraphs. */
export function draftOfLength(posts: string[], length: number, offset = 0): string {
  let text = '';
  for (let i = offset; text.length < length; i++) text += posts[i % posts.length] + '\n\n';
  return text.slice(0, length);
}
