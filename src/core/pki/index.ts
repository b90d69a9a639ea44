/** Certificates for Swedish public-sector S/MIME: profiles, selection, RFC 5280 path validation, revocation. */
export { readCertificateProfile } from './certificate-profile.js';
export { selectEncryptionCertificate, selectSigningCertificate } from './certificate-selection.js';
export { validateCertificatePath } from './validate-certificate-path.js';
export { readCertificates } from './certificate-file.js';
export { readCrls } from './crl-file.js';
export type * from './types.js';
