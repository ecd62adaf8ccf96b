// A static preview of the UI for people (and the browser test) to look at. Not part of the extension bundle.
// Query string: ?state=findings|checking|unavailable|none  (none shows only the badge and photo reminder)
//               &account=personal|professional|both
import type { Finding, Span } from '../engine/types';
import type { LockReason } from '../packs/types';
import { mountBadge, mountNudge, mountPhotoReminder } from './mount';
import type { NudgeProps, NudgeState } from './types';

const DRAFT =
  'Lovely shift on Ward 12 tonight 💙 The 72 year old gentleman in bed 4 who came in last night after his fall ' +
  'is doing so well.\r\nNHS no 943 476 5919 if anyone on the day team needs it.\r\n\r\n' +
  'Management say keep it between us but the ward is closing in March. ' +
  'Honestly some of the bed blockers are a waste of space.\r\nVote for change on Thursday.';

function at(needle: string): Span {
  const start = DRAFT.indexOf(needle);
  if (start < 0) throw new Error(`preview: "${needle}" is not in the draft`);
  return { start, end: start + needle.length };
}

export const FINDINGS: Finding[] = [
  {
    ruleId: 'rudeness.contempt',
    category: 'rudeness',
    severity: 'warning',
    message: '“waste of space” comes across as contempt.',
    why: "Sarcasm and put-downs about patients, the public or colleagues read as contempt, and the people you're describing may be reading. The NMC Code (20.10) and GMC guidance apply to what you post.",
    suggestion: 'If something is frustrating, say what happened and what would help, without mocking the people involved.',
    spans: [at('bed blockers'), at('waste of space')],
    confidence: 0.8,
  },
  {
    ruleId: 'patient.jigsaw',
    category: 'patient-details',
    severity: 'high',
    message: 'Together these details could identify a patient.',
    why: 'No single detail here names anyone, but together they could let the patient, their family or their neighbours recognise them (GMC, Using social media, para 19).',
    suggestion: 'Take out two or more of the details, or share the story in general terms: “a patient recently reminded me why…”.',
    spans: [at('Ward 12'), at('72 year old gentleman'), at('last night')],
    clues: ['age', 'ward', 'last night'],
    confidence: 0.7,
  },
  {
    ruleId: 'patient.nhs-number',
    category: 'patient-details',
    severity: 'high',
    message: 'This looks like an NHS number: 943 476 5919.',
    why: 'An NHS number identifies one patient. GMC guidance, the NMC Code (5.1) and HCPC guidance all say never to share identifiable patient information online, even with the name left out.',
    suggestion: 'Take the number out. If a colleague needs it, use the patient record or a secure NHS channel.',
    spans: [at('943 476 5919')],
    confidence: 0.95,
  },
  {
    ruleId: 'confidentiality.marked-internal',
    category: 'confidentiality',
    severity: 'high',
    message: '“keep it between us” suggests this isn’t meant to be public.',
    why: "Sharing internal or not-yet-public information breaks your trust's information governance and social media policy. If something worries you, Freedom to Speak Up is there to listen.",
    suggestion: "Wait until it's announced, or talk to your Freedom to Speak Up Guardian.",
    spans: [at('keep it between us'), at('the ward is closing in March')],
    confidence: 0.9,
  },
  {
    ruleId: 'trust.election-period',
    category: 'election-period',
    severity: 'info',
    message: 'This reads as asking people to vote a particular way.',
    why: 'During an election period NHS organisations must stay impartial. You can be politically active personally, but keep your role and your trust out of it.',
    spans: [at('Vote for change on Thursday')],
    confidence: 0.6,
  },
];

export const LOCKED = new Map<string, LockReason>([
  [
    'confidentiality.marked-internal',
    {
      reason: 'it protects patient confidentiality (Information Governance policy IG-04).',
      translations: { cy: { reason: "mae'n diogelu cyfrinachedd cleifion (polisi Llywodraethu Gwybodaeth IG-04)." } },
    },
  ],
]);

declare global {
  interface Window {
    __tbyp: { calls: Array<[string, ...unknown[]]>; open(state?: string): void; text: string; findings: Finding[] };
  }
}

const params = new URLSearchParams(location.search);
const calls: Array<[string, ...unknown[]]> = [];
const log = (...entry: [string, ...unknown[]]) => {
  calls.push(entry);
  const out = document.getElementById('log');
  if (out) out.textContent = calls.map((c) => c.map(String).join(' ')).join('\n');
};

// The shadow root stands in for the content script's: the page's CSS below must not leak in.
const host = document.getElementById('tbyp-host')!;
const shadow = host.attachShadow({ mode: 'open' });
const badgeShadow = document.getElementById('badge-host')!.attachShadow({ mode: 'open' });
const photoShadow = document.getElementById('photo-host')!.attachShadow({ mode: 'open' });

let findings = FINDINGS.slice();
let nudge: ReturnType<typeof mountNudge> | null = null;
const account = (params.get('account') ?? undefined) as NudgeProps['account'];

function stateFor(kind: string): NudgeState {
  if (kind === 'checking') return { kind: 'checking' };
  if (kind === 'unavailable') return { kind: 'unavailable' };
  return { kind: 'findings', findings };
}

let currentKind = params.get('state') ?? 'findings';

function props(): NudgeProps {
  return {
    text: DRAFT,
    state: stateFor(currentKind),
    locked: LOCKED,
    account,
    onEdit() {
      log('onEdit');
      close();
    },
    onPostAnyway() {
      log('onPostAnyway');
      close();
    },
    onDismissForDraft(ruleId: string) {
      log('onDismissForDraft', ruleId);
      findings = findings.filter((f) => f.ruleId !== ruleId);
      nudge?.update(props());
    },
    onSwitchOff(ruleId: string) {
      log('onSwitchOff', ruleId);
      findings = findings.filter((f) => f.ruleId !== ruleId);
      nudge?.update(props());
    },
    onReportWrong(ruleId: string) {
      log('onReportWrong', ruleId);
      findings = findings.filter((f) => f.ruleId !== ruleId);
      nudge?.update(props());
    },
  };
}

function close() {
  nudge?.unmount();
  nudge = null;
  document.getElementById('draft')?.focus();
}

function open(kind = currentKind) {
  currentKind = kind;
  if (nudge) nudge.update(props());
  else nudge = mountNudge(shadow, props());
}

const badges = [
  mountBadge(badgeShadow, { count: findings.length, checking: false, onOpen: () => (log('onOpen'), open('findings')) }),
  mountBadge(badgeShadow, { count: 1, checking: false, onOpen: () => log('onOpen') }),
  mountBadge(badgeShadow, { count: 0, checking: false, onOpen: () => log('onOpen') }),
  mountBadge(badgeShadow, { count: 0, checking: true, onOpen: () => log('onOpen') }),
];
void badges;
const photo = mountPhotoReminder(photoShadow, {
  onDismiss() {
    log('onDismiss');
    photo.unmount();
  },
});

(document.getElementById('draft') as HTMLTextAreaElement).value = DRAFT;
for (const button of document.querySelectorAll<HTMLButtonElement>('[data-open]')) {
  button.addEventListener('click', () => open(button.dataset.open));
}

window.__tbyp = { calls, open, text: DRAFT, findings: FINDINGS };
if (currentKind !== 'none') open(currentKind);
