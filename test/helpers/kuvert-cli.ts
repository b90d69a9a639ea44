/**
 * Runs the built CLI (`node dist/cli/main.js`) as a black box. `npm test` builds before the interop
 * suite; when the build is missing the tests fail and say so.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { runTool, type RunOptions, type ToolResult } from './run-tool.js';

// Jest runs these files as CommonJS (SWC), so __dirname is this folder: test/helpers.
export const projectRoot = path.resolve(__dirname, '..', '..');
export const kuvertMain = path.join(projectRoot, 'dist', 'cli', 'main.js');

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
  return /^kuvert: ([A-Z_]+): /m.exec(result.stderr)?.[1];
}
