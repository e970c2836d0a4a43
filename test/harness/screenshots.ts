// `npm run screenshots`: the README's images, taken from the real UI. code-server opens examples/ with
// the extension in development mode, headless Chromium (1280x800) drives it, and each shot waits on
// what it shows (a hover, a menu, a page), never on a fixed delay. Writes media/screenshots/*.png,
// cropped to what matters so each stays small.
import { mkdirSync, statSync } from 'fs';
import * as path from 'path';
import type { Browser, Page } from 'playwright-core';
import { type CodeServer, startCodeServer, waitFor } from './code-server';
import { REPO_ROOT, ensureTools, log } from './tools';
import { launchBrowser, openWorkbench } from './workbench';
import { type Box, hoverOver, runFromPalette, textBox, webviewFrame } from '../ui/session';

const EXAMPLES = path.join(REPO_ROOT, 'examples');
const OUT_DIR = path.join(REPO_ROOT, 'media', 'screenshots');
const VIEWPORT = { width: 1280, height: 800 };
const MAX_BYTES = 150 * 1024;
const FAILURE_DIR = path.join(REPO_ROOT, 'test-results', 'screenshots');
/** Space left around the cropped content. */
const PAD = 12;

/** Settings for calm, reproducible pictures: no minimap, a steady cursor. */
const SETTINGS: Record<string, unknown> = {
  'editor.minimap.enabled': false,
  'editor.cursorBlinking': 'solid',
  'editor.hover.delay': 200,
  'workbench.editor.enablePreview': false,
  'breadcrumbs.enabled': false,
};

function union(...boxes: Box[]): Box {
  const x = Math.min(...boxes.map((b) => b.x));
  const y = Math.min(...boxes.map((b) => b.y));
  const right = Math.max(...boxes.map((b) => b.x + b.width));
  const bottom = Math.max(...boxes.map((b) => b.y + b.height));
  return { x, y, width: right - x, height: bottom - y };
}

/** `box` grown by `pad` on every side (`padBottom` below), kept inside `within`, in whole pixels. */
function clipTo(box: Box, within: Box, pad = PAD, padBottom = pad): Box {
  const x = Math.max(within.x, Math.floor(box.x - pad));
  const y = Math.max(within.y, Math.floor(box.y - pad));
  const right = Math.min(within.x + within.width, Math.ceil(box.x + box.width + pad));
  const bottom = Math.min(within.y + within.height, Math.ceil(box.y + box.height + padBottom));
  return { x, y, width: right - x, height: bottom - y };
}

async function boxOf(page: Page, selector: string, hasText?: string): Promise<Box> {
  const loc = page.locator(selector).filter(hasText === undefined ? { visible: true } : { hasText, visible: true }).first();
  // The editor redraws its lines as it scrolls: retry until one box holds still long enough to be read.
  return waitFor(`${selector}${hasText === undefined ? '' : ` with "${hasText}"`}`, async () => (await loc.boundingBox({ timeout: 1_000 })) ?? undefined, 30_000);
}

/** The editor line that contains `lineText`. */
function lineBox(page: Page, lineText: string): Promise<Box> {
  return boxOf(page, '.monaco-editor .view-line', lineText);
}

/** The area of the editor group that shows `lineText`'s editor: its text and gutter, without tabs. */
async function editorBox(page: Page): Promise<Box> {
  return boxOf(page, '.part.editor .monaco-editor');
}

async function open(browser: Browser, server: CodeServer, relPath: string): Promise<Page> {
  const { page } = await openWorkbench(browser, server, {
    extensionDevelopmentPaths: [REPO_ROOT],
    openFile: path.join(server.workspace, relPath),
    onLog: () => undefined,
    viewport: VIEWPORT,
  });
  await page.locator('.monaco-editor .view-lines').first().waitFor({ timeout: 60_000 });
  await page.locator('.tab.active').filter({ hasText: path.basename(relPath) }).waitFor({ timeout: 30_000 });
  return page;
}

async function save(page: Page, name: string, clip?: Box): Promise<void> {
  const file = path.join(OUT_DIR, name);
  await page.screenshot({ path: file, animations: 'disabled', caret: 'initial', ...(clip ? { clip } : {}) });
  log(`  ${name}: ${clip ? `${clip.width}x${clip.height}` : `${VIEWPORT.width}x${VIEWPORT.height}`}, ${Math.round(statSync(file).size / 1024)} KB`);
}

/** Scrolls the editor to the first occurrence of `text` (with the find widget, which then closes again). */
async function reveal(page: Page, text: string): Promise<void> {
  await page.locator('.monaco-editor .view-lines').first().click({ position: { x: 200, y: 5 } });
  await page.keyboard.press('Control+F');
  const input = page.locator('.find-widget.visible textarea, .find-widget.visible input').first();
  await input.waitFor({ state: 'visible', timeout: 10_000 });
  await input.fill(text);
  await page.locator('.find-widget.visible .matchesCount').filter({ hasText: /^1 of/ }).waitFor({ timeout: 10_000 });
  await page.keyboard.press('Escape');
  await page.locator('.find-widget.visible').waitFor({ state: 'hidden', timeout: 10_000 });
  await page.keyboard.press('End'); // no selection, and the cursor off the words
  await page.locator('.monaco-editor .view-line').filter({ hasText: text }).first().waitFor({ timeout: 10_000 });
}

