// Settings migrations: one per version step, in order, each a pure function from the stored shape of
// version N to the shape of version N + 1. migrateSettings() runs the steps a stored value needs, then
// checks every field of the current version, keeping what is well-formed and using the default for
// the rest. It never throws: whatever is in storage, the person gets working settings.
//
// Adding version 3: add `{ from: 2, to: 3, ... }` to MIGRATIONS, bump SETTINGS_VERSION in schema.ts,
// teach sanitise() the new shape, add test/settings/fixtures/v3.json and a test for the step.
import { ID_PATTERN } from '../packs/format';
import {
  ACCOUNT_TYPES,
  SENSITIVITIES,
  SETTINGS_VERSION,
  SITE_IDS,
  defaultSettings,
  isSiteId,
  normaliseOrigin,
  type ImportedPack,
  type Settings,
  type SiteId,
} from './schema';

type Loose = Record<string, unknown>;

export interface Migration {
  from: number;
  to: number;
  /** What changed, for people reading the code. */
  description: string;
  /** Version `from` in, version `to` out. May leave out or mistype fields: sanitise() follows. */
  migrate(old: Loose, notes: string[]): Loose;
}

// --- version 1 -----------------------------------------------------------------------------------

/** The first stored shape (extension 0.x). Kept here as the record of what version 1 was. */
export interface SettingsV1 {
  version: 1;
  /** Rule ids switched off. */
  off: string[];
  /** true: show everything, including low-severity notes. */
  strict: boolean;
  /**
   * The sites switched ON, by version 1's ids ("twitter" for X; no Threads, Bluesky or old.reddit
   * yet), plus any extra origins the person had typed ("mastodon.example").
   */
  sites: string[];
}

const V1_KEYS = ['version', 'off', 'strict', 'sites'];
/** The sites version 1 knew, by its own ids. */
const V1_SITE_IDS: Record<string, SiteId> = {
  twitter: 'x',
  facebook: 'facebook',
  linkedin: 'linkedin',
  instagram: 'instagram',
  reddit: 'reddit',
  youtube: 'youtube',
  mastodon: 'mastodon',
};

function v1ToV2(old: Loose, notes: string[]): Loose {
  for (const key of Object.keys(old)) if (!V1_KEYS.includes(key)) notes.push(`Ignored "${key}": not a setting.`);

  const out: Loose = { version: 2 };
  if (old.off !== undefined) {
    if (Array.isArray(old.off)) out.disabledRules = old.off;
    else notes.push('Ignored "off": it should be a list of rule ids.');
  }
  if (old.strict !== undefined) {
    if (typeof old.strict === 'boolean') out.sensitivity = old.strict ? 'high' : 'normal';
    else notes.push('Ignored "strict": it should be true or false.');
  }
  if (old.sites !== undefined) {
    if (!Array.isArray(old.sites)) {
      notes.push('Ignored "sites": it should be a list.');
    } else {
      const on = new Set<SiteId>();
      const added: string[] = [];
      for (const entry of old.sites) {
        if (typeof entry !== 'string') continue;
        const id = V1_SITE_IDS[entry.trim().toLowerCase()];
        if (id) on.add(id);
        else if (entry.includes('.')) added.push(entry);
        else notes.push(`Ignored the site "${entry}": not one this version knows.`);
      }
      const enabled: Partial<Record<SiteId, boolean>> = {};
      // Sites version 1 knew are on only if they were listed; sites it didn't know start on,
      // except old.reddit, which follows Reddit (version 1 checked both under "reddit").
      for (const id of Object.values(V1_SITE_IDS)) enabled[id] = on.has(id);
      enabled['old-reddit'] = on.has('reddit');
      out.sites = { enabled, added };
    }
  }
  return out;
}

// --- the list ----------------------------------------------------------------------------------

