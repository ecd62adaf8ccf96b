// Settings to and from a file the person can keep or move to another browser. Pure: the options page
// does the downloading and file picking. Settings hold switches, rule ids and web addresses, never
// draft text.
import { parseJson } from '../packs/json';
import { migrateSettingsReport } from './migrations';
import { LANGUAGE_CHOICES, type LanguageChoice } from './language';
import type { Settings } from './schema';

export const SETTINGS_KIND = 'tbyp-settings';


/**
 * Pretty JSON with a "kind" marker, and the language chosen (kept apart from the settings in storage).
 * Pauses are not exported: they belong to this browser, now.
 */
export function exportSettings(settings: Settings, language?: LanguageChoice): string {
  const { pausedUntil: _paused, pausedSites: _sites, ...rest } = settings;
  return JSON.stringify({ kind: SETTINGS_KIND, ...(language ? { language } : {}), ...rest }, null, 2) + '\n';
}

export interface ImportResult {
  /** The settings to use; absent when the file could not be used at all. */
  settings?: Settings;
  /** The language the file chose, when it names one this version knows. */
  language?: LanguageChoice;
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
  const { kind, language, ...rest } = data as Record<string, unknown>;
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
  if (language === undefined) return { settings, problems: notes };
  if (typeof language === 'string' && (LANGUAGE_CHOICES as readonly string[]).includes(language)) {
    return { settings, language: language as LanguageChoice, problems: notes };
  }
  return { settings, problems: [...notes, `Ignored "language": it should be ${LANGUAGE_CHOICES.join(', ')}.`] };
}
