// PLACEHOLDER hover Markdown for the foundation slice; the hover issue replaces it.
import type { HttpStatus } from '../types';

export type HoverVerbosity = 'compact' | 'full';

export interface HoverMarkdownOptions {
  verbosity?: HoverVerbosity;
  /** Command URI that opens the explanation page for this code (built by the VS Code adapter). */
  explainCommandUri?: string;
}

export function renderHoverMarkdown(status: HttpStatus, options: HoverMarkdownOptions = {}): string {
  void options;
  return `**${status.code} ${status.name}**\n\n${status.summary}`;
}
