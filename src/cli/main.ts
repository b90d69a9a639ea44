#!/usr/bin/env node
/** The `kuvert` executable: wires the real process to the dispatcher. */
import { runCli } from './run.js';
import { nodeIo } from './node-io.js';
import { allCommands } from './commands/index.js';

const io = nodeIo();
runCli(process.argv.slice(2), io, allCommands()).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    io.writeStderr(`kuvert: INTERNAL: ${String(error)}`);
    process.exitCode = 2;
  },
);
