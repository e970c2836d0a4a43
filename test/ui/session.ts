// One code-server and one headless Chromium shared by every UI test in a run (started by run-ui).
import * as path from 'path';
import type { Browser, Page } from 'playwright-core';
import type { CodeServer } from '../harness/code-server';
import { REPO_ROOT } from '../harness/tools';
import { openWorkbench } from '../harness/workbench';

export interface UiSession {
  server: CodeServer;
  browser: Browser;
}

let current: UiSession | undefined;

export function setSession(s: UiSession | undefined): void {
  current = s;
}

export function session(): UiSession {
  if (!current) throw new Error('UI session not started (run through test/harness/run-ui)');
  return current;
}

export const SHOT_DIR = path.join(REPO_ROOT, 'test-results', 'ui');

/** Opens the workbench with our extension and, if given, `relPath` (inside the fixture workspace) in an editor. */
export async function openInWorkbench(relPath?: string): Promise<Page> {
  const { server, browser } = session();
  const { page } = await openWorkbench(browser, server, {
    extensionDevelopmentPaths: [REPO_ROOT],
    ...(relPath ? { openFile: path.join(server.workspace, relPath) } : {}),
    onLog: () => undefined,
  });
  await page.locator(relPath ? '.monaco-editor .view-lines' : '.monaco-workbench').first().waitFor({ timeout: 60_000 });
  return page;
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Where `needle` is drawn inside the editor line with `lineText` (VS Code renders spaces as U+00A0). */
export async function textBox(page: Page, lineText: string, needle: string): Promise<Box> {
  const line = page.locator('.monaco-editor .view-line').filter({ hasText: lineText }).first();
  await line.waitFor({ timeout: 30_000 });
  const box = await line.evaluate(
    (el, args) => {
      const text = (el.textContent ?? '').replace(/\u00a0/g, ' ');
      const at = text.indexOf(args.lineText) + args.lineText.indexOf(args.needle);
      let pos = 0;
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const len = n.textContent?.length ?? 0;
        if (at >= pos && at < pos + len) {
          const r = document.createRange();
          r.setStart(n, at - pos);
          r.setEnd(n, Math.min(len, at - pos + args.needle.length));
          const b = r.getBoundingClientRect();
          return { x: b.x, y: b.y, width: b.width, height: b.height };
        }
        pos += len;
      }
      return undefined;
    },
    { lineText, needle },
  );
  if (!box) throw new Error(`"${needle}" not found in the line with "${lineText}"`);
  return box;
}

/** Reloads the window the way a person does ("Developer: Reload Window"), so the workbench saves its state first. */
export async function reloadWorkbench(page: Page): Promise<void> {
  await runFromPalette(page, 'Developer: Reload Window');
  await page.waitForEvent('load', { timeout: 60_000 });
  await page.locator('.monaco-workbench').first().waitFor({ timeout: 60_000 });
}

/**
 * Moves the mouse over `needle` inside the editor line that contains `lineText`, then waits for a hover
 * whose text contains `expect`. The extension may activate after the editor shows, so it retries.
 */
export async function hoverOver(page: Page, lineText: string, needle: string, expect: string, tries = 15): Promise<string> {
  const hover = page.locator('.monaco-hover').filter({ hasText: expect }).first();
  for (let i = 0; i < tries; i++) {
    const box = await textBox(page, lineText, needle);
    await page.mouse.move(box.x + 1, box.y + box.height / 2);
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    try {
      await hover.waitFor({ state: 'visible', timeout: 2_000 });
      return await hover.innerText();
    } catch {
      await page.mouse.move(5, 5);
    }
  }
  throw new Error(`no hover containing "${expect}" over "${needle}"`);
}

/**
 * Runs a command from the command palette by its title, as a person would. The extension under
 * development registers its contributions a moment after the workbench shows, so this retries.
 */
export async function runFromPalette(page: Page, title: string, timeoutMs = 45_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  const input = page.locator('.quick-input-widget input').first();
  // Enter accepts the focused row: wait until the filter has put the command there (a row that merely
  // exists may still sit below a stale one while the list updates)
  const row = page.locator('.quick-input-widget .monaco-list-row.focused').filter({ hasText: title }).first();
  for (;;) {
    await page.keyboard.press('F1');
    await input.waitFor({ state: 'visible', timeout: 15_000 });
    await input.fill(`>${title}`);
    try {
      await row.waitFor({ timeout: 3_000 });
      await input.press('Enter');
      return;
    } catch (e) {
      await page.keyboard.press('Escape');
      if (Date.now() > deadline) throw e;
    }
  }
}

/** Types into the open quick pick and waits for a row containing `expect`, then accepts it. */
export async function pickInQuickInput(page: Page, text: string, expect: string): Promise<void> {
  const input = page.locator('.quick-input-widget input').first();
  await input.waitFor({ state: 'visible', timeout: 15_000 });
  await input.fill(text);
  const row = page.locator('.quick-input-widget .monaco-list-row').filter({ hasText: expect }).first();
  await row.waitFor({ timeout: 15_000 });
  await page.waitForFunction(
    (e) => document.querySelector('.quick-input-widget .monaco-list-row.focused')?.textContent?.includes(e) ?? false,
    expect,
    { timeout: 15_000 },
  );
  await input.press('Enter');
}

/** The explanation page's document (the webview's inner frame). */
export function webviewFrame(page: Page): ReturnType<Page['frameLocator']> {
  return page.frameLocator('iframe.webview.ready').frameLocator('#active-frame');
}

/** Polls `probe` until it returns true, or fails after `timeoutMs`. */
export async function waitForCondition(probe: () => Promise<boolean>, timeoutMs = 45_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await probe())) {
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms`);
  }
}
