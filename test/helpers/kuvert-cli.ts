/**
 * Runs the built CLI (`node dist/cli/main.js`) as a black box. `npm test` builds before the interop
 * suite; when the build is missing the tests fail and say so.
 */
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { runTool, type RunOptions, type ToolResult } from './run-tool.js';

// Jest runs these files as CommonJS (SWC), so __dirname is this folder: test/helpers.
export const projectRoot = path.resolve(__dirname, '..', '..');
/** KUVERT_INTEROP_CLI may point at another build of the CLI (e.g. to run the suite against a release). */
export const kuvertMain = process.env['KUVERT_INTEROP_CLI'] ?? path.join(projectRoot, 'dist', 'cli', 'main.js');

export async function runKuvert(args: readonly string[], options: RunOptions = {}): Promise<ToolResult> {
  if (!existsSync(kuvertMain)) {
    throw new Error(`${path.relative(projectRoot, kuvertMain)} is missing: run \`npm run build\` first.`);
  }
  return runTool(process.execPath, [kuvertMain, ...args], { cwd: projectRoot, ...options });
}

/** Runs kuvert and throws with its stderr unless it exits 0. */
export async function runKuvertOk(args: readonly string[], options: RunOptions = {}): Promise<Buffer> {
  const result = await runKuvert(args, options);
  if (result.code !== 0) throw new Error(`kuvert ${args.join(' ')} exited ${result.code}:\n${result.stderr}`);
  return result.stdout;
}

/** The `kuvert: CODE: message` line the CLI contract promises on stderr. */
export function errorCodeOf(result: ToolResult): string | undefined {
  return /^kuvert: ([A-Z0-9_]+): /m.exec(result.stderr)?.[1];
}

export interface KuvertEncryptOptions {
  readonly cipher?: 'aes256-cbc' | 'aes128-cbc' | 'aes256-gcm' | 'aes128-gcm';
  readonly keyTransport?: 'pkcs1' | 'oaep';
  /** Pass the message through --in/--out files instead of stdin/stdout. */
  readonly viaFiles?: boolean;
}

/** `kuvert encrypt --to CERT…`; returns the S/MIME message. */
export async function kuvertEncrypt(dir: string, message: Buffer, certs: readonly string[], options: KuvertEncryptOptions = {}): Promise<Buffer> {
  const args = ['encrypt', ...certs.flatMap((cert) => ['--to', cert])];
  if (options.cipher !== undefined) args.push('--cipher', options.cipher);
  if (options.keyTransport !== undefined) args.push('--key-transport', options.keyTransport);
  return runWithIo(dir, args, message, options.viaFiles ?? false);
}

export interface KuvertDecryptOptions {
  readonly cert?: string;
  /** With a PKCS#12 key: the password, passed through --pass-env. */
  readonly password?: string;
  readonly viaFiles?: boolean;
}

/** `kuvert decrypt --key KEY`; returns the decrypted message (outer headers + inner entity). */
export async function kuvertDecrypt(dir: string, message: Buffer, key: string, options: KuvertDecryptOptions = {}): Promise<Buffer> {
  const args = ['decrypt', '--key', key];
  if (options.cert !== undefined) args.push('--cert', options.cert);
  if (options.password !== undefined) args.push('--pass-env', 'KUVERT_TEST_KEY_PASSWORD');
  const env: Record<string, string> = options.password === undefined ? {} : { KUVERT_TEST_KEY_PASSWORD: options.password };
  return runWithIo(dir, args, message, options.viaFiles ?? false, env);
}

async function runWithIo(dir: string, args: string[], input: Buffer, viaFiles: boolean, env: Record<string, string> = {}): Promise<Buffer> {
  if (!viaFiles) return runKuvertOk(args, { input, env });
  const name = `${Date.now()}-${Math.random().toString(16).slice(2)}`;
  const inFile = path.join(dir, `${name}.in.eml`);
  const outFile = path.join(dir, `${name}.out.eml`);
  await writeFile(inFile, input);
  const stdout = await runKuvertOk([...args, '--in', inFile, '--out', outFile], { env });
  if (stdout.byteLength !== 0) throw new Error(`kuvert wrote ${stdout.byteLength} bytes to stdout although --out was given`);
  return readFile(outFile);
}
