/**
 * The outside of an encrypted S/MIME message: its header fields and the CMS bytes of smime.p7m.
 * Split from decryption so a reader can decode a large body while reading it (the CLI does, from
 * files) instead of holding the base64 text and the DER at once.
 */
import { KuvertError } from '../errors.js';
import { decodeBase64 } from '../base64.js';
import { contentTypeOf } from '../mime/entity.js';
import { splitHeaderBlock, type HeaderField } from '../mime/header-field.js';
import { smimeKind } from './content-type.js';
import { fieldBytes, isContentField } from './outer-headers.js';

export interface SmimeEnvelopeHeader {
  /** Copies of the message's own header fields (not Content-*), CRLF-terminated. */
  readonly outerFields: readonly Uint8Array[];
  readonly transferEncoding: 'base64' | 'binary';
}

/** The CMS bytes are owned by the envelope: decryption may overwrite them in place. */
export interface SmimeEnvelope extends SmimeEnvelopeHeader {
  readonly der: Uint8Array;
}

/** Checks that header fields describe an encrypted S/MIME message (RFC 8551 §3.3). */
export function readSmimeEnvelopeHeader(fields: readonly HeaderField[]): SmimeEnvelopeHeader {
  if (fields.length === 0) throw new KuvertError('MALFORMED_MESSAGE', 'the input has no header fields; is it a mail message?');
  const contentType = contentTypeOf(findValue(fields, 'content-type'));
  const kind = smimeKind(contentType);
  if (kind !== 'enveloped-data' && kind !== 'authEnveloped-data' && kind !== 'pkcs7-mime-unknown') {
    throw new KuvertError('NOT_SMIME', kind === 'none' ? `the message is not encrypted (Content-Type ${contentType.mediaType})` : `the message is S/MIME ${kind}, not encrypted`);
  }
  const encoding = (findValue(fields, 'content-transfer-encoding') ?? '7bit').trim().toLowerCase();
  if (encoding !== 'base64' && encoding !== 'binary' && encoding !== '8bit' && encoding !== '7bit') {
    throw new KuvertError('MIME_UNSUPPORTED_ENCODING', `smime.p7m uses transfer encoding "${encoding}"`);
  }
  return {
    // Copies, so the (large) input can be collected once the body is decoded.
    outerFields: fields.filter((f) => !isContentField(f)).map((f) => fieldBytes(f).slice()),
    transferEncoding: encoding === 'base64' ? 'base64' : 'binary',
  };
}

export function readSmimeEnvelope(message: Uint8Array): SmimeEnvelope {
  if (message.length === 0) throw new KuvertError('EMPTY_INPUT', 'the message to decrypt is empty');
  const { fields, bodyOffset } = splitHeaderBlock(message);
  const header = readSmimeEnvelopeHeader(fields);
  const body = message.subarray(bodyOffset);
  const der = header.transferEncoding === 'base64' ? decodeBase64(body) : body.slice();
  if (der.length === 0) throw new KuvertError('MALFORMED_MESSAGE', 'the smime.p7m part is empty');
  return { ...header, der };
}

function findValue(fields: readonly HeaderField[], lowerName: string): string | undefined {
  return fields.find((f) => f.lowerName === lowerName)?.value;
}
