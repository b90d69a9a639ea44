/**
 * What the `/v1` route handlers share: the services of a running companion (ApiContext), one
 * request as the handlers see it (ApiCall), and small helpers for base64 and checked responses.
 */
import type { CryptoEngine } from '../../core/crypto-engine.js';
import type { FetchPort } from '../../core/pki/types.js';
import { readCertificateProfile } from '../../core/pki/index.js';
import type { certificateHolder, Infer, Schema } from '../../protocol/index.js';
import type { DirectoryServer } from '../directory/ldap-directory.js';
import type { ApprovedStorage } from '../storage/approved-storage.js';
import type { CertificateStore } from '../certstore/certificate-store.js';
import type { CardSessions } from './card-sessions.js';
import type { PairingStore } from './pairing.js';

export type RevocationMode = 'off' | 'soft-fail' | 'hard-fail';

export interface ApiContext {
  readonly version: string;
  readonly sessions: CardSessions;
  readonly pairing: PairingStore;
  readonly crypto: CryptoEngine;
  /** The companion's own origin for PIN page addresses (https://127.0.0.1:PORT). */
  readonly ownOrigin: string;
  readonly storage: ApprovedStorage;
  readonly directories: readonly DirectoryServer[];
  readonly certificates: CertificateStore;
  /** DER trust anchors for certificate validation and harvesting (none: nothing is trusted). */
  readonly trustAnchors: readonly Uint8Array[];
  /** OCSP/CRL policy; `fetch` absent means offline (no OCSP, CRL or AIA download). */
  readonly revocation: RevocationMode;
  readonly fetch?: FetchPort;
  /** The organisation policy as configured (its JSON text and where it came from). */
  readonly policy?: { readonly text: string; readonly source: string };
}

export interface ApiCall {
  readonly method: string;
  readonly path: string;
  readonly origin: string;
  readonly authorization: string | undefined;
  /** Reads the JSON body; `limit` raises the default size limit (store and harvest only). */
  readBody(limit?: number): Promise<unknown>;
}

/** A group of routes: the answer's body, or undefined when no route of the group matches. */
export type RouteGroup = (call: ApiCall, context: ApiContext) => Promise<unknown> | undefined;

export const b64 = (bytes: Uint8Array): string => Buffer.from(bytes).toString('base64');
export const bytesOf = (text: string): Uint8Array => new Uint8Array(Buffer.from(text, 'base64'));
export const checked = <T>(schema: Schema<T>, value: T): T => schema.parse(value, 'response');

/** The holder from core/pki's profile; a certificate it cannot read is listed without one. */
export function holderOf(der: Uint8Array): { holder?: Infer<typeof certificateHolder> } {
  try {
    const profile = readCertificateProfile(der);
    const optionalText = (key: 'name' | 'email' | 'hsaId' | 'personnummerMasked' | 'organization') => (profile[key] !== undefined ? { [key]: profile[key] } : {});
    return {
      holder: {
        ...optionalText('name'), ...optionalText('email'), ...optionalText('hsaId'), ...optionalText('personnummerMasked'), ...optionalText('organization'),
        role: profile.role, notAfter: profile.notAfter,
      },
    };
  } catch {
    return {};
  }
}
