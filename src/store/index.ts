// Browser storage for the extension pages (background, options, popup). The shapes and every rule
// about them live in src/settings (pure); this file only reads and writes them.
//
// What is stored, all in storage.local and never a word of any draft:
//   settings      the person's settings (switches, rule ids, web addresses, imported packs)
//   refresh       the trust's pack as last fetched from its refresh URL
//   reconsidered  how many posts the person went back to edit, per day (numbers only)
//   policyCopy    the trust's policy as last read from storage.managed (see readManagedQuickly)
//   wrongWarnings "this warning is wrong": rule id, site hostname and time (never the draft), for the
//                 person to review and send to their information governance team if they choose
//   language      the language chosen (src/store/language.ts)
// The trust's policy is read from storage.managed (read-only, set by enterprise policy).
import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { BUILTIN_PACK_FILES, trustBuiltinPatterns } from '../packs/builtin';
import { loadRegexSafety } from '../packs/regex-safety';
import { changesConfig, MANAGED_COPY_KEY, RECONSIDERED_KEY, REFRESH_KEY, SETTINGS_KEY, WRONG_WARNINGS_KEY } from './keys';
import { addWrongWarning, loadConfig, migrateSettings, wrongWarnings, type LoadedConfig, type RefreshState, type Settings, type WrongWarning } from '../settings';

trustBuiltinPatterns();

const settingsItem = storage.defineItem<unknown>(`local:${SETTINGS_KEY}`);
const refreshItem = storage.defineItem<RefreshState>(`local:${REFRESH_KEY}`);
const reconsideredItem = storage.defineItem<Record<string, number>>(`local:${RECONSIDERED_KEY}`, { fallback: {} });

/** The person's settings, migrated to the current version. Never throws. */
export async function readSettings(): Promise<Settings> {
  return migrateSettings(await settingsItem.getValue().catch(() => undefined));
}

export async function writeSettings(settings: Settings): Promise<void> {
  await settingsItem.setValue(settings);
}

/** Read, change and write the settings in one step. */
export async function updateSettings(change: (settings: Settings) => Settings): Promise<Settings> {
  const next = change(await readSettings());
  await writeSettings(next);
  return next;
}

export async function resetSettings(): Promise<void> {
  await settingsItem.removeValue();
}

/** The trust's policy as the browser has it; {} without one (Firefox rejects when there is none). */
export async function readManaged(): Promise<unknown> {
  try {
    return (await browser.storage.managed.get()) ?? {};
  } catch {
    return {};
  }
}

export async function readRefresh(): Promise<RefreshState | undefined> {
  return (await refreshItem.getValue().catch(() => null)) ?? undefined;
}

export async function writeRefresh(state: RefreshState): Promise<void> {
  await refreshItem.setValue(state);
}

/** Everything the engine and the options page need, from storage; with `settings`, as if those were stored. */
export async function loadStoredConfig(settings?: Settings): Promise<LoadedConfig> {
  const [managed, stored, refresh] = await Promise.all([
    readManagedQuickly(),
    settings ?? settingsItem.getValue().catch(() => undefined),
    readRefresh(),
  ]);
  if (hasPacksFromOutside(managed, stored, refresh)) await loadRegexSafety();
  return loadConfig({ builtinFiles: BUILTIN_PACK_FILES, managed, stored, ...(refresh ? { refresh } : {}) });
}

/** A trust's pack, the refresh URL's or a person's import: their patterns need the slow-matching analysis. */
function hasPacksFromOutside(managed: unknown, stored: unknown, refresh: RefreshState | undefined): boolean {
  const listed = (value: unknown, key: string) => {
    const list = typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined;
    return Array.isArray(list) && list.length > 0;
  };
  return listed(managed, 'packs') || listed(stored, 'importedPacks') || refresh?.lastGood !== undefined;
}

