/** `kuvert cert inspect`: a certificate as a SITHS/Efos user needs to see it. */
import { parseArgs } from 'node:util';
import { KuvertError } from '../../core/errors.js';
import { readCertificateProfile, readCertificates, type CertificateProfile } from '../../core/pki/index.js';
import { EXIT_OK, type Command } from '../command.js';
import { readInputFile } from '../files.js';

const help = `Usage: kuvert cert inspect CERT [--json]

Prints who a certificate belongs to and what it is for: name, HSA-id or (masked) personnummer,
organisation and organisationsnummer, e-mail, role (signature, authentication, encryption,
authentication-and-encryption, ca), key usage, certificate policies, key, validity, issuer and
SHA-256 fingerprint. CERT is PEM (one or more certificates) or DER; "-" reads standard input.
A personnummer is never printed in full.

Options:
  --json       print the profile as JSON (an array when CERT holds several certificates)
  -h, --help   this text

Exit status: 0 success, 1 usage error, 2 failure (e.g. MALFORMED_CERTIFICATE).`;

const EKU_NAMES: Record<string, string> = {
  '1.3.6.1.5.5.7.3.1': 'serverAuth',
  '1.3.6.1.5.5.7.3.2': 'clientAuth',
  '1.3.6.1.5.5.7.3.3': 'codeSigning',
  '1.3.6.1.5.5.7.3.4': 'emailProtection',
  '1.3.6.1.5.5.7.3.9': 'OCSPSigning',
  '1.3.6.1.4.1.311.20.2.2': 'smartcardLogon',
  '2.5.29.37.0': 'anyExtendedKeyUsage',
};

function describe(profile: CertificateProfile): string {
  const rows: [string, string | undefined][] = [
    ['Name', profile.name],
    ['HSA-id', profile.hsaId],
    ['Personnummer', profile.personnummerMasked],
    ['Organisation', profile.organization === undefined ? profile.organizationNumber : `${profile.organization}${profile.organizationNumber ? ` (${profile.organizationNumber})` : ''}`],
    ['E-mail', profile.email],
    ['Role', profile.role],
    ['Key usage', profile.keyUsage.join(', ') || undefined],
    ['Extended key usage', profile.extendedKeyUsage.map((oid) => EKU_NAMES[oid] ?? oid).join(', ') || undefined],
    ['Policies', profile.policies.join(', ') || undefined],
    ['Key', profile.keyAlgorithm],
    ['Valid', `${profile.notBefore} to ${profile.notAfter}`],
    ['Subject', profile.subject],
    ['Issuer', profile.issuer],
    ['Serial', profile.serial],
    ['SHA-256', profile.fingerprintSha256],
  ];
  return rows
    .filter((row): row is [string, string] => row[1] !== undefined)
    .map(([label, value]) => `${`${label}:`.padEnd(20)}${value}`)
    .join('\n');
}

export const certCommand: Command = {
  name: 'cert',
  summary: 'inspect a certificate: name, HSA-id, organisation, role, policies (cert inspect CERT)',
  help,
  async run(args, io) {
    const { values, positionals } = parseArgs({ args: [...args], strict: true, allowPositionals: true, options: { json: { type: 'boolean' } } });
    const [action, file, ...rest] = positionals;
    if (action !== 'inspect') throw new KuvertError('USAGE', action === undefined ? 'missing sub-command: kuvert cert inspect CERT' : `unknown sub-command "${action}"; try: kuvert cert inspect CERT`);
    if (file === undefined) throw new KuvertError('USAGE', 'kuvert cert inspect needs a certificate file');
    if (rest.length > 0) throw new KuvertError('USAGE', `unexpected argument "${rest[0]!}"`);
    const profiles = readCertificates(await readInputFile(file, io, 'certificate')).map(readCertificateProfile);
    if (values.json) {
      await io.writeStdout(`${JSON.stringify(profiles.length === 1 ? profiles[0] : profiles, null, 2)}\n`);
    } else {
      await io.writeStdout(`${profiles.map((p, i) => (profiles.length > 1 ? `Certificate ${i + 1} of ${profiles.length}\n` : '') + describe(p)).join('\n\n')}\n`);
    }
    return EXIT_OK;
  },
};
