// A person's own settings, as stored in the browser (storage I/O stays in the extension's wiring).
// Pure data and helpers: no DOM, no browser APIs. Settings hold rule ids, switches and site origins,
// never a word of anyone's draft.
//
// The shape is defined once, with TypeBox: SettingsSchema gives the Settings type (Static) and the
// checks migrateSettings() makes on whatever is stored (src/settings/read.ts). Changing it means: bump
// SETTINGS_VERSION, change SettingsSchema, add one migration to src/settings/migrations.ts and one
// fixture to test/settings/fixtures/.
import { Type, type Static, type TBoolean } from '@sinclair/typebox';
import type { Severity } from '../engine/types';
import { BUILTIN_CATEGORIES, ID_PATTERN, Id, Obj, OneOf } from '../packs/format';
import { SITE_IDS, type SiteId } from '../sites';

export const SETTINGS_VERSION = 3 as const;

/** The sites with an adapter of their own come from the site registry (src/sites): one list of sites. */
export { SITE_IDS, type SiteId };

/** The categories of the built-in packs. Packs may add others; a category not listed here is on. */
export { BUILTIN_CATEGORIES };

export const SENSITIVITIES = ['low', 'normal', 'high'] as const;
export type Sensitivity = (typeof SENSITIVITIES)[number];

/** Sensitivity -> the lowest severity still shown (CheckOptions.minSeverity). */
export const SENSITIVITY_MIN_SEVERITY: Readonly<Record<Sensitivity, Severity>> = {
  low: 'high',
  normal: 'warning',
  high: 'info',
};

export const ACCOUNT_TYPES = ['personal', 'professional', 'both'] as const;
export type AccountType = (typeof ACCOUNT_TYPES)[number];

/** A rules pack the person loaded from a file. Validated each time it is used, never trusted as stored. */
export const ImportedPackSchema = Obj('an imported pack', {
  data: Type.Unknown({ description: 'The parsed JSON of the pack file.' }),
  file: Type.String({ pattern: '\\S', description: 'The file name the person chose (shown in problems).' }),
  importedAt: Type.String({ description: 'ISO 8601 date and time of the import.' }),
});
export type ImportedPack = Static<typeof ImportedPackSchema>;


export const SettingsSchema = Obj('the settings', {
  version: Type.Literal(SETTINGS_VERSION),
  categories: Type.Record(Type.String({ pattern: ID_PATTERN.source }), Type.Boolean(), {
    description: 'Category -> on (true) or off (false). A category missing here is on.',
  }),
  disabledRules: Type.Array(Id('Rule id', 'A rule id, like "rudeness.profanity".'), {
    description: 'Rule ids switched off (from the nudge or the options page). Locked rules stay on regardless.',
  }),
  disabledAt: Type.Record(Type.String({ pattern: ID_PATTERN.source }), Type.String(), {
    description: "Rule id -> when the person switched it off (ISO 8601), for the options page's list.",
  }),
  sensitivity: OneOf(SENSITIVITIES, 'How much to show: low = high severity only, normal = warnings and up, high = everything.'),
  sites: Obj('"sites"', {
    enabled: Type.Object(Object.fromEntries(SITE_IDS.map((id) => [id, Type.Boolean()])) as Record<SiteId, TBoolean>, { description: 'Site id -> checked (true) or not (false). A site missing here is checked.' }),
    added: Type.Array(Type.String(), { description: 'Extra origins the person added, such as "https://mastodon.example" (checked with the generic adapter).' }),
  }),
  account: OneOf(ACCOUNT_TYPES, 'Which of their accounts the person posts from; passed to the rules as context.account.'),
  importedPacks: Type.Array(ImportedPackSchema, { description: 'Rules packs the person loaded from files.' }),
  pausedUntil: Type.Optional(Type.Number({ exclusiveMinimum: 0, description: 'Checking is paused until this time (epoch ms).' })),
  pausedSites: Type.Record(Type.String({ pattern: '^[a-z0-9.-]+$' }), Type.Number({ exclusiveMinimum: 0 }), {
    description: 'Hostname -> checking is paused on that site only until this time (epoch ms).',
  }),
});

export type Settings = Static<typeof SettingsSchema>;

function makeDefaults(): Settings {
  return {
    version: SETTINGS_VERSION,
    categories: { 'patient-details': true, rudeness: true, confidentiality: true },
    disabledRules: [],
    disabledAt: {},
    sensitivity: 'normal',
    sites: {
      enabled: Object.fromEntries(SITE_IDS.map((id) => [id, true])) as Record<SiteId, boolean>,
      added: [],
    },
    account: 'both',
    importedPacks: [],
    pausedSites: {},
  };
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}

/** The settings of someone who has changed nothing. Frozen: use defaultSettings() for a copy to change. */
export const DEFAULT_SETTINGS: Readonly<Settings> = deepFreeze(makeDefaults());

/** A fresh, changeable copy of the defaults. */
export function defaultSettings(): Settings {
  return makeDefaults();
}

export function isSiteId(id: unknown): id is SiteId {
  return typeof id === 'string' && (SITE_IDS as readonly string[]).includes(id);
}

/**
 * "mastodon.example", "https://Mastodon.Example/home" -> "https://mastodon.example".
 * Only http and https; no credentials; undefined for anything else.
 */
export function normaliseOrigin(input: unknown): string | undefined {
  if (typeof input !== 'string') return undefined;
  const text = input.trim();
  if (text === '' || text.length > 2048 || /\s/.test(text)) return undefined;
  let url: URL;
  try {
    url = new URL(/^[a-z][a-z0-9+.-]*:/i.test(text) ? text : `https://${text}`);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
  if (url.username || url.password || !url.hostname) return undefined;
  return url.origin;
}

/** The hostname of an origin stored by normaliseOrigin ("https://mastodon.example:8443" -> "mastodon.example"). */
export function originHostname(origin: string): string | undefined {
  try {
    return new URL(origin).hostname;
  } catch {
    return undefined;
  }
}

// --- small, pure edits for the options page and the background ---------------------------------

/** Switch a rule off (off = true, noting when) or back on (off = false). Returns a new object. */
export function withRuleDisabled(settings: Settings, ruleId: string, off = true, now = new Date()): Settings {
  const rest = settings.disabledRules.filter((id) => id !== ruleId);
  const { [ruleId]: _when, ...at } = settings.disabledAt;
  return { ...settings, disabledRules: off ? [...rest, ruleId] : rest, disabledAt: off ? { ...at, [ruleId]: now.toISOString() } : at };
}

/** Pause checking on one site (by hostname) until `until`, or end that pause (until undefined). */
export function withSitePaused(settings: Settings, hostname: string, until: number | undefined): Settings {
  const host = hostname.trim().toLowerCase().replace(/\.$/, '');
  const { [host]: _previous, ...rest } = settings.pausedSites;
  return { ...settings, pausedSites: until === undefined ? rest : { ...rest, [host]: until } };
}

/** When checking on `hostname` is paused until (a pause of that site only), if it is paused now. */
export function sitePausedUntil(settings: Settings, hostname: string, now: number): number | undefined {
  const until = settings.pausedSites[hostname.trim().toLowerCase().replace(/\.$/, '')];
  return until !== undefined && now < until ? until : undefined;
}

/** Adds an origin the person typed; undefined when it is not a usable http(s) origin. */
export function withSiteAdded(settings: Settings, input: string): Settings | undefined {
  const origin = normaliseOrigin(input);
  if (!origin) return undefined;
  if (settings.sites.added.includes(origin)) return settings;
  return { ...settings, sites: { ...settings.sites, added: [...settings.sites.added, origin] } };
}
