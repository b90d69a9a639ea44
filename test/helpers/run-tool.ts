import { spawn } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import path from 'node:path';

export interface ToolResult {
  readonly code: number;
  readonly stdout: Buffer;
  readonly stderr: string;
}

export interface RunOptions {
  readonly input?: Uint8Array | string;
  readonly env?: Readonly<Record<string, string>>;
  readonly cwd?: string;
  readonly timeoutMs?: number;
}

/** Runs a program without a shell and collects its output; never rejects on a non-zero exit. */
export function runTool(command: string, args: readonly string[], options: RunOptions = {}): Promise<ToolResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: { ...process.env, ...options.env },
      stdio: ['pipe', 'pipe', 'pipe'],
      timeout: options.timeoutMs ?? 120_000,
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    child.on('error', reject);
    child.on('close', (code, signal) => {
      resolve({
        code: code ?? (signal === null ? -1 : 128),
        stdout: Buffer.concat(out),
        stderr: Buffer.concat(err).toString('utf8') + (signal === null ? '' : `\n[killed by ${signal}]`),
      });
    });
    // EPIPE happens when the tool exits without reading all input (e.g. a usage error); the exit code tells.
    child.stdin.on('error', () => undefined);
    child.stdin.end(options.input === undefined ? undefined : Buffer.from(options.input));
  });
}

/** Like runTool, but throws with the tool's stderr when it does not exit 0. */
export async function runToolOk(command: string, args: readonly string[], options: RunOptions = {}): Promise<Buffer> {
  const result = await runTool(command, args, options);
  if (result.code !== 0) {
    throw new Error(`${command} ${args.join(' ')} exited ${result.code}:\n${result.stderr}`);
  }
  return result.stdout;
}

/**
 * Fails (never skips) when a peer tool is missing: CI installs them, so a missing tool is a broken
 * environment. `tools` maps program name to the Debian package that provides it.
 */
export function requireTools(tools: Readonly<Record<string, string>>): void {
  const dirs = (process.env['PATH'] ?? '').split(path.delimiter).filter((d) => d !== '');
  const missing = Object.entries(tools).filter(([name]) => !dirs.some((dir) => isExecutable(path.join(dir, name))));
  if (missing.length > 0) {
    const list = missing.map(([name, pkg]) => `${name} (Debian package ${pkg})`).join(', ');
    throw new Error(`interop peer tools missing from PATH: ${list}. Install them (see .ci/run).`);
  }
}

function isExecutable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}
