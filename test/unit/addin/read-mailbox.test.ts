// The read pane's mailbox side: the raw MIME from getAsFileAsync (an office-addin-mock item),
// the Graph $value fallback with the converted REST id, the move to Deleted Items, the reminder
// list in roaming settings (ids and times only), and storing through the companion's API.
jest.mock('office-addin-manifest', () => jest.requireActual<object>('office-addin-manifest/lib/officeApp.js'));
import { OfficeMockObject } from 'office-addin-mock';
import { moveToDeletedItems, readRawMessage, type ReadMailbox } from '../../../src/addin/office/message-source.js';
import type { OfficeAsyncResult } from '../../../src/addin/office/types.js';
import { addReminder, dismissReminder, listReminders, resolveReminder, ROAMING_DISMISSED_KEY, ROAMING_REMINDERS_KEY } from '../../../src/addin/read/reminders.js';
import { listDestinations, storeMessage } from '../../../src/addin/read/store-message.js';
import { CompanionClient } from '../../../src/addin/companion/companion-client.js';
import { memoryTokenStore } from '../../../src/addin/companion/token-store.js';

const EML = 'From: a@kuvert.test\r\nSubject: =?utf-8?q?h=C3=A4j?=\r\nContent-Type: text/plain\r\n\r\nhej\r\n';

function mailbox(options: { getAsFile?: 'ok' | 'fail' | 'absent' } = {}): ReadMailbox & { converted: string[] } {
  const converted: string[] = [];
  const item: Record<string, unknown> = { itemId: 'AAMk/ews+id=', internetMessageId: '<m1@kuvert.test>', subject: 'häj' };
  if (options.getAsFile !== 'absent') {
    item.getAsFileAsync = (cb: (r: OfficeAsyncResult<string>) => void) =>
      setTimeout(() => cb(options.getAsFile === 'fail'
        ? { status: 'failed', value: '', error: { name: 'GenericResponseError', code: 9020 } }
        : { status: 'succeeded', value: Buffer.from(EML).toString('base64') }), 0);
  }
  const mock = new OfficeMockObject({ host: 'outlook', context: { mailbox: { item, convertToRestId: (id: string, version: string) => { converted.push(`${id}|${version}`); return 'AAMk_rest-id'; } } } }) as unknown as { context: { mailbox: ReadMailbox } };
  return Object.assign(mock.context.mailbox, { converted });
}

function fakeGraph(status = 200) {
  const requests: { url: string; method: string; auth: string | null; body: unknown }[] = [];
  const fetchFn = (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
    const headers = new Headers(init?.headers);
    requests.push({ url: input instanceof Request ? input.url : input.toString(), method: init?.method ?? 'GET', auth: headers.get('Authorization'), body: typeof init?.body === 'string' ? JSON.parse(init.body) : undefined });
    return Promise.resolve(new Response(status === 200 ? EML : JSON.stringify({ error: { code: 'ErrorItemNotFound' } }), { status }));
  };
  return { requests, options: { tokens: { token: (scopes: readonly string[]) => Promise.resolve(`tok:${scopes.join(',')}`) }, baseUrl: 'https://graph.test/v1.0', fetch: fetchFn } };
}

describe('raw MIME', () => {
  test('getAsFileAsync first: the .eml bytes, Graph untouched', async () => {
    const graph = fakeGraph();
    const raw = await readRawMessage(mailbox(), graph.options);
    expect(raw.route).toBe('office');
    expect(Buffer.from(raw.mime).toString()).toBe(EML);
    expect(graph.requests).toEqual([]);
  });

  test.each(['fail', 'absent'] as const)('getAsFileAsync %s: Graph $value with the REST id and Mail.Read', async (mode) => {
    const graph = fakeGraph();
    const box = mailbox({ getAsFile: mode });
    const raw = await readRawMessage(box, graph.options);
    expect(raw.route).toBe('graph');
    expect(Buffer.from(raw.mime).toString()).toBe(EML);
    expect(box.converted).toEqual(['AAMk/ews+id=|v2.0']);
    expect(graph.requests).toEqual([{ url: 'https://graph.test/v1.0/me/messages/AAMk_rest-id/$value', method: 'GET', auth: 'Bearer tok:Mail.Read', body: undefined }]);
  });

  test('neither works: MESSAGE_UNAVAILABLE with Graph\'s code', async () => {
    await expect(readRawMessage(mailbox({ getAsFile: 'fail' }), fakeGraph(404).options)).rejects.toMatchObject({ code: 'MESSAGE_UNAVAILABLE', message: expect.stringContaining('ErrorItemNotFound') as unknown });
    await expect(readRawMessage(mailbox({ getAsFile: 'absent' }), undefined)).rejects.toMatchObject({ code: 'MESSAGE_UNAVAILABLE' });
  });

  test('delete: POST move to deleteditems', async () => {
    const graph = fakeGraph(201);
    await moveToDeletedItems('AAMk_rest-id', graph.options);
    expect(graph.requests).toEqual([{ url: 'https://graph.test/v1.0/me/messages/AAMk_rest-id/move', method: 'POST', auth: 'Bearer tok:Mail.ReadWrite', body: { destinationId: 'deleteditems' } }]);
    await expect(moveToDeletedItems('x', fakeGraph(404).options)).rejects.toMatchObject({ code: 'GRAPH_DELETE_FAILED' });
  });
});

