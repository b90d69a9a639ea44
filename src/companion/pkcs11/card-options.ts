/**
 * The card options `kuvert decrypt` and `kuvert sign` share, without the PKCS#11 module itself:
 * commands load open-card-keys.ts (and the native pkcs11js) only when a card is asked for.
 */
import { KuvertError } from '../../core/errors.js';

export interface CardKeyRequest {
  readonly library: string;
  /** The token label; may be absent when exactly one token is present. */
  readonly token?: string;
  /** CKA_ID in hex. */
  readonly keyId?: string;
  /** Absent for a token with a protected authentication path (PIN pad). */
  readonly pin?: string;
}

/** The card options `kuvert decrypt` and `kuvert sign` share, as parsed by node:util parseArgs. */
export interface CardOptions {
  readonly 'pkcs11-module'?: string | undefined;
  readonly token?: string | undefined;
  readonly 'key-id'?: string | undefined;
  readonly 'pin-env'?: string | undefined;
}

export const CARD_OPTION_SPEC = {
  'pkcs11-module': { type: 'string' },
  token: { type: 'string' },
  'key-id': { type: 'string' },
  'pin-env': { type: 'string' },
} as const;

export const CARD_OPTIONS_HELP = `Smart card (PKCS#11) instead of --key:
  --pkcs11-module LIB  the card middleware's PKCS#11 module (Net iD libiidp11.so, OpenSC
                       opensc-pkcs11.so, SoftHSM2 libsofthsm2.so)
  --token LABEL        the token (card or PIN slot) label; optional when only one is present
  --key-id HEX         the key's CKA_ID, when the token holds several keys
  --pin-env VAR        read the PIN from environment variable VAR (never from the command line);
                       leave it out for a card reader with a PIN pad
`;

/** The card request from CLI options, or undefined when --pkcs11-module is absent. */
export function cardKeyRequestFrom(options: CardOptions, env: Readonly<Record<string, string | undefined>>): CardKeyRequest | undefined {
  const library = options['pkcs11-module'];
  if (library === undefined) {
    const stray = (['token', 'key-id', 'pin-env'] as const).find((name) => options[name] !== undefined);
    if (stray) throw new KuvertError('USAGE', `--${stray} needs --pkcs11-module`);
    return undefined;
  }
  const variable = options['pin-env'];
  const pin = variable === undefined ? undefined : env[variable];
  if (variable !== undefined && pin === undefined) throw new KuvertError('USAGE', `environment variable ${variable} is not set`);
  return {
    library,
    ...(options.token !== undefined ? { token: options.token } : {}),
    ...(options['key-id'] !== undefined ? { keyId: options['key-id'] } : {}),
    ...(pin !== undefined ? { pin } : {}),
  };
}
