/**
 * Files shipped in npm packages (the PDF's font and colour profile), found with Node's module
 * resolution from the running program and from the working directory, so it works from the
 * built CLI, `npm run kuvert`, a global install and the test runner alike.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import { KuvertError } from '../../core/errors.js';

export function resolvePackageFile(specifier: string): string {
  const bases = [process.argv[1], path.join(process.cwd(), 'index.js')].filter((base): base is string => typeof base === 'string' && base.length > 0);
  for (const base of bases) {
    try {
      return createRequire(path.resolve(base)).resolve(specifier);
    } catch {
      // Not reachable from this base; try the next.
    }
  }
  throw new KuvertError('FILE_NOT_FOUND', `${specifier} is not installed (npm install)`);
}
