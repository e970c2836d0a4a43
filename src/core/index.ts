// Public entry of the pure core. No `vscode`, no Node-only APIs: this runs in node, the browser and benchmarks.
// The exported names are a contract that outside checks rely on.
export type { HttpStatus, StatusCategory, Fault, SpecRef, HeaderRule, Requirement, FaqEntry, RelatedCode } from './types';
export { getStatus, allStatuses } from './catalog';
export { IANA_REGISTRY_URL } from './catalog/spec';
export { findStatusMentions, findStatusMentionAt, isClassBound } from './detect';
export type { StatusMention, MentionKind, DetectionMode, DetectOptions } from './detect';
export { renderHoverMarkdown, renderClassBoundMarkdown, escapeMarkdown } from './render/markdown';
export type { HoverVerbosity, HoverMarkdownOptions, HoverLabels } from './render/markdown';
export { renderStatusPage, renderLinkedStatusPage, makeNonce, escapeHtml, snippetToPlainText } from './render/page';
export { pickExample } from './render/examples';
export type { PageOptions, PageLabels, CodeExample, ExampleSource } from './render/page';
export { parseStatusArgument, parsePageMessage, describeValue } from './validate';
export type { Parsed, PageMessage, Refusal } from './validate';
export { leadingWhitespace, detectIndentUnit, indentBody, findStatementEnd, handlerInsertionPoint } from './indent';
export { searchStatuses } from './search';
export { checkStatusLine, statusCompletionContext, statusesByUse, COMMON_CODES } from './statusLine';
export type { StatusLineProblem, StatusLineSeverity, StatusCompletionContext } from './statusLine';
export { frameworks, frameworksForLanguage, detectFramework, snippetFor } from './snippets';
export type { FrameworkInfo, SnippetForm, SnippetOptions, Snippet } from './snippets';
export { constantFamilies, constantName, constantText, constantFamiliesFor, getConstantFamily, codeOfMember } from './detect';
export type { ConstantFamily } from './detect';
export { completionContextAt, completionEntries, statusLabel } from './completion';
export type { CodeCompletionContext, CompletionEntry } from './completion';
export { literalToConstant, constantToLiteral, allLiteralsToConstants, allConstantsToLiterals, constantStyleFor, pythonImportPoint, jsModuleStyle, nonCodeRanges, applyLineEdits } from './refactor';
export type { RefactorPlan, Replacement, ConstantStyle, LineEdit, StyleOptions } from './refactor';
