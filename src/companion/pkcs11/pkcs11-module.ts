/**
 * One loaded PKCS#11 module (Net iD `libiidp11.so`, OpenSC `opensc-pkcs11.so`, SoftHSM2
 * `libsofthsm2.so`): lists the tokens present and opens sessions on them. Each PIN of a card may
 * show up as its own slot (Net iD), so a token is what the user picks, not a reader.
 */
import pkcs11js from 'pkcs11js';
import { KuvertError } from '../../core/errors.js';
import { toPkcs11Error, returnValueOf } from './pkcs11-errors.js';
import { pinStatusOf, type PinStatus } from './pin-status.js';
import { TokenSession } from './token-session.js';

/** The subset of pkcs11js the companion uses; a test may wrap the real binding to simulate a card. */
export type Pkcs11Binding = pkcs11js.PKCS11;

export interface TokenDescription {
  /** The slot id in hex; stable while the card stays inserted. */
  readonly slot: string;
  readonly label: string;
  readonly serialNumber: string;
  readonly manufacturer: string;
  readonly model: string;
  readonly pin: PinStatus;
}

const trimPadded = (text: string): string => text.replace(/[\s\0]+$/u, '');

export class Pkcs11Module {
  readonly library: string;
  readonly #binding: Pkcs11Binding;
  #finalized = false;

  private constructor(library: string, binding: Pkcs11Binding) {
    this.library = library;
    this.#binding = binding;
  }

  /** Loads and initialises the module; `binding` is for tests only. */
  static open(library: string, binding: Pkcs11Binding = new pkcs11js.PKCS11()): Pkcs11Module {
    try {
      binding.load(library);
    } catch (error) {
      throw new KuvertError('PKCS11_MODULE_FAILED', `cannot load the PKCS#11 module ${library}`, { cause: error });
    }
    try {
      binding.C_Initialize({ flags: pkcs11js.CKF_OS_LOCKING_OK });
    } catch (error) {
      if (returnValueOf(error) !== pkcs11js.CKR_CRYPTOKI_ALREADY_INITIALIZED) {
        throw new KuvertError('PKCS11_MODULE_FAILED', `cannot initialise the PKCS#11 module ${library}`, { cause: error });
      }
    }
    return new Pkcs11Module(library, binding);
  }

  /** Initialised tokens present now (SoftHSM2's spare uninitialised slot is left out). */
  tokens(): TokenDescription[] {
    this.#assertOpen();
    try {
      return this.#binding.C_GetSlotList(true).flatMap((slot) => {
        const info = this.#binding.C_GetTokenInfo(slot);
        if ((info.flags & pkcs11js.CKF_TOKEN_INITIALIZED) === 0) return [];
        return [{
          slot: slot.toString('hex'),
          label: trimPadded(info.label),
          serialNumber: trimPadded(info.serialNumber),
          manufacturer: trimPadded(info.manufacturerID),
          model: trimPadded(info.model),
          pin: pinStatusOf(info.flags),
        }];
      });
    } catch (error) {
      throw toPkcs11Error(error, 'listing tokens', 'PKCS11_MODULE_FAILED');
    }
  }

  /** The token with this label, or the only token when no label is given. */
  findToken(label?: string): TokenDescription {
    const tokens = this.tokens();
    const matching = label === undefined ? tokens : tokens.filter((token) => token.label === label);
    const [only, ...more] = matching;
    if (!only) throw new KuvertError('TOKEN_NOT_FOUND', label === undefined ? 'no token is present' : `no token labelled "${label}" is present`);
    if (more.length > 0) throw new KuvertError('TOKEN_NOT_FOUND', `${matching.length} tokens match; name one with its label`);
    return only;
  }

  /** A new session on the token in `slot` (hex, from tokens()). */
  openSession(slot: string): TokenSession {
    this.#assertOpen();
    const handle = Buffer.from(slot, 'hex');
    try {
      const session = this.#binding.C_OpenSession(handle, pkcs11js.CKF_SERIAL_SESSION);
      return new TokenSession(this.#binding, handle, session);
    } catch (error) {
      throw toPkcs11Error(error, 'opening a session', 'TOKEN_NOT_FOUND');
    }
  }

  /** C_Finalize: every session of this module ends; their key providers then fail with TOKEN_REMOVED. */
  finalize(): void {
    if (this.#finalized) return;
    this.#finalized = true;
    try {
      this.#binding.C_Finalize();
    } catch {
      // Already finalised by the middleware: nothing left to release.
    }
  }

  #assertOpen(): void {
    if (this.#finalized) throw new KuvertError('TOKEN_REMOVED', `the PKCS#11 module ${this.library} was finalised`);
  }
}
