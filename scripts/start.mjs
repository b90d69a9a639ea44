// `npm start`: builds Kuvert and shows what can run today. The dev server, the companion and the
// playground join here as their issues land (see README "Status").
import { execFileSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
execFileSync(process.execPath, [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', join(root, 'tsconfig.build.json')], { stdio: 'inherit' });
execFileSync(process.execPath, [join(root, 'dist', 'cli', 'main.js'), '--help'], { stdio: 'inherit' });
console.log(`
Kuvert is built. Today it runs as the command-line tool above, for example:
  npm run -s kuvert -- encrypt --to recipient.pem --in message.eml --out encrypted.eml
  npm run -s kuvert -- decrypt --key me.p12 --pass-env KUVERT_PASS --in encrypted.eml
The Outlook add-in dev server, the companion and the mailbox playground are not built yet.`);
