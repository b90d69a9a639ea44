/**
 * The companion API, version 1 (`/v1/…`): every request and response body, as schemas both the
 * add-in and the companion check. Binary values are base64. Errors are `{ code, message }`.
 *
 * The PIN never appears here: it is typed in the companion's own page (`pinPageUrl`), which the
 * add-in opens as a dialog; the add-in only learns whether the login succeeded.
 */
import { array, base64, boolean, integer, literal, object, optional, string, union, type Infer, type Schema } from './schema.js';

export const PROTOCOL_VERSION = 1;
export const API_PREFIX = '/v1';
/** The largest request body the companion reads (an RSA-16384 wrapped key is 2,732 base64 characters). */
export const MAX_REQUEST_BYTES = 64 * 1024;

const hex = (maxBytes: number) => string({ maxLength: 2 * maxBytes, pattern: /^(?:[0-9a-f]{2})*$/u });
const digest = literal('SHA-1', 'SHA-256', 'SHA-384', 'SHA-512');

export const errorResponse = object({ code: string({ maxLength: 64, pattern: /^[A-Z0-9_]+$/u }), message: string({ maxLength: 1024 }) });
export type ErrorResponse = Infer<typeof errorResponse>;

export const pinStatus = object({
  protectedAuthenticationPath: boolean(), loginRequired: boolean(), countLow: boolean(), finalTry: boolean(), locked: boolean(), toBeChanged: boolean(),
});

/** `${module index}:${slot id in hex}`: names one token while its card stays inserted. */
export const tokenRef = string({ maxLength: 40, pattern: /^\d{1,2}:[0-9a-f]{2,32}$/u });

export const tokenSummary = object({
  token: tokenRef, label: string({ maxLength: 64 }), serialNumber: string({ maxLength: 64 }),
  manufacturer: string({ maxLength: 64 }), model: string({ maxLength: 64 }), pin: pinStatus,
});

/** GET /v1/status */
export const statusResponse = object({ version: string({ maxLength: 32 }), protocol: literal(PROTOCOL_VERSION), tokens: array(tokenSummary) });
export type StatusResponse = Infer<typeof statusResponse>;

/** POST /v1/pairing: starts pairing; the companion shows the code on its console and page. */
export const pairingStartResponse = object({ pairingId: string({ maxLength: 64 }), expiresInSeconds: integer(1, 3600) });
/** POST /v1/pairing/confirm: the code the user read from the companion. */
export const pairingConfirmRequest = object({ pairingId: string({ maxLength: 64 }), code: string({ maxLength: 16, pattern: /^\d{6}$/u }) });
export const pairingConfirmResponse = object({ token: string({ maxLength: 128 }) });
export type PairingConfirmRequest = Infer<typeof pairingConfirmRequest>;

/** GET /v1/keys: the certificates on the tokens, by CKA_ID (public objects: no PIN needed). */
/** The card holder and role as core/pki's certificate profile reads them (personnummer masked). */
export const certificateHolder = object({
  name: optional(string({ maxLength: 256 })), email: optional(string({ maxLength: 320 })), hsaId: optional(string({ maxLength: 64 })),
  personnummerMasked: optional(string({ maxLength: 16 })), organization: optional(string({ maxLength: 256 })),
  role: literal('encryption', 'signature', 'authentication', 'authentication-and-encryption', 'ca', 'other'),
  notAfter: string({ maxLength: 40 }),
});
export const cardKey = object({ token: tokenRef, id: hex(64), label: string({ maxLength: 256 }), certificate: base64(16 * 1024), holder: optional(certificateHolder) });
export const keysResponse = object({ keys: array(cardKey) });
export type KeysResponse = Infer<typeof keysResponse>;

/** POST /v1/sessions: asks for a login to one token; the user types the PIN at pinPageUrl. */
export const sessionRequest = object({ token: tokenRef, purpose: literal('decrypt', 'sign') });
export const sessionState = object({
  sessionId: string({ maxLength: 64 }),
  state: literal('pin-needed', 'ready', 'closed'),
  /** Absent once ready; a protected authentication path logs in without a page. */
  pinPageUrl: optional(string({ maxLength: 256 })),
  pin: pinStatus,
  /** Why the session closed (PIN_LOCKED, TOKEN_REMOVED, idle timeout, …). */
  error: optional(errorResponse),
});
export type SessionRequest = Infer<typeof sessionRequest>;
export type SessionState = Infer<typeof sessionState>;

const keyTransportAlgorithm = union('name', {
  'RSAES-PKCS1-v1_5': object({ name: literal('RSAES-PKCS1-v1_5') }),
  'RSA-OAEP': object({ name: literal('RSA-OAEP'), hash: digest, mgfHash: digest, label: optional(base64(1024)) }),
});

