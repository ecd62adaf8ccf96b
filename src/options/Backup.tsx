// Settings to and from a file (to keep, or move to another browser), and a reset to the defaults.
import { useState } from 'preact/hooks';
import { useQuestionFocus } from '../ui/question-focus';
import { exportSettings, importSettings } from '../settings';
import { languageChoice, t } from '../ui/i18n';
import type { SectionProps } from './App';
import { saveJsonFile } from './save-file';

export function Backup({ config, deps, save, announce, chooseLanguage }: SectionProps) {
  const [notes, setNotes] = useState<{ ok: boolean; lines: string[] }>();
  const [confirming, setConfirming] = useState(false);
  // Focus follows the question: onto "Yes, reset" when it appears, back to "Reset to defaults" after.
  const { askRef: resetButton, confirmRef: confirmButton } = useQuestionFocus(confirming);

  const download = () => {
    saveJsonFile('think-before-you-post-settings.json', exportSettings(config.settings, languageChoice()));
    announce(t('options.backup.downloading'));
  };

  const onFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    const result = importSettings((await file.text().catch(() => '')) ?? '');
    if (!result.settings) {
      setNotes({ ok: false, lines: result.problems });
      announce(t('options.backup.unusable', { file: file.name }));
      return;
    }
    const imported = result.settings;
    setNotes({ ok: true, lines: result.problems });
    if (result.language) await chooseLanguage(result.language);
    await save(() => imported, t('options.backup.loadedFrom', { file: file.name }));
  };

  const reset = async () => {
    setConfirming(false);
    try {
      await deps.reset();
      announce(t('options.backup.resetDone'));
    } catch {
      announce(t('options.backup.resetFailed'));
    }
  };

  return (
    <section aria-labelledby="backup-heading" class="card">
      <h2 id="backup-heading">{t('options.backup.heading')}</h2>
      <p class="hint">{t('options.backup.hint')}</p>
      <div class="button-row">
        <button type="button" class="button button-secondary" onClick={download}>
          {t('options.backup.save')}
        </button>
      </div>
      <div class="file-field">
        <label for="import-settings" class="label">
          {t('options.backup.loadLabel')}
        </label>
        <input id="import-settings" type="file" accept=".json,application/json" onChange={(e) => void onFile(e.currentTarget)} />
      </div>
      {notes && (
        <div class={notes.ok ? 'notice' : 'notice notice-error'} role={notes.ok ? undefined : 'alert'} data-testid="settings-import-notes">
          <p>{t(notes.ok ? (notes.lines.length > 0 ? 'options.backup.loadedSomeIgnored' : 'options.backup.loaded') : 'options.backup.unusableList')}</p>
          {notes.lines.length > 0 && (
            <ul>
              {notes.lines.map((line, i) => (
                <li key={i}>{line}</li>
              ))}
            </ul>
          )}
        </div>
      )}
      <h3>{t('options.backup.resetHeading')}</h3>
      {!confirming ? (
        <button type="button" class="button button-secondary" ref={resetButton} onClick={() => setConfirming(true)}>
          {t('options.backup.reset')}
        </button>
      ) : (
        <div class="confirm" role="group" aria-labelledby="reset-question">
          <p id="reset-question">{t('options.backup.resetQuestion')}</p>
          <div class="button-row">
            <button type="button" class="button" ref={confirmButton} onClick={() => void reset()}>
              {t('options.backup.resetYes')}
            </button>
            <button type="button" class="button button-secondary" onClick={() => setConfirming(false)}>
              {t('common.cancel')}
            </button>
          </div>
        </div>
      )}
    </section>
  );
}
