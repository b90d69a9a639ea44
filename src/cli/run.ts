/**
 * `kuvert` dispatcher: finds the sub-command, maps every failure to `kuvert: CODE: message` on
 * stderr and an exit code (0 ok, 1 usage, 2 failure). No work happens at import time.
 */
import { KuvertError, isKuvertError } from '../core/errors.js';
import { EXIT_FAILURE, EXIT_OK, EXIT_USAGE, type CliIo, type Command, type CommandEntry } from './command.js';

export const VERSION = '0.1.0';

const USAGE_CODES = new Set(['USAGE', 'UNKNOWN_OPTION', 'INVALID_ARGUMENT']);

export function topLevelHelp(commands: readonly Command[]): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  return [
    'Usage: kuvert <command> [options]',
    '',
    'S/MIME for SITHS and Efos certificates: encrypt, decrypt, and guard sensitive data.',
    '',
    'Commands:',
    ...commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    'Run `kuvert <command> --help` for a command\'s options.',
    'Exit status: 0 success, 1 usage error, 2 failure (stderr: "kuvert: CODE: message").',
  ].join('\n');
}

export async function runCli(argv: readonly string[], io: CliIo, entries: readonly CommandEntry[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    const commands = await Promise.all(entries.map((entry) => entry.load()));
    await io.writeStdout(`${topLevelHelp(commands)}\n`);
    return name === undefined ? EXIT_USAGE : EXIT_OK;
  }
  if (name === '--version' || name === '-V') {
    await io.writeStdout(`kuvert ${VERSION}\n`);
    return EXIT_OK;
  }
  const entry = entries.find((c) => c.name === name);
  if (!entry) {
    io.writeStderr(`kuvert: USAGE: unknown command "${name}"; run "kuvert --help"`);
    return EXIT_USAGE;
  }
  const command = await entry.load();
  if (rest.includes('--help') || rest.includes('-h')) {
    await io.writeStdout(`${command.help}\n`);
    return EXIT_OK;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    return reportError(error, io);
  }
}

export function reportError(error: unknown, io: CliIo): number {
  const kuvertError = isKuvertError(error) ? error : usageFromParseArgs(error) ?? new KuvertError('INTERNAL', describe(error), { cause: error });
  io.writeStderr(`kuvert: ${kuvertError.code}: ${kuvertError.message}`);
  if (kuvertError.code === 'INTERNAL' && io.env.KUVERT_DEBUG && error instanceof Error && error.stack) io.writeStderr(error.stack);
  return USAGE_CODES.has(kuvertError.code) ? EXIT_USAGE : EXIT_FAILURE;
}

/** node:util parseArgs throws TypeErrors with ERR_PARSE_ARGS_* codes for bad options. */
function usageFromParseArgs(error: unknown): KuvertError | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS')) {
    return new KuvertError(code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' ? 'UNKNOWN_OPTION' : 'USAGE', (error as Error).message);
  }
  return undefined;
}

function describe(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}
