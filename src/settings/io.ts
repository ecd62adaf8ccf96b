// Settings to and from a file the person can keep or move to another browser. Pure: the options page
// does the downloading and file picking. Settings hold switches, rule ids and web addresses, never
// draft text.
import { parseJson } from '../packs/json';
import { checkPack } from '../packs/pack-set';
import { formatProblem } from '../packs/validate';
import { migrateSettingsReport } from './migrations';
import { builtinRuleIds, MAX_PACK_JSON_LENGTH } from './policy';
import { LANGUAGE_CHOICES, type LanguageChoice } from './language';
import type { Settings } from './schema';

export const SETTINGS_KIND = 'tbyp-settings';
/** A settings file holds switches and at most a few imported packs, each within the import limit. */
export const MAX_IMPORTED_PACKS = 10;
export const MAX_SETTINGS_JSON_LENGTH = 3 * MAX_PACK_JSON_LENGTH;


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
  if (text.length > MAX_SETTINGS_JSON_LENGTH) {
    return { problems: [`The file is too big for a settings file (over ${MAX_SETTINGS_JSON_LENGTH.toLocaleString('en-GB')} characters).`] };
  }
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
  const checked = { ...settings, importedPacks: checkedPacks(settings.importedPacks, notes) };
  if (language === undefined) return { settings: checked, problems: notes };
  if (typeof language === 'string' && (LANGUAGE_CHOICES as readonly string[]).includes(language)) {
    return { settings: checked, language: language as LanguageChoice, problems: notes };
  }
  return { settings: checked, problems: [...notes, `Ignored "language": it should be ${LANGUAGE_CHOICES.join(', ')}.`] };
}

/**
 * The imported packs a settings file carries pass the same limits and the same check (validated,
 * compiled, tried on their own examples) as a pack imported on its own; any that fail are left out,
 * each named with its problems.
 */
function checkedPacks(packs: Settings['importedPacks'], notes: string[]): Settings['importedPacks'] {
  const kept: Settings['importedPacks'] = [];
  for (const [i, pack] of packs.entries()) {
    const file = `imported pack ${i + 1} (${pack.file.slice(0, 80)})`;
    if (kept.length >= MAX_IMPORTED_PACKS) {
      notes.push(`Left out ${file}: a settings file can carry at most ${MAX_IMPORTED_PACKS} packs.`);
      continue;
    }
    const size = JSON.stringify(pack.data).length;
    if (size > MAX_PACK_JSON_LENGTH) {
      notes.push(`Left out ${file}: it is too big for a rules pack (over ${MAX_PACK_JSON_LENGTH.toLocaleString('en-GB')} characters).`);
      continue;
    }
    const { pack: ok, problems } = checkPack(pack.data, { file, origin: 'imported file' }, { knownRuleIds: builtinRuleIds() });
    if (ok) kept.push(pack);
    else notes.push(`Left out ${file}: ${problems.slice(0, 5).map(formatProblem).join('; ')}`);
  }
  return kept;
}
