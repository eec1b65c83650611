// What several tests make or read the same way: amounts of đồng as the app writes them, and
// photos as a phone's camera hands them over.

import assert from 'node:assert/strict';
import { crc32, deflateSync } from 'node:zlib';

const MONEY = new Intl.NumberFormat('vi-VN', { style: 'currency', currency: 'VND', maximumFractionDigits: 0 });

/** An amount as the app shows it in Vietnamese: `1.234.567 ₫` (frontend/src/lib/format.ts). */
export function money(amount) {
  return MONEY.format(amount).replace(/[\u00a0\u202f]/g, ' ');
}

/** The amount of a money text the app shows (`-1.234.567 ₫`, `+1.234 ₫`). */
export function parseMoney(text) {
  const match = /^\s*([+-]?)([\d.]+)\s*₫\s*$/.exec(text);
  assert.ok(match, `${JSON.stringify(text)} is an amount of đồng`);
  return (match[1] === '-' ? -1 : 1) * Number(match[2].replaceAll('.', ''));
}

/**
 * A photo as a PNG file (RGB, `width` × `height`): `pixel(x, y)` gives each pixel's
 * `[r, g, b]`; by default a grey road with a dark puddle in the middle.
 */
export function pngPhoto(width, height, pixel = puddle(width, height)) {
  const rows = [];
  for (let y = 0; y < height; y += 1) {
    const row = Buffer.alloc(1 + width * 3);
    for (let x = 0; x < width; x += 1) row.set(pixel(x, y), 1 + x * 3);
    rows.push(row);
  }
  const chunk = (type, data) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** A grey road with a dark puddle in the middle. */
function puddle(width, height) {
  return (x, y) => {
    const inside = (x - width / 2) ** 2 / (width / 4) ** 2 + (y - height / 2) ** 2 / (height / 5) ** 2 < 1;
    const shade = inside ? 40 : 150 + ((x * 7 + y * 3) % 40);
    return inside ? [30, 50, shade + 40] : [shade, shade, shade - 10];
  };
}
