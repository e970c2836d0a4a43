// Hover Markdown for one status code. Pure: the VS Code adapter wraps the string in a
// MarkdownString (isTrusted limited to our commands, supportHtml false). Every piece of catalog
// text goes through `inlineMarkdown`/`escapeMarkdown`, so it cannot add links, HTML or commands;
// the only links are the ones built here (spec, IANA registry, the adapter's command URIs).
import { statusClassOf } from '../catalog/classes';
import { IANA_REGISTRY_URL } from '../catalog/spec';
import type { HeaderRule, HttpStatus } from '../types';
import {
  escapeMarkdown,
  escapeMarkdownKeepEdges,
  fillTemplate,
  inlineMarkdown,
  isHeaderName,
  safeCommandUri,
  safeHttpsUrl,
} from './escape';
import { DEFAULT_COMMON_LABELS, mergeLabels, type CommonLabels } from './labels';

export { escapeMarkdown } from './escape';

export type HoverVerbosity = 'compact' | 'full';

export interface HoverLabels extends CommonLabels {
  readonly alsoKnownAs: string;
  readonly causes: string;
  readonly fixesForVisitors: string;
  readonly fixesForDevelopers: string;
  readonly headers: string;
  readonly faq: string;
  readonly explain: string;
  readonly insertSnippet: string;
  /** Heading of a class's top written as a bound (`status <= 299`): `{class}` is `2xx`. */
  readonly classBound: string;
  /** What such a number means: `{class}` is `2xx`. */
  readonly classBoundNote: string;
}

export const DEFAULT_HOVER_LABELS: HoverLabels = {
  ...DEFAULT_COMMON_LABELS,
  alsoKnownAs: 'Also known as',
  causes: 'Common causes',
  fixesForVisitors: 'If you are visiting the site',
  fixesForDevelopers: 'How to fix it',
  headers: 'Headers',
  faq: 'FAQ',
  explain: 'Explain HTTP status…',
  insertSnippet: 'Insert snippet…',
  classBound: 'The top of the {class} class',
  classBoundNote: 'Not a status code itself: in a range or a comparison it stands for every {class} status.',
};

export interface HoverMarkdownOptions {
  verbosity?: HoverVerbosity;
  /** Command URI that opens the explanation page for this code (built by the VS Code adapter). */
  explainCommandUri?: string;
  /** Command URI of the "Insert snippet…" quick fix (built by the VS Code adapter). */
  snippetCommandUri?: string;
  /** Localised UI strings; English defaults. */
  labels?: Partial<HoverLabels>;
}

const COMPACT_CAUSES = 2;
const COMPACT_FIXES = 2;
const FULL_FAQ = 3;

function bulletList(items: readonly string[], limit?: number): string {
  const shown = (limit === undefined ? items : items.slice(0, limit)).map((s) => inlineMarkdown(s)).filter((s) => s !== '');
  return shown.map((s) => `- ${s}`).join('\n');
}

function heading(label: string): string {
  return `**${escapeMarkdown(label)}**`;
}

/** `Must send `Allow`: note` */
export function headerFactMarkdown(rule: HeaderRule, labels: Pick<CommonLabels, 'requirements'>): string {
  const phrase = escapeMarkdown(labels.requirements[rule.requirement] ?? rule.requirement);
  const name = isHeaderName(rule.name) && !rule.name.includes('`') ? `\`${rule.name}\`` : escapeMarkdown(rule.name);
  const note = inlineMarkdown(rule.note);
  return note ? `${phrase} ${name}: ${note}` : `${phrase} ${name}`;
}

function specSectionValue(text: string): string {
  // RFC numbers and section numbers ("15.5.13", "B.2") are shown as they are; anything else is escaped.
  return /^[0-9A-Za-z]+(?:\.[0-9A-Za-z]+)*$/.test(text) ? text : escapeMarkdown(text);
}

function link(text: string, url: string): string {
  return `[${text}](${url})`;
}

