/**
 * Change events of the compose item: Office.EventType.RecipientsChanged and AttachmentsChanged
 * (Mailbox 1.7, compose) through item.addHandlerAsync, so the task pane reacts at once. Outlook has
 * no subject- or body-changed event, so those are still polled (use-live-verdict.ts).
 */
import type { OfficeCallback } from './types.js';

/** The string values of Office.EventType.RecipientsChanged / AttachmentsChanged. */
export const RECIPIENTS_CHANGED = 'olkRecipientsChanged';
export const ATTACHMENTS_CHANGED = 'olkAttachmentsChanged';
export const ITEM_EVENTS_MIN_VERSION = '1.7';

export interface EventfulItem {
  addHandlerAsync?(eventType: string, handler: (args: unknown) => void, callback?: OfficeCallback<void>): void;
  removeHandlerAsync?(eventType: string, callback?: OfficeCallback<void>): void;
}

export interface Requirements {
  isSetSupported(name: string, minVersion?: string): boolean;
}

/**
 * Calls `onChange` when recipients or attachments change; returns what unregisters. Does nothing
 * (and returns a no-op) when the host lacks Mailbox 1.7 or addHandlerAsync: polling covers it.
 */
export function watchItemChanges(item: EventfulItem, requirements: Requirements | undefined, onChange: (kind: 'recipients' | 'attachments') => void): () => void {
  if (requirements?.isSetSupported('Mailbox', ITEM_EVENTS_MIN_VERSION) !== true || typeof item.addHandlerAsync !== 'function') return () => undefined;
  const registered: string[] = [];
  for (const [eventType, kind] of [[RECIPIENTS_CHANGED, 'recipients'], [ATTACHMENTS_CHANGED, 'attachments']] as const) {
    try {
      item.addHandlerAsync(eventType, () => onChange(kind), (result) => {
        if (result.status === 'succeeded') registered.push(eventType);
      });
    } catch {
      // an older host: polling covers it
    }
  }
  return () => {
    for (const eventType of registered.splice(0)) {
      try {
        item.removeHandlerAsync?.(eventType);
      } catch {
        // the item is gone
      }
    }
  };
}
