/** The EC curves CMS and the key loaders accept, with their named-curve OIDs (RFC 5480 §2.1.1.1). */
import { OID } from './oids.js';

export type EcCurve = 'P-256' | 'P-384' | 'P-521';

export const CURVE_OIDS: Record<EcCurve, string> = {
  'P-256': OID.secp256r1,
  'P-384': OID.secp384r1,
  'P-521': OID.secp521r1,
};

export function curveOfOid(oid: string): EcCurve | undefined {
  return (Object.keys(CURVE_OIDS) as EcCurve[]).find((curve) => CURVE_OIDS[curve] === oid);
}