function roaming() {
  const values = new Map<string, unknown>();
  let saves = 0;
  return { values, saves: () => saves, get: (k: string) => values.get(k), set: (k: string, v: unknown) => values.set(k, v), saveAsync: () => { saves++; } };
}

describe('reminders', () => {
  test('ids and received times only, until stored or dismissed with a reason', () => {
    const settings = roaming();
    addReminder(settings, { id: 'id-1', received: '2026-11-24T06:00:00.000Z' });
    addReminder(settings, { id: 'id-2', received: '2026-11-24T06:05:00.000Z' });
    addReminder(settings, { id: 'id-1', received: '2026-11-24T06:00:00.000Z' });
    expect(listReminders(settings).map((r) => r.id)).toEqual(['id-2', 'id-1']);
    expect(JSON.stringify(settings.values.get(ROAMING_REMINDERS_KEY))).toBe('[{"id":"id-2","received":"2026-11-24T06:05:00.000Z"},{"id":"id-1","received":"2026-11-24T06:00:00.000Z"}]');
    resolveReminder(settings, 'id-2');
    expect(listReminders(settings).map((r) => r.id)).toEqual(['id-1']);
    expect(dismissReminder(settings, 'id-1', '   ')).toBe(false);
    expect(listReminders(settings)).toHaveLength(1);
    expect(dismissReminder(settings, 'id-1', 'Dubblett av ärende 12', new Date('2026-11-24T07:00:00Z'))).toBe(true);
    expect(listReminders(settings)).toEqual([]);
    expect(settings.values.get(ROAMING_DISMISSED_KEY)).toEqual([{ id: 'id-1', reason: 'Dubblett av ärende 12', at: '2026-11-24T07:00:00.000Z' }]);
    expect(settings.saves()).toBeGreaterThan(0);
  });

  test('a damaged value reads as an empty list', () => {
    const settings = roaming();
    settings.set(ROAMING_REMINDERS_KEY, [{ id: 5 }, 'x', { id: 'ok', received: 'r', subject: 'leak' }]);
    expect(listReminders(settings)).toEqual([{ id: 'ok', received: 'r' }]);
  });
});

describe('storage through the companion', () => {
  test('destinations and store with message + formats; the receipt is schema-checked', async () => {
    const requests: { path: string; body: unknown }[] = [];
    const fetchFn = (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
      const path = new URL(input instanceof Request ? input.url : input.toString()).pathname;
      const body: unknown = typeof init?.body === 'string' ? JSON.parse(init.body) : undefined;
      requests.push({ path, body });
      const answer = path === '/v1/destinations'
        ? { destinations: [{ name: 'Diariet', formats: ['pdf', 'eml'] }, { name: 'Arkiv' }] }
        : { destination: 'Diariet', path: '/srv/diarium/2026-11-24 m1', files: [{ name: 'message.eml', sha256: 'c'.repeat(64), bytes: 61 }] };
      return Promise.resolve(new Response(JSON.stringify(answer), { status: 200 }));
    };
    const client = new CompanionClient({ baseUrl: 'https://127.0.0.1:47111', tokens: memoryTokenStore('t'), fetch: fetchFn });
    const destinations = await listDestinations(client);
    expect(destinations).toEqual([{ kind: 'folder', name: 'Diariet', formats: ['pdf', 'eml'] }, { kind: 'folder', name: 'Arkiv', formats: ['eml', 'pdf', 'attachments'] }]);
    const receipt = await storeMessage(client, { destination: destinations[0]!, message: new TextEncoder().encode(EML), messageId: '<m1@kuvert.test>', user: 'bob@kuvert.test', formats: ['eml', 'pdf', 'attachments'] });
    expect(receipt.files[0]).toEqual({ name: 'message.eml', sha256: 'c'.repeat(64), bytes: 61 });
    // attachments are not allowed at Diariet: not asked for
    expect(requests[1]).toEqual({ path: '/v1/store', body: { destination: 'Diariet', messageId: '<m1@kuvert.test>', user: 'bob@kuvert.test', message: Buffer.from(EML).toString('base64'), formats: ['eml', 'pdf'] } });
  });
});
