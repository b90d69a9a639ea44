/**
 * Address lists for From, To, Cc, Reply-To (RFC 5322 §3.4), formatted so that they stay
 * structurally correct: display names are quoted or RFC 2047-encoded (§5 (3), phrase rules).
 */
import { KuvertError } from '../errors.js';
import { encodeEncodedWords, needsEncoding } from './encoded-words.js';
import { assertNoLineBreak } from './header-format.js';
import { quoteString } from './parameters.js';

export interface Mailbox {
  /** Display name, any Unicode text. */
  readonly name?: string;
  /** addr-spec `local@domain`, ASCII (internationalized addresses are not supported). */
  readonly address: string;
}

export interface Group {
  readonly group: string;
  readonly members: readonly Mailbox[];
}

export type Address = Mailbox | Group;

const ADDR_SPEC = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]+@[A-Za-z0-9.-]+$|^[A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]+@\[[0-9A-Fa-f:.]+\]$/;
const ATOMS = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~ -]+$/;

/** Throws INVALID_ARGUMENT unless `address` is a plain ASCII addr-spec (MIME_HEADER_INJECTION on a line break). */
export function assertAddrSpec(address: string): void {
  assertNoLineBreak(address, 'an e-mail address');
  if (!ADDR_SPEC.test(address) || address.length > 254) {
    throw new KuvertError('INVALID_ARGUMENT', `"${address.slice(0, 80)}" is not a supported e-mail address`);
  }
}

/** A display name as a phrase: atoms as they are, else a quoted-string, else encoded-words. */
export function formatPhrase(name: string): string {
  assertNoLineBreak(name, 'a display name');
  const trimmed = name.trim();
  if (needsEncoding(trimmed)) return encodeEncodedWords(trimmed);
  return ATOMS.test(trimmed) && !/ {2}/.test(trimmed) ? trimmed : quoteString(trimmed);
}

export function formatMailbox(mailbox: Mailbox): string {
  assertAddrSpec(mailbox.address);
  const name = mailbox.name?.trim();
  return name ? `${formatPhrase(name)} <${mailbox.address}>` : mailbox.address;
}

export function formatAddress(address: Address): string {
  if ('group' in address) {
    return `${formatPhrase(address.group)}: ${address.members.map(formatMailbox).join(', ')};`;
  }
  return formatMailbox(address);
}

/** Addresses joined with ", " (the serializer folds after the commas). */
export function formatAddressList(addresses: readonly Address[]): string {
  return addresses.map(formatAddress).join(', ');
}
