import * as assert from 'assert';
import * as path from 'path';
import { SHOT_DIR, hoverOver, openInWorkbench } from './session';

suite('UI: hover in the real VS Code web UI', () => {
  test('hovering 412 in an Express file shows its explanation', async () => {
    const page = await openInWorkbench('express/app.js');
    try {
      const text = await hoverOver(page, 'res.status(412)', '412', 'Precondition Failed');
      assert.match(text, /412 Precondition Failed/);
      await page.locator('.monaco-hover').first().screenshot({ path: path.join(SHOT_DIR, 'hover-412.png') });
      await page.screenshot({ path: path.join(SHOT_DIR, 'hover-412-window.png') });
    } finally {
      await page.close();
    }
  });
});