export function renderHoverMarkdown(status: HttpStatus, options: HoverMarkdownOptions = {}): string {
  const labels = mergeLabels(DEFAULT_HOVER_LABELS, options.labels);
  const full = options.verbosity === 'full';
  const blocks: string[] = [];

  const category = labels.categories[status.category] ?? status.category;
  blocks.push(`**${escapeMarkdown(`${status.code} ${status.name}`)}** · ${escapeMarkdown(category)}`);

  if (!status.official) {
    const vendor = status.vendor ?? '?';
    blocks.push(`⚠️ ${fillTemplate(labels.notOfficial, { vendor }, escapeMarkdownKeepEdges)}`);
  }

  if (full && status.aliases.length > 0) {
    blocks.push(`${escapeMarkdown(labels.alsoKnownAs)}: ${status.aliases.map((a) => escapeMarkdown(a)).join(', ')}`);
  }

  const summary = inlineMarkdown(status.summary);
  if (summary) blocks.push(summary);

  if (full) {
    const fault = labels.faults[status.fault] ?? status.fault;
    const note = status.faultNote ? inlineMarkdown(status.faultNote) : '';
    blocks.push(note ? `**${escapeMarkdown(fault)}** — ${note}` : `**${escapeMarkdown(fault)}**`);
  }

  const causes = bulletList(status.causes, full ? undefined : COMPACT_CAUSES);
  if (causes) blocks.push(`${heading(labels.causes)}\n\n${causes}`);

  if (full) {
    const visitors = bulletList(status.fixesForVisitors);
    if (visitors) blocks.push(`${heading(labels.fixesForVisitors)}\n\n${visitors}`);
  }

  const developers = bulletList(status.fixesForDevelopers, full ? undefined : COMPACT_FIXES);
  if (developers) blocks.push(`${heading(labels.fixesForDevelopers)}\n\n${developers}`);

  if (status.headers.length > 0) {
    const facts = status.headers.map((h) => `- ${headerFactMarkdown(h, labels)}`).join('\n');
    blocks.push(`${heading(labels.headers)}\n\n${facts}`);
  }

  if (full && status.faq.length > 0) {
    const faq = status.faq
      .slice(0, FULL_FAQ)
      .map((f) => {
        const q = inlineMarkdown(f.question);
        const a = inlineMarkdown(f.answer);
        return a ? `- *${q}* ${a}` : `- *${q}*`;
      })
      .join('\n');
    blocks.push(`${heading(labels.faq)}\n\n${faq}`);
  }

  const links: string[] = [];
  const specUrl = safeHttpsUrl(status.spec?.url);
  if (status.spec && specUrl) {
    const text = fillTemplate(
      labels.specLink,
      { rfc: String(status.spec.rfc), section: status.spec.section },
      escapeMarkdownKeepEdges,
      specSectionValue,
    );
    links.push(link(text, specUrl));
  }
  const sourceUrl = safeHttpsUrl(status.source?.url);
  if (!status.official && status.source && sourceUrl) links.push(link(escapeMarkdown(status.source.title), sourceUrl));
  links.push(link(escapeMarkdown(labels.ianaRegistry), IANA_REGISTRY_URL));
  const explain = safeCommandUri(options.explainCommandUri);
  if (explain) links.push(link(escapeMarkdown(labels.explain), explain));
  const snippet = safeCommandUri(options.snippetCommandUri);
  if (snippet) links.push(link(escapeMarkdown(labels.insertSnippet), snippet));
  blocks.push(links.join(' · '));

  return blocks.join('\n\n');
}

/**
 * Hover Markdown for a class's top written as a bound (`status <= 299`, `500-599`): 199, 299 ... 599 have no catalog
 * entry of their own (499 and 599 do: nginx's and some proxies' codes). Undefined for any other number.
 */
export function renderClassBoundMarkdown(code: number, options: Pick<HoverMarkdownOptions, 'labels'> = {}): string | undefined {
  const cls = code % 100 === 99 ? statusClassOf(code) : undefined;
  if (!cls) return undefined;
  const labels = mergeLabels(DEFAULT_HOVER_LABELS, options.labels);
  const category = labels.categories[cls.category] ?? cls.category;
  const blocks = [
    `**${code}** · ${fillTemplate(labels.classBound, { class: cls.name }, escapeMarkdownKeepEdges)} (${escapeMarkdown(category)})`,
    fillTemplate(labels.classBoundNote, { class: cls.name }, escapeMarkdownKeepEdges),
    inlineMarkdown(cls.summary),
  ];
  const text = fillTemplate(labels.specLink, { rfc: String(cls.spec.rfc), section: cls.spec.section }, escapeMarkdownKeepEdges, specSectionValue);
  blocks.push([link(text, cls.spec.url), link(escapeMarkdown(labels.ianaRegistry), IANA_REGISTRY_URL)].join(' · '));
  return blocks.join('\n\n');
}