/** POST /v1/decrypt-key: key transport returns `keyLength` bytes always (no padding oracle). */
export const decryptKeyRequest = union('kind', {
  'key-transport': object({
    kind: literal('key-transport'), sessionId: string({ maxLength: 64 }), id: hex(64), algorithm: keyTransportAlgorithm,
    encryptedKey: base64(2048), keyLength: literal(16, 24, 32),
  }),
  'key-agreement': object({ kind: literal('key-agreement'), sessionId: string({ maxLength: 64 }), id: hex(64), originatorPublicKey: base64(1024) }),
});
export const decryptKeyResponse = object({ key: base64(1024) });
export type DecryptKeyRequest = Infer<typeof decryptKeyRequest>;

const signatureAlgorithm = union('name', {
  'RSASSA-PKCS1-v1_5': object({ name: literal('RSASSA-PKCS1-v1_5'), hash: digest }),
  'RSA-PSS': object({ name: literal('RSA-PSS'), hash: digest, saltLength: integer(0, 512) }),
  ECDSA: object({ name: literal('ECDSA'), hash: digest }),
});

/** POST /v1/sign: `data` is what core signs (DER of the signed attributes); the card signs its hash. */
export const signRequest = object({ sessionId: string({ maxLength: 64 }), id: hex(64), algorithm: signatureAlgorithm, data: base64(16 * 1024) });
export const signResponse = object({ signature: base64(2048) });
export type SignRequest = Infer<typeof signRequest>;

/** The largest body POST /v1/store reads: a 150 MB message as base64 plus JSON framing. */
export const MAX_STORE_REQUEST_BYTES = 210 * 1024 * 1024;

/** What the companion makes from a decrypted message: the `.eml`, a readable PDF, the attachments. */
export const storeFormat = literal('eml', 'pdf', 'attachments');
export type StoreFormat = Infer<typeof storeFormat>;

const destinationName = string({ maxLength: 128 });
/** A folder the companion writes; `kind` absent from companions before the other kinds existed. */
const folderDestination = object({ kind: optional(literal('folder')), name: destinationName, formats: optional(array(storeFormat, 3)) });
const taggedDestination = union('kind', {
  folder: folderDestination,
  /** A SharePoint/OneDrive library the add-in uploads to through Graph (`drive`: `me` or a drive id). */
  'graph-drive': object({
    kind: literal('graph-drive'), name: destinationName, drive: string({ maxLength: 256, pattern: /^(?:me|[A-Za-z0-9!_-][A-Za-z0-9!_.-]{0,255})$/u }),
    folder: string({ maxLength: 400 }), formats: optional(array(storeFormat, 3)),
  }),
  /** The registrar: the add-in forwards the message encrypted to `certificate` (pinned) or a looked-up one. */
  registrar: object({ kind: literal('registrar'), name: destinationName, address: string({ maxLength: 254 }), certificate: optional(base64(16 * 1024)) }),
});
const destinationEntry: Schema<Infer<typeof taggedDestination>> = {
  parse: (value, path) =>
    typeof value === 'object' && value !== null && !('kind' in value) ? folderDestination.parse(value, path) : taggedDestination.parse(value, path),
};
export type DestinationEntry = Infer<typeof taggedDestination>;

/** GET /v1/destinations: the approved storage the policy names, by kind (the user picks by name). */
export const destinationsResponse = object({ destinations: array(destinationEntry, 64) });
export type DestinationsResponse = Infer<typeof destinationsResponse>;

/**
 * POST /v1/store: writes a decrypted message to an approved destination. Either `message` (the
 * decrypted MIME; the companion renders the `formats` asked for, default the destination's) or
 * explicit `files`, or both; at least one of them.
 */
export const storeRequest = object({
  destination: string({ maxLength: 128 }),
  messageId: string({ maxLength: 998 }),
  user: string({ maxLength: 256 }),
  files: optional(array(object({ name: string({ maxLength: 1024 }), data: base64(200 * 1024 * 1024) }), 1000)),
  message: optional(base64(200 * 1024 * 1024)),
  formats: optional(array(storeFormat, 3)),
});
export const storeReceipt = object({
  destination: string({ maxLength: 128 }),
  path: string({ maxLength: 4096 }),
  files: array(object({ name: string({ maxLength: 255 }), sha256: string({ maxLength: 64, pattern: /^[0-9a-f]{64}$/u }), bytes: integer(0, Number.MAX_SAFE_INTEGER) }), 1000),
});
export type StoreRequest = Infer<typeof storeRequest>;

/**
 * POST /v1/render: the files POST /v1/store would write for a `graph-drive` destination — the same
 * rendering (PDF, attachments) and names, and the per-message folder name — returned, not written:
 * the add-in uploads them to the document library itself. Nothing is written to disk.
 */
