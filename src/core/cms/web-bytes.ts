/**
 * TypeScript's DOM lib types WebCrypto inputs as `BufferSource` over a plain ArrayBuffer, while our
 * byte views are `Uint8Array<ArrayBufferLike>`. Every view we pass is backed by an ArrayBuffer (we
 * never use SharedArrayBuffer), so this narrows the type without copying.
 */
export function webBytes(bytes: Uint8Array): Uint8Array<ArrayBuffer> {
  return bytes as Uint8Array<ArrayBuffer>;
}
