// The add-in's companion client and item-change events, with a scripted fetch (the companion's
// real HTTPS behaviour is covered by test/e2e/addin-companion.test.ts): responses that do not
// match the protocol are refused, NOT_PAIRED forgets the token, a PIN page off the companion's
// origin is never opened, and RecipientsChanged/AttachmentsChanged are registered when Mailbox 1.7 allows.
import { cardLogin } from '../../../src/addin/companion/card-signer.js';
import { CompanionClient } from '../../../src/addin/companion/companion-client.js';
import { memoryTokenStore } from '../../../src/addin/companion/token-store.js';
import { watchItemChanges } from '../../../src/addin/office/item-events.js';
import { readComposeDraft } from '../../../src/addin/office/read-draft.js';
import type { AttachmentInput } from '../../../src/core/classify/index.js';
import { createEmulatedOffice, versionAtMost } from '../../../src/playground/emulated-office.js';
import type { OfficeCallback } from '../../../src/addin/office/types.js';

const json = (status: number, body: unknown): Response => new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
const pin = { protectedAuthenticationPath: false, loginRequired: true, countLow: false, finalTry: false, locked: false, toBeChanged: false };

function client(answers: Response[], token: string | undefined = 'paired-token-0123456789') {
  const calls: { url: string; init: RequestInit | undefined }[] = [];
  const fetch = jest.fn((url: string, init?: RequestInit) => {
    calls.push({ url, init });
    const next = answers.shift();
    return next ? Promise.resolve(next) : Promise.reject(new TypeError('Failed to fetch'));
  });
  const tokens = memoryTokenStore(token);
  return { calls, tokens, companion: new CompanionClient({ baseUrl: 'https://127.0.0.1:47111', tokens, fetch: fetch as unknown as typeof globalThis.fetch }) };
}

describe('companion client', () => {
  it('sends the bearer token and returns a schema-checked status', async () => {
    const { companion, calls } = client([json(200, { version: '1', protocol: 1, tokens: [] })]);
    await expect(companion.status()).resolves.toEqual({ version: '1', protocol: 1, tokens: [] });
    expect((calls[0]?.init?.headers as Record<string, string>)['Authorization']).toBe('Bearer paired-token-0123456789');
    expect(calls[0]?.init?.credentials).toBe('omit');
  });

  it('refuses an answer off the protocol (unknown field)', async () => {
    const { companion } = client([json(200, { version: '1', protocol: 1, tokens: [], extra: true })]);
    await expect(companion.status()).rejects.toMatchObject({ code: 'COMPANION_BAD_RESPONSE' });
  });

  it('forgets the token on NOT_PAIRED, and asks for pairing without calling when there is none', async () => {
    const { companion, tokens } = client([json(401, { code: 'NOT_PAIRED', message: 'pair first' })]);
    await expect(companion.keys()).rejects.toMatchObject({ code: 'COMPANION_NOT_PAIRED' });
    expect(tokens.get()).toBeUndefined();
    await expect(companion.keys()).rejects.toMatchObject({ code: 'COMPANION_NOT_PAIRED' });
  });

  it('pairs: the confirmed token is stored; the code itself never comes from the companion', async () => {
    const { companion, tokens, calls } = client([json(200, { pairingId: 'p1', expiresInSeconds: 120 }), json(200, { token: 'new-token-abcdefghijklmnop' })], undefined);
    const { pairingId } = await companion.startPairing();
    await companion.confirmPairing(pairingId, '123456');
    expect(tokens.get()).toBe('new-token-abcdefghijklmnop');
    expect(JSON.parse(calls[1]?.init?.body as string)).toEqual({ pairingId: 'p1', code: '123456' });
  });

  it('reports an unreachable companion', async () => {
    const { companion } = client([]);
    await expect(companion.status()).rejects.toMatchObject({ code: 'COMPANION_UNREACHABLE' });
  });

  it('treats a missing /v1/policy (404 NOT_FOUND) as no policy', async () => {
    const { companion } = client([json(404, { code: 'NOT_FOUND', message: 'none' })]);
    await expect(companion.policy()).resolves.toBeUndefined();
  });

  it('security: never opens a PIN page that is not on the companion, and closes that session', async () => {
    const { companion, calls } = client([
      json(200, { sessionId: 's1', state: 'pin-needed', pinPageUrl: 'https://evil.example/pin/x', pin }),
      json(200, { sessionId: 's1', state: 'closed', pin }),
    ]);
    const displayDialogAsync = jest.fn();
    await expect(cardLogin(companion, { context: { ui: { displayDialogAsync } } }, '0:01', 'sign')).rejects.toMatchObject({ code: 'COMPANION_BAD_RESPONSE' });
    expect(displayDialogAsync).not.toHaveBeenCalled();
    expect(calls.at(-1)?.url).toBe('https://127.0.0.1:47111/v1/sessions/s1/close');
  });

  it('a PIN dialog the user closes ends the login with CARD_LOGIN_FAILED and closes the session', async () => {
    const pending = json(200, { sessionId: 's2', state: 'pin-needed', pinPageUrl: 'https://127.0.0.1:47111/pin/abc', pin });
    const { companion, calls } = client([pending, json(200, { sessionId: 's2', state: 'pin-needed', pinPageUrl: 'https://127.0.0.1:47111/pin/abc', pin }), json(200, { sessionId: 's2', state: 'closed', pin })]);
    const office = {
      context: {
        ui: {
          displayDialogAsync: (_url: string, _o: unknown, cb: OfficeCallback<{ close(): void; addEventHandler(t: string, h: (a: { error?: number }) => void): void }>) =>
            cb({ status: 'succeeded', value: { close: jest.fn(), addEventHandler: (_t, handler) => setTimeout(() => handler({ error: 12006 }), 0) } }),
        },
      },
    };
    await expect(cardLogin(companion, office, '0:01', 'sign', { pollMs: 5 })).rejects.toMatchObject({ code: 'CARD_LOGIN_FAILED', companionCode: 'DIALOG_CLOSED' });
    expect(calls.at(-1)?.url).toBe('https://127.0.0.1:47111/v1/sessions/s2/close');
  });
});

