/**
 * RFC 5280 §4.2.1.6 GeneralName, in the forms path validation compares: rfc822Name, dNSName, URI,
 * directoryName, iPAddress. Other forms are kept by tag so name constraints can fail closed on them.
 */
import type { GeneralName} from 'pkijs';
import { AltName, type Extension } from 'pkijs';
import { derBytes } from '../../cms/asn1.js';
import { KuvertError } from '../../errors.js';
import { normalizeName, type NormalizedName } from '../distinguished-name-match.js';
import { parsedExtension } from './parsed-extension.js';

export type Name =
  | { readonly kind: 'rfc822' | 'dns' | 'uri'; readonly value: string }
  | { readonly kind: 'directory'; readonly value: NormalizedName; readonly der: Uint8Array }
  | { readonly kind: 'ip'; readonly value: Uint8Array }
  | { readonly kind: 'other'; readonly tag: number };

export function fromGeneralName(name: GeneralName): Name {
  const value: unknown = name.value;
  switch (name.type) {
    case 1:
    case 2:
    case 6: {
      const text = typeof value === 'string' ? value : undefined;
      if (text === undefined) throw new KuvertError('MALFORMED_CERTIFICATE', 'malformed GeneralName');
      return { kind: name.type === 1 ? 'rfc822' : name.type === 2 ? 'dns' : 'uri', value: text };
    }
    case 4: {
      const der = derBytes((value as { toSchema(): { toBER(sizeOnly?: boolean): ArrayBuffer } }).toSchema());
      return { kind: 'directory', value: normalizeName(der), der };
    }
    case 7: {
      const bytes = (value as { valueBlock?: { valueHexView?: Uint8Array } } | undefined)?.valueBlock?.valueHexView;
      if (!bytes) throw new KuvertError('MALFORMED_CERTIFICATE', 'malformed iPAddress');
      return { kind: 'ip', value: bytes };
    }
    default:
      return { kind: 'other', tag: name.type };
  }
}

export function readSubjectAltName(extension: Extension): readonly Name[] {
  return parsedExtension(extension, AltName, 'subjectAltName').altNames.map(fromGeneralName);
}
