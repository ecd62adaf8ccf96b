// Settings to and from a file (to keep, or move to another browser), and a reset to the defaults.
import { useEffect, useRef, useState } from 'preact/hooks';
import { exportSettings, importSettings } from '../settings';
import type { SectionProps } from './App';

export function Backup({ config, deps, save, announce }: SectionProps) {
  const [notes, setNotes] = useState<{ ok: boolean; lines: string[] }>();
  const [confirming, setConfirming] = useState(false);
  const resetButton = useRef<HTMLButtonElement>(null);
  const confirmButton = useRef<HTMLButtonElement>(null);
  // Focus follows the question: onto "Yes, reset" when it appears, back to "Reset to defaults" after.
  const asked = useRef(false);
  useEffect(() => {
    if (confirming) confirmButton.current?.focus();
    else if (asked.current) resetButton.current?.focus();
    asked.current ||= confirming;
  }, [confirming]);

  const download = () => {
    const url = URL.createObjectURL(new Blob([exportSettings(config.settings)], { type: 'application/json' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = 'think-before-you-post-settings.json';
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    announce('Your settings file is downloading.');
  };

  const onFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    const result = importSettings((await file.text().catch(() => '')) ?? '');
    if (!result.settings) {
      setNotes({ ok: false, lines: result.problems });
      announce(`${file.name} couldn't be used. Nothing was changed.`);
      return;
    }
    const imported = result.settings;
    setNotes({ ok: true, lines: result.problems });
    await save(() => imported, `Settings loaded from ${file.name}.`);
  };

  const reset = async () => {
    setConfirming(false);
    try {
      await deps.reset();
      announce('Settings are back to the defaults.');
    } catch {
      announce("Sorry, the settings couldn't be reset. Please try again.");
    }
  };

  return (
    <section aria-labelledby="backup-heading" class="card">
      <h2 id="backup-heading">Back up or reset</h2>
      <p class="hint">A settings file holds your switches, sites and imported packs. It never holds anything you wrote.</p>
      <div class="button-row">
        <button type="button" class="button button-secondary" onClick={download}>
          Save settings to a file
        </button>
      </div>
      <div class="file-field">
        <label for="import-settings" class="label">
          Load settings from a file
        </label>
        <input id="import-settings" type="file" accept=".json,application/json" onChange={(e) => void onFile(e.currentTarget)} />
      </div>
      {notes && (
        <div class={notes.ok ? 'notice' : 'notice notice-error'} role={notes.ok ? undefined : 'alert'} data-testid="settings-import-notes">
          {notes.ok ? (notes.lines.length > 0 ? <p>Settings loaded. Some parts of the file were ignored:</p> : <p>Settings loaded.</p>) : <p>That file couldn't be used, so nothing was changed:</p>}
          {notes.lines.length > 0 && (
            <ul>
              {notes.lines.map((line, i) => (
                <li key={i}>{line}</li>
              ))}
            </ul>
          )}
        </div>
      )}
      <h3>Reset</h3>
      {!confirming ? (
        <button type="button" class="button button-secondary" ref={resetButton} onClick={() => setConfirming(true)}>
          Reset to defaults
        </button>
      ) : (
        <div class="confirm" role="group" aria-labelledby="reset-question">
          <p id="reset-question">Switch every check back on, remove added sites and imported packs, and go back to the standard settings?</p>
          <div class="button-row">
            <button type="button" class="button" ref={confirmButton} onClick={() => void reset()}>
              Yes, reset
            </button>
            <button type="button" class="button button-secondary" onClick={() => setConfirming(false)}>
              Cancel
            </button>
          </div>
        </div>
      )}
    </section>
  );
}
