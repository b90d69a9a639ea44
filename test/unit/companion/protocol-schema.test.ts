import { decryptKeyRequest, sessionRequest, signRequest, statusResponse } from '../../../src/protocol/index.js';
import { KuvertError } from '../../../src/core/errors.js';

function problem(action: () => unknown): string {
  try {
    action();
  } catch (error) {
    if (error instanceof KuvertError) return `${error.code}: ${error.message}`;
    throw error;
  }
  return 'accepted';
}

test('a valid key-transport request parses to its typed shape', () => {
  const request = decryptKeyRequest.parse({ kind: 'key-transport', sessionId: 's', id: '0a1b', algorithm: { name: 'RSA-OAEP', hash: 'SHA-256', mgfHash: 'SHA-256' }, encryptedKey: 'AAEC', keyLength: 32 });
  expect(request).toEqual({ kind: 'key-transport', sessionId: 's', id: '0a1b', algorithm: { name: 'RSA-OAEP', hash: 'SHA-256', mgfHash: 'SHA-256' }, encryptedKey: 'AAEC', keyLength: 32 });
});

test.each([
  ['unknown field', { token: '0:00', purpose: 'sign', pin: '1234' }, 'MALFORMED_REQUEST: pin must be absent (unknown field)'],
  ['wrong literal', { token: '0:00', purpose: 'export' }, 'MALFORMED_REQUEST: purpose must be one of "decrypt", "sign"'],
  ['bad token ref', { token: '../x', purpose: 'sign' }, 'MALFORMED_REQUEST: token must be a string matching ^\\d{1,2}:[0-9a-f]{2,32}$'],
  ['not an object', ['0:00'], 'MALFORMED_REQUEST: the body must be an object'],
])('session request: %s is refused with a path', (_name, body, expected) => {
  expect(problem(() => sessionRequest.parse(body))).toBe(expected);
});

test('base64, hex ids, key lengths and algorithm names are checked', () => {
  const base = { kind: 'key-transport', sessionId: 's', id: '01', algorithm: { name: 'RSAES-PKCS1-v1_5' }, encryptedKey: 'AAEC', keyLength: 16 };
  expect(problem(() => decryptKeyRequest.parse({ ...base, encryptedKey: 'not base64!' }))).toMatch(/^MALFORMED_REQUEST: encryptedKey/u);
  expect(problem(() => decryptKeyRequest.parse({ ...base, id: '0G' }))).toMatch(/^MALFORMED_REQUEST: id/u);
  expect(problem(() => decryptKeyRequest.parse({ ...base, keyLength: 20 }))).toMatch(/^MALFORMED_REQUEST: keyLength/u);
  expect(problem(() => decryptKeyRequest.parse({ ...base, algorithm: { name: 'RSA-RAW' } }))).toBe('MALFORMED_REQUEST: algorithm.name must be one of RSAES-PKCS1-v1_5, RSA-OAEP');
  expect(problem(() => decryptKeyRequest.parse({ ...base, kind: 'raw-rsa' }))).toBe('MALFORMED_REQUEST: kind must be one of key-transport, key-agreement');
  expect(problem(() => signRequest.parse({ sessionId: 's', id: '01', algorithm: { name: 'RSA-PSS', hash: 'SHA-256', saltLength: -1 }, data: '' }))).toMatch(/saltLength/u);
});

test('responses are checked the same way (the add-in validates what the companion sends)', () => {
  expect(problem(() => statusResponse.parse({ version: '1', protocol: 2, tokens: [] }))).toBe('MALFORMED_REQUEST: protocol must be one of 1');
  expect(statusResponse.parse({ version: '1', protocol: 1, tokens: [] })).toEqual({ version: '1', protocol: 1, tokens: [] });
});