describe('item change events', () => {
  const item = () => {
    const handlers = new Map<string, (args: unknown) => void>();
    return {
      handlers,
      addHandlerAsync: jest.fn((type: string, handler: (args: unknown) => void, cb?: OfficeCallback<void>) => {
        handlers.set(type, handler);
        cb?.({ status: 'succeeded', value: undefined });
      }),
      removeHandlerAsync: jest.fn((type: string) => void handlers.delete(type)),
    };
  };

  it('registers RecipientsChanged and AttachmentsChanged on Mailbox 1.7 and unregisters them', () => {
    const target = item();
    const changes: string[] = [];
    const stop = watchItemChanges(target, { isSetSupported: (name, v) => name === 'Mailbox' && versionAtMost(v ?? '1.1', '1.15') }, (kind) => changes.push(kind));
    target.handlers.get('olkRecipientsChanged')?.({});
    target.handlers.get('olkAttachmentsChanged')?.({});
    expect(changes).toEqual(['recipients', 'attachments']);
    stop();
    expect(target.handlers.size).toBe(0);
  });

  it('the playground\'s emulated Outlook raises them through addHandlerAsync, until unregistered', async () => {
    const office = createEmulatedOffice({ to: [], cc: [], subject: '', body: '', attachments: [] }, { language: 'sv-SE', user: { emailAddress: 'me@kuvert.test', displayName: 'Me' }, onClose: () => undefined, onSubject: () => undefined });
    const changes: string[] = [];
    const settle = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 5));
    const stop = watchItemChanges(office.context.mailbox.item, office.context.requirements, (kind) => changes.push(kind));
    await settle();
    office.raise('olkRecipientsChanged');
    office.raise('olkAttachmentsChanged');
    await settle();
    expect(changes).toEqual(['recipients', 'attachments']);
    stop();
    office.raise('olkRecipientsChanged');
    await settle();
    expect(changes).toHaveLength(2);
  });

  it('polling with the attachment cache reads each attachment once, and drops removed ones', async () => {
    const draft = { to: ['a@kuvert.test'], cc: [], subject: 'S', body: 'B', attachments: [{ name: 'a.txt', contentType: 'text/plain', bytes: new TextEncoder().encode('hej') }] };
    const office = createEmulatedOffice(draft, { language: 'sv-SE', user: { emailAddress: 'me@kuvert.test', displayName: 'Me' }, onClose: () => undefined, onSubject: () => undefined });
    const item = office.context.mailbox.item;
    const read = jest.spyOn(item, 'getAttachmentContentAsync');
    const cache = new Map<string, AttachmentInput>();
    await readComposeDraft(item, { maxAttachmentBytes: 1024, attachmentCache: cache });
    draft.subject = 'Changed';
    const again = await readComposeDraft(item, { maxAttachmentBytes: 1024, attachmentCache: cache });
    expect(again.subject).toBe('Changed');
    expect(new TextDecoder().decode(again.attachments?.[0]?.bytes)).toBe('hej');
    expect(read).toHaveBeenCalledTimes(1);
    draft.attachments = [];
    await readComposeDraft(item, { maxAttachmentBytes: 1024, attachmentCache: cache });
    expect(cache.size).toBe(0);
  });

  it('does nothing below Mailbox 1.7 (polling covers it)', () => {
    const target = item();
    watchItemChanges(target, { isSetSupported: (_name, v) => versionAtMost(v ?? '1.1', '1.5') }, () => undefined);
    expect(target.addHandlerAsync).not.toHaveBeenCalled();
  });
});

test('requirement-set versions compare part by part (1.7 is below 1.15)', () => {
  expect(versionAtMost('1.7', '1.15')).toBe(true);
  expect(versionAtMost('1.15', '1.7')).toBe(false);
  expect(versionAtMost('1.15', '1.15')).toBe(true);
});
