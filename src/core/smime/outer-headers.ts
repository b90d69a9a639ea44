/**
 * Splits a message's header fields between the outer (RFC 5322) header and the inner MIME entity
 * that gets encrypted (RFC 8551 §3.1: the MIME entity's Content-* fields travel inside; the
 * message's own fields — From, To, Cc, Date, Message-ID, Subject, … — stay outside).
 */
import { utf8 } from '../bytes.js';
import type { HeaderField } from '../mime/header-field.js';

export function isContentField(field: HeaderField): boolean {
  return field.lowerName.startsWith('content-');
}

/** A header field line (plus CRLF) for a value we write ourselves; values are ASCII. */
export function headerLine(name: string, value: string): Uint8Array {
  return utf8(`${name}: ${value}\r\n`);
}

/** The raw bytes of a field, guaranteed to end in CRLF (input may use bare LF). */
export function fieldBytes(field: HeaderField): Uint8Array {
  const raw = field.raw;
  const n = raw.length;
  if (n >= 2 && raw[n - 2] === 13 && raw[n - 1] === 10) return raw;
  if (n >= 1 && raw[n - 1] === 10) {
    const out = new Uint8Array(n + 1);
    out.set(raw.subarray(0, n - 1));
    out[n - 1] = 13;
    out[n] = 10;
    return out;
  }
  const out = new Uint8Array(n + 2);
  out.set(raw);
  out[n] = 13;
  out[n + 1] = 10;
  return out;
}

/** Appends a parameter to a Content-Type field's raw bytes, folded onto its own line. */
export function withParameter(field: HeaderField, parameter: string): Uint8Array {
  const raw = fieldBytes(field);
  const head = raw.subarray(0, raw.length - 2);
  const tail = utf8(`;\r\n ${parameter}\r\n`);
  const out = new Uint8Array(head.length + tail.length);
  out.set(head);
  out.set(tail, head.length);
  return out;
}

/** The outer Content-* fields of an encrypted S/MIME message (RFC 8551 §3.3). */
export function envelopedContentFields(smimeType: 'enveloped-data' | 'authEnveloped-data'): Uint8Array[] {
  return [
    headerLine('Content-Type', `application/pkcs7-mime; smime-type=${smimeType};\r\n name="smime.p7m"`),
    headerLine('Content-Transfer-Encoding', 'base64'),
    headerLine('Content-Disposition', 'attachment; filename="smime.p7m"'),
    headerLine('Content-Description', 'S/MIME Encrypted Message'),
  ];
}
