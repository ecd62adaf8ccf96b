// The nudge drawn ahead: out of sight, for the draft in use once its check has findings (when the browser is
// idle), or when a send button is pressed on it. The Post click then only has to show it, so the nudge is
// on screen in the next frame (issue 15). It holds what the shown nudge would, in a closed shadow root, and
// takes no focus until shown.
import type { CheckResponse } from '../background/messages';
import type { Finding } from '../engine/types';
import type { Mounted } from '../ui/mount';
import type { NudgeProps, NudgeState } from '../ui/types';
import type { ComposerTracker } from './composer-tracker';
import { draftText, type Composer } from './composers';
import type { DraftChecks } from './draft-checks';
import type { UiRoot } from './ui-host';
import type { UiAccess } from './ui-loader';

/** What the nudge shows for a draft and its check (its callbacks apart). */
export const nudgeContent = (text: string, state: NudgeState, result?: CheckResponse) => ({
  text,
  state,
  locked: new Map(Object.entries(result?.locked ?? {})),
  lockedBy: new Map(Object.entries(result?.lockedBy ?? {})),
  names: { titles: new Map(Object.entries(result?.titles ?? {})), categories: new Map(Object.entries(result?.categories ?? {})) },
  ...(result?.help ? { help: result.help } : {}),
  ...(result?.account ? { account: result.account } : {}),
});

export interface Drawn {
  root: UiRoot;
  nudge: Mounted<NudgeProps>;
}

export interface NudgeAhead {
  /** Draw this draft's nudge out of sight (or redraw the one already drawn for its editor). */
  prepare(composer: Composer, text: string, result: CheckResponse): void;
  /** The nudge drawn for exactly this draft and check, handed over (the caller shows it); any other is dropped. */
  take(composer: Composer, text: string, result: CheckResponse | undefined): Drawn | null;
  drop(): void;
}

export function createNudgeAhead(deps: {
  ui: UiAccess;
  checks: Pick<DraftChecks, 'onChange' | 'result' | 'isInactive'>;
  tracker: Pick<ComposerTracker, 'focused'>;
  /** The findings a nudge shows for this composer (not set aside for its draft). */
  visible(composer: Composer, findings: readonly Finding[]): Finding[];
  /** A nudge is open: nothing is drawn ahead meanwhile. */
  isOpen(): boolean;
}): NudgeAhead {
  let drawn: (Drawn & { editor: HTMLElement; text: string; result: CheckResponse }) | null = null;
  /** The nudge drawn is for exactly this draft and check, and still in the page (a page's script may remove it). */
  const drawnFor = (composer: Composer, text: string, result: CheckResponse | undefined) =>
    drawn?.editor === composer.editor && drawn.text === text && drawn.result === result && drawn.root.host.isConnected;

  const drop = () => {
    if (!drawn) return;
    drawn.nudge.unmount();
    drawn.root.remove();
    drawn = null;
  };

  function prepare(composer: Composer, text: string, result: CheckResponse): void {
    if (drawnFor(composer, text, result)) return;
    const findings = deps.visible(composer, result.findings);
    const module = findings.length > 0 ? deps.ui.orLater(() => undefined) : null;
    if (!module) return drop();
    const none = () => undefined;
    const props: NudgeProps = {
      ...nudgeContent(text, { kind: 'findings', findings }, result),
      hidden: true,
      onEdit: none,
      onPostAnyway: none,
      onDismissForDraft: none,
      onReportWrong: none,
      onSwitchOff: none,
    };
    if (drawn?.editor !== composer.editor || !drawn.root.host.isConnected) drop();
    if (drawn) {
      drawn.nudge.update(props);
      Object.assign(drawn, { text, result });
    } else {
      const root = deps.ui.createRoot('nudge', { hidden: true });
      drawn = { editor: composer.editor, text, result, root, nudge: module.mountNudge(root.root, props) };
    }
    drawn.root.host.getBoundingClientRect(); // its style and layout now, not in the Post click's frame
  }

  /** A check came back or started: draw the draft in use ahead, once the browser is idle. */
  let queued = false;
  const prepareWhenIdle = () => {
    if (queued) return;
    queued = true;
    const run = () => {
      queued = false;
      try {
        const composer = deps.tracker.focused;
        if (!composer || deps.isOpen() || deps.checks.isInactive(composer)) return;
        const text = draftText(composer);
        const result = text.trim() ? deps.checks.result(composer, text) : undefined;
        if (result) prepare(composer, text, result);
      } catch {
        /* only drawn ahead: the click draws the nudge as before */
      }
    };
    if (typeof requestIdleCallback === 'function') requestIdleCallback(run, { timeout: 500 });
    else setTimeout(run, 0);
  };
  deps.checks.onChange(prepareWhenIdle);

  return {
    prepare,
    take(composer, text, result) {
      const ready = drawnFor(composer, text, result) ? drawn : null;
      if (ready) drawn = null;
      else drop();
      return ready;
    },
    drop,
  };
}
