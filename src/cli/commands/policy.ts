/**
 * `kuvert policy check FILE` validates a policy and prints each problem with the field's path;
 * `kuvert policy default` and `kuvert policy schema` print the built-in policy and its JSON Schema.
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { KuvertError } from '../../core/errors.js';
import { DEFAULT_POLICY } from '../../core/policy/default-policy.js';
import { POLICY_SCHEMA, checkPolicy } from '../../core/policy/schema.js';
import { EXIT_FAILURE, EXIT_OK, EXIT_USAGE, type CliIo, type Command } from '../command.js';

const HELP = `Usage: kuvert policy check FILE
       kuvert policy default
       kuvert policy schema

  check FILE   validate a send policy (JSON) and print every problem with the path of its field;
               exit 0 when valid, 2 when not
  default      print the built-in policy for Swedish public sector (a starting point to edit);
               the same policy ships as policies/default.json
  schema       print the policy's JSON Schema`;

export const policyCommand: Command = {
  name: 'policy',
  summary: 'check a send policy file, or print the default policy or its schema',
  help: HELP,
  async run(args: readonly string[], io: CliIo): Promise<number> {
    const { positionals } = parseArgs({ args: [...args], allowPositionals: true, strict: true, options: {} });
    const [action, file, ...extra] = positionals;
    if (action === 'default' && file === undefined) {
      await io.writeStdout(`${JSON.stringify(DEFAULT_POLICY, null, 2)}\n`);
      return EXIT_OK;
    }
    if (action === 'schema' && file === undefined) {
      await io.writeStdout(`${JSON.stringify(POLICY_SCHEMA, null, 2)}\n`);
      return EXIT_OK;
    }
    if (action !== 'check' || file === undefined || extra.length > 0) {
      io.writeStderr('kuvert: USAGE: policy check FILE | policy default | policy schema');
      return EXIT_USAGE;
    }
    let text: string;
    try {
      text = await readFile(resolve(io.cwd, file), 'utf8');
    } catch (error) {
      throw new KuvertError('FILE_NOT_FOUND', `cannot read policy file ${file}`, { cause: error });
    }
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      io.writeStderr(`${file}: not valid JSON: ${(error as Error).message}`);
      return EXIT_FAILURE;
    }
    const problems = checkPolicy(value);
    if (problems.length === 0) {
      await io.writeStdout(`${file}: valid policy\n`);
      return EXIT_OK;
    }
    for (const p of problems) io.writeStderr(`${file}: ${p.path}: ${p.detail}${describeParams(p.params)}`);
    io.writeStderr(`${file}: ${problems.length} problem${problems.length === 1 ? '' : 's'}`);
    return EXIT_FAILURE;
  },
};

function describeParams(params: Readonly<Record<string, unknown>>): string {
  const allowed = params['allowedValues'];
  return Array.isArray(allowed) ? ` (${allowed.map(String).join(', ')})` : '';
}
