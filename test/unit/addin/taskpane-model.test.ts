// What the compose task pane shows: findings grouped by kind and place, and recipients'
// certificate status from imported files.
import { readFileSync } from 'node:fs';
import { CertificateBook, certificateStatus, usable } from '../../../src/addin/taskpane/certificate-status.js';
import { verdictRows } from '../../../src/addin/taskpane/verdict-groups.js';
import { defaultMode } from '../../../src/addin/taskpane/send-securely.js';
import { evaluate, DEFAULT_POLICY } from '../../../src/core/policy/index.js';
import { createTestPki, type TestPki } from '../../helpers/test-pki.js';

describe('verdict rows', () => {
  it('groups findings by kind with their places and counts, strictest first', async () => {
    const verdict = await evaluate(
      {
        subject: 'Remiss',
        body: 'Personnummer 19121212-1212 och 19121212-1212. Kontonummer 8327-9 123 456 789-1.',
        attachments: [{ name: 'lista.csv', contentType: 'text/csv', bytes: new TextEncoder().encode('personnummer\n19121212-1212\n') }],
      },
      DEFAULT_POLICY,
    );
    const rows = verdictRows(verdict);
    const pnr = rows.find((r) => r.type === 'personnummer')!;
    expect(pnr.action).toBe('require-encryption');
    expect(pnr.count).toBe(3);
    expect(pnr.places).toEqual([{ kind: 'body' }, { kind: 'attachment', name: 'lista.csv', position: 1 }]);
    expect(rows[0]!.type).toBe('personnummer');
  });

  it('shows subject findings as blocking', async () => {
    const verdict = await evaluate({ subject: 'pnr 19121212-1212', body: 'Hej' }, DEFAULT_POLICY);
    expect(verdictRows(verdict).find((r) => r.type === 'personnummer')?.places).toContainEqual({ kind: 'subject' });
  });

  it('is empty for a clean draft', async () => {
    expect(verdictRows(await evaluate({ subject: 'Lunch', body: 'Ses vid tolv.' }, DEFAULT_POLICY))).toEqual([]);
  });
});

describe('recipient certificates', () => {
  let pki: TestPki;
  beforeAll(async () => {
    pki = await createTestPki([{ label: 'anna', spec: 'rsa2048' }]);
  }, 60_000);
  afterAll(() => pki.dispose());

  it('finds an imported certificate by address and shows its identity and status', () => {
    const book = new CertificateBook();
    expect(book.importFile(new Uint8Array(readFileSync(pki.identity('anna').certPem)))).toBe(1);
    const anna = book.lookup(pki.identity('anna').email.toUpperCase(), new Date());
    expect(usable(anna.status)).toBe(true); // test certificates may be short-lived: valid or expiring
    expect(anna.source).toBe('file');
    expect(anna.profile?.name).toBe('Test anna');
    expect(book.lookup('bertil@kuvert.test', new Date())).toEqual({ address: 'bertil@kuvert.test', status: 'missing' });
  });

  it('says expired, expiring, not yet valid and wrong address, and only valid/expiring are usable', () => {
    const book = new CertificateBook();
    const profile = book.add(new Uint8Array(readFileSync(pki.identity('anna').certDer)), 'store');
    const email = pki.identity('anna').email;
    const notAfter = new Date(Date.parse(profile.notAfter));
    expect(certificateStatus(email, profile, new Date(notAfter.getTime() + 1000))).toBe('expired');
    expect(certificateStatus(email, profile, new Date(notAfter.getTime() - 5 * 86_400_000))).toBe('expiring');
    expect(certificateStatus(email, profile, new Date(Date.parse(profile.notBefore) - 1000))).toBe('not-yet-valid');
    expect(certificateStatus('someone@else.test', profile, new Date())).toBe('wrong-address');
    expect(certificateStatus(email, profile, new Date(), true)).toBe('revoked');
    expect(['valid', 'expiring'].every((s) => usable(s as 'valid'))).toBe(true);
    expect(usable('expired')).toBe(false);
  });
});

describe('default protection from the verdict', () => {
  it.each([
    ['require-encryption', false, 'encrypt'],
    ['require-encryption', true, 'encrypt-sign'],
    ['block', true, 'encrypt-sign'],
    ['warn', false, 'encrypt'],
    ['allow', true, 'sign'],
    ['allow', false, 'encrypt'],
    [undefined, false, 'encrypt'],
  ] as const)('%s with card %s → %s', (action, canSign, mode) => {
    expect(defaultMode(action, canSign)).toBe(mode);
  });
});
