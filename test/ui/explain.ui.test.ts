import * as assert from 'assert';
import * as path from 'path';
import { SHOT_DIR, openInWorkbench, pickInQuickInput, reloadWorkbench, runFromPalette, textBox, waitForCondition, webviewFrame } from './session';

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

  test('the editor context menu offers "Explain HTTP status" on a status, and not elsewhere', async () => {
    const page = await openInWorkbench('express/app.js');
    const menuItem = page.locator('.context-view .monaco-menu .action-label').filter({ hasText: 'Explain HTTP status' });
    const openMenuAt = async (lineText: string, needle: string): Promise<void> => {
      const box = await textBox(page, lineText, needle);
      await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2); // move the cursor there first
      await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2, { button: 'right' });
      await page.locator('.context-view .monaco-menu').first().waitFor({ timeout: 15_000 });
    };
    try {
      // The extension sets its context key once it is active: retry until the item shows.
      await waitForCondition(async () => {
        await openMenuAt('res.status(412)', '412');
        const shown = (await menuItem.count()) > 0;
        await page.keyboard.press('Escape');
        return shown;
      });
      // Away from a status the item goes (it must disappear, not merely be late).
      await waitForCondition(async () => {
        await openMenuAt('const app = express();', 'express');
        const hidden = (await page.locator('.context-view .monaco-menu .action-label').count()) > 0 && (await menuItem.count()) === 0;
        await page.keyboard.press('Escape');
        return hidden;
      }, 15_000);
      // The context key follows the cursor a moment later: retry until the item is back.
      await waitForCondition(async () => {
        await openMenuAt('res.status(412)', '412');
        if ((await menuItem.count()) > 0) return true;
        await page.keyboard.press('Escape');
        return false;
      });
      await page.screenshot({ path: path.join(SHOT_DIR, 'context-menu.png') });
      await menuItem.first().click();
      await webviewFrame(page).locator('h1').filter({ hasText: 'Precondition Failed' }).waitFor({ timeout: 30_000 });
    } catch (e) {
      await page.screenshot({ path: path.join(SHOT_DIR, 'context-menu-failure.png') });
      throw e;
    } finally {
      await page.close();
    }
  });
});
