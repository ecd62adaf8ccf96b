// A small round indicator next to the composer: how many things to check, or a quiet "checking" dot.
import type { BadgeProps } from './types';
import { t } from './i18n';
import { badgeLabel } from './labels';

export function Badge({ count, checking, paused, notChecked, severity, onOpen }: BadgeProps) {
  const n = Math.max(0, Math.floor(Number.isFinite(count) ? count : 0));
  const label = badgeLabel(n, checking, paused, notChecked, severity);
  if (notChecked && !paused) {
    // Said in words: an icon alone could pass for "all clear".
    return (
      <span class="tbyp-root tbyp-badge-wrap">
        <span class="tbyp-badge tbyp-badge-unchecked" role="note" aria-label={label} title={label} data-state="not-checked">
          {t('badge.notCheckedShort')}
        </span>
      </span>
    );
  }
  if (paused) {
    // Nothing to open: a label, not a button.
    return (
      <span class="tbyp-root tbyp-badge-wrap">
        <span class="tbyp-badge tbyp-badge-paused" role="img" aria-label={label} title={label}>
          <svg viewBox="0 0 16 16" aria-hidden="true" focusable="false">
            <path d="M5.5 4v8M10.5 4v8" />
          </svg>
        </span>
      </span>
    );
  }
  const kind = checking ? 'checking' : n > 0 ? 'count' : 'clear';
  // Severity by shape as well as colour: a square with "!" for the serious, a circle otherwise.
  const level = kind === 'count' ? (severity ?? 'warning') : undefined;
  return (
    <span class="tbyp-root tbyp-badge-wrap">
      <button
        type="button"
        class={`tbyp-badge tbyp-badge-${kind}${level ? ` tbyp-badge-${level}` : ''}`}
        aria-label={label}
        aria-keyshortcuts="Alt+Shift+T"
        title={`${label}. ${t('badge.shortcut')}`}
        data-count={n}
        data-severity={level}
        onClick={() => onOpen()}
      >
        {kind === 'checking' ? (
          <span class="tbyp-dot" aria-hidden="true" />
        ) : kind === 'count' ? (
          <span aria-hidden="true">
            {level === 'high' ? '!' : ''}
            {n > 9 ? '9+' : n}
          </span>
        ) : (
          <svg viewBox="0 0 16 16" aria-hidden="true" focusable="false">
            <path d="M3.5 8.5l3 3 6-7" />
          </svg>
        )}
      </button>
    </span>
  );
}

export default Badge;
