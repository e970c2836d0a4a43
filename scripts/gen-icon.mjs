// Renders media/icon.svg to media/icon.png (128x128, transparent corners) with headless Chromium.
//   node scripts/gen-icon.mjs            (npm run icon)
// Uses playwright-core with the system Chromium (CHROMIUM_PATH, default /usr/bin/chromium); the PNG is
// committed, so packaging never needs a browser.
import { chromium } from 'playwright-core';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

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
  writeFileSync(pngPath, png);
  console.log(`wrote ${pngPath} (${png.length} bytes)`);
} finally {
  await browser.close();
}
