// Command ids and command-URI helpers shared by the features. Hover Markdown trusts only these.
export const EXPLAIN_COMMAND = 'httpStatusLens.explain';
export const INSERT_SNIPPET_COMMAND = 'httpStatusLens.insertSnippet';
export const COPY_SNIPPET_COMMAND = 'httpStatusLens.copySnippet';

/** The commands hover Markdown may run (MarkdownString.isTrusted.enabledCommands). */
export const TRUSTED_COMMANDS: readonly string[] = [EXPLAIN_COMMAND, INSERT_SNIPPET_COMMAND];

/** `command:<id>?<encoded JSON args>` */
export function commandUri(command: string, args: unknown[]): string {
  return `command:${command}?${encodeURIComponent(JSON.stringify(args))}`;
}
