// The snippets of docs/trust-it.md, for the tests that check them and the force-install test that
// deploys them. A snippet is named by an HTML comment (invisible on GitHub) on the line before its fence:
//   <!-- snippet: linux-policy -->
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const TRUST_DOC = fileURLToPath(new URL('../../docs/trust-it.md', import.meta.url));

/** The guide's worked example: the id Northvale's key gave, and the intranet folder it serves from. */
export const EXAMPLE_ID = 'caichlkibjljknfmalnpifdlilkaobed';
export const EXAMPLE_BASE_URL = 'https://intranet.northvale.nhs.example/tbyp/';

export interface Snippet {
  /** From the `<!-- snippet: NAME -->` line before it, if any. */
  name?: string;
  lang: string;
  text: string;
  /** 1-based line of the opening fence, for messages. */
  line: number;
}

export function docSnippets(markdown = readFileSync(TRUST_DOC, 'utf8')): Snippet[] {
  const lines = markdown.split('\n');
  const found: Snippet[] = [];
  for (let i = 0; i < lines.length; i++) {
    const open = /^```(\w*)\s*$/.exec(lines[i]!);
    if (!open) continue;
    const end = lines.findIndex((l, j) => j > i && l.startsWith('```'));
    if (end < 0) throw new Error(`${TRUST_DOC}:${i + 1}: code block never closed`);
    const name = /^<!-- snippet: ([\w-]+) -->$/.exec(lines[i - 1] ?? '')?.[1];
    found.push({ ...(name ? { name } : {}), lang: open[1]!, text: lines.slice(i + 1, end).join('\n'), line: i + 1 });
    i = end;
  }
  return found;
}

export function docSnippet(name: string): string {
  const found = docSnippets().find((s) => s.name === name);
  if (!found) throw new Error(`${TRUST_DOC} has no snippet named ${name}`);
  return found.text;
}

/** A snippet as another trust would use it: its own id and its own web folder in place of Northvale's. */
export const forTrust = (text: string, id: string, baseUrl: string) => text.replaceAll(EXAMPLE_ID, id).replaceAll(EXAMPLE_BASE_URL, baseUrl);
