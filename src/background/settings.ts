// THE SEAM for personal settings and trust packs (a later issue): everything the engine runs with comes
// from loadEngineSettings(). Today: the built-in NHS packs and the rule ids switched off with
// "Don't warn me about this" (storage 'local:disabledRules': rule ids only, never text).
import { storage } from 'wxt/utils/storage';
import { BUILTIN_PACK_FILES } from '../packs/builtin';
import type { EngineSettings } from './engine-host';

export const DISABLED_RULES_KEY = 'local:disabledRules' as const;

export const disabledRules = storage.defineItem<string[]>(DISABLED_RULES_KEY, { fallback: [] });

export async function loadEngineSettings(): Promise<EngineSettings> {
  const disabled = await disabledRules.getValue().catch(() => [] as string[]);
  return {
    packs: BUILTIN_PACK_FILES,
    // Later: ...trust packs from storage 'managed:', then a personal import.
    disabledRules: Array.isArray(disabled) ? disabled.filter((id) => typeof id === 'string') : [],
  };
}

/** "Don't warn me about this": append the rule id (once). */
export async function addDisabledRule(ruleId: string): Promise<void> {
  const current = await disabledRules.getValue();
  if (!current.includes(ruleId)) await disabledRules.setValue([...current, ruleId]);
}