export const MIGRATIONS: readonly Migration[] = [
  {
    from: 1,
    to: 2,
    description:
      'off -> disabledRules; strict -> sensitivity (high or normal); the list of sites switched on -> ' +
      'sites.enabled by id ("twitter" is now "x"; old-reddit follows reddit; threads and bluesky start on) ' +
      'and sites.added for origins; new: categories, account, importedPacks, pausedUntil.',
    migrate: v1ToV2,
  },
  {
    from: 2,
    to: 3,
    description: 'new: disabledAt (when each rule was switched off, for the options page) and pausedSites (pauses of one site).',
    migrate: (old) => ({ ...old, version: 3 }),
  },
];

// --- entry points --------------------------------------------------------------------------------

export interface MigrationReport {
  settings: Settings;
  /** What was ignored or reset on the way, in plain English (never values a person typed as drafts). */
  notes: string[];
}

/** Any stored value -> current settings. Never throws. */
export function migrateSettings(raw: unknown): Settings {
  return migrateSettingsReport(raw).settings;
}

/** migrateSettings, also saying what was ignored (for the import dialog). Never throws. */
export function migrateSettingsReport(raw: unknown): MigrationReport {
  const notes: string[] = [];
  try {
    if (raw === undefined || raw === null) return { settings: defaultSettings(), notes };
    if (!isObject(raw)) {
      notes.push('The stored settings were not an object; the defaults are used.');
      return { settings: defaultSettings(), notes };
    }
    const version = raw.version;
    if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
      notes.push('The settings have no version this extension understands; the defaults are used.');
      return { settings: defaultSettings(), notes };
    }
    let current: Loose = raw;
    if (version > SETTINGS_VERSION) {
      notes.push(
        `These settings are from a newer version of the extension (settings version ${version}); ` +
          'only the settings this version understands were kept.',
      );
    } else {
      for (let v = version; v < SETTINGS_VERSION; v++) {
        const step = MIGRATIONS.find((m) => m.from === v);
        if (!step) throw new Error(`no migration from settings version ${v}`);
        current = step.migrate(current, notes);
      }
    }
    return { settings: sanitise(current, notes), notes };
  } catch {
    notes.push('The stored settings could not be read; the defaults are used.');
    return { settings: defaultSettings(), notes };
  }
}

// --- the current version, field by field ---------------------------------------------------------

const KEYS = ['version', 'categories', 'disabledRules', 'disabledAt', 'sensitivity', 'sites', 'account', 'importedPacks', 'pausedUntil', 'pausedSites'];
const CATEGORY_PATTERN = /^[a-z0-9]+(?:[.-][a-z0-9]+)*$/;

