// Draws Heard's app icons (a white speech bubble on the children's brand purple) as PNGs for the web
// app manifest: 192 and 512 px, and a 512 px maskable one with the bubble inside the safe zone.
//   node scripts/make-icons.mjs   (writes client/public/icons/*.png; the files are committed)
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';

const BRAND = [0x4c, 0x2c, 0x92];
const WHITE = [0xff, 0xff, 0xff];

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(bytes) {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
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
function png(size, pixel) {
  const raw = Buffer.alloc(size * (size * 3 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 3 + 1)] = 0; // no filter
    for (let x = 0; x < size; x++) raw.set(pixel(x / size, y / size), y * (size * 3 + 1) + 1 + x * 3);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 2; // truecolour
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', deflateSync(raw, { level: 9 })), chunk('IEND', Buffer.alloc(0))]);
}
/** A round bubble with a tail, `scale` of the icon wide, centred. */
function bubble(scale) {
  return (x, y) => {
    const dx = (x - 0.5) / scale;
    const dy = (y - 0.47) / scale;
    const inCircle = dx * dx + dy * dy < 0.16;
    const inTail = dy > 0.2 && dy < 0.5 && dx > -0.3 && dx < -0.05 && dy - 0.2 < (dx + 0.3) * 1.2 && dx + 0.3 > 0;
    return inCircle || inTail ? WHITE : BRAND;
  };
}
const dir = join(import.meta.dirname, '..', 'client', 'public', 'icons');
mkdirSync(dir, { recursive: true });
writeFileSync(join(dir, 'heard-192.png'), png(192, bubble(1)));
writeFileSync(join(dir, 'heard-512.png'), png(512, bubble(1)));
writeFileSync(join(dir, 'heard-maskable-512.png'), png(512, bubble(0.7)));
console.log(`Wrote icons to ${dir}`);
