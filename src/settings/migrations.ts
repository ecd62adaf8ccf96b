// Settings migrations: one per version step, in order, each a pure function from the stored shape of
// version N to the shape of version N + 1. migrateSettings() runs the steps a stored value needs, then
// checks every field of the current version, keeping what is well-formed and using the default for
// the rest. It never throws: whatever is in storage, the person gets working settings.
//
// Adding version 4: add `{ from: 3, to: 4, ... }` to MIGRATIONS, bump SETTINGS_VERSION and change
// SettingsSchema in schema.ts (keeping the old schema here, as versions 1's and 2's are), add
// test/settings/fixtures/v4.json and a test for the step.
import { Type, type Static } from '@sinclair/typebox';
import { Obj } from '../packs/format';
import { readValid } from './read';
import { SETTINGS_VERSION, SettingsSchema, defaultSettings, normaliseOrigin, type Settings, type SiteId } from './schema';

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
export const SettingsV1Schema = Obj('version 1 settings', {
  version: Type.Literal(1),
  off: Type.Optional(Type.Array(Type.String(), { description: 'Rule ids switched off.' })),
  strict: Type.Optional(Type.Boolean({ description: 'true: show everything, including low-severity notes.' })),
  sites: Type.Optional(
    Type.Array(Type.String(), {
      description:
        'The sites switched ON, by version 1\'s ids ("twitter" for X; no Threads, Bluesky or old.reddit yet), ' +
        'plus any extra origins the person had typed ("mastodon.example").',
    }),
  ),
});
export type SettingsV1 = Static<typeof SettingsV1Schema>;

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
  const v1 = readValid(SettingsV1Schema, { ...old, version: 1 }, notes) as Partial<SettingsV1>;
  const out: Loose = { version: 2 };
  if (v1.off) out.disabledRules = v1.off;
  if (v1.strict !== undefined) out.sensitivity = v1.strict ? 'high' : 'normal';
  if (v1.sites) {
    const on = new Set<SiteId>();
    const added: string[] = [];
    for (const entry of v1.sites) {
      const id = V1_SITE_IDS[entry.trim().toLowerCase()];
      if (id) on.add(id);
      else if (entry.includes('.')) added.push(entry);
      else notes.push(`Ignored the site "${entry.slice(0, 60)}" in "sites": not one this version knows.`);
    }
    const enabled: Partial<Record<SiteId, boolean>> = {};
    // Sites version 1 knew are on only if they were listed; sites it didn't know start on,
    // except old.reddit, which follows Reddit (version 1 checked both under "reddit").
    for (const id of Object.values(V1_SITE_IDS)) enabled[id] = on.has(id);
    enabled['old-reddit'] = on.has('reddit');
    out.sites = { enabled, added };
  }
  return out;
}

// --- version 2 -----------------------------------------------------------------------------------

/** The second stored shape (before disabledAt and pausedSites). Kept here as the record of what version 2 was. */
export const SettingsV2Schema = Obj('version 2 settings', {
  version: Type.Literal(2),
  categories: Type.Record(Type.String(), Type.Boolean(), { description: 'Category -> on (true) or off (false).' }),
  disabledRules: Type.Array(Type.String(), { description: 'Rule ids switched off ("Don\'t warn me about this").' }),
  sensitivity: Type.Union([Type.Literal('low'), Type.Literal('normal'), Type.Literal('high')]),
  sites: Obj('"sites"', {
    enabled: Type.Record(Type.String(), Type.Boolean(), { description: 'Site id -> checked (true) or not (false).' }),
    added: Type.Array(Type.String(), { description: 'Extra origins the person added.' }),
  }),
  account: Type.Union([Type.Literal('personal'), Type.Literal('professional'), Type.Literal('both')]),
  importedPacks: Type.Array(Type.Unknown(), { description: 'Rules packs the person loaded from files ({ data, file, importedAt }).' }),
  pausedUntil: Type.Optional(Type.Number({ description: 'Checking is paused until this time (epoch ms).' })),
});
export type SettingsV2 = Static<typeof SettingsV2Schema>;

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

// --- the current version ------------------------------------------------------------------------

const DAY_MS = 24 * 60 * 60 * 1000;
/** The longest pause: checks always come back on by themselves within a week. */
export const MAX_PAUSE_MS = 7 * DAY_MS;

/**
 * A version-2-shaped object -> Settings: what SettingsSchema accepts is kept, field by field and entry
 * by entry; the rest is noted and given its default.
 */
function sanitise(raw: Loose, notes: string[]): Settings {
  const { version: _version, ...fields } = raw;
  const kept = readValid(SettingsSchema, fields, notes) as Partial<Settings>;
  const defaults = defaultSettings();
  const settings: Settings = {
    ...defaults,
    ...kept,
    version: SETTINGS_VERSION,
    categories: { ...defaults.categories, ...kept.categories },
    sites: { enabled: { ...defaults.sites.enabled, ...kept.sites?.enabled }, added: [] },
  };
  if (kept.disabledRules) settings.disabledRules = [...new Set(kept.disabledRules)];
  // A date is kept only for a rule that is switched off, and only when it reads as a date.
  settings.disabledAt = {};
  for (const [id, when] of Object.entries(kept.disabledAt ?? {})) {
    if (!settings.disabledRules.includes(id)) notes.push(`Ignored "disabledAt.${id}": that rule is not switched off.`);
    else if (!Number.isFinite(Date.parse(when))) notes.push(`Ignored "disabledAt.${id}": "${when.slice(0, 40)}" is not a date.`);
    else settings.disabledAt[id] = when;
  }
  settings.pausedSites = { ...kept.pausedSites };
  // Web addresses are kept as origins ("mastodon.example/home" -> "https://mastodon.example"), once each.
  const origins = new Set<string>();
  (kept.sites?.added ?? []).forEach((entry, i) => {
    const origin = normaliseOrigin(entry);
    if (origin) origins.add(origin);
    else notes.push(`Ignored "sites.added[${i}]": "${entry.slice(0, 80)}" is not an http or https web address.`);
  });
  settings.sites.added = [...origins];
  if (settings.pausedUntil !== undefined && settings.pausedUntil > Date.now() + MAX_PAUSE_MS) {
    notes.push(`Ignored "pausedUntil": a pause can last at most ${MAX_PAUSE_MS / DAY_MS} days.`);
    delete settings.pausedUntil;
  }
  return settings;
}

function isObject(value: unknown): value is Loose {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
