/** `kuvert verify`: checks the S/MIME signatures of a message and who made them. */
import { parseArgs } from 'node:util';
import { KuvertError, isKuvertError } from '../../core/errors.js';
import { readCrls } from '../../core/pki/index.js';
import { readCertificates } from '../../core/pki/certificate-file.js';
import { verifyMessage, type MessageVerification, type SignatureVerification } from '../../core/smime/index.js';
import { EXIT_FAILURE, EXIT_OK, type Command } from '../command.js';
import { readInputFile, writeOutput } from '../files.js';
import { nodeCrypto } from '../node-crypto.js';
import { nodeFetch } from '../node-fetch.js';
import { loadSoftwareKeys } from '../../core/keys/index.js';
import { passwordFrom } from '../signing-key.js';
import { oneOf } from './sign-options.js';

const help = `Usage: kuvert verify [--trust CA ...] [options]

Verifies every S/MIME signature of a message — multipart/signed, opaque signed-data, and
signatures inside encrypted layers when --key opens them — and validates each signer
certificate (RFC 5280) to the given trust anchors at the signing time and now.

Options:
  --trust CA           a trusted CA certificate, PEM or DER (repeat); without any, no signature
                       is trusted (UNTRUSTED_CHAIN)
  --intermediate CERT  extra intermediate CA certificates (repeat); those in the message are used too
  --crl FILE           a CRL, PEM or DER (repeat); those in the message are used too
  --revocation MODE    soft-fail (default: warn when status is unknown), hard-fail, or off
  --online             use the network: ask OCSP responders, download CRLs named in the
                       certificates, and fetch missing intermediate CA certificates from their
                       AIA caIssuers URLs (DER or .p7c). Off by default: verify then contacts no
                       server (URLs in a message are the sender's choice and would tell them when
                       and where it was read); only --crl, --intermediate and what the message
                       carries are used
  --offline            no network at all (the default; refuses --online)
  --at ISO-8601        verify as of this time instead of now (e.g. 2011-01-01T00:00:00Z)
  --key KEY            a private key to open encrypted layers (see kuvert decrypt)
  --cert CERT          the certificate of --key, when KEY holds none
  --pass-env VAR       read the password of KEY from environment variable VAR
  --json               print the result as JSON on stdout (also when not valid)
  --content-out FILE   write the signed content (the innermost entity) to FILE when valid
  --in FILE            the message (default: standard input)
  -h, --help           this text

Exit status: 0 when every signature is valid and trusted; 2 otherwise, with the code on stderr
(BAD_SIGNATURE, UNTRUSTED_CHAIN, CERT_EXPIRED, CERT_REVOKED, NOT_SIGNED, SIGNER_CERT_MISSING, …);
1 on a usage error. The JSON result: { valid, code, message, signer: { name, email, hsaId,
personnummerPresent, organization, issuer, serial, notBefore, notAfter, policies, role }, signers
(every signer, the first is signer), chain, revocation, signingTime, validAtSigningTime, validNow,
sender, warnings, signatures, layers }.
A personnummer is never printed. Not checked: see README "Signature verification".`;

