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

suite('UI: .http files in the real VS Code web UI', () => {
  test('a highlighted .http file with a status-line hover open', async () => {
    const page = await openInWorkbench('rest/checks.http');
    try {
      const text = await hoverOver(page, 'HTTP/1.1 412 Precondition Failed', '412', 'Precondition Failed');
      assert.match(text, /412 Precondition Failed/);
      // The grammar is active: the request method and the status code are coloured, not plain text.
      const tokenClass = async (lineText: string, token: string): Promise<string> =>
        page
          .locator('.monaco-editor .view-line')
          .filter({ hasText: lineText })
          .first()
          .locator('span > span', { hasText: new RegExp(`^${token}$`) })
          .first()
          .getAttribute('class')
          .then((c) => c ?? '');
      const method = await tokenClass('PUT https://api.example.com/documents/1', 'PUT');
      const code = await tokenClass('HTTP/1.1 412 Precondition Failed', '412');
      assert.ok(method && method !== 'mtk1', `PUT is highlighted (class ${method})`);
      assert.ok(code && code !== 'mtk1', `412 is highlighted (class ${code})`);
      await page.screenshot({ path: path.join(SHOT_DIR, 'http-file-hover.png') });
    } finally {
      await page.close();
    }
  });
});
