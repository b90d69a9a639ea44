/**
 * The shape of one `kuvert` sub-command. Commands are thin: they parse arguments, call core (or the
 * companion) and map results to exit codes: 0 success, 1 usage error, 2 failure.
 */
export interface CliIo {
  /** Reads all of standard input. */
  readStdin(): Promise<Uint8Array>;
  /** Writes to standard output; resolves when the data has been handed to the OS. */
  writeStdout(data: Uint8Array | string): Promise<void>;
  /** Writes one line (a newline is added) to standard error. */
  writeStderr(line: string): void;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly cwd: string;
}

export interface Command {
  readonly name: string;
  /** One line for `kuvert --help`. */
  readonly summary: string;
  /** The full text for `kuvert NAME --help`. */
  readonly help: string;
  run(args: readonly string[], io: CliIo): Promise<number>;
}

export const EXIT_OK = 0;
export const EXIT_USAGE = 1;
export const EXIT_FAILURE = 2;

/** A command as the dispatcher knows it before loading it. */
export interface CommandEntry {
  readonly name: string;
  load(): Promise<Command>;
}
