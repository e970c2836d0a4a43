// Public entry of the pure core. No `vscode`, no Node-only APIs: this runs in node, the browser and benchmarks.
// The exported names are a contract that outside checks rely on.
export type { HttpStatus, StatusCategory, Fault, SpecRef, HeaderRule, Requirement, FaqEntry, RelatedCode } from './types';
export { getStatus, allStatuses } from './catalog';
export { IANA_REGISTRY_URL } from './catalog/spec';
export { findStatusMentions, findStatusMentionAt } from './detect';
export type { StatusMention, MentionKind, DetectionMode, DetectOptions } from './detect';
export { renderHoverMarkdown } from './render/markdown';
export type { HoverVerbosity, HoverMarkdownOptions } from './render/markdown';
