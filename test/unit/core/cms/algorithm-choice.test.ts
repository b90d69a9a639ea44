import { chooseContentCipher, chooseRecipientKey, parseSmimeCapabilities } from '../../../../src/core/cms/index.js';
import { OID } from '../../../../src/core/cms/oids.js';

const gcm = { algorithm: OID.aes256GCM };
const oaep = { algorithm: OID.rsaesOaep };

test('defaults to AES-256-CBC and PKCS#1 v1.5 (what Outlook on Windows and cards read)', () => {
  expect(chooseContentCipher(undefined, [{}, { capabilities: [gcm] }])).toBe('aes256-cbc');
  expect(chooseRecipientKey({}, { type: 'RSA' })).toEqual({ kind: 'key-transport', algorithm: { name: 'RSAES-PKCS1-v1_5' } });
});

test('GCM and OAEP when every recipient announced them, or when asked', () => {
  expect(chooseContentCipher(undefined, [{ capabilities: [gcm] }, { capabilities: [oaep, gcm] }])).toBe('aes256-gcm');
  expect(chooseContentCipher('aes128-gcm', [])).toBe('aes128-gcm');
  expect(chooseRecipientKey({ capabilities: [oaep] }, { type: 'RSA' })).toEqual({ kind: 'key-transport', algorithm: { name: 'RSA-OAEP', hash: 'SHA-256', mgfHash: 'SHA-256' } });
  expect(chooseRecipientKey({ capabilities: [oaep], keyTransport: 'pkcs1' }, { type: 'RSA' })).toMatchObject({ algorithm: { name: 'RSAES-PKCS1-v1_5' } });
  expect(chooseRecipientKey({}, { type: 'EC', curve: 'P-256' })).toEqual({ kind: 'key-agreement' });
});

test('parses an SMIMECapabilities value', () => {
  // SEQUENCE { SEQUENCE { aes256-GCM }, SEQUENCE { aes256-CBC } }
  const der = Uint8Array.from([0x30, 0x16, 0x30, 0x0b, 0x06, 0x09, 0x60, 0x86, 0x48, 0x01, 0x65, 0x03, 0x04, 0x01, 0x2e, 0x30, 0x0b, 0x06, 0x09, 0x60, 0x86, 0x48, 0x01, 0x65, 0x03, 0x04, 0x01, 0x2a].map((b, i) => (i === 1 ? 0x1a : b)));
  expect(parseSmimeCapabilities(der).map((c) => c.algorithm)).toEqual([OID.aes256GCM, OID.aes256CBC]);
});
