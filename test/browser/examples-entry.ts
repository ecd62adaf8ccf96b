// Bundled (IIFE) into a blank page by adapters.test.ts: the real adapters and the real matching code.
import { composersIn } from '../../src/content/composers';
import { SITES } from '../../src/sites';
import { examplesOf } from '../../src/sites/examples';

export interface Verdict {
  site: string;
  kind: 'match' | 'noMatch';
  index: number;
  editors: number;
  withSubmit: number;
  keyboardOnly: number;
}

function check(): Verdict[] {
  const out: Verdict[] = [];
  const stage = document.createElement('div');
  document.body.append(stage);
  for (const site of SITES) {
    for (const kind of ['match', 'noMatch'] as const) {
      examplesOf(site.id)[kind].forEach((html, index) => {
        stage.innerHTML = html;
        const found = composersIn(stage, site);
        out.push({
          site: site.id,
          kind,
          index,
          editors: found.length,
          withSubmit: found.filter((c) => c.submit !== null).length,
          keyboardOnly: found.filter((c) => c.submit === null && (c.spec.sendsOnEnter || c.spec.ctrlEnter)).length,
        });
        stage.innerHTML = '';
      });
    }
  }
  stage.remove();
  return out;
}

(window as unknown as { __tbypExamples: () => Verdict[] }).__tbypExamples = check;
