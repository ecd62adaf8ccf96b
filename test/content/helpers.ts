// Shared by the content guard's unit tests (happy-dom): a small site adapter, a compose box built from
// it, the real UI module mounted in our real shadow-root hosts, and a background that answers on cue.
import type { CheckResponse, StatusResponse } from '../../src/background/messages';
import { composerOfEditor, type Composer } from '../../src/content/composers';
import type { CheckerPort } from '../../src/content/draft-checks';
import { createUiRoot, type UiKind, type UiRoot } from '../../src/content/ui-host';
import type { UiAccess } from '../../src/content/ui-loader';
import type { Finding } from '../../src/engine/types';
import { defineSite } from '../../src/sites/types';
import { mountBadge, mountNudge, mountPhotoReminder, mountToast, warmUp } from '../../src/ui/mount';

export const SITE = defineSite({
  id: 'test',
  name: 'Test site',
  hosts: ['*://test.example/*'],
  composers: [{ editor: 'textarea.editor', container: 'form.composer', submit: 'button.send', kind: 'post', ctrlEnter: true }],
});

export const FINDING: Finding = {
  ruleId: 'patient.nhs-number',
  category: 'patient-details',
  severity: 'high',
  message: 'This looks like an NHS number.',
  why: 'It identifies a patient.',
  spans: [{ start: 0, end: 4 }],
  confidence: 1,
};

export const risky = (): CheckResponse => ({ findings: [FINDING], locked: {} });
export const clean = (): CheckResponse => ({ findings: [], locked: {} });

/** A compose box of SITE in the document, and what the site "posted" through its own handlers. */
export function composeBox(text = '') {
  document.body.innerHTML = `<form class="composer"><textarea class="editor"></textarea><input type="file" class="media"><button type="button" class="send">Post</button></form>`;
  const editor = document.querySelector<HTMLTextAreaElement>('textarea.editor')!;
  const send = document.querySelector<HTMLButtonElement>('button.send')!;
  editor.value = text;
  const posted: string[] = [];
  // The site's own handler, on the button (runs after our window capture listener).
  send.addEventListener('click', () => posted.push(editor.value));
  const composer = (): Composer => composerOfEditor(editor, [SITE])!;
  return { editor, send, posted, composer };
}

/** Our hosts made so far (their shadow roots are closed: the tests keep them as they are made). */
const created: { kind: UiKind; root: UiRoot }[] = [];

/** The UI module, loaded already, mounting into our real hosts. */
export const realUi: UiAccess = {
  orLater: () => ({ mountBadge, mountNudge, mountPhotoReminder, mountToast, warmUp }),
  preload: () => undefined,
  createRoot(kind, options) {
    const root = createUiRoot(kind, options);
    created.push({ kind, root });
    return root;
  },
};

const isShown = (host: HTMLElement) => host.isConnected && host.style.getPropertyValue('visibility') !== 'hidden';

/** Our host of one kind and its shadow root, if shown (not one drawn out of sight, not yet revealed). */
export function shown(kind: UiKind): ShadowRoot | null {
  return created.find((c) => c.kind === kind && isShown(c.root.host))?.root.root ?? null;
}

/** Hosts of one kind in the document but out of sight. */
export function hiddenRoots(kind: UiKind): ShadowRoot[] {
  return created.filter((c) => c.kind === kind && c.root.host.isConnected && !isShown(c.root.host)).map((c) => c.root.root);
}

/** Remove every host of ours still in the document. */
export function removeHosts(): void {
  for (const { root } of created.splice(0)) root.remove();
}

export const badgeLabel = () => shown('badge')?.querySelector('.tbyp-badge')?.getAttribute('aria-label') ?? null;

interface Deferred<T> {
  promise: Promise<T>;
  resolve(value: T): void;
  reject(error: unknown): void;
}

function deferred<T>(): Deferred<T> {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

/** A background whose checks and status answers the test gives when it wants, recording what was asked. */
export function fakeBackground() {
  const checks: { text: string; site: string | undefined; answer: Deferred<CheckResponse> }[] = [];
  const statuses: { site: string; answer: Deferred<StatusResponse> }[] = [];
  let time = 1_000_000;
  const port: CheckerPort = {
    check(text, context) {
      const answer = deferred<CheckResponse>();
      checks.push({ text, site: context.site, answer });
      return answer.promise;
    },
    status(site) {
      const answer = deferred<StatusResponse>();
      statuses.push({ site, answer });
      return answer.promise;
    },
    now: () => time,
  };
  return {
    port,
    checks,
    statuses,
    advance(ms: number) {
      time += ms;
    },
  };
}

/** Let promise callbacks run. */
export const settle = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
