// Indentation helpers for inserting generated code: snippet bodies indent with one `\t` per level,
// and these turn that into the document's own style.

/** The leading whitespace of a line. */
export function leadingWhitespace(line: string): string {
  const m = /^[ \t]*/.exec(line);
  return m ? m[0] : '';
}

/**
 * The document's indentation unit: a tab, or N spaces. `insertSpaces`/`tabSize` come from the editor
 * when known; otherwise the lines are inspected (the most common positive step between indents).
 */
export function detectIndentUnit(lines: readonly string[], hint?: { insertSpaces?: boolean; tabSize?: number }): string {
  if (hint?.insertSpaces === false) return '\t';
  let tabs = 0;
  const steps = new Map<number, number>();
  let previous = 0;
  const limit = Math.min(lines.length, 2000);
  for (let i = 0; i < limit; i++) {
    const line = lines[i] ?? '';
    if (line.trim() === '') continue;
    const ws = leadingWhitespace(line);
    if (ws.startsWith('\t')) {
      tabs++;
      continue;
    }
    const n = ws.length;
    const step = n - previous;
    if (step > 0 && step <= 8) steps.set(step, (steps.get(step) ?? 0) + 1);
    previous = n;
  }
  let best = 0;
  let bestCount = 0;
  for (const [step, count] of steps) {
    if (count > bestCount || (count === bestCount && step < best)) {
      best = step;
      bestCount = count;
    }
  }
  if (tabs > bestCount) return '\t';
  if (best > 0) return ' '.repeat(best);
  if (hint?.insertSpaces === true && hint.tabSize && hint.tabSize > 0) return ' '.repeat(Math.min(hint.tabSize, 8));
  return tabs > 0 ? '\t' : '  ';
}

/** Re-indents a body whose lines start with `\t` per level: each level becomes `unit`, each line gets `base`. */
export function indentBody(body: string, base: string, unit: string): string {
  return body
    .split('\n')
    .map((line) => {
      if (line === '') return '';
      const m = /^\t*/.exec(line);
      const depth = m ? m[0].length : 0;
      return base + unit.repeat(depth) + line.slice(depth);
    })
    .join('\n');
}

/**
 * The last line of the statement that starts on `line`: follows brackets that are still open at the
 * end of a line (ignoring those inside simple string literals) for at most `maxLines` lines.
 * Returns `line` itself when the statement ends there or its brackets never close.
 */
export function findStatementEnd(lines: readonly string[], line: number, maxLines = 200): number {
  let depth = 0;
  const last = Math.min(lines.length - 1, line + maxLines);
  for (let i = line; i <= last; i++) {
    const text = lines[i] ?? '';
    let quote = '';
    for (let j = 0; j < text.length; j++) {
      const ch = text[j];
      if (quote) {
        if (ch === '\\') j++;
        else if (ch === quote) quote = '';
        continue;
      }
      if (ch === '"' || ch === "'" || ch === '`') quote = ch;
      else if (ch === '(' || ch === '[' || ch === '{') depth++;
      else if (ch === ')' || ch === ']' || ch === '}') depth--;
    }
    if (depth <= 0) return i;
  }
  return line;
}

const CONTAINER = /^\s*(?:(?:public|private|protected|internal|abstract|final|sealed|static|partial|open|data|export|default)\s+)*(?:class|object|module|namespace|interface|impl|trait|struct|record)\b/;
const CLOSER = /^(?:[}\])]|end\b)/;

function indentWidth(line: string): number {
  let w = 0;
  for (const ch of leadingWhitespace(line)) w += ch === '\t' ? 4 : 1;
  return w;
}

/**
 * Where a whole handler goes for a mention on `line`: after the block of the function that holds it
 * (the outermost enclosing block that is not a class, module or namespace), at that block's
 * indentation. Works by indentation, so it serves brace languages, Python and Ruby alike.
 */
export function handlerInsertionPoint(lines: readonly string[], line: number): { afterLine: number; indent: string } {
  // Enclosing headers, innermost first: each line above with less indentation than the last.
  const chain: number[] = [];
  let width = indentWidth(lines[line] ?? '');
  for (let i = line - 1; i >= 0 && width > 0; i--) {
    const text = lines[i] ?? '';
    if (text.trim() === '') continue;
    const w = indentWidth(text);
    if (w < width && !CLOSER.test(text.trim())) {
      chain.push(i);
      width = w;
    }
  }
  chain.reverse(); // outermost first
  const header = chain.find((i) => !CONTAINER.test(lines[i] ?? '')) ?? line;
  const headerText = lines[header] ?? '';
  const headerWidth = indentWidth(headerText);
  let end = header;
  for (let i = header + 1; i < lines.length; i++) {
    const text = lines[i] ?? '';
    if (text.trim() === '') continue;
    if (indentWidth(text) <= headerWidth) {
      if (CLOSER.test(text.trim())) end = i;
      break;
    }
    end = i;
  }
  return { afterLine: end, indent: leadingWhitespace(headerText) };
}
