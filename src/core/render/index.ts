// The renderers: hover Markdown and the full explanation page. Pure (no `vscode`, no Node APIs).
export { renderHoverMarkdown, renderClassBoundMarkdown, escapeMarkdown, DEFAULT_HOVER_LABELS } from './markdown';
export type { HoverVerbosity, HoverMarkdownOptions, HoverLabels } from './markdown';
export { renderStatusPage, renderLinkedStatusPage, makeNonce, escapeHtml, snippetToPlainText, DEFAULT_PAGE_LABELS } from './page';
export type { PageOptions, PageLabels, CodeExample, ExampleSource } from './page';
export { pageExamples, pickExample, DEFAULT_FRAMEWORKS } from './examples';