export const renderRequest = object({
  destination: destinationName,
  messageId: string({ maxLength: 998 }),
  user: string({ maxLength: 256 }),
  message: base64(150 * 1024 * 1024),
  formats: optional(array(storeFormat, 3)),
});
export const renderResponse = object({
  /** The folder name the folder store gives the message ("2026-11-24 id@host"). */
  folder: string({ maxLength: 255 }),
  files: array(object({
    name: string({ maxLength: 255 }), data: base64(200 * 1024 * 1024),
    sha256: string({ maxLength: 64, pattern: /^[0-9a-f]{64}$/u }), bytes: integer(0, Number.MAX_SAFE_INTEGER),
  }), 1000),
});
export type RenderRequest = Infer<typeof renderRequest>;
export type RenderResponse = Infer<typeof renderResponse>;

/** POST /v1/directory/lookup: recipients' certificates from the configured LDAP directories. */
export const directoryLookupRequest = object({ email: string({ maxLength: 320 }) });
export const directoryLookupResponse = object({
  /** core/pki's choice for encryption, if any certificate fits. */
  selected: optional(base64(16 * 1024)),
  certificates: array(base64(16 * 1024), 64),
  /** Servers that did not answer (the lookup still returns what the others found). */
  unreachable: array(string({ maxLength: 1024 }), 16),
});

/** GET /v1/certificates: the local store of recipients' certificates, with expiry warnings. */
export const storedCertificate = object({
  fingerprint: string({ maxLength: 64, pattern: /^[0-9a-f]{64}$/u }), certificate: base64(16 * 1024), holder: certificateHolder,
  source: string({ maxLength: 1024 }), expiry: literal('valid', 'expires-soon', 'expired', 'not-yet-valid'),
});
export const certificatesResponse = object({ certificates: array(storedCertificate, 10_000) });
/** POST /v1/certificates: imports a .cer/.crt/.pem/.p7b/.p7c file. */
export const certificateImportRequest = object({ data: base64(1024 * 1024), source: string({ maxLength: 1024 }) });
export const certificateImportResponse = object({ fingerprints: array(string({ maxLength: 64 }), 1000) });

/**
 * POST /v1/certificates/validate: path validation (RFC 5280) of a recipient's or signer's
 * certificate against the companion's trust anchors, with OCSP/CRL and AIA fetched by the
 * companion (a web add-in cannot: responders send no CORS headers).
 */
export const certificateValidateRequest = object({
  certificate: base64(16 * 1024),
  intermediates: optional(array(base64(16 * 1024), 16)),
  usage: literal('signature', 'encryption'),
  /** ISO 8601; default now. */
  at: optional(string({ maxLength: 40 })),
});
export const revocationState = object({
  status: literal('good', 'revoked', 'unknown', 'not-checked', 'unavailable'),
  source: optional(literal('ocsp', 'crl')),
  revokedAt: optional(string({ maxLength: 40 })),
  reason: optional(string({ maxLength: 64 })),
});
export const certificateValidateResponse = object({
  valid: boolean(),
  code: optional(string({ maxLength: 64, pattern: /^[A-Z0-9_]+$/u })),
  message: optional(string({ maxLength: 1024 })),
  validNow: boolean(),
  revocation: revocationState,
  warnings: array(string({ maxLength: 64 }), 64),
  holder: optional(certificateHolder),
  /** Subjects from end entity to trust anchor, for display. */
  chain: array(string({ maxLength: 1024 }), 16),
});
export type CertificateValidateRequest = Infer<typeof certificateValidateRequest>;
export type CertificateValidateResponse = Infer<typeof certificateValidateResponse>;

/**
 * POST /v1/certificates/harvest: a signed message (MIME, as received). The companion verifies it
 * itself (never trusting the caller's verdict) and stores valid signers' certificates, with their
 * S/MIME capabilities and RFC 8551 encryption-key preference, so replying encrypted just works.
 */
export const MAX_HARVEST_REQUEST_BYTES = MAX_STORE_REQUEST_BYTES;
export const certificateHarvestRequest = object({ message: base64(150 * 1024 * 1024), source: optional(string({ maxLength: 1024 })) });
export const certificateHarvestResponse = object({
  /** Fingerprints stored (new or refreshed); empty when no signer verified. */
  fingerprints: array(string({ maxLength: 64, pattern: /^[0-9a-f]{64}$/u }), 64),
  /** The verification code when nothing was stored (NOT_SIGNED, BAD_SIGNATURE, UNTRUSTED_CHAIN, …). */
  code: optional(string({ maxLength: 64, pattern: /^[A-Z0-9_]+$/u })),
});
export type CertificateHarvestResponse = Infer<typeof certificateHarvestResponse>;

/**
 * GET /v1/policy: the organisation's policy the companion was configured with (JSON text, checked
 * by core's policy validator on the add-in side too); 404 NOT_FOUND when none is configured.
 */
export const policyResponse = object({ policy: string({ maxLength: 256 * 1024 }), source: string({ maxLength: 1024 }) });
export type PolicyResponse = Infer<typeof policyResponse>;
