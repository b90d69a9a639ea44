/**
 * The organisation policy for the on-send handler. The on-send bundle runs alone (classic
 * Outlook's JavaScript-only runtime) and cannot reach the companion or carry the JSON Schema
 * validator, so the task pane — which loads the policy from the companion or policy.json and
 * validates it with core/policy — keeps the validated policy in the add-in's roaming settings,
 * and the on-send handler reads it there. Roaming settings are private to this add-in in this
 * mailbox (32 KB in all); a policy too large for them stays out and the on-send handler uses the
 * bundled default. The handler checks the stored value's shape again before using it, so a
 * damaged value falls back to the default and never weakens the failure action.
 */
import { ACTIONS, type Policy } from '../../core/policy/types.js';
import type { OfficeCallback } from './types.js';

export const ROAMING_POLICY_KEY = 'kuvertPolicy';
/** Roaming settings hold 32 KB per add-in; leave room for others. */
export const MAX_ROAMING_POLICY_CHARS = 24_000;

export interface RoamingSettings {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  saveAsync?(callback?: OfficeCallback<void>): void;
}

interface StoredPolicy {
  readonly text: string;
  readonly source: string;
}

/** Stores a validated organisation policy; returns what happened (for logs and tests). */
export function savePolicyForOnSend(settings: RoamingSettings | undefined, policy: Policy, source: string): 'saved' | 'unchanged' | 'too-large' | 'unavailable' {
  if (settings === undefined) return 'unavailable';
  const text = JSON.stringify(policy);
  if (text.length > MAX_ROAMING_POLICY_CHARS) return 'too-large';
  const current = settings.get(ROAMING_POLICY_KEY) as Partial<StoredPolicy> | undefined;
  if (current?.text === text) return 'unchanged';
  try {
    settings.set(ROAMING_POLICY_KEY, { text, source } satisfies StoredPolicy);
    settings.saveAsync?.();
    return 'saved';
  } catch {
    return 'unavailable';
  }
}

const isAction = (value: unknown): boolean => typeof value === 'string' && (ACTIONS as readonly string[]).includes(value);
const isRule = (value: unknown): boolean => {
  const rule = value as { action?: unknown; minConfidence?: unknown; internalAction?: unknown } | null;
  return typeof rule === 'object' && rule !== null && isAction(rule.action) && typeof rule.minConfidence === 'number' && (rule.internalAction === undefined || isAction(rule.internalAction));
};
const isStringArray = (value: unknown): boolean => Array.isArray(value) && value.every((v) => typeof v === 'string');

const isException = (value: unknown): boolean => {
  const e = value as { keywords?: unknown; ignore?: unknown } | null;
  return typeof e === 'object' && e !== null && isStringArray(e.keywords) && isStringArray(e.ignore);
};

/** The shape evaluate() relies on; the task pane has already run the full schema check. */
export function looksLikePolicy(value: unknown): value is Policy {
  const p = value as Partial<Record<keyof Policy, unknown>> | null;
  if (typeof p !== 'object' || p === null || p.version !== 1) return false;
  const rules = p.rules as Record<string, unknown> | null;
  if (typeof rules !== 'object' || rules === null || !Object.values(rules).every(isRule)) return false;
  const subject = p.subject as { forbidden?: unknown; minConfidence?: unknown } | null;
  return isRule(p.defaultRule) && isAction(p.onClassificationFailure) && typeof subject === 'object' && subject !== null
    && isStringArray(subject.forbidden) && typeof subject.minConfidence === 'number' && Array.isArray(p.exceptions) && p.exceptions.every(isException) && isStringArray(p.internalDomains);
}

/** The stored organisation policy, or `fallback` when there is none or it is damaged. */
export function policyFromRoaming(settings: RoamingSettings | undefined, fallback: Policy): Policy {
  try {
    const stored = settings?.get(ROAMING_POLICY_KEY) as Partial<StoredPolicy> | undefined;
    if (typeof stored?.text !== 'string') return fallback;
    const parsed: unknown = JSON.parse(stored.text);
    return looksLikePolicy(parsed) ? parsed : fallback;
  } catch {
    return fallback;
  }
}
