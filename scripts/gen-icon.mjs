// Renders media/icon.svg to media/icon.png (128x128, transparent corners) with headless Chromium.
//   node scripts/gen-icon.mjs            (npm run icon)
// Uses playwright-core with the system Chromium (CHROMIUM_PATH, default /usr/bin/chromium); the PNG is
// committed, so packaging never needs a browser.
// Chromium encodes screenshots for speed; `recompress` stores the same pixels again without row filters
// and with zlib's best compression, which for this flat-coloured icon is the smallest of the encodings
// tried (5.5 KB as Chromium writes it, about 4 KB after; optipng -o7 reaches the same).
import { chromium } from 'playwright-core';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Buffer } from 'node:buffer';
import { deflateSync, inflateSync } from 'node:zlib';
import { crc32 } from './zip.mjs';

const SIZE = 128;
const svgPath = fileURLToPath(new URL('../media/icon.svg', import.meta.url));
const pngPath = fileURLToPath(new URL('../media/icon.png', import.meta.url));
const svg = readFileSync(svgPath, 'utf8');

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--headless', '--disable-gpu'],
});
try {
  const page = await browser.newPage({ viewport: { width: SIZE, height: SIZE }, deviceScaleFactor: 1 });
  await page.setContent(
    `<!doctype html><html><head><style>html,body{margin:0;padding:0;background:transparent}svg{display:block;width:${SIZE}px;height:${SIZE}px}</style></head><body>${svg}</body></html>`,
  );
  const png = await page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: SIZE, height: SIZE } });
  const small = recompress(png);
  writeFileSync(pngPath, small);
  console.log(`wrote ${pngPath} (${small.length} bytes; ${png.length} as Chromium encoded it)`);
} finally {
  await browser.close();
}

/** The same 8-bit RGBA, non-interlaced image, re-encoded: filter type 0 on every row, deflate level 9, no ancillary chunks. */
function recompress(png) {
  const chunks = [];
  for (let o = 8; o < png.length; ) {
    const len = png.readUInt32BE(o);
    chunks.push({ type: png.toString('latin1', o + 4, o + 8), data: png.subarray(o + 8, o + 8 + len) });
    o += 12 + len;
  }
  const ihdr = chunks.find((c) => c.type === 'IHDR')?.data;
  if (!ihdr || ihdr[8] !== 8 || ihdr[9] !== 6 || ihdr[12] !== 0) throw new Error('expected an 8-bit RGBA, non-interlaced PNG');
  const width = ihdr.readUInt32BE(0);
  const height = ihdr.readUInt32BE(4);
  const bpp = 4;
  const stride = width * bpp;
  const raw = inflateSync(Buffer.concat(chunks.filter((c) => c.type === 'IDAT').map((c) => c.data)));
  const out = Buffer.alloc(height * (stride + 1));
  const px = (y, x) => (y < 0 || x < 0 ? 0 : out[y * (stride + 1) + 1 + x]);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    for (let x = 0; x < stride; x++) {
      const a = px(y, x - bpp);
      const b = px(y - 1, x);
      const c = px(y - 1, x - bpp);
      let predicted = 0;
      if (filter === 1) predicted = a;
      else if (filter === 2) predicted = b;
      else if (filter === 3) predicted = (a + b) >> 1;
      else if (filter === 4) {
        const p = a + b - c;
        const pa = Math.abs(p - a);
        const pb = Math.abs(p - b);
        const pc = Math.abs(p - c);
        predicted = pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
      }
      out[y * (stride + 1) + 1 + x] = (raw[y * (stride + 1) + 1 + x] + predicted) & 255;
    }
  }
  const chunk = (type, data) => {
    const head = Buffer.alloc(8);
    head.writeUInt32BE(data.length, 0);
    head.write(type, 4, 'latin1');
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
    return Buffer.concat([head, data, crc]);
  };
  return Buffer.concat([png.subarray(0, 8), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(out, { level: 9, memLevel: 9 })), chunk('IEND', Buffer.alloc(0))]);
}