export const verifyCommand: Command = {
  name: 'verify',
  summary: 'verify S/MIME signatures and the signer\'s certificate',
  help,
  async run(args, io) {
    const { values } = parseArgs({
      args: [...args],
      strict: true,
      allowPositionals: false,
      options: {
        trust: { type: 'string', multiple: true },
        intermediate: { type: 'string', multiple: true },
        crl: { type: 'string', multiple: true },
        revocation: { type: 'string' },
        online: { type: 'boolean' },
        offline: { type: 'boolean' },
        at: { type: 'string' },
        key: { type: 'string' },
        cert: { type: 'string', multiple: true },
        'pass-env': { type: 'string' },
        json: { type: 'boolean' },
        'content-out': { type: 'string' },
        in: { type: 'string' },
      },
    });
    if (values.online && values.offline) throw new KuvertError('USAGE', '--online and --offline exclude each other');
    const mode = oneOf(values.revocation, ['soft-fail', 'hard-fail', 'off'] as const, '--revocation') ?? 'soft-fail';
    let now: Date | undefined;
    if (values.at !== undefined) {
      now = new Date(values.at);
      if (!/^\d{4}-\d\d-\d\d/.test(values.at) || Number.isNaN(now.getTime())) throw new KuvertError('USAGE', `--at must be an ISO 8601 time (got "${values.at}")`);
    }
    const crypto = nodeCrypto();
    const readCerts = async (paths: readonly string[] | undefined): Promise<Uint8Array[]> =>
      (await Promise.all((paths ?? []).map(async (path) => readCertificates(await readInputFile(path, io, 'certificate'))))).flat();
    const trustAnchors = await readCerts(values.trust);
    const intermediates = await readCerts(values.intermediate);
    const crls = (await Promise.all((values.crl ?? []).map(async (path) => readCrls(await readInputFile(path, io, 'CRL'))))).flat();
    let keys;
    if (values.key !== undefined) {
      const password = passwordFrom(values['pass-env'], io);
      keys = await loadSoftwareKeys({ data: await readInputFile(values.key, io, 'key'), certificates: await readCerts(values.cert), ...(password !== undefined ? { password } : {}) }, crypto);
    }
    const message = await readInputFile(values.in, io, 'message');
    const fetch = values.online ? nodeFetch() : undefined;
    let result: MessageVerification;
    try {
      result = await verifyMessage(message, {
        trustAnchors,
        intermediates,
        revocation: { mode, crls, ...(fetch ? { fetch } : {}) },
        ...(fetch ? { aiaFetch: fetch } : {}),
        ...(now ? { now } : {}),
        ...(keys ? { keys } : {}),
      }, crypto);
    } catch (error) {
      if (!values.json || !isKuvertError(error) || error.code === 'UNKNOWN_OPTION') throw error;
      await io.writeStdout(`${JSON.stringify({ valid: false, code: error.code, message: error.message, signer: null, signers: [], chain: [], revocation: { status: 'not-checked' }, signingTime: null, warnings: [], signatures: [], layers: [] }, null, 2)}\n`);
      io.writeStderr(`kuvert: ${error.code}: ${error.message}`);
      return EXIT_FAILURE;
    }
    const { content, valid, code, message: reason, signer, signers, chain, revocation, signingTime, warnings, ...rest } = result;
    // The issue's result shape first (signers: all of them, signer: the first), then the details.
    const report = { valid, code, message: reason, signer, signers, chain, revocation, signingTime, warnings, ...rest };
    if (values.json) await io.writeStdout(`${JSON.stringify(report, null, 2)}\n`);
    else await io.writeStdout(describe(result));
    if (!result.valid) {
      io.writeStderr(`kuvert: ${result.code ?? 'BAD_SIGNATURE'}: ${result.message ?? 'the signature is not valid'}`);
      return EXIT_FAILURE;
    }
    if (values['content-out'] !== undefined && content) await writeOutput(values['content-out'], [content], io);
    return EXIT_OK;
  },
};

/** A short human summary, one signature per paragraph. */
export function describe(result: MessageVerification): string {
  const lines = [`${result.valid ? 'Valid' : 'NOT VALID'} (${result.layers.join(' > ')})`];
  for (const signature of result.signatures) lines.push('', ...describeSignature(signature));
  return `${lines.join('\n')}\n`;
}

export function describeSignature(s: SignatureVerification): string[] {
  const signer = s.signer;
  const who = signer
    ? [signer.name, signer.organization, signer.hsaId ? `HSA-id ${signer.hsaId}` : undefined, signer.email].filter(Boolean).join(', ')
    : 'unknown signer';
  const lines = [
    `Signature: ${s.valid ? 'valid' : `NOT VALID: ${s.code ?? ''} ${s.message ?? ''}`.trim()}`,
    `Signed by: ${who}`,
  ];
  if (signer) lines.push(`Issuer:    ${signer.issuer} (serial ${signer.serial})`);
  if (s.signingTime) lines.push(`Signed at: ${s.signingTime} (claimed by the signer)`);
  if (s.sender.status === 'mismatch') lines.push(`Warning:   From <${s.sender.from ?? ''}> is not the certificate's <${s.sender.certificateEmail ?? ''}>`);
  if (s.sender.status === 'no-email-in-certificate') lines.push('Note:      the certificate carries no e-mail address; check the identity above');
  lines.push(`Revocation: ${s.revocation.status}${s.revocation.revokedAt ? ` (revoked ${s.revocation.revokedAt})` : ''}`);
  if (s.warnings.length > 0) lines.push(`Warnings:  ${s.warnings.join(', ')}`);
  return lines;
}

