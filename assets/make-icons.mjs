// Draws Kuvert's icons (an envelope on a blue square) as PNGs in code: no image tools, no downloads.
// Run `node assets/make-icons.mjs` after changing the drawing; the PNGs are committed.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';

const SIZES = [16, 32, 64, 80, 128];
const BLUE = [0x0f, 0x6c, 0xbd, 0xff];
const WHITE = [0xff, 0xff, 0xff, 0xff];
const CLEAR = [0, 0, 0, 0];

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(bytes) {
  let c = 0xffffffff;
  for (const b of bytes) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'ascii');
  data.copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

/** The colour of pixel (x, y) in an icon of `size` pixels. */
function pixel(x, y, size) {
  const r = size * 0.18; // rounded corners
  const cx = Math.min(Math.max(x + 0.5, r), size - r);
  const cy = Math.min(Math.max(y + 0.5, r), size - r);
  if ((x + 0.5 - cx) ** 2 + (y + 0.5 - cy) ** 2 > r * r) return CLEAR;
  const line = Math.max(1, Math.round(size / 16));
  const left = size * 0.2, right = size * 0.8, top = size * 0.3, bottom = size * 0.72;
  const inside = x >= left && x < right && y >= top && y < bottom;
  if (!inside) return BLUE;
  const border = x < left + line || x >= right - line || y < top + line || y >= bottom - line;
  // The flap: two lines from the top corners to the middle.
  const mid = (left + right) / 2, depth = (bottom - top) * 0.6;
  const flapY = top + depth * (1 - Math.abs(x + 0.5 - mid) / (mid - left));
  const flap = Math.abs(y + 0.5 - flapY) < line * 0.75;
  return border || flap ? WHITE : BLUE;
}

function png(size) {
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0; // filter: none
    for (let x = 0; x < size; x++) raw.set(pixel(x, y, size), y * (size * 4 + 1) + 1 + x * 4);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}

const dir = dirname(fileURLToPath(import.meta.url));
for (const size of SIZES) writeFileSync(join(dir, `icon-${size}.png`), png(size));
