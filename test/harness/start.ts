// `npm start`: a real VS Code (code-server's web workbench) with the extension loaded in development
// mode and the sample workspace open. Binds to 127.0.0.1 only, prints the URL, stops cleanly on Ctrl-C.
import { existsSync } from 'fs';
import * as path from 'path';
import { startCodeServer } from './code-server';
import { REPO_ROOT, ensureTools, log } from './tools';
import { workbenchUrl } from './workbench';

async function main(): Promise<void> {
  ensureTools();
  const examples = path.join(REPO_ROOT, 'examples');
  const workspace = existsSync(examples) ? examples : path.join(REPO_ROOT, 'test', 'fixtures');
  const port = process.env.PORT ? Number(process.env.PORT) : 8080;
  const server = await startCodeServer({ workspace, port });
  const url = await workbenchUrl(server, { extensionDevelopmentPaths: [REPO_ROOT] });
  log(`HTTP Status Lens is loaded in VS Code at:\n\n  ${url}\n\nPress Ctrl-C to stop.`);
  const stop = (): void => {
    log('stopping code-server');
    server.stop();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  await new Promise<never>(() => undefined); // keep running until a signal arrives
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
