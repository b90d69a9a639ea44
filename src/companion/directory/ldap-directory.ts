/**
 * Recipients' certificates from LDAP directories (ldapts): by e-mail address, from
 * `userCertificate;binary` and `userSMIMECertificate` (RFC 2798), with a time limit per server.
 * Nothing found is used blindly: each candidate goes through core/pki's selection (key usage,
 * validity, the e-mail address in the certificate) and the caller validates the chosen one's path.
 */
import { Client } from 'ldapts';
import { KuvertError } from '../../core/errors.js';
import { selectEncryptionCertificate } from '../../core/pki/index.js';
import type { CertificateSelection } from '../../core/pki/index.js';

export interface DirectoryServer {
  /** ldap:// or ldaps:// URL. */
  readonly url: string;
  readonly base: string;
  /** RFC 4515 filter with `{email}` where the (escaped) address goes; default `(mail={email})`. */
  readonly filter?: string;
  /** Default 5000 ms: connect and search together. */
  readonly timeoutMs?: number;
}

export interface DirectoryResult {
  readonly server: string;
  /** Every certificate the directory returned, DER. */
  readonly certificates: readonly Uint8Array[];
  /** core/pki's choice for encrypting to `email`, with the reason for each skipped one. */
  readonly selection: CertificateSelection;
}

const ATTRIBUTES = ['userCertificate;binary', 'userCertificate', 'userSMIMECertificate'];
const EMAIL = /^[^\s@()*\\\p{Cc}]{1,64}@[a-z0-9.-]{1,253}$/iu;

/** RFC 4515 §3: escape `*`, `(`, `)`, `\` and NUL in an assertion value. */
export function escapeFilterValue(value: string): string {
  return value.replace(/[*()\\\0]/gu, (c) => `\\${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
}

function derValues(value: unknown): Uint8Array[] {
  const values = Array.isArray(value) ? (value as unknown[]) : [value];
  return values.filter((v): v is Buffer => Buffer.isBuffer(v)).map((v) => new Uint8Array(v));
}

/** A DER certificate starts with SEQUENCE { SEQUENCE (tbs) …; a PKCS#7 bag (ContentInfo) with SEQUENCE { OID. */
function isCertificate(der: Uint8Array): boolean {
  const lengthBytes = der[1] !== undefined && der[1] > 0x80 ? der[1] - 0x80 : 0;
  return der[0] === 0x30 && der[2 + lengthBytes] === 0x30;
}

export async function findCertificatesByEmail(email: string, server: DirectoryServer, now: Date = new Date()): Promise<DirectoryResult> {
  if (!EMAIL.test(email)) throw new KuvertError('INVALID_ARGUMENT', 'not an e-mail address');
  const timeout = server.timeoutMs ?? 5000;
  const client = new Client({ url: server.url, timeout, connectTimeout: timeout });
  try {
    const filter = (server.filter ?? '(mail={email})').replaceAll('{email}', escapeFilterValue(email));
    const { searchEntries } = await client.search(server.base, {
      scope: 'sub', filter, attributes: ATTRIBUTES, explicitBufferAttributes: ATTRIBUTES, sizeLimit: 20, timeLimit: Math.ceil(timeout / 1000),
    });
    const found = searchEntries.flatMap((entry) => ATTRIBUTES.flatMap((attribute) => derValues(entry[attribute])));
    // userSMIMECertificate may hold a PKCS#7 bag; only plain certificates are taken here.
    const certificates = found.filter(isCertificate);
    return { server: server.url, certificates, selection: selectEncryptionCertificate(certificates, { now, email }) };
  } catch (error) {
    if (error instanceof KuvertError) throw error;
    throw new KuvertError('FETCH_FAILED', `directory ${server.url} did not answer`, { cause: error });
  } finally {
    await client.unbind().catch(() => undefined);
  }
}
