/**
 * An in-browser Outlook for the playground and e2e: the Office.js calls Kuvert uses (Mailbox 1.15
 * shapes), backed by a draft the page edits. Not a general Office.js emulation.
 */
import type { OfficeAsyncResult, OfficeAttachmentContent, OfficeAttachmentDetails, OfficeCallback, OfficeEmailAddress, SendEvent } from '../addin/office/types.js';

export interface PlaygroundAttachment {
  readonly name: string;
  readonly contentType: string;
  readonly bytes: Uint8Array;
}

export interface PlaygroundDraft {
  to: string[];
  cc: string[];
  subject: string;
  body: string;
  attachments: PlaygroundAttachment[];
}

export interface EmulatedDialog {
  close(): void;
  addEventHandler(eventType: string, handler: (arg: { error?: number; message?: string }) => void): void;
}

export interface EmulatedOffice {
  readonly context: {
    readonly displayLanguage: string;
    readonly requirements: { isSetSupported(name: string, version?: string): boolean };
    readonly mailbox: { readonly item: ReturnType<typeof composeItem>; readonly userProfile: { emailAddress: string; displayName: string } };
    /** DialogApi: the dialog is a popup window; closing it raises DialogEventReceived (12006). */
    /** In memory, like an add-in's roaming settings for this page's life. */
    readonly roamingSettings: { get(name: string): unknown; set(name: string, value: unknown): void; saveAsync(callback?: OfficeCallback<void>): void };
    readonly ui: { displayDialogAsync(url: string, options: { height?: number; width?: number }, callback: OfficeCallback<EmulatedDialog>): void };
  };
  /** Raises an item event (Office.EventType value) to handlers added with addHandlerAsync. */
  raise(eventType: string): void;
  readonly actions: { associate(name: string, handler: (event: SendEvent) => unknown): void };
  onReady(callback: () => void): Promise<void>;
  /** Handlers the on-send bundle associated, by FunctionName. */
  readonly handlers: Map<string, (event: SendEvent) => unknown>;
}

const later = <T>(callback: OfficeCallback<T>, value: T): void => {
  const result: OfficeAsyncResult<T> = { status: 'succeeded', value };
  setTimeout(() => callback(result), 0);
};

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

const escapeHtml = (text: string): string => text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

function composeItem(draft: PlaygroundDraft, onClose: () => void, onSubject: (subject: string) => void, itemHandlers: Map<string, (args: unknown) => void>) {
  const recipients = (list: () => string[]) => ({
    getAsync: (cb: OfficeCallback<OfficeEmailAddress[]>) => later(cb, list().map((emailAddress) => ({ emailAddress, displayName: emailAddress }))),
  });
  return {
    subject: {
      getAsync: (cb: OfficeCallback<string>) => later(cb, draft.subject),
      setAsync: (subject: string, cb: OfficeCallback<void>) => {
        draft.subject = subject;
        onSubject(subject);
        later(cb, undefined);
      },
    },
    body: {
      getAsync: (type: string, cb: OfficeCallback<string>) =>
        later(cb, type === 'html' ? `<html><body>${draft.body.split('\n').map((line) => `<p>${escapeHtml(line)}</p>`).join('')}</body></html>` : draft.body),
    },
    to: recipients(() => draft.to),
    cc: recipients(() => draft.cc),
    bcc: recipients(() => []),
    getAttachmentsAsync: (cb: OfficeCallback<OfficeAttachmentDetails[]>) =>
      later(cb, draft.attachments.map((a, i) => ({ id: `att-${i}`, name: a.name, contentType: a.contentType, size: a.bytes.length, isInline: false, attachmentType: 'file' }))),
    getAttachmentContentAsync: (id: string, cb: OfficeCallback<OfficeAttachmentContent>) => {
      const attachment = draft.attachments[Number(id.slice(4))];
      if (attachment === undefined) setTimeout(() => cb({ status: 'failed', value: { format: 'base64', content: '' }, error: { name: 'InvalidAttachmentId' } }), 0);
      else later(cb, { format: 'base64', content: toBase64(attachment.bytes) });
    },
    close: onClose,
    /** Mailbox 1.7: RecipientsChanged / AttachmentsChanged ('olkRecipientsChanged', 'olkAttachmentsChanged'). */
    addHandlerAsync: (eventType: string, handler: (args: unknown) => void, cb?: OfficeCallback<void>) => {
      const known = eventType === 'olkRecipientsChanged' || eventType === 'olkAttachmentsChanged';
      if (known) itemHandlers.set(eventType, handler);
      if (cb) setTimeout(() => cb(known ? { status: 'succeeded', value: undefined } : { status: 'failed', value: undefined, error: { name: 'InvalidEventType', code: 12001 } }), 0);
    },
    removeHandlerAsync: (eventType: string, cb?: OfficeCallback<void>) => {
      itemHandlers.delete(eventType);
      if (cb) later(cb, undefined);
    },
  };
}

