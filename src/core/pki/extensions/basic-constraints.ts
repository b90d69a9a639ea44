/** RFC 5280 §4.2.1.9 BasicConstraints: cA and the optional pathLenConstraint. */
import { BasicConstraints, type Extension } from 'pkijs';
import { KuvertError } from '../../errors.js';
import { parsedExtension } from './parsed-extension.js';

export interface BasicConstraintsValue {
  readonly ca: boolean;
  readonly pathLength: number | undefined;
}

export function readBasicConstraints(extension: Extension): BasicConstraintsValue {
  const value = parsedExtension(extension, BasicConstraints, 'basicConstraints');
  const raw = value.pathLenConstraint;
  const pathLength = raw === undefined ? undefined : typeof raw === 'number' ? raw : raw.valueBlock.valueDec;
  if (pathLength !== undefined && (!Number.isSafeInteger(pathLength) || pathLength < 0)) {
    throw new KuvertError('MALFORMED_CERTIFICATE', 'basicConstraints pathLenConstraint is out of range');
  }
  return { ca: value.cA, pathLength };
}
