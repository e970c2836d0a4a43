import * as assert from 'assert';
import * as path from 'path';
import { SHOT_DIR, openInWorkbench, pickInQuickInput, reloadWorkbench, runFromPalette, webviewFrame } from './session';

suite('UI: "Explain HTTP status" in the real VS Code web UI', () => {
  test('palette → type 412 → Enter shows the page (dark and light themes), and "Insert into editor" inserts the example', async () => {
    const page = await openInWorkbench('express/app.js');
    try {
      // Put the cursor on a line without a status, so the command asks which code to explain.
      await page.locator('.monaco-editor .view-line').filter({ hasText: "const app = express();" }).first().click();
      await runFromPalette(page, 'Explain HTTP status');
      await pickInQuickInput(page, '412', '412 Precondition Failed');
      const frame = webviewFrame(page);
      const heading = frame.locator('h1').filter({ hasText: 'Precondition Failed' });
      await heading.waitFor({ timeout: 30_000 });
      await frame.locator('#tldr').waitFor();
      assert.match(await frame.locator('body').innerText(), /TL;DR[\s\S]*Common causes[\s\S]*Check it with curl[\s\S]*FAQ/i);
      const tab = page.locator('.tab').filter({ hasText: 'HTTP 412 Precondition Failed' });
      await tab.waitFor();
      await page.screenshot({ path: path.join(SHOT_DIR, 'explain-412-dark.png') });

      // "Insert into editor" on the Express example puts the handler into app.js.
      await frame.locator('button[data-action="insert"][data-framework="express"]').first().click();
      const inserted = page.locator('.monaco-editor .view-line').filter({ hasText: "app.put('/items/:id'" });
      await inserted.first().waitFor({ timeout: 15_000 });

      // The same page in a light theme.
      await runFromPalette(page, 'Preferences: Toggle between Light/Dark Themes');
      await page.waitForFunction(() => document.querySelector('.monaco-workbench')?.classList.contains('vs') ?? false, undefined, { timeout: 15_000 });
      await heading.waitFor();
      await page.screenshot({ path: path.join(SHOT_DIR, 'explain-412-light.png') });
    } catch (e) {
      await page.screenshot({ path: path.join(SHOT_DIR, 'explain-412-failure.png') });
      throw e;
    } finally {
      await page.close();
    }
  });

  test('after "Developer: Reload Window" the page comes back with the same code (WebviewPanelSerializer)', async () => {
    const page = await openInWorkbench();
    try {
      await runFromPalette(page, 'Explain HTTP status');
      await pickInQuickInput(page, '429', '429 Too Many Requests');
      await webviewFrame(page).locator('h1').filter({ hasText: 'Too Many Requests' }).waitFor({ timeout: 30_000 });
      await reloadWorkbench(page);
      await page.locator('.tab').filter({ hasText: 'HTTP 429 Too Many Requests' }).waitFor({ timeout: 60_000 });
      await webviewFrame(page).locator('h1').filter({ hasText: 'Too Many Requests' }).waitFor({ timeout: 60_000 });
    } catch (e) {
      await page.screenshot({ path: path.join(SHOT_DIR, 'explain-reload-failure.png') });
      throw e;
    } finally {
      await page.close();
    }
  });
});