export function displayDialogAsync(url: string, options: { height?: number; width?: number }, callback: OfficeCallback<EmulatedDialog>): void {
  const width = Math.round((screen.availWidth * (options.width ?? 30)) / 100);
  const height = Math.round((screen.availHeight * (options.height ?? 45)) / 100);
  const popup = window.open(url, 'kuvert-dialog', `popup,width=${width},height=${height}`);
  if (popup === null) {
    setTimeout(() => callback({ status: 'failed', value: undefined as unknown as EmulatedDialog, error: { name: 'DialogBlocked', code: 12009 } }), 0);
    return;
  }
  const handlers: ((arg: { error?: number }) => void)[] = [];
  let closedByCode = false;
  const watch = setInterval(() => {
    if (!popup.closed) return;
    clearInterval(watch);
    if (!closedByCode) for (const handler of handlers) handler({ error: 12006 });
  }, 250);
  later(callback, {
    close: () => {
      closedByCode = true;
      popup.close();
    },
    addEventHandler: (eventType, handler) => {
      if (eventType === 'dialogEventReceived') handlers.push(handler);
    },
  });
}

/** "1.7" ≤ "1.15": requirement-set versions compare part by part, not as decimals. */
export function versionAtMost(version: string, max: string): boolean {
  const a = version.split('.').map(Number);
  const b = max.split('.').map(Number);
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const x = a[i] ?? 0;
    const y = b[i] ?? 0;
    if (x !== y) return x < y;
  }
  return true;
}

export function createEmulatedOffice(draft: PlaygroundDraft, options: { language: string; user: { emailAddress: string; displayName: string }; onClose: () => void; onSubject: (subject: string) => void }): EmulatedOffice {
  const handlers = new Map<string, (event: SendEvent) => unknown>();
  const itemHandlers = new Map<string, (args: unknown) => void>();
  const roaming = new Map<string, unknown>();
  const supported: Record<string, string> = { Mailbox: '1.15', DialogApi: '1.2' };
  return {
    context: {
      displayLanguage: options.language,
      requirements: { isSetSupported: (name, version) => supported[name] !== undefined && versionAtMost(version ?? '1.1', supported[name]) },
      mailbox: { item: composeItem(draft, options.onClose, options.onSubject, itemHandlers), userProfile: options.user },
      ui: { displayDialogAsync },
      roamingSettings: {
        get: (name) => roaming.get(name),
        set: (name, value) => void roaming.set(name, JSON.parse(JSON.stringify(value)) as unknown),
        saveAsync: (cb) => {
          if (cb) later(cb, undefined);
        },
      },
    },
    raise: (eventType) => {
      const handler = itemHandlers.get(eventType);
      if (handler) setTimeout(() => handler({ type: eventType }), 0);
    },
    actions: { associate: (name, handler) => void handlers.set(name, handler) },
    onReady: (callback) => Promise.resolve().then(callback),
    handlers,
  };
}
