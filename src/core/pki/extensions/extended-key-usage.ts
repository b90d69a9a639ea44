/** RFC 5280 §4.2.1.12 ExtKeyUsageSyntax: the key purpose OIDs. */
import { ExtKeyUsage, type Extension } from 'pkijs';
import { parsedExtension } from './parsed-extension.js';

export function readExtendedKeyUsage(extension: Extension): readonly string[] {
  return [...parsedExtension(extension, ExtKeyUsage, 'extKeyUsage').keyPurposes];
}