/** Scrolls the editor with the mouse wheel until the line with `lineText` is drawn about `y` (viewport pixels). */
async function scrollLineTo(page: Page, lineText: string, y: number): Promise<void> {
  const editor = await editorBox(page);
  await page.mouse.move(editor.x + editor.width - 30, editor.y + editor.height / 2);
  // Monaco damps wheel deltas, so wheel, see where the line went, and wheel again.
  for (let i = 0; i < 30; i++) {
    const before = await lineBox(page, lineText);
    if (Math.abs(before.y - y) <= 30) return; // one wheel notch moves about 50px
    await page.mouse.wheel(0, before.y - y);
    await waitFor(`the editor to scroll (line "${lineText}")`, async () => ((await lineBox(page, lineText)).y !== before.y ? true : undefined), 5_000);
  }
  throw new Error(`could not scroll the line "${lineText}" to y=${y}`);
}

/**
 * Makes the open hover tall enough to show all of it, as a person would: by dragging its edge
 * (VS Code limits a new hover to a quarter of the editor or 250px until it is resized).
 */
async function growHover(page: Page, toY: number): Promise<void> {
  const hover = page.locator('.monaco-resizable-hover').filter({ visible: true }).first();
  const box = await hover.boundingBox();
  if (!box) throw new Error('no hover to resize');
  const clipped = await hover.evaluate((el) => {
    const scrollable = el.querySelector('.monaco-hover .monaco-scrollable-element > *');
    return scrollable ? scrollable.scrollHeight > scrollable.clientHeight + 1 : false;
  });
  if (!clipped) return;
  const above = toY < box.y;
  const sashes = await hover.locator(':scope > .monaco-sash.horizontal').all();
  let edge: Box | undefined;
  for (const sash of sashes) {
    const b = await sash.boundingBox();
    if (!b) continue;
    const target = above ? box.y : box.y + box.height;
    if (!edge || Math.abs(b.y + b.height / 2 - target) < Math.abs(edge.y + edge.height / 2 - target)) edge = b;
  }
  if (!edge) throw new Error('the hover has no resize edge');
  const x = edge.x + edge.width / 2;
  const y = edge.y + edge.height / 2;
  await page.mouse.move(x, y, { steps: 4 });
  await page.mouse.down();
  await page.mouse.move(x, toY, { steps: 12 });
  await page.mouse.up();
  await waitFor(
    'the hover to grow',
    async () => {
      const b = await hover.boundingBox();
      return b && b.height > box.height + 10 ? true : undefined;
    },
    10_000,
  );
}

/** Moves the mouse off the editor and waits until no hover is left. */
async function dismissHover(page: Page): Promise<void> {
  await page.mouse.move(VIEWPORT.width - 5, VIEWPORT.height - 5);
  await page.keyboard.press('Escape');
  await page.locator('.monaco-hover:not(.hidden)').filter({ visible: true }).first().waitFor({ state: 'hidden', timeout: 10_000 }).catch(() => undefined);
}

/** Opens `relPath`, lets `take` set the scene and return the area to keep (undefined: the whole window), saves `name`. */
async function shot(browser: Browser, server: CodeServer, name: string, relPath: string, take: (page: Page) => Promise<Box | undefined>): Promise<void> {
  const page = await open(browser, server, relPath);
  try {
    const clip = await take(page);
    await save(page, name, clip);
  } catch (e) {
    mkdirSync(FAILURE_DIR, { recursive: true });
    await page.screenshot({ path: path.join(FAILURE_DIR, `${path.basename(name, '.png')}-failure.png`) }).catch(() => undefined);
    throw e;
  } finally {
    await page.close();
  }
}

/** hover.png: the hover over `res.status(412)` in the Express example, with its line. */
async function hoverShot(page: Page): Promise<Box> {
  const lineText = 'res.status(412)';
  await reveal(page, lineText);
  const editor = await editorBox(page);
  // The line low in the editor, so the hover opens above it with room to show all of itself.
  await scrollLineTo(page, lineText, editor.y + editor.height - 120);
  await hoverOver(page, lineText, '412', 'Precondition Failed');
  await growHover(page, editor.y + 8);
  const hover = await boxOf(page, '.monaco-hover', 'Precondition Failed');
  const line = await lineBox(page, lineText);
  // From the gutter to the hover's right edge; the hover and the line it explains.
  return clipTo(union(hover, { ...line, x: editor.x, width: 1 }), editor, PAD, 4);
}

