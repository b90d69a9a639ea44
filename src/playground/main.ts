/**
 * The playground page: an emulated Outlook compose window (To, Cc, subject, body, attachments, Send)
 * running the real on-send bundle (onsend.js) and the real task pane against a fake Graph.
 */
import { startTaskpane } from '../addin/taskpane/start-taskpane.js';
import type { SendEventCompletion } from '../addin/office/types.js';
import { createEmulatedOffice, type PlaygroundDraft } from './emulated-office.js';
import { startReadMode, type ReadModeConfig } from './read-mode.js';

interface PlaygroundConfig extends ReadModeConfig {
  readonly graphBaseUrl: string;
  readonly language: string;
  readonly user: { emailAddress: string; displayName: string };
  readonly senderCertificate?: string;
  readonly storeCertificates: readonly string[];
  readonly companionUrl?: string | false;
  readonly maxSendMailBytes?: number;
  readonly extractionTimeoutMs?: number;
}

const fromBase64 = (text: string): Uint8Array => Uint8Array.from(atob(text), (c) => c.charCodeAt(0));
const byId = <T extends HTMLElement>(id: string): T => document.getElementById(id) as T;
const list = (value: string): string[] => value.split(/[,;\s]+/).filter((a) => a.includes('@'));

async function main(): Promise<void> {
  const config = (await (await fetch('playground-config.json')).json()) as PlaygroundConfig;
  if (new URLSearchParams(location.search).get('mode') === 'read') return startReadMode(config, byId('compose'), byId('taskpane'));
  const draft: PlaygroundDraft = { to: [], cc: [], subject: '', body: '', attachments: [] };
  const status = byId<HTMLOutputElement>('status');
  const subjectInput = byId<HTMLInputElement>('subject');
  // The emulated Office is made below; until then edits raise no events.
  const events: { raise?: (eventType: string) => void } = {};
  const sync = (): void => {
    const recipientsBefore = [...draft.to, '|', ...draft.cc].join(',');
    draft.to = list(byId<HTMLInputElement>('to').value);
    draft.cc = list(byId<HTMLInputElement>('cc').value);
    if ([...draft.to, '|', ...draft.cc].join(',') !== recipientsBefore) events.raise?.('olkRecipientsChanged');
    draft.subject = subjectInput.value;
    draft.body = byId<HTMLTextAreaElement>('body').value;
  };
  for (const id of ['to', 'cc', 'subject', 'body']) byId(id).addEventListener('input', sync);
  byId<HTMLInputElement>('attach').addEventListener('change', (e) => {
    const files = (e.target as HTMLInputElement).files;
    for (const file of Array.from(files ?? [])) {
      void file.arrayBuffer().then((buffer) => {
        draft.attachments.push({ name: file.name, contentType: file.type || 'application/octet-stream', bytes: new Uint8Array(buffer) });
        byId('attachments').textContent = draft.attachments.map((a) => a.name).join(', ');
        events.raise?.('olkAttachmentsChanged');
      });
    }
  });

  const emulated = createEmulatedOffice(draft, {
    language: config.language,
    user: config.user,
    onClose: () => {
      status.textContent = 'Utkastet stängdes (skickat säkert).';
      byId('compose').setAttribute('data-closed', 'true');
    },
    onSubject: (subject) => {
      subjectInput.value = subject;
    },
  });
  events.raise = (eventType) => emulated.raise(eventType);
  (window as unknown as { Office: unknown }).Office = emulated;
  await new Promise<void>((resolve, reject) => {
    const script = document.createElement('script');
    script.src = 'onsend.js';
    script.onload = () => resolve();
    script.onerror = () => reject(new Error('onsend.js did not load'));
    document.head.append(script);
  });

  let paneOpen = false;
  const openPane = (): void => {
    if (paneOpen) return;
    paneOpen = true;
    startTaskpane(byId('taskpane'), emulated, {
      graphBaseUrl: config.graphBaseUrl,
      tokens: { token: () => Promise.resolve('playground-token') },
      ...(config.senderCertificate === undefined ? {} : { senderCertificate: fromBase64(config.senderCertificate) }),
      storeCertificates: config.storeCertificates.map(fromBase64),
      companionUrl: config.companionUrl ?? false,
      ...(config.maxSendMailBytes === undefined ? {} : { maxSendMailBytes: config.maxSendMailBytes }),
      ...(config.extractionTimeoutMs === undefined ? {} : { extractionTimeoutMs: config.extractionTimeoutMs }),
    });
  };
  byId('open-kuvert').addEventListener('click', openPane);

  const alert = byId<HTMLDivElement>('smart-alert');
  byId('send').addEventListener('click', () => {
    sync();
    status.textContent = 'Kontrollerar …';
    const handler = emulated.handlers.get('onMessageSendHandler');
    if (handler === undefined) throw new Error('the on-send handler is not registered');
    void handler({
      completed: (options: SendEventCompletion) => {
        if (options.allowEvent) {
          status.textContent = 'Skickat.';
          byId('compose').setAttribute('data-sent', 'plain');
          return;
        }
        status.textContent = 'Stoppat.';
        byId('smart-alert-message').textContent = options.errorMessage ?? '';
        const action = byId<HTMLButtonElement>('smart-alert-action');
        action.hidden = options.cancelLabel === undefined;
        action.textContent = options.cancelLabel ?? '';
        alert.hidden = false;
        action.focus();
      },
    });
  });
  byId('smart-alert-action').addEventListener('click', () => {
    alert.hidden = true;
    openPane();
  });
  byId('smart-alert-close').addEventListener('click', () => {
    alert.hidden = true;
  });
}

void main();
