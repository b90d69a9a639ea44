// Shared by the whole-process benchmarks (run.mjs, sign.mjs): argument parsing, the checks that the
// CLI, /usr/bin/time and openssl are there, timing one process with /usr/bin/time, and the bench
// message (one random binary attachment).
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const MiB = 1024 * 1024;
export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const cli = path.join(root, 'dist', 'cli', 'main.js');
const TIME = '/usr/bin/time';

/** `--sizes 1,10,50 --runs 3` from argv; exits with a usage line when they are not numbers. */
export function benchOptions(script) {
  const option = (name, fallback) => {
    const i = process.argv.indexOf(`--${name}`);
    return i >= 0 && process.argv[i + 1] !== undefined ? process.argv[i + 1] : fallback;
  };
  const sizes = option('sizes', '1,10,50').split(',').map(Number);
  const runs = Number(option('runs', '3'));
  if (sizes.some((s) => !Number.isFinite(s) || s <= 0) || !(runs >= 1)) {
    console.error(`usage: node test/bench/${script} [--sizes 1,10,50] [--runs 3]`);
    process.exit(1);
  }
  for (const [file, hint] of [[cli, 'run `npm run build` first'], [TIME, 'install the Debian package `time`']]) {
    if (!existsSync(file)) {
      console.error(`bench: ${file} is missing: ${hint}`);
      process.exit(2);
    }
  }
  if (spawnSync('openssl', ['version']).status !== 0) {
    console.error('bench: openssl is missing: install the Debian package `openssl`');
    process.exit(2);
  }
  return { sizes, runs };
}

/**
 * Runs one whole process under /usr/bin/time; returns wall ms and peak RSS in MiB. The wall time is
 * taken here with a monotonic clock (time's %e has 10 ms steps: a 1 MB OpenSSL run read as 0 ms).
 */
export function measure(command, args) {
  const start = process.hrtime.bigint();
  const result = spawnSync(TIME, ['-f', '%e %M', command, ...args], { encoding: 'utf8', maxBuffer: 64 * MiB });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  const last = result.stderr.trim().split('\n').at(-1) ?? '';
  const match = /^(\d+(?:\.\d+)?) (\d+)$/.exec(last);
  if (result.status !== 0 || match === null) throw new Error(`${command} ${args.join(' ')} failed (${result.status}):\n${result.stderr}`);
  return { ms, mib: Number(match[2]) / 1024 };
}

export const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** One warm-up run (page cache, binaries), then the median of `runs` timed runs. */
export function medianOf(command, args, runs) {
  measure(command, args);
  const samples = Array.from({ length: runs }, () => measure(command, args));
  return { ms: median(samples.map((s) => s.ms)), mib: median(samples.map((s) => s.mib)) };
}

function base64Lines(data) {
  const b64 = data.toString('base64');
  const lines = [];
  for (let i = 0; i < b64.length; i += 76) lines.push(b64.slice(i, i + 76));
  return lines.join('\r\n') + '\r\n';
}

/** An RFC 5322 message (and its MIME entity alone, for openssl) with one random attachment of `sizeMiB`. */
export function makeMessage(sizeMiB) {
  const boundary = `bench-${randomBytes(8).toString('hex')}`;
  const entity = Buffer.from(
    `Content-Type: multipart/mixed; boundary="${boundary}"\r\n\r\n` +
      `--${boundary}\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\nBifogat: ${sizeMiB} MB.\r\n` +
      `--${boundary}\r\nContent-Type: application/octet-stream; name="bilaga.bin"\r\nContent-Disposition: attachment; filename="bilaga.bin"\r\n` +
      `Content-Transfer-Encoding: base64\r\n\r\n${base64Lines(randomBytes(sizeMiB * MiB))}--${boundary}--\r\n`,
  );
  const outer = Buffer.from(
    'From: avsandare@kuvert.test\r\nTo: mottagare@kuvert.test\r\nDate: Tue, 24 Nov 2026 09:15:00 +0100\r\n' +
      `Message-ID: <bench-${sizeMiB}@kuvert.test>\r\nSubject: =?UTF-8?B?w4RyZW5kZTogYmVuY2g=?=\r\nMIME-Version: 1.0\r\n`,
  );
  return { raw: Buffer.concat([outer, entity]), entity };
}