/** explain-page.png: "Explain HTTP status" with the cursor on 412: its page beside the code. */
async function explainShot(page: Page): Promise<Box> {
  const lineText = 'res.status(412)';
  await reveal(page, lineText);
  // The extension answers once it has activated: wait for its hover, then put the cursor on the status.
  await hoverOver(page, lineText, '412', 'Precondition Failed');
  await dismissHover(page);
  const at = await textBox(page, lineText, '412');
  await page.mouse.click(at.x + at.width / 2, at.y + at.height / 2);
  // Make room for the code and the page side by side: hide the side bar.
  await page.keyboard.press('Control+B');
  await page.locator('.part.sidebar').waitFor({ state: 'hidden', timeout: 10_000 });
  await runFromPalette(page, 'Explain HTTP status');
  const frame = webviewFrame(page);
  await frame.locator('h1').filter({ hasText: 'Precondition Failed' }).waitFor({ timeout: 30_000 });
  const tldr = frame.locator('#tldr');
  await tldr.waitFor();
  await page.locator('.tab').filter({ hasText: 'HTTP 412 Precondition Failed' }).waitFor();
  await dismissHover(page);
  // The editor area (both groups with their tabs), down to a little below the page's TL;DR.
  const editors = await boxOf(page, '.part.editor');
  const summary = await waitFor('the TL;DR box', async () => (await tldr.boundingBox()) ?? undefined, 10_000);
  const bottom = Math.min(editors.y + editors.height, summary.y + summary.height + 150);
  return { x: editors.x, y: editors.y, width: editors.width, height: Math.round(bottom - editors.y) };
}

/** quick-fix.png: Ctrl+. on `412` in the Flask example, with the quick-fix menu open. */
async function quickFixShot(page: Page): Promise<Box> {
  const lineText = 'the document changed since you read it"), 412';
  await reveal(page, lineText);
  await hoverOver(page, lineText, '412', 'Precondition Failed');
  await dismissHover(page);
  const at = await textBox(page, lineText, '412');
  await page.mouse.click(at.x + 1, at.y + at.height / 2);
  const menu = page.locator('.action-widget').filter({ hasText: 'Flask', visible: true }).first();
  await waitFor(
    'the quick-fix menu',
    async () => {
      await page.keyboard.press('Control+.');
      try {
        await menu.waitFor({ state: 'visible', timeout: 3_000 });
        return true;
      } catch {
        await page.keyboard.press('Escape');
        return undefined;
      }
    },
    45_000,
  );
  await page.mouse.move(VIEWPORT.width - 5, VIEWPORT.height - 5);
  const box = await boxOf(page, '.action-widget', 'Flask');
  const line = await lineBox(page, lineText);
  const editor = await editorBox(page);
  // The menu, the line with the cursor, and the line above it for context.
  const code = { x: editor.x, y: line.y - line.height, width: at.x + at.width + 24 - editor.x, height: line.height * 2 };
  return clipTo(union(box, code), editor);
}

/** http-file.png: api.http highlighted, the squiggle under `404 OK`, and the hover of a status line. */
async function httpFileShot(page: Page): Promise<Box> {
  await boxOf(page, '.monaco-editor .squiggly-warning');
  const editor = await editorBox(page);
  await hoverOver(page, 'HTTP/1.1 412 Precondition Failed', '412', 'Precondition Failed');
  await growHover(page, editor.y + 8);
  const hover = await boxOf(page, '.monaco-hover', 'Precondition Failed');
  const first = await lineBox(page, '# Requests for the document store');
  const last = await lineBox(page, 'HTTP/1.1 404 OK');
  const content = union(hover, { ...first, x: editor.x, width: 1 }, { ...last, x: editor.x, width: 1 });
  return clipTo(content, editor, PAD, 4);
}

const SHOTS: [name: string, file: string, take: (page: Page) => Promise<Box | undefined>][] = [
  ['hover.png', 'express/server.js', hoverShot],
  ['explain-page.png', 'express/server.js', explainShot],
  ['quick-fix.png', 'flask/app.py', quickFixShot],
  ['http-file.png', 'api.http', httpFileShot],
];

async function main(): Promise<void> {
  ensureTools();
  mkdirSync(OUT_DIR, { recursive: true });
  const only = process.env.HSL_SHOTS?.split(',');
  const server = await startCodeServer({ workspace: EXAMPLES, settings: SETTINGS });
  const browser = await launchBrowser();
  try {
    log(`screenshots into ${OUT_DIR}`);
    for (const [name, file, take] of SHOTS) {
      if (!only || only.includes(name)) await shot(browser, server, name, file, take);
    }
  } finally {
    await browser.close().catch(() => undefined);
    server.stop();
  }
  const big = SHOTS.map(([name]) => name).filter((n) => statSync(path.join(OUT_DIR, n)).size > MAX_BYTES);
  if (big.length > 0) throw new Error(`larger than ${MAX_BYTES / 1024} KB: ${big.join(', ')}`);
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
