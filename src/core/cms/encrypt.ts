/**
 * encryptCms: content → DER ContentInfo with EnvelopedData (AES-CBC) or AuthEnvelopedData (AES-GCM),
 * returned as chunks so the ciphertext is never copied into a second buffer.
 */
import * as asn1js from 'asn1js';
import { KuvertError, assertArgument, toKuvertError } from '../errors.js';
import { defaultCrypto, type CryptoEngine } from '../crypto-engine.js';
import type { DigestAlgorithm } from '../keys/key-provider.js';
import { derBytes } from './asn1.js';
import { chunksLength } from './der-writer.js';
import { identifyCertificate } from './certificate-identity.js';
import { chooseContentCipher, chooseRecipientKey } from './algorithm-choice.js';
import {
  cipherKeyLength, encodeContentEncryptionAlgorithm, encryptContent, isAuthenticatedCipher, isContentCipher,
  newContentEncryptionParameters, type ContentCipher,
} from './content-encryption.js';
import { buildKeyTransRecipientInfo, type RecipientIdentifierChoice } from './key-trans-recipient.js';
import { buildKeyAgreeRecipientInfo } from './key-agree-recipient.js';
import { envelopeFraming, writeEnvelope, type EnvelopeType } from './envelope-framing.js';
import { encryptContentStreaming } from './content-encryption-stream.js';
import { isDigestAlgorithm } from './digest-algorithms.js';
import type { SmimeCapabilities } from './smime-capabilities.js';

export interface EncryptRecipient {
  /** DER certificate (RSA, or EC P-256/P-384/P-521). */
  readonly certificate: Uint8Array;
  /** RSA only. Default: chosen by algorithm-choice.ts (PKCS#1 v1.5 unless OAEP was announced). */
  readonly keyTransport?: 'pkcs1' | 'oaep';
  /** OAEP hash (MGF1 uses the same). Default SHA-256. */
  readonly oaepHash?: DigestAlgorithm;
  /** Default issuerAndSerialNumber. */
  readonly identifier?: RecipientIdentifierChoice;
  /** What this recipient announced in an earlier signed message. */
  readonly capabilities?: SmimeCapabilities;
}

export interface EncryptOptions {
  /** Default: chosen by algorithm-choice.ts (AES-256-CBC unless every recipient announced AES-256-GCM). */
  readonly cipher?: ContentCipher;
  readonly recipients: readonly EncryptRecipient[];
  /** Key transport for every RSA recipient that does not name its own; EC recipients ignore it. */
  readonly keyTransport?: 'pkcs1' | 'oaep';
  /** OAEP hash for every RSA recipient that does not name its own. */
  readonly oaepHash?: DigestAlgorithm;
}

export interface EncryptedCms {
  /**
   * DER ContentInfo, in order; concatenate or stream them. With an engine that has `streams`, the
   * ciphertext is computed while this is iterated, and it can be iterated only once.
   */
  readonly chunks: Iterable<Uint8Array>;
  readonly length: number;
  readonly contentType: EnvelopeType;
}

const OPTION_KEYS = new Set(['cipher', 'recipients', 'keyTransport', 'oaepHash']);
const RECIPIENT_KEYS = new Set(['certificate', 'keyTransport', 'oaepHash', 'identifier', 'capabilities']);

function checkOptions(options: EncryptOptions): void {
  for (const key of Object.keys(options)) if (!OPTION_KEYS.has(key)) throw new KuvertError('UNKNOWN_OPTION', `unknown option ${key}`);
  assertArgument(options.cipher === undefined || isContentCipher(options.cipher), 'cipher is not supported');
  assertArgument(options.keyTransport === undefined || options.keyTransport === 'pkcs1' || options.keyTransport === 'oaep', 'keyTransport must be pkcs1 or oaep');
  assertArgument(options.oaepHash === undefined || isDigestAlgorithm(options.oaepHash), 'oaepHash is not supported');
  const recipients: readonly EncryptRecipient[] = options.recipients;
  if (!(recipients instanceof Array) || recipients.length === 0) throw new KuvertError('NO_RECIPIENTS');
  for (const recipient of recipients) {
    for (const key of Object.keys(recipient)) if (!RECIPIENT_KEYS.has(key)) throw new KuvertError('UNKNOWN_OPTION', `unknown recipient option ${key}`);
    assertArgument(recipient.certificate instanceof Uint8Array, 'recipient certificate must be DER bytes');
    assertArgument(recipient.keyTransport === undefined || recipient.keyTransport === 'pkcs1' || recipient.keyTransport === 'oaep', 'keyTransport must be pkcs1 or oaep');
    assertArgument(recipient.oaepHash === undefined || isDigestAlgorithm(recipient.oaepHash), 'oaepHash is not supported');
    assertArgument(recipient.identifier === undefined || recipient.identifier === 'issuerAndSerialNumber' || recipient.identifier === 'subjectKeyIdentifier', 'identifier is not supported');
  }
}

