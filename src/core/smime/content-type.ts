/**
 * What kind of S/MIME entity a Content-Type names (RFC 8551 §3.2, §3.9: application/pkcs7-mime with
 * smime-type; application/x-pkcs7-mime is the pre-RFC-5751 alias that older clients still send).
 */
import type { ContentType } from '../mime/entity.js';

export type SmimeKind = 'enveloped-data' | 'authEnveloped-data' | 'signed-data' | 'multipart-signed' | 'compressed-data' | 'certs-only' | 'pkcs7-mime-unknown' | 'none';

export function smimeKind(contentType: ContentType | undefined): SmimeKind {
  if (!contentType) return 'none';
  const type = contentType.type.toLowerCase();
  const subtype = contentType.subtype.toLowerCase();
  if (type === 'multipart' && subtype === 'signed') return 'multipart-signed';
  if (type !== 'application' || (subtype !== 'pkcs7-mime' && subtype !== 'x-pkcs7-mime')) return 'none';
  const smimeType = (contentType.params['smime-type'] ?? '').toLowerCase();
  switch (smimeType) {
    case 'enveloped-data':
      return 'enveloped-data';
    case 'authenveloped-data':
      return 'authEnveloped-data';
    case 'signed-data':
      return 'signed-data';
    case 'compressed-data':
      return 'compressed-data';
    case 'certs-only':
      return 'certs-only';
    default:
      // Some clients omit smime-type (RFC 8551 §3.2.2 says receivers should then look at the CMS).
      return 'pkcs7-mime-unknown';
  }
}

export const SMIME_FILENAME = 'smime.p7m';
