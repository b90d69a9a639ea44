/**
 * `kuvert companion --policy FILE` as a black box (the built CLI): an invalid policy stops the
 * start with POLICY_INVALID naming the field; a valid one is served at GET /v1/policy and its
 * storage destinations (not the config file's) are the approved storage.
 */
import { spawn } from 'node:child_process';
import { readFile, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { request } from 'node:https';
import os from 'node:os';
import path from 'node:path';
import { DEFAULT_POLICY } from '../../src/core/policy/default-policy.js';
import { errorCodeOf, kuvertMain, runKuvert } from '../helpers/kuvert-cli.js';

jest.setTimeout(120_000);

const ORIGIN = 'https://addin.kuvert.test';
const TOKEN = 'kuvert-policy-cli-test-token-0123456789abcdef';
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'kuvert-policy-cli-'));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

test('an invalid policy: exit 2, POLICY_INVALID with the file and the field', async () => {
  const bad = path.join(dir, 'bad-policy.json');
  await writeFile(bad, JSON.stringify({ ...DEFAULT_POLICY, storage: { destinations: [{ name: 'Rel', path: 'relative' }] } }));
  const result = await runKuvert(['companion', '--allow-origin', ORIGIN, '--port', '0', '--state-dir', path.join(dir, 'bad-state'), '--policy', bad]);
  expect(result.code).toBe(2);
  expect(errorCodeOf(result)).toBe('POLICY_INVALID');
  expect(result.stderr).toContain('bad-policy.json: /storage/destinations/0/path');
});

test('a valid policy is served and names the destinations; the config file\'s are ignored', async () => {
  const stateDir = path.join(dir, 'state');
  const share = await mkdtemp(path.join(dir, 'share-'));
  const policyFile = path.join(dir, 'policy.json');
  const policyText = JSON.stringify({ ...DEFAULT_POLICY, storage: { destinations: [{ name: 'Diariet', path: share, formats: ['pdf'] }] } }, null, 2);
  await writeFile(policyFile, policyText);
  await writeFile(path.join(dir, 'config.json'), JSON.stringify({ destinations: [{ name: 'Från config', path: dir }] }));
  await writeFile(path.join(dir, 'token'), TOKEN);
  const child = spawn(process.execPath, [kuvertMain, 'companion', '--config', path.join(dir, 'config.json'), '--allow-origin', ORIGIN, '--port', '0', '--state-dir', stateDir, '--pairing-token-file', path.join(dir, 'token'), '--policy', policyFile, '--offline'], { stdio: ['ignore', 'ignore', 'pipe'] });
  try {
    const port = await new Promise<number>((resolve, reject) => {
      let seen = '';
      child.stderr.on('data', (chunk: Buffer) => {
        seen += chunk.toString();
        const match = /listening on https:\/\/127\.0\.0\.1:(\d+)/u.exec(seen);
        if (match) resolve(Number(match[1]));
      });
      child.on('exit', (code) => reject(new Error(`companion exited ${code}: ${seen}`)));
    });
    const ca = await readFile(path.join(stateDir, 'ca.pem'));
    const get = (urlPath: string): Promise<{ status: number; body: Record<string, unknown> }> => new Promise((resolve, reject) => {
      request({ host: '127.0.0.1', port, path: urlPath, ca, servername: 'localhost', headers: { host: `127.0.0.1:${port}`, origin: ORIGIN, authorization: `Bearer ${TOKEN}` } }, (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, body: JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown> }));
      }).on('error', reject).end();
    });
    expect(await get('/v1/policy')).toEqual({ status: 200, body: { policy: policyText, source: policyFile } });
    expect(await get('/v1/destinations')).toEqual({ status: 200, body: { destinations: [{ kind: 'folder', name: 'Diariet', formats: ['pdf'] }] } });
  } finally {
    child.kill('SIGTERM');
    await new Promise((resolve) => child.once('exit', resolve));
  }
});
