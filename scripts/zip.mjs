// Re-deflates a .vsix (a zip archive) as small as deflate allows. vsce writes entries with zlib's default level;
// each entry is deflated again with zlib's best level and with Zopfli (@gfx/zopfli: Google's exhaustive deflate
// encoder compiled to WebAssembly, so no native build; its output is plain deflate that every unzip reads) and the
// smallest of the three is kept. On this package Zopfli saves about 11 KB over zlib's best level (2 s more), which
// counts against the 250 KB budget. Each entry keeps its name, time and CRC; an entry is rewritten only when the new
// data is smaller, and both the old and the new data are inflated and checked against the entry's size and CRC
// before anything is written. Local headers are written without data descriptors and without extra fields (their
// sizes are known), and the central directory is rebuilt to match.
import { Buffer } from 'node:buffer';
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** Zopfli's raw deflate of `raw` (15 iterations, its default block splitting). @param {Buffer} raw @returns {Promise<Buffer>} */
function zopfli(raw) {
  /** @type {{ deflate(b: Uint8Array, o: object, cb: (e: Error | null, out: Uint8Array) => void): void }} */
  const z = require('@gfx/zopfli');
  return new Promise((resolve, reject) => z.deflate(raw, { numiterations: 15 }, (err, out) => (err ? reject(err) : resolve(Buffer.from(out)))));
}

/** @param {Buffer} zip @returns {Promise<Buffer>} */
export async function redeflate(zip) {
  let eocd = -1;
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 0xffff); i--) {
    if (zip.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new Error('not a zip archive: no end of central directory');
  const count = zip.readUInt16LE(eocd + 10);
  let p = zip.readUInt32LE(eocd + 16);
  const parts = [];
  const central = [];
  let offset = 0;
  for (let n = 0; n < count; n++) {
    if (zip.readUInt32LE(p) !== 0x02014b50) throw new Error('zip: bad central directory entry');
    const method = zip.readUInt16LE(p + 10);
    const crc = zip.readUInt32LE(p + 16);
    const compressedSize = zip.readUInt32LE(p + 20);
    const size = zip.readUInt32LE(p + 24);
    const nameLen = zip.readUInt16LE(p + 28);
    const entryLen = 46 + nameLen + zip.readUInt16LE(p + 30) + zip.readUInt16LE(p + 32);
    const local = zip.readUInt32LE(p + 42);
    const name = zip.subarray(p + 46, p + 46 + nameLen);
    if (zip.readUInt32LE(local) !== 0x04034b50) throw new Error(`zip: bad local header for ${name}`);
    const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    let data = zip.subarray(start, start + compressedSize);
    let newMethod = method;
    if (method === 0 || method === 8) {
      const raw = method === 8 ? inflateRawSync(data) : data;
      if (raw.length !== size || crc32(raw) !== crc) throw new Error(`zip: ${name} does not match its size and CRC`);
      for (const again of [deflateRawSync(raw, { level: 9, memLevel: 9 }), await zopfli(raw)]) {
        if (again.length >= data.length) continue;
        // (the bytes were checked against the entry's CRC above: the new data must inflate to exactly them)
        if (!inflateRawSync(again).equals(raw)) throw new Error(`zip: ${name} deflated again does not inflate to its bytes`);
        data = again;
        newMethod = 8;
      }
    }
    const flags = zip.readUInt16LE(p + 8) & ~0x8;
    const head = Buffer.alloc(30);
    head.writeUInt32LE(0x04034b50, 0);
    head.writeUInt16LE(zip.readUInt16LE(p + 6), 4); // version needed to extract
    head.writeUInt16LE(flags, 6);
    head.writeUInt16LE(newMethod, 8);
    zip.copy(head, 10, p + 12, p + 20); // time, date, CRC
    head.writeUInt32LE(data.length, 18);
    head.writeUInt32LE(size, 22);
    head.writeUInt16LE(nameLen, 26);
    parts.push(head, name, data);
    const entry = Buffer.from(zip.subarray(p, p + 46));
    entry.writeUInt16LE(flags, 8);
    entry.writeUInt16LE(newMethod, 10);
    entry.writeUInt32LE(data.length, 20);
    entry.writeUInt16LE(0, 30); // extra field length
    entry.writeUInt16LE(0, 32); // comment length
    entry.writeUInt32LE(offset, 42);
    central.push(entry, name);
    offset += 30 + nameLen + data.length;
    p += entryLen;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(count, 8);
  end.writeUInt16LE(count, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...parts, directory, end]);
}

/** CRC-32 as zip and PNG compute it (polynomial 0xEDB88320; gen-icon.mjs uses it too). @param {Uint8Array} buf */
export function crc32(buf) {
  let c = ~0;
  for (const byte of buf) {
    c ^= byte;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  }
  return ~c >>> 0;
}
