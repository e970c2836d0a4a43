// Where the code is: a small line lexer that marks comments and string literals, so refactors rewrite
// numbers and constants in code, never in prose (`// returns 404`), test titles (`it('404 when ...')`)
// or docstrings. Deliberately approximate (no template-expression or heredoc nesting): it errs on the
// side of "not code", which only means one refactor fewer.

interface LexSpec {
  readonly lineComments: readonly string[];
  readonly blockComments: readonly (readonly [string, string])[];
  /** Quote characters of one-line strings. */
  readonly quotes: string;
  /** Quote characters whose strings may span lines (JS template literals, Go raw strings). */
  readonly multiLineQuotes: string;
  /** Python/Kotlin triple-quoted strings. */
  readonly triple: boolean;
}

const C_LIKE: LexSpec = { lineComments: ['//'], blockComments: [['/*', '*/']], quotes: `"'`, multiLineQuotes: '', triple: false };
const SPECS: Readonly<Record<string, LexSpec>> = {
  python: { lineComments: ['#'], blockComments: [], quotes: `"'`, multiLineQuotes: '', triple: true },
  ruby: { lineComments: ['#'], blockComments: [], quotes: `"'`, multiLineQuotes: '', triple: false },
  php: { lineComments: ['//', '#'], blockComments: [['/*', '*/']], quotes: `"'`, multiLineQuotes: '', triple: false },
  go: { lineComments: ['//'], blockComments: [['/*', '*/']], quotes: `"'`, multiLineQuotes: '`', triple: false },
  javascript: { lineComments: ['//'], blockComments: [['/*', '*/']], quotes: `"'`, multiLineQuotes: '`', triple: false },
  kotlin: { ...C_LIKE, triple: true },
};

function specFor(languageId: string): LexSpec {
  if (languageId === 'erb' || languageId === 'haml') return SPECS.ruby ?? C_LIKE;
  if (languageId === 'blade') return SPECS.php ?? C_LIKE;
  if (/^(?:javascript|typescript|javascriptreact|typescriptreact|vue|svelte)$/.test(languageId)) return SPECS.javascript ?? C_LIKE;
  return SPECS[languageId] ?? C_LIKE;
}

type State = { kind: 'code' } | { kind: 'block'; close: string } | { kind: 'string'; close: string };

/** Half-open [start, end) ranges of one line that are not code. */
export type NonCode = readonly (readonly [number, number])[];

/**
 * For each line, the ranges that are comments or strings. `upTo` (exclusive) stops early, for callers
 * that need only the lines up to the cursor.
 */
export function nonCodeRanges(lines: readonly string[], languageId: string, upTo = lines.length): NonCode[] {
  const spec = specFor(languageId);
  const out: NonCode[] = [];
  let state: State = { kind: 'code' };
  const end = Math.min(upTo, lines.length);
  for (let li = 0; li < end; li++) {
    const line = lines[li] ?? '';
    const ranges: [number, number][] = [];
    let i = 0;
    let open = 0; // start of the current non-code range
    if (state.kind !== 'code') open = 0;
    while (i < line.length) {
      if (state.kind !== 'code') {
        const close = state.close;
        if (state.kind === 'string' && close.length === 1 && line.charCodeAt(i) === 92 /* \ */) {
          i += 2;
          continue;
        }
        if (line.startsWith(close, i)) {
          i += close.length;
          ranges.push([open, i]);
          state = { kind: 'code' };
        } else i++;
        continue;
      }
      const lc = spec.lineComments.find((t) => line.startsWith(t, i));
      if (lc) {
        ranges.push([i, line.length]);
        i = line.length;
        break;
      }
      const bc = spec.blockComments.find(([o]) => line.startsWith(o, i));
      if (bc) {
        open = i;
        state = { kind: 'block', close: bc[1] };
        i += bc[0].length;
        continue;
      }
      const ch = line.charAt(i);
      if (spec.triple && (line.startsWith('"""', i) || line.startsWith("'''", i))) {
        open = i;
        state = { kind: 'string', close: line.slice(i, i + 3) };
        i += 3;
        continue;
      }
      if (spec.quotes.includes(ch) || spec.multiLineQuotes.includes(ch)) {
        open = i;
        state = { kind: 'string', close: ch };
        i++;
        continue;
      }
      i++;
    }
    if (state.kind !== 'code') {
      ranges.push([open, line.length]);
      // One-line strings end with the line (an unterminated quote must not swallow the file).
      if (state.kind === 'string' && state.close.length === 1 && !spec.multiLineQuotes.includes(state.close)) state = { kind: 'code' };
    }
    out.push(ranges);
  }
  return out;
}

/** Whether [start, end) of a line lies in code (outside every comment and string). */
export function inCode(ranges: NonCode | undefined, start: number, end: number): boolean {
  if (!ranges) return true;
  return !ranges.some(([s, e]) => start < e && end > s);
}
