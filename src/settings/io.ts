// Settings to and from a file the person can keep or move to another browser. Pure: the options page
// does the downloading and file picking. Settings hold switches, rule ids and web addresses, never
// draft text.
import { parseJson } from '../packs/json';
import { migrateSettingsReport } from './migrations';
import type { Settings } from './schema';

export const SETTINGS_KIND = 'tbyp-settings';

/** Pretty JSON with a "kind" marker. A pause is not exported: it belongs to this browser, now. */
export function exportSettings(settings: Settings): string {
  const { pausedUntil: _paused, ...rest } = settings;
  return JSON.stringify({ kind: SETTINGS_KIND, ...rest }, null, 2) + '\n';
}

export interface ImportResult {
  /** The settings to use; absent when the file could not be used at all. */
  settings?: Settings;
  /**
   * Without `settings`: why the file could not be used. With `settings`: what in the file was
   * ignored (unknown or wrongly typed fields, which were given their defaults).
   */
  problems: string[];
}

export function importSettings(text: string): ImportResult {
  if (typeof text !== 'string' || text.trim() === '') return { problems: ['The file is empty.'] };
  const parsed = parseJson(text);
  if (!parsed.ok) return { problems: [`The file is not valid JSON: ${parsed.message}.`] };
  const data = parsed.value;
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return { problems: ['This is not a Think Before You Post settings file: it should be a JSON object with "kind": "tbyp-settings".'] };
  }
  const { kind, ...rest } = data as Record<string, unknown>;
  if (kind !== SETTINGS_KIND) {
    const looksLikePack = 'rules' in rest && 'schemaVersion' in rest;
    return {
      problems: [
        looksLikePack
          ? 'This is a rules pack, not a settings file. Import it under "Rules packs" instead.'
          : kind === undefined
            ? 'This is not a Think Before You Post settings file: it has no "kind": "tbyp-settings".'
            : `This is not a Think Before You Post settings file: its "kind" is ${JSON.stringify(kind)}, not "tbyp-settings".`,
      ],
    };
  }
  const { settings, notes } = migrateSettingsReport(rest);
  return { settings, problems: notes };
}
