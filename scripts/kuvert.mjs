// `npm run kuvert -- ...`: rebuilds dist/ when a source file is newer than the last build, then runs
// the CLI in this process (so `npm run -s kuvert` works right after a fresh clone and `npm ci`).
import { execFileSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const entry = join(root, 'dist', 'cli', 'main.js');

function newest(dir) {
  let latest = 0;
  for (const entryName of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entryName.name);
    latest = Math.max(latest, entryName.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }
  return latest;
}

let built = 0;
try {
  built = statSync(entry).mtimeMs;
} catch {
  built = 0;
}
if (built === 0 || newest(join(root, 'src')) > built) {
  execFileSync(process.execPath, [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', join(root, 'tsconfig.build.json')], { stdio: ['ignore', 'ignore', 'inherit'] });
}
await import(pathToFileURL(entry).href);
