/**
 * Formats an X.501 Name as an RFC 4514 string (most specific RDN first), for messages such as
 * "encrypted for certificate X". Only for display: matching always compares DER bytes.
 */
import type { RelativeDistinguishedNames } from 'pkijs';

const SHORT_NAMES: Record<string, string> = {
  '2.5.4.3': 'CN',
  '2.5.4.4': 'SN',
  '2.5.4.5': 'serialNumber',
  '2.5.4.6': 'C',
  '2.5.4.7': 'L',
  '2.5.4.8': 'ST',
  '2.5.4.10': 'O',
  '2.5.4.11': 'OU',
  '2.5.4.12': 'title',
  '2.5.4.42': 'GN',
  '2.5.4.97': 'organizationIdentifier',
  '0.9.2342.19200300.100.1.25': 'DC',
  '1.2.840.113549.1.9.1': 'emailAddress',
};

function escapeValue(value: string): string {
  return value
    .replace(/[\\,+"<>;=]/g, (c) => `\\${c}`)
    .replace(/^[ #]/, (c) => `\\${c}`)
    .replace(/ $/, '\\ ');
}

export function formatDistinguishedName(name: RelativeDistinguishedNames): string {
  // pkijs flattens RDNs into typesAndValues in encoding order.
  return formatAttributes(name.typesAndValues.map((atv) => {
    const value = (atv.value.valueBlock as { value?: unknown }).value;
    return { type: atv.type, value: typeof value === 'string' ? value : undefined };
  }));
}

/** Attributes in encoding order (value undefined when not a string type); RFC 4514 writes them reversed. */
export function formatAttributes(attributes: readonly { readonly type: string; readonly value: string | undefined }[]): string {
  return attributes
    .map((atv) => `${SHORT_NAMES[atv.type] ?? atv.type}=${escapeValue(atv.value ?? '#')}`)
    .reverse()
    .join(', ');
}
