// `npm run test:electron`: the same integration suite through @vscode/test-electron, for anyone with a
// local VS Code (set VSCODE_EXECUTABLE_PATH) or with internet access (it then downloads VS Code).
import * as path from 'path';
import { runTests } from '@vscode/test-electron';
import { REPO_ROOT } from './tools';

async function main(): Promise<void> {
  await runTests({
    vscodeExecutablePath: process.env.VSCODE_EXECUTABLE_PATH || undefined,
    extensionDevelopmentPath: REPO_ROOT,
    extensionTestsPath: path.join(REPO_ROOT, 'out', 'test', 'integration', 'index'),
    launchArgs: [path.join(REPO_ROOT, 'test', 'fixtures'), '--disable-extensions', '--disable-workspace-trust'],
    extensionTestsEnv: { HSL_RESULTS: path.join(REPO_ROOT, 'test-results', 'integration-electron.json') },
  });
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
