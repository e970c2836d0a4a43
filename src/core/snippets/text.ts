// Building VS Code snippet bodies. Renderers write plain source text and mark editable spots with
// `ph(default)`; `finalizeSnippet` escapes the literal text for the snippet grammar, numbers the
// tab stops in order of appearance and appends the final `$0`.
//
// Snippet grammar (VS Code): `$1`, `${1:default}`, `${1|a,b|}`, `$0`. In literal text `$` and `\` are
// escaped with a backslash; inside a placeholder default `}` is escaped too.

const OPEN = '\u0001';
const CLOSE = '\u0002';

/** An editable placeholder with a default value (plain source text, not yet escaped). */
export function ph(defaultText: string): string {
  // eslint-disable-next-line no-control-regex -- \u0001/\u0002 are our own placeholder markers
  return OPEN + defaultText.replace(/[\u0001\u0002]/g, '') + CLOSE;
}

/** Escape literal (non-placeholder) text. */
export function escapeSnippetText(text: string): string {
  return text.replace(/[\\$]/g, (c) => '\\' + c);
}

/** Escape a placeholder default. */
export function escapePlaceholderDefault(text: string): string {
  return text.replace(/[\\$}]/g, (c) => '\\' + c);
}

/** Turn marked source text into a snippet body. */
export function finalizeSnippet(marked: string): string {
  let n = 0;
  let out = '';
  let last = 0;
  // eslint-disable-next-line no-control-regex -- \u0001/\u0002 are our own placeholder markers
  const re = /\u0001([^\u0001\u0002]*)\u0002/g;
  for (let m = re.exec(marked); m; m = re.exec(marked)) {
    out += escapeSnippetText(marked.slice(last, m.index));
    n += 1;
    out += '${' + n + ':' + escapePlaceholderDefault(m[1] ?? '') + '}';
    last = m.index + m[0].length;
  }
  out += escapeSnippetText(marked.slice(last));
  return out + '$0';
}

/** Indent every non-empty line by `levels` tabs. */
export function indent(lines: readonly string[], levels = 1): string[] {
  const pad = '\t'.repeat(levels);
  return lines.map((l) => (l.length > 0 ? pad + l : l));
}

/** `ifMatch` → `if_match`. */
export function snake(name: string): string {
  return name.replace(/[A-Z]/g, (c) => '_' + c.toLowerCase());
}
