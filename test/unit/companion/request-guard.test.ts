import { guardRequest } from '../../../src/companion/server/request-guard.js';

const config = { port: 4711, allowedOrigins: new Set(['https://addin.example']) };
const headers = (extra: Record<string, string>) => ({ host: '127.0.0.1:4711', ...extra });

test('an allowed origin gets CORS headers that name exactly it', () => {
  expect(guardRequest('GET', '/v1/status', headers({ origin: 'https://addin.example' }), config)).toEqual({
    kind: 'api', origin: 'https://addin.example', headers: { 'Access-Control-Allow-Origin': 'https://addin.example', Vary: 'Origin' },
  });
});

test('Private Network Access is granted only when asked and only to an allowed origin', () => {
  const asked = { origin: 'https://addin.example', 'access-control-request-private-network': 'true' };
  expect(guardRequest('OPTIONS', '/v1/sign', headers(asked), config)).toMatchObject({ kind: 'preflight', headers: { 'Access-Control-Allow-Private-Network': 'true' } });
  expect(guardRequest('OPTIONS', '/v1/sign', headers({ origin: 'https://addin.example' }), config)).not.toHaveProperty('headers.Access-Control-Allow-Private-Network');
  expect(guardRequest('OPTIONS', '/v1/sign', headers({ ...asked, origin: 'https://evil.example' }), config)).toMatchObject({ kind: 'refuse', code: 'ORIGIN_NOT_ALLOWED' });
});

test('Host: only loopback names with our port, case-insensitive; Host checked before Origin', () => {
  for (const host of ['LOCALHOST:4711', '[::1]:4711']) expect(guardRequest('GET', '/v1/status', { host, origin: 'https://addin.example' }, config).kind).toBe('api');
  for (const host of ['127.0.0.2:4711', '0.0.0.0:4711', 'localhost', '127.0.0.1:4711.evil.example']) {
    expect(guardRequest('GET', '/v1/status', { host, origin: 'https://addin.example' }, config)).toMatchObject({ code: 'HOST_NOT_ALLOWED' });
  }
});

test('the PIN page: GET without Origin (dialog navigation) or with our own origin; never the add-in origin', () => {
  expect(guardRequest('GET', '/pin/x', headers({}), config).kind).toBe('own-page');
  expect(guardRequest('POST', '/pin/x', headers({ origin: 'https://127.0.0.1:4711' }), config).kind).toBe('own-page');
  expect(guardRequest('POST', '/pin/x', headers({}), config)).toMatchObject({ code: 'ORIGIN_NOT_ALLOWED' });
  expect(guardRequest('POST', '/pin/x', headers({ origin: 'https://addin.example' }), config)).toMatchObject({ code: 'ORIGIN_NOT_ALLOWED' });
  expect(guardRequest('POST', '/pin/x', headers({ origin: 'https://127.0.0.1:4712' }), config)).toMatchObject({ code: 'ORIGIN_NOT_ALLOWED' });
});