// Chromium loads its policies a few seconds after it starts. Until then storage.managed may answer
// late, or answer {} and not say when the policy arrives. Checking must not wait, so:
// - a copy of the policy as last seen is kept in local storage and used when the real one is slow;
// - after the background starts, the policy is read again a few times (recheckManagedAfterStart).
// When a read differs from the copy, the copy is updated, which reloads the config everywhere (watchConfig).
const MANAGED_WAIT_MS = 300;
const RECHECK_AFTER_START_MS = [1_000, 3_000, 6_000, 10_000, 20_000, 40_000];
const managedCopyItem = storage.defineItem<unknown>(`local:${MANAGED_COPY_KEY}`);

/** Reads the policy and updates the copy if it changed. */
async function readManagedAndKeepCopy(copy: Promise<unknown>): Promise<unknown> {
  const managed = await readManaged();
  const previous = (await copy) ?? {};
  if (JSON.stringify(previous) !== JSON.stringify(managed)) await managedCopyItem.setValue(managed).catch(() => undefined);
  return managed;
}

async function readManagedQuickly(): Promise<unknown> {
  const copy = managedCopyItem.getValue().catch(() => null);
  const slow = new Promise<unknown>((resolve) => setTimeout(() => void copy.then((c) => resolve(c ?? {})), MANAGED_WAIT_MS));
  return Promise.race([readManagedAndKeepCopy(copy), slow]);
}

/** For the background, once at start: read the policy again while the browser may still be loading it. */
export function recheckManagedAfterStart(): void {
  for (const ms of RECHECK_AFTER_START_MS) {
    setTimeout(() => void readManagedAndKeepCopy(managedCopyItem.getValue().catch(() => null)).catch(() => undefined), ms);
  }
}

/** Calls `listener` whenever the settings, the refreshed pack or the trust's policy change. */
export function watchConfig(listener: () => void): () => void {
  const onChanged = (changes: Record<string, unknown>, area: string) => {
    if (changesConfig(changes, area)) listener();
  };
  browser.storage.onChanged.addListener(onChanged);
  return () => browser.storage.onChanged.removeListener(onChanged);
}

// --- "reconsidered" counts: one number per local day, the last 7 days only -----------------------

const DAYS_KEPT = 7;

function dayKey(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

function lastDays(now: Date): string[] {
  return Array.from({ length: DAYS_KEPT }, (_, i) => dayKey(new Date(now.getFullYear(), now.getMonth(), now.getDate() - i)));
}

/** Someone went back to edit a post after a nudge: count it (a number for today, nothing else). */
export async function countReconsidered(now = new Date()): Promise<void> {
  const counts = await reconsideredItem.getValue().catch(() => ({}) as Record<string, number>);
  const keep = lastDays(now);
  const next: Record<string, number> = {};
  for (const day of keep) {
    const n = counts[day];
    if (typeof n === 'number' && Number.isFinite(n) && n > 0) next[day] = n;
  }
  next[keep[0]!] = (next[keep[0]!] ?? 0) + 1;
  await reconsideredItem.setValue(next);
}

/** Posts reconsidered in the last 7 days, today included. */
export async function reconsideredThisWeek(now = new Date()): Promise<number> {
  const counts = await reconsideredItem.getValue().catch(() => ({}) as Record<string, number>);
  return lastDays(now).reduce((sum, day) => sum + (typeof counts[day] === 'number' ? counts[day]! : 0), 0);
}

// --- "this warning is wrong": rule ids and sites, kept here until the person clears them ---------

const wrongItem = storage.defineItem<unknown>(`local:${WRONG_WARNINGS_KEY}`, { fallback: [] });

export async function readWrongWarnings(): Promise<WrongWarning[]> {
  return wrongWarnings(await wrongItem.getValue().catch(() => []));
}

export async function recordWrongWarning(ruleId: string, site: string, now = new Date()): Promise<void> {
  await wrongItem.setValue(addWrongWarning(await readWrongWarnings(), ruleId, site, now));
}

export async function clearWrongWarnings(): Promise<void> {
  await wrongItem.setValue([]);
}

/** Calls `listener` when the list changes. */
export function watchWrongWarnings(listener: () => void): () => void {
  const onChanged = (changes: Record<string, unknown>, area: string) => {
    if (area === 'local' && WRONG_WARNINGS_KEY in changes) listener();
  };
  browser.storage.onChanged.addListener(onChanged);
  return () => browser.storage.onChanged.removeListener(onChanged);
}
