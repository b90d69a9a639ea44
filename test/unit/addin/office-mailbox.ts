// An Outlook compose item for tests, built with office-addin-mock (Microsoft's Office.js mock).
// office-addin-mock needs only the OfficeApp enum from office-addin-manifest, whose index pulls in
// ES-module-only packages Jest cannot require: hand it that one file.
jest.mock('office-addin-manifest', () => jest.requireActual<object>('office-addin-manifest/lib/officeApp.js'));
import { OfficeMockObject } from 'office-addin-mock';
import type { OfficeAsyncResult, OfficeHost, SendEventCompletion } from '../../../src/addin/office/types.js';

export interface TestAttachment {
  readonly name: string;
  readonly contentType?: string;
  readonly bytes?: Uint8Array;
  /** "base64" (default), "url" (a cloud link) or "eml". */
  readonly format?: string;
  readonly fail?: boolean;
}

export interface TestDraft {
  readonly subject?: string;
  readonly html?: string;
  readonly text?: string;
  readonly to?: readonly string[];
  readonly attachments?: readonly TestAttachment[];
  readonly language?: string;
  readonly mailbox?: string;
  /** Make this Office call fail. */
  readonly failing?: string;
}

const ok = <T>(value: T): OfficeAsyncResult<T> => ({ status: 'succeeded', value });
const failed = <T>(): OfficeAsyncResult<T> => ({ status: 'failed', value: undefined as T, error: { name: 'GenericResponseError', code: 9020 } });

export function testOffice(draft: TestDraft): OfficeHost {
  const reply = <T>(name: string, value: T, cb: (r: OfficeAsyncResult<T>) => void): void => {
    setTimeout(() => cb(draft.failing === name ? failed<T>() : ok(value)), 0);
  };
  const attachments = draft.attachments ?? [];
  const recipients = (list: readonly string[] = []) => ({ getAsync: (cb: (r: OfficeAsyncResult<unknown>) => void) => reply('recipients', list.map((emailAddress) => ({ emailAddress })), cb) });
  const seed = {
    host: 'outlook',
    context: {
      displayLanguage: draft.language ?? 'sv-SE',
      requirements: { isSetSupported: (name: string, version?: string) => name === 'Mailbox' && Number(version ?? '1.1') <= Number(draft.mailbox ?? '1.15') },
      mailbox: {
        item: {
          subject: { getAsync: (cb: (r: OfficeAsyncResult<string>) => void) => reply('subject', draft.subject ?? '', cb) },
          body: {
            getAsync: (type: string, cb: (r: OfficeAsyncResult<string>) => void) => {
              if (type === 'html' && draft.html === undefined) return reply('body', '', () => cb(failed<string>()));
              reply(type === 'html' ? 'body' : 'text', type === 'html' ? (draft.html ?? '') : (draft.text ?? ''), cb);
            },
          },
          to: recipients(draft.to ?? ['someone@example.com']),
          cc: recipients(),
          bcc: recipients(),
          getAttachmentsAsync: (cb: (r: OfficeAsyncResult<unknown>) => void) =>
            reply('attachments', attachments.map((a, i) => ({ id: `att${i}`, name: a.name, contentType: a.contentType, size: a.bytes?.length ?? 0, attachmentType: 'file' })), cb),
          getAttachmentContentAsync: (id: string, cb: (r: OfficeAsyncResult<unknown>) => void) => {
            const a = attachments[Number(id.slice(3))]!;
            const format = a.format ?? 'base64';
            const content = format === 'base64' ? Buffer.from(a.bytes ?? new Uint8Array()).toString('base64') : format === 'eml' ? Buffer.from(a.bytes ?? new Uint8Array()).toString('utf8') : 'https://example.com/file';
            if (a.fail === true) setTimeout(() => cb(failed()), 0);
            else reply('content', { format, content }, cb);
          },
        },
      },
    },
  };
  return new OfficeMockObject(seed) as unknown as OfficeHost;
}

/** A send event that records every completed() call. */
export function testEvent(): { completed: (o: SendEventCompletion) => void; calls: SendEventCompletion[] } {
  const calls: SendEventCompletion[] = [];
  return { calls, completed: (o) => calls.push(o) };
}
