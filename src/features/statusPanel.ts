// The explanation page: one reused WebviewPanel whose HTML comes from the pure renderer in src/core.
// Strict CSP with a fresh nonce per render, local resources limited to media/, and every message
// from the page validated (the text to copy or insert is looked up here, never taken from the message).
import * as vscode from 'vscode';
import { type HttpStatus, getStatus, makeNonce, parsePageMessage, pickExample, renderLinkedStatusPage, snippetToPlainText } from '../core';
import { pageSource, snippetFrameworkIds, workspaceFrameworks } from './snippetSource';
import { readConfig } from './config';
import { insertSnippetIntoEditor } from './insert';
import { pageLabels } from './labels';

export const VIEW_TYPE = 'httpStatusLens.statusPage';

interface PageState {
  code?: unknown;
}

export class StatusPanel implements vscode.Disposable {
  private static current: StatusPanel | undefined;
  private readonly disposables: vscode.Disposable[] = [];
  private status: HttpStatus;

  /** Shows `status` in the page, creating it beside the active editor or reusing the open one. */
  static createOrShow(extensionUri: vscode.Uri, status: HttpStatus): StatusPanel {
    if (StatusPanel.current) {
      StatusPanel.current.show(status);
      StatusPanel.current.panel.reveal(undefined, true);
      return StatusPanel.current;
    }
    const panel = vscode.window.createWebviewPanel(VIEW_TYPE, title(status), { viewColumn: vscode.ViewColumn.Beside, preserveFocus: false }, webviewOptions(extensionUri));
    StatusPanel.current = new StatusPanel(panel, extensionUri, status);
    return StatusPanel.current;
  }

  /** Restores a page after a window reload (WebviewPanelSerializer). */
  static revive(panel: vscode.WebviewPanel, extensionUri: vscode.Uri, state: unknown): void {
    const code = (state as PageState | undefined)?.code;
    const status = typeof code === 'number' ? getStatus(code) : undefined;
    if (!status) {
      panel.dispose(); // nothing valid to restore
      return;
    }
    panel.webview.options = webviewOptions(extensionUri);
    StatusPanel.current?.dispose();
    StatusPanel.current = new StatusPanel(panel, extensionUri, status);
  }

  /** The open page, if any (tests and the serializer use it). */
  static get active(): StatusPanel | undefined {
    return StatusPanel.current;
  }

  private constructor(
    readonly panel: vscode.WebviewPanel,
    private readonly extensionUri: vscode.Uri,
    status: HttpStatus,
  ) {
    this.status = status;
    this.render();
    this.disposables.push(
      panel.onDidDispose(() => this.dispose()),
      panel.webview.onDidReceiveMessage((m: unknown) => this.onMessage(m)),
    );
  }

  get code(): number {
    return this.status.code;
  }

  show(status: HttpStatus): void {
    this.status = status;
    this.render();
  }

  private render(): void {
    const webview = this.panel.webview;
    const media = (name: string): string => webview.asWebviewUri(vscode.Uri.joinPath(this.extensionUri, 'media', name)).toString();
    this.panel.title = title(this.status);
    webview.html = renderLinkedStatusPage(this.status, {
      cspSource: webview.cspSource,
      nonce: makeNonce(),
      styleUri: media('page.css'),
      scriptUri: media('page.js'),
      getExample: pageSource(readConfig().errorBody),
      moreFrameworks: workspaceFrameworks(),
      labels: pageLabels(),
      lang: vscode.env.language,
    });
  }

  private async onMessage(raw: unknown): Promise<void> {
    const message = parsePageMessage(raw, snippetFrameworkIds());
    if (!message) return; // unknown shapes are dropped without a word: they do not come from our page
    const status = getStatus(message.code);
    if (!status) return;
    if (message.command === 'open') {
      this.show(status);
      return;
    }
    // The same example the page shows: the handler where there is one, else the response statements.
    const snippet = pickExample(pageSource(readConfig().errorBody), status.code, message.framework);
    if (!snippet) {
      void vscode.window.showWarningMessage(vscode.l10n.t('No {0} example for {1}.', message.framework, status.code));
      return;
    }
    if (message.command === 'copy') {
      await vscode.env.clipboard.writeText(snippetToPlainText(snippet.body));
      vscode.window.setStatusBarMessage(vscode.l10n.t('Copied: {0}', snippet.title), 3000);
    } else {
      await insertSnippetIntoEditor(snippet.body, snippet.form);
    }
  }

  dispose(): void {
    if (StatusPanel.current === this) StatusPanel.current = undefined;
    this.panel.dispose();
    for (const d of this.disposables.splice(0)) d.dispose();
  }
}

function title(status: HttpStatus): string {
  return `HTTP ${status.code} ${status.name}`;
}

function webviewOptions(extensionUri: vscode.Uri): vscode.WebviewPanelOptions & vscode.WebviewOptions {
  return {
    enableScripts: true,
    enableCommandUris: false,
    retainContextWhenHidden: false,
    localResourceRoots: [vscode.Uri.joinPath(extensionUri, 'media')],
  };
}


/** Keeps the page restorable after a window reload. */
export function registerStatusPageSerializer(extensionUri: vscode.Uri): vscode.Disposable {
  return vscode.window.registerWebviewPanelSerializer(VIEW_TYPE, {
    deserializeWebviewPanel(panel: vscode.WebviewPanel, state: unknown) {
      StatusPanel.revive(panel, extensionUri, state);
      return Promise.resolve();
    },
  });
}