/** A current-version-shaped object -> Settings: well-formed fields kept, the rest defaulted (and noted). */
function sanitise(raw: Loose, notes: string[]): Settings {
  const s = defaultSettings();
  for (const key of Object.keys(raw)) if (!KEYS.includes(key)) notes.push(`Ignored "${key}": not a setting.`);

  if (raw.categories !== undefined) {
    if (!isObject(raw.categories)) notes.push('Ignored "categories": it should be an object of category -> true or false.');
    else {
      for (const [category, on] of Object.entries(raw.categories)) {
        if (typeof on === 'boolean' && CATEGORY_PATTERN.test(category)) s.categories[category] = on;
        else notes.push(`Ignored the category switch "${category}".`);
      }
    }
  }

  if (raw.disabledRules !== undefined) {
    if (!Array.isArray(raw.disabledRules)) notes.push('Ignored "disabledRules": it should be a list of rule ids.');
    else {
      const ids = new Set<string>();
      for (const id of raw.disabledRules) {
        if (typeof id === 'string' && ID_PATTERN.test(id)) ids.add(id);
        else notes.push(`Ignored ${typeof id === 'string' ? `"${id.slice(0, 60)}"` : 'an entry'} in "disabledRules": not a rule id.`);
      }
      s.disabledRules = [...ids];
    }
  }

  if (raw.disabledAt !== undefined) {
    if (!isObject(raw.disabledAt)) notes.push('Ignored "disabledAt": it should be an object of rule id -> date.');
    else {
      for (const [id, when] of Object.entries(raw.disabledAt)) {
        if (s.disabledRules.includes(id) && typeof when === 'string' && Number.isFinite(Date.parse(when))) s.disabledAt[id] = when;
        else notes.push(`Ignored when "${id.slice(0, 60)}" was switched off.`);
      }
    }
  }

  if (raw.sensitivity !== undefined) {
    if (oneOf(raw.sensitivity, SENSITIVITIES)) s.sensitivity = raw.sensitivity;
    else notes.push(`Ignored "sensitivity": it should be ${SENSITIVITIES.join(', ')}.`);
  }

  if (raw.sites !== undefined) {
    if (!isObject(raw.sites)) notes.push('Ignored "sites": it should be an object with "enabled" and "added".');
    else {
      const { enabled, added, ...rest } = raw.sites;
      for (const key of Object.keys(rest)) notes.push(`Ignored "sites.${key}": not a setting.`);
      if (enabled !== undefined) {
        if (!isObject(enabled)) notes.push('Ignored "sites.enabled": it should be an object of site -> true or false.');
        else {
          for (const [id, on] of Object.entries(enabled)) {
            if (isSiteId(id) && typeof on === 'boolean') s.sites.enabled[id] = on;
            else notes.push(`Ignored the site switch "${id}".`);
          }
        }
      }
      if (added !== undefined) {
        if (!Array.isArray(added)) notes.push('Ignored "sites.added": it should be a list of web addresses.');
        else {
          const origins = new Set<string>();
          for (const entry of added) {
            const origin = normaliseOrigin(entry);
            if (origin) origins.add(origin);
            else notes.push(`Ignored ${typeof entry === 'string' ? `"${entry.slice(0, 80)}"` : 'an entry'} in "sites.added": not an http(s) web address.`);
          }
          s.sites.added = [...origins];
        }
      }
    }
  }

  if (raw.account !== undefined) {
    if (oneOf(raw.account, ACCOUNT_TYPES)) s.account = raw.account;
    else notes.push(`Ignored "account": it should be ${ACCOUNT_TYPES.join(', ')}.`);
  }

  if (raw.importedPacks !== undefined) {
    if (!Array.isArray(raw.importedPacks)) notes.push('Ignored "importedPacks": it should be a list.');
    else {
      raw.importedPacks.forEach((entry, i) => {
        const pack = importedPack(entry);
        if (pack) s.importedPacks.push(pack);
        else notes.push(`Ignored imported pack ${i + 1}: it should have "data", "file" and "importedAt".`);
      });
    }
  }

  if (raw.pausedUntil !== undefined) {
    const until = raw.pausedUntil;
    if (typeof until === 'number' && Number.isFinite(until) && until > 0) s.pausedUntil = until;
    else notes.push('Ignored "pausedUntil": it should be a time (milliseconds since 1970).');
  }

  if (raw.pausedSites !== undefined) {
    if (!isObject(raw.pausedSites)) notes.push('Ignored "pausedSites": it should be an object of site -> time.');
    else {
      for (const [host, until] of Object.entries(raw.pausedSites)) {
        if (/^[a-z0-9.-]+$/.test(host) && typeof until === 'number' && Number.isFinite(until) && until > 0) s.pausedSites[host] = until;
        else notes.push(`Ignored the pause of "${host.slice(0, 80)}".`);
      }
    }
  }

  // Sites version 1 never had: make sure every known site has a switch.
  for (const id of SITE_IDS) if (typeof s.sites.enabled[id] !== 'boolean') s.sites.enabled[id] = true;
  return s;
}

function importedPack(entry: unknown): ImportedPack | undefined {
  if (!isObject(entry)) return undefined;
  const { data, file, importedAt } = entry;
  if (data === undefined || typeof file !== 'string' || file.trim() === '' || typeof importedAt !== 'string') return undefined;
  return { data, file, importedAt };
}

function isObject(value: unknown): value is Loose {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function oneOf<T extends string>(value: unknown, allowed: readonly T[]): value is T {
  return typeof value === 'string' && (allowed as readonly string[]).includes(value);
}
