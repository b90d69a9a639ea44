/**
 * The reminder list: messages decrypted but not yet moved to approved storage. Kept in the
 * add-in's Office roaming settings so it follows the user between devices; it holds the item id
 * and the received time only — never a subject, sender or any content. An entry leaves the list
 * when the message is stored, or when the user dismisses it with a reason (the last few
 * dismissals are kept, with their reasons, for the user's own record).
 */
import type { RoamingSettings } from '../office/policy-roaming.js';

export const ROAMING_REMINDERS_KEY = 'kuvertDecryptedNotMoved';
export const ROAMING_DISMISSED_KEY = 'kuvertRemindersDismissed';
const MAX_REMINDERS = 100;
const MAX_DISMISSED = 20;
const MAX_REASON = 200;
const MAX_ID = 512;

export interface Reminder {
  readonly id: string;
  /** ISO 8601, when the message was received. */
  readonly received: string;
}

export interface Dismissal {
  readonly id: string;
  readonly reason: string;
  readonly at: string;
}

function isReminder(value: unknown): value is Reminder {
  return typeof value === 'object' && value !== null && 'id' in value && 'received' in value && typeof value.id === 'string' && typeof value.received === 'string' && value.id.length <= MAX_ID;
}

export function listReminders(settings: RoamingSettings | undefined): Reminder[] {
  const value: unknown = settings?.get(ROAMING_REMINDERS_KEY);
  return Array.isArray(value) ? value.filter(isReminder).map(({ id, received }) => ({ id, received })) : [];
}

function save(settings: RoamingSettings, key: string, value: unknown): void {
  settings.set(key, value);
  settings.saveAsync?.();
}

export function addReminder(settings: RoamingSettings | undefined, reminder: Reminder): void {
  if (settings === undefined || reminder.id.length > MAX_ID) return;
  const others = listReminders(settings).filter((r) => r.id !== reminder.id);
  save(settings, ROAMING_REMINDERS_KEY, [...others, { id: reminder.id, received: reminder.received }].slice(-MAX_REMINDERS));
}

/** The message was stored: it leaves the list. */
export function resolveReminder(settings: RoamingSettings | undefined, id: string): void {
  if (settings === undefined) return;
  const list = listReminders(settings);
  if (list.some((r) => r.id === id)) save(settings, ROAMING_REMINDERS_KEY, list.filter((r) => r.id !== id));
}

/** The user dismissed it without storing: a reason is required. */
export function dismissReminder(settings: RoamingSettings | undefined, id: string, reason: string, now = new Date()): boolean {
  const trimmed = reason.trim().slice(0, MAX_REASON);
  if (settings === undefined || trimmed === '') return false;
  resolveReminder(settings, id);
  const previous: unknown = settings.get(ROAMING_DISMISSED_KEY);
  const kept = Array.isArray(previous) ? (previous as unknown[]).filter((d): d is Dismissal => isReminderLike(d)) : [];
  save(settings, ROAMING_DISMISSED_KEY, [...kept, { id, reason: trimmed, at: now.toISOString() }].slice(-MAX_DISMISSED));
  return true;
}

function isReminderLike(value: unknown): boolean {
  return typeof value === 'object' && value !== null && 'id' in value && 'reason' in value && typeof value.id === 'string' && typeof value.reason === 'string';
}
