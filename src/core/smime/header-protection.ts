/**
 * RFC 9788 header protection for encrypted messages. The cryptographic payload carries a copy of
 * every non-structural header field, its Content-Type gets `hp="cipher"`, and an `HP-Outer` field
 * records each field as it appears outside. Outside, the baseline confidentiality policy
 * (hcp_baseline, RFC 9788 §3.2.1) replaces Subject with "[...]" and drops Keywords and Comments.
 */
import { utf8 } from '../bytes.js';
import type { HeaderField } from '../mime/header-field.js';
import { fieldBytes, headerLine, isContentField } from './outer-headers.js';

export const OBSCURED_SUBJECT = '[...]';
const DROPPED_OUTSIDE = new Set(['keywords', 'comments']);

/** Header fields that only describe the MIME structure and are never protected or obscured. */
function isStructural(field: HeaderField): boolean {
  return isContentField(field) || field.lowerName === 'mime-version';
}

export interface ProtectedHeaders {
  /** Fields for the outer header, in order (CRLF-terminated bytes). */
  readonly outer: Uint8Array[];
  /** Non-structural fields to place in the inner header, plus their HP-Outer records. */
  readonly inner: Uint8Array[];
}

export function protectHeaders(fields: readonly HeaderField[]): ProtectedHeaders {
  const outer: Uint8Array[] = [];
  const inner: Uint8Array[] = [];
  const hpOuter: Uint8Array[] = [];
  for (const field of fields) {
    if (isStructural(field)) continue;
    inner.push(fieldBytes(field));
    if (DROPPED_OUTSIDE.has(field.lowerName)) continue;
    if (field.lowerName === 'subject') {
      outer.push(headerLine('Subject', OBSCURED_SUBJECT));
      hpOuter.push(headerLine('HP-Outer', `Subject: ${OBSCURED_SUBJECT}`));
      continue;
    }
    outer.push(fieldBytes(field));
    hpOuter.push(utf8(`HP-Outer: ${field.name}: ${field.value}\r\n`));
  }
  return { outer, inner: [...inner, ...hpOuter] };
}

/** True when a Content-Type value carries RFC 9788's hp parameter for encryption. */
export function isHeaderProtected(params: Readonly<Record<string, string>>): boolean {
  return (params.hp ?? '').toLowerCase() === 'cipher';
}