/** RFC 5652 §6.1 version rule (no originatorInfo, no pwri/ori, no unprotectedAttrs): 0 iff every RecipientInfo is v0. */
function envelopedDataVersion(recipientVersions: readonly number[]): number {
  return recipientVersions.every((version) => version === 0) ? 0 : 2;
}

export async function encryptCms(content: Uint8Array, options: EncryptOptions, crypto: CryptoEngine = defaultCrypto()): Promise<EncryptedCms> {
  assertArgument(content instanceof Uint8Array, 'content must be bytes');
  checkOptions(options);
  const cipher = chooseContentCipher(options.cipher, options.recipients);
  const cek = crypto.getRandomValues(new Uint8Array(cipherKeyLength(cipher)));
  try {
    const recipientInfos = [];
    const versions: number[] = [];
    for (const recipient of options.recipients) {
      const identity = await identifyCertificate(recipient.certificate, crypto);
      const rsa = identity.publicKey?.type === 'RSA';
      const keyTransport = recipient.keyTransport ?? (rsa ? options.keyTransport : undefined);
      const oaepHash = recipient.oaepHash ?? (rsa ? options.oaepHash : undefined);
      const choice = chooseRecipientKey({ ...recipient, ...(keyTransport ? { keyTransport } : {}), ...(oaepHash ? { oaepHash } : {}) }, identity.publicKey);
      const identifier = recipient.identifier ?? 'issuerAndSerialNumber';
      if (choice.kind === 'key-transport') {
        recipientInfos.push(await buildKeyTransRecipientInfo(identity, identifier, choice.algorithm, cek, crypto));
        versions.push(identifier === 'issuerAndSerialNumber' ? 0 : 2);
      } else {
        const curve = identity.publicKey?.type === 'EC' ? identity.publicKey.curve : 'P-256';
        recipientInfos.push(await buildKeyAgreeRecipientInfo(identity, curve, identifier, cek, crypto));
        versions.push(3);
      }
    }
    const parameters = newContentEncryptionParameters(cipher, crypto);
    const authenticated = isAuthenticatedCipher(cipher);
    const type: EnvelopeType = authenticated ? 'authEnveloped-data' : 'enveloped-data';
    const frame = {
      type,
      // RFC 5083 §2.1: AuthEnvelopedData version is always 0.
      version: authenticated ? 0 : envelopedDataVersion(versions),
      recipientInfos: derBytes(new asn1js.Set({ value: recipientInfos.map((info) => info.toSchema()) })),
      contentEncryptionAlgorithm: encodeContentEncryptionAlgorithm(parameters),
    };
    if (crypto.streams) {
      // Large-message path: ciphertext is produced while the caller writes it out (iterate once).
      const streamed = encryptContentStreaming(parameters, cek, content, crypto.streams);
      const framing = envelopeFraming({ ...frame, ciphertextLength: streamed.length, macLength: parameters.tagLength });
      const chunks: Iterable<Uint8Array> = {
        *[Symbol.iterator]() {
          yield* framing.before;
          yield* streamed.chunks();
          yield* framing.after(authenticated ? streamed.tag() : undefined);
        },
      };
      return { chunks, length: framing.length, contentType: type };
    }
    const { ciphertext, tag } = await encryptContent(parameters, cek, content, crypto);
    const chunks = writeEnvelope({ ...frame, ciphertext, ...(authenticated ? { mac: tag } : {}) });
    return { chunks, length: chunksLength(chunks), contentType: type };
  } catch (error) {
    throw toKuvertError(error, 'ENCRYPT_FAILED');
  } finally {
    cek.fill(0);
  }
}
