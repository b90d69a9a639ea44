/**
 * A throw-away OpenLDAP slapd on 127.0.0.1 for directory tests: its own slapd.conf, MDB database
 * and schema in a temp dir (never the system instance), entries loaded with slapadd before start.
 * Missing slapd fails the test with the Debian package to install; nothing is skipped.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { Socket } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { freePort } from './free-port.js';
import { requireTools, runToolOk } from './run-tool.js';

export const SLAPD_SUFFIX = 'dc=kuvert,dc=test';

export interface DirectoryPerson {
  readonly uid: string;
  readonly mail: string;
  readonly cn: string;
  /** DER certificates stored as userCertificate;binary. */
  readonly userCertificate?: readonly Uint8Array[];
  /** DER (or PKCS#7) values stored as userSMIMECertificate. */
  readonly userSMIMECertificate?: readonly Uint8Array[];
}

export interface Slapd {
  readonly url: string;
  readonly port: number;
  readonly base: string;
  dispose(): Promise<void>;
}

function ldif(people: readonly DirectoryPerson[]): string {
  const b64 = (der: Uint8Array): string => Buffer.from(der).toString('base64');
  const entries = [
    `dn: ${SLAPD_SUFFIX}\nobjectClass: dcObject\nobjectClass: organization\ndc: kuvert\no: Kuvert test\n`,
    `dn: ou=people,${SLAPD_SUFFIX}\nobjectClass: organizationalUnit\nou: people\n`,
    ...people.map((person) => [
      `dn: uid=${person.uid},ou=people,${SLAPD_SUFFIX}`, 'objectClass: inetOrgPerson', `uid: ${person.uid}`, `cn: ${person.cn}`, `sn: ${person.cn}`, `mail: ${person.mail}`,
      ...(person.userCertificate ?? []).map((der) => `userCertificate;binary:: ${b64(der)}`),
      ...(person.userSMIMECertificate ?? []).map((der) => `userSMIMECertificate:: ${b64(der)}`),
    ].join('\n') + '\n'),
  ];
  return entries.join('\n');
}

async function waitForPort(port: number, child: ChildProcess, log: () => string): Promise<void> {
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`slapd exited ${child.exitCode}:\n${log()}`);
    const open = await new Promise<boolean>((resolve) => {
      const socket = new Socket();
      socket.once('connect', () => {
        socket.destroy();
        resolve(true);
      });
      socket.once('error', () => resolve(false));
      socket.connect(port, '127.0.0.1');
    });
    if (open) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`slapd did not listen on 127.0.0.1:${port}:\n${log()}`);
}

export async function startSlapd(people: readonly DirectoryPerson[]): Promise<Slapd> {
  requireTools({ slapd: 'slapd', slapadd: 'slapd' });
  const dir = await mkdtemp(path.join(os.tmpdir(), 'kuvert-slapd-'));
  const db = path.join(dir, 'db');
  await mkdir(db);
  const conf = path.join(dir, 'slapd.conf');
  await writeFile(conf, [
    'include /etc/ldap/schema/core.schema', 'include /etc/ldap/schema/cosine.schema', 'include /etc/ldap/schema/inetorgperson.schema',
    'modulepath /usr/lib/ldap', 'moduleload back_mdb', `pidfile ${dir}/slapd.pid`, `argsfile ${dir}/slapd.args`,
    'database mdb', 'maxsize 16777216', `suffix "${SLAPD_SUFFIX}"`, `rootdn "cn=admin,${SLAPD_SUFFIX}"`, 'rootpw not-used-by-tests', `directory ${db}`,
    'access to * by * read', '',
  ].join('\n'));
  const data = path.join(dir, 'data.ldif');
  await writeFile(data, ldif(people));
  await runToolOk('slapadd', ['-f', conf, '-l', data]);
  const port = await freePort();
  const url = `ldap://127.0.0.1:${port}`;
  let output = '';
  // -d 0: stay in the foreground (so the test owns the process) without debug output.
  const child = spawn('slapd', ['-f', conf, '-h', `${url}/`, '-d', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  try {
    await waitForPort(port, child, () => output);
  } catch (error) {
    child.kill('SIGKILL');
    await rm(dir, { recursive: true, force: true });
    throw error;
  }
  return {
    url, port, base: `ou=people,${SLAPD_SUFFIX}`,
    async dispose() {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await exited;
      }
      await rm(dir, { recursive: true, force: true });
    },
  };
}
