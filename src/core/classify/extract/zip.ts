/**
 * Reads selected entries of a zip archive (OOXML, ODF) with fflate, counting inflated bytes as
 * they stream so a zip bomb stops at the limit whatever sizes its headers claim.
 */
import { Unzip, UnzipInflate, type UnzipFile } from 'fflate';
import { KuvertError } from '../../errors.js';
import { concatBytes } from '../../bytes.js';
import type { ExtractionLimits } from './limits.js';

export function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/** Entries whose name passes `wanted`, inflated in full; throws EXTRACTION_LIMIT or ATTACHMENT_UNINSPECTABLE. */
export function readZipEntries(bytes: Uint8Array, wanted: (name: string) => boolean, limits: ExtractionLimits): Map<string, Uint8Array> {
  const out = new Map<string, Uint8Array>();
  let inflated = 0;
  let entries = 0;
  let failure: KuvertError | undefined;
  const unzip = new Unzip((file: UnzipFile) => {
    entries++;
    if (entries > limits.maxArchiveEntries) failure ??= new KuvertError('EXTRACTION_LIMIT', 'too many archive entries');
    if (failure !== undefined || !wanted(file.name)) return;
    if (file.compression !== 0 && file.compression !== 8) {
      failure = new KuvertError('ATTACHMENT_UNINSPECTABLE', `unsupported zip compression ${file.compression}`);
      return;
    }
    const chunks: Uint8Array[] = [];
    file.ondata = (error, chunk, final) => {
      if (failure !== undefined) return;
      if (error !== null) {
        failure = new KuvertError('ATTACHMENT_UNINSPECTABLE', 'corrupt zip entry', { cause: error });
        return;
      }
      inflated += chunk.length;
      if (inflated > limits.maxInflatedBytes) {
        failure = new KuvertError('EXTRACTION_LIMIT', 'archive inflates beyond the limit');
        file.terminate();
        return;
      }
      chunks.push(chunk);
      if (final) out.set(file.name, chunks.length === 1 ? chunks[0]! : concatBytes(chunks));
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  // Feed in slices so the limit check runs between them rather than after a whole bomb inflates.
  const SLICE = 64 * 1024;
  try {
    for (let i = 0; i < bytes.length && failure === undefined; i += SLICE) {
      unzip.push(bytes.subarray(i, Math.min(bytes.length, i + SLICE)), i + SLICE >= bytes.length);
    }
  } catch (error) {
    throw failure ?? new KuvertError('ATTACHMENT_UNINSPECTABLE', 'corrupt zip archive', { cause: error });
  }
  if (failure !== undefined) throw failure;
  return out;
}
