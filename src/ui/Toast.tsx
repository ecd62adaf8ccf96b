// After the nudge closed because its last finding was set aside or switched off: what happened, with
// Undo, for a few seconds. The post waits for the person's next press; this never posts anything.
import type { ToastProps } from './types';
import { t } from './i18n';
import { undoText } from './labels';
import { Say } from './say';

export function Toast({ offer, names, onClose }: ToastProps) {
  const { onUndo } = offer;
  return (
    <div class="tbyp-root tbyp-toast" role="status" aria-live="polite">
      <p class="tbyp-toast-text">
        <Say words={undoText(offer, names)} />
      </p>
      {onUndo && (
        <button type="button" class="tbyp-btn tbyp-btn-small tbyp-btn-secondary" onClick={() => onUndo()}>
          {t('nudge.undo')}
        </button>
      )}
      <button type="button" class="tbyp-btn tbyp-btn-small tbyp-btn-secondary" onClick={() => onClose()}>
        {t('nudge.close')}
      </button>
    </div>
  );
}

export default Toast;
