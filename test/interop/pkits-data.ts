/**
 * NIST PKITS as Debian's python3-cryptography-vectors ships it: found through `dpkg -L` (or the
 * package's known path), never downloaded. Missing data fails the suite with the package to install.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import * as asn1js from 'asn1js';
import type { IssuerAndSerialNumber } from 'pkijs';
import { ContentInfo, SignedData, Certificate } from 'pkijs';

const DEBIAN_PACKAGE = 'python3-cryptography-vectors';
const KNOWN_PATH = '/usr/lib/python3/dist-packages/cryptography_vectors/x509/PKITS_data';

export function pkitsDirectory(): string {
  let listed: string | undefined;
  try {
    listed = execFileSync('dpkg', ['-L', DEBIAN_PACKAGE], { encoding: 'utf8' })
      .split('\n')
      .find((line) => line.endsWith('/PKITS_data'));
  } catch {
    listed = undefined;
  }
  const dir = listed ?? KNOWN_PATH;
  if (!existsSync(path.join(dir, 'smime')) || !existsSync(path.join(dir, 'certs'))) {
    throw new Error(`NIST PKITS not found (looked in ${dir}): install the Debian package ${DEBIAN_PACKAGE} (apt-get install -y ${DEBIAN_PACKAGE}).`);
  }
  return dir;
}

export interface PkitsCase {
  readonly name: string;
  readonly file: string;
  readonly expectValid: boolean;
}

export function pkitsCases(dir: string): PkitsCase[] {
  return readdirSync(path.join(dir, 'smime'))
    // Only names that state the outcome: the other 22 (e.g. AllCertificatesSamePolicyTest1) are PKITS
    // cases whose result depends on the initial policy settings, so a file name cannot say it.
    .filter((f) => /^Signed(Valid|Invalid).*\.eml$/.test(f))
    .sort()
    .map((f) => {
      const name = f.replace(/^Signed/, '').replace(/\.eml$/, '');
      return { name, file: path.join(dir, 'smime', f), expectValid: name.startsWith('Valid') };
    });
}

/** The base64 body of the message's pkcs7 part (detached signature or opaque signed-data). */
function pkcs7Der(message: string): Uint8Array {
  const parts = message.split(/\n(?=Content-Type: application\/(?:x-)?pkcs7-)/i);
  const part = parts[parts.length - 1]!;
  const body = part.split(/\r?\n\r?\n/).slice(1).join('\n');
  const base64 = body.split(/\n--/)[0]!.replace(/[^A-Za-z0-9+/=]/g, '');
  return new Uint8Array(Buffer.from(base64, 'base64'));
}

export interface SignedCertificates {
  readonly signer: Uint8Array;
  readonly others: Uint8Array[];
}

/** The signer certificate and the other certificates carried in the message's SignedData. */
export function signedCertificates(file: string): SignedCertificates {
  const der = pkcs7Der(readFileSync(file, 'latin1'));
  const contentInfo = new ContentInfo({ schema: asn1js.fromBER(der).result });
  const signedData = new SignedData({ schema: contentInfo.content as asn1js.Sequence });
  const certs = (signedData.certificates ?? []).filter((c): c is Certificate => c instanceof Certificate);
  const sid = signedData.signerInfos[0]!.sid as IssuerAndSerialNumber;
  const signer = certs.find((c) => c.serialNumber.isEqual(sid.serialNumber) && c.issuer.isEqual(sid.issuer));
  if (!signer) throw new Error(`${file}: signer certificate not in the message`);
  const toDer = (c: Certificate): Uint8Array => new Uint8Array(c.toSchema().toBER(false));
  return { signer: toDer(signer), others: certs.filter((c) => c !== signer).map(toDer) };
}
