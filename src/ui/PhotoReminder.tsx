// A gentle, dismissible note shown when a photo is attached to a draft.
import type { PhotoReminderProps } from './types';
import { t } from './i18n';

export function PhotoReminder({ onDismiss }: PhotoReminderProps) {
  return (
    <div class="tbyp-root tbyp-photo" role="status">
      <svg class="tbyp-photo-icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
        <path d="M4 7h3l1.5-2h7L17 7h3a1 1 0 0 1 1 1v10a1 1 0 0 1-1 1H4a1 1 0 0 1-1-1V8a1 1 0 0 1 1-1Z" />
        <circle cx="12" cy="13" r="3.5" />
      </svg>
      <p class="tbyp-photo-text">
        <strong>{t('photo.title')}</strong> {t('photo.text')}
      </p>
      <button type="button" class="tbyp-btn tbyp-btn-secondary" onClick={() => onDismiss()}>
        {t('photo.gotIt')}
      </button>
    </div>
  );
}

export default PhotoReminder;
