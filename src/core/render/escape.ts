// Escaping for the two output formats. Catalog text is plain prose in which `backticks` mark code;
// nothing else in it is markup. These helpers turn it into Markdown or HTML that can never carry a
// link, an HTML tag or a command, whatever the text contains.

const HTML_ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
  '`': '&#96;',
  '=': '&#61;',
};

/**
 * Escape text for HTML element content and for quoted attribute values. Besides the usual five,
 * backtick and `=` become entities too, so escaped text never even looks like `onerror=` markup.
 */
export function escapeHtml(text: string): string {
  return String(text).replace(/[&<>"'`=]/g, (c) => HTML_ENTITIES[c] ?? c);
}

// The CommonMark specials (\ ` * _ { } [ ] ( ) # + - . ! | < > &), plus `~` (strikethrough),
// `@` (e-mail autolinks) and `$` (math in some renderers). With `<`, `[`, `]`, `(` and `)` escaped no
// link or HTML can form; `.` escaped also breaks bare-domain autolinks. `&`, `<` and `>` become
// entity references (which Markdown decodes back to the character), so the output holds no raw `<`.
// `=` is escaped so text never reads as `onerror=`, and the `:` of `://` so a bare `https://…` in
// catalog text does not autolink (GFM links those without any brackets).
const MARKDOWN_SPECIALS = /[\\`*_{}[\]()#+\-.!|<>&~@$=]|:(?=\/\/)/g;
const MARKDOWN_ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };

function escapeMarkdownChar(c: string): string {
  return MARKDOWN_ENTITIES[c] ?? `\\${c}`;
}

/**
 * Escape text for Markdown so every character shows as itself: no emphasis, links, autolinks,
 * HTML, headings, lists or tables can come out of it. Whitespace runs (including newlines) collapse
 * to one space so the text cannot start a new block.
 */
export function escapeMarkdown(text: string): string {
  return escapeMarkdownKeepEdges(collapseWhitespace(String(text)));
}

/** Like `escapeMarkdown`, but keeps one leading/trailing space (for pieces joined into a line). */
export function escapeMarkdownKeepEdges(text: string): string {
  // eslint-disable-next-line no-control-regex
  return String(text).replace(/[\s\u0000-\u001f\u007f]+/g, ' ').replace(MARKDOWN_SPECIALS, escapeMarkdownChar);
}

/** Collapse runs of whitespace (and control characters) to single spaces and trim. */
export function collapseWhitespace(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\s\u0000-\u001f\u007f]+/g, ' ').trim();
}

/** A piece of catalog text: prose, or the inside of a `code` span. */
export type InlineSegment = { readonly kind: 'text' | 'code'; readonly text: string };

/**
 * Split catalog text into prose and `code` spans. A code span is a pair of single backticks with no
 * backtick or newline between them; an unpaired backtick stays in the prose (and is escaped there).
 */
export function splitInlineCode(text: string): InlineSegment[] {
  const source = String(text);
  const out: InlineSegment[] = [];
  const re = /`([^`\r\n]+)`/g;
  let last = 0;
  for (let m = re.exec(source); m; m = re.exec(source)) {
    if (m.index > last) out.push({ kind: 'text', text: source.slice(last, m.index) });
    out.push({ kind: 'code', text: m[1] ?? '' });
    last = m.index + m[0].length;
  }
  if (last < source.length) out.push({ kind: 'text', text: source.slice(last) });
  return out;
}

/**
 * True when code-span content is harmless as a Markdown code span. Renderers do not parse links
 * inside code spans, but we do not rely on that: anything that looks like link syntax, an HTML tag
 * or a URL scheme is shown as escaped prose instead.
 */
function isSafeCodeSpan(code: string): boolean {
  if (/[[\]<>\\]/.test(code)) return false;
  if (/[a-z][a-z0-9+.-]*:\/\//i.test(code)) return false;
  if (/\b(?:command|javascript|vbscript|data|file|vscode|mailto):/i.test(code)) return false;
  return code.trim().length > 0;
}

/** Catalog text as inline Markdown: `code` spans kept, everything else escaped. */
export function inlineMarkdown(text: string): string {
  return splitInlineCode(collapseWhitespace(String(text)))
    .map((seg) => {
      if (seg.kind === 'code' && isSafeCodeSpan(seg.text)) return `\`${seg.text}\``;
      // Text, and code spans we do not trust: keep the characters, lose the markup.
      // Leading/trailing spaces of a segment matter between segments, so escape without trimming.
      return seg.text.replace(MARKDOWN_SPECIALS, escapeMarkdownChar);
    })
    .join('');
}

/** Catalog text as inline HTML: `code` spans become <code>, everything is escaped. */
export function inlineHtml(text: string): string {
  return splitInlineCode(collapseWhitespace(String(text)))
    .map((seg) => (seg.kind === 'code' ? `<code>${escapeHtml(seg.text)}</code>` : escapeHtml(seg.text)))
    .join('');
}

/** A URL we are willing to show as an external link: absolute https, no whitespace, quotes or brackets. */
export function safeHttpsUrl(url: string | undefined): string | undefined {
  if (typeof url !== 'string') return undefined;
  if (!/^https:\/\/[A-Za-z0-9.-]+(?::\d+)?(?:[/?#][^\s"'<>`\\()[\]{}]*)?$/.test(url)) return undefined;
  return url;
}

/**
 * A `command:` URI from the adapter, or undefined if it is not one. Only the form
 * `command:<id>` or `command:<id>?<percent-encoded args>` is accepted; parentheses are
 * percent-encoded so the URI cannot end a Markdown link early.
 */
export function safeCommandUri(uri: string | undefined): string | undefined {
  if (typeof uri !== 'string') return undefined;
  if (!/^command:[A-Za-z0-9_.-]+(?:\?[A-Za-z0-9%._~!*'()-]*)?$/.test(uri)) return undefined;
  return uri.replace(/\(/g, '%28').replace(/\)/g, '%29').replace(/'/g, '%27');
}

/** An HTTP header field name (RFC 9110 token), safe to show inside a code span. */
export function isHeaderName(name: string): boolean {
  return /^[!#$%&'*+.^_|~0-9A-Za-z-]+$/.test(name);
}

/**
 * Fill `{name}` placeholders in a (localised) label, escaping the label's own text and the values
 * with `escape`. Unknown placeholders are kept as literal text.
 */
export function fillTemplate(
  template: string,
  values: Readonly<Record<string, string>>,
  escape: (text: string) => string,
  escapeValue: (text: string) => string = escape,
): string {
  const parts = String(template).split(/(\{[A-Za-z]+\})/);
  return parts
    .map((part) => {
      const m = /^\{([A-Za-z]+)\}$/.exec(part);
      const key = m?.[1];
      if (key !== undefined && Object.prototype.hasOwnProperty.call(values, key)) return escapeValue(values[key] ?? '');
      return escape(part);
    })
    .join('');
}
