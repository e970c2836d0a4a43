// Turn a VS Code snippet body into the plain code it inserts when the user accepts every default:
// `${1:default}` → `default`, `$1` → the value of tabstop 1 (or nothing), `${1|a,b|}` → `a`,
// variables → their default, escapes (`\$`, `\}`, `\\`) → the bare character.
// Grammar: https://code.visualstudio.com/docs/editor/userdefinedsnippets#_grammar

type Node =
  | { readonly t: 'text'; readonly value: string }
  | { readonly t: 'tab'; readonly index: number; readonly children: readonly Node[] | undefined }
  | { readonly t: 'choice'; readonly index: number; readonly first: string }
  | { readonly t: 'var'; readonly name: string; readonly children: readonly Node[] | undefined };

// Variables VS Code resolves itself; everything else named like a variable is inserted as its name.
const KNOWN_VARIABLE =
  /^(?:TM_[A-Z_]+|CLIPBOARD|CURSOR_(?:INDEX|NUMBER)|WORKSPACE_(?:NAME|FOLDER)|RELATIVE_FILEPATH|CURRENT_[A-Z_]+|RANDOM|RANDOM_HEX|UUID|BLOCK_COMMENT_(?:START|END)|LINE_COMMENT|SELECTION)$/;

class Parser {
  private pos = 0;
  constructor(private readonly src: string) {}

  /** Parse until end of input, or (nested) until an unescaped `}`, which is left for the caller. */
  parse(nested: boolean): Node[] {
    const out: Node[] = [];
    let text = '';
    const flush = (): void => {
      if (text) out.push({ t: 'text', value: text });
      text = '';
    };
    while (this.pos < this.src.length) {
      const c = this.src[this.pos] ?? '';
      if (c === '\\') {
        const next = this.src[this.pos + 1];
        if (next === '$' || next === '}' || next === '\\') {
          text += next;
          this.pos += 2;
        } else {
          text += c;
          this.pos += 1;
        }
        continue;
      }
      if (c === '}' && nested) break;
      if (c === '$') {
        const start = this.pos;
        const node = this.parseDollar();
        if (node) {
          flush();
          out.push(node);
        } else {
          this.pos = start + 1;
          text += '$';
        }
        continue;
      }
      text += c;
      this.pos += 1;
    }
    flush();
    return out;
  }

  private match(re: RegExp): string | undefined {
    re.lastIndex = this.pos;
    const m = re.exec(this.src);
    if (!m || m.index !== this.pos) return undefined;
    this.pos += m[0].length;
    return m[0];
  }

  /** At a `$`: a tabstop, placeholder, choice or variable; undefined (position unspecified) if none. */
  private parseDollar(): Node | undefined {
    this.pos += 1; // '$'
    const int = this.match(/[0-9]+/y);
    if (int !== undefined) return { t: 'tab', index: Number(int), children: undefined };
    const name = this.match(/[_a-zA-Z][_a-zA-Z0-9]*/y);
    if (name !== undefined) return { t: 'var', name, children: undefined };
    if (this.src[this.pos] !== '{') return undefined;
    this.pos += 1;
    const index = this.match(/[0-9]+/y);
    const varName = index === undefined ? this.match(/[_a-zA-Z][_a-zA-Z0-9]*/y) : undefined;
    if (index === undefined && varName === undefined) return undefined;
    const c = this.src[this.pos];
    if (c === '}') {
      this.pos += 1;
      return index !== undefined
        ? { t: 'tab', index: Number(index), children: undefined }
        : { t: 'var', name: varName ?? '', children: undefined };
    }
    if (c === ':') {
      this.pos += 1;
      const children = this.parse(true);
      if (this.src[this.pos] !== '}') return undefined;
      this.pos += 1;
      return index !== undefined
        ? { t: 'tab', index: Number(index), children }
        : { t: 'var', name: varName ?? '', children };
    }
    if (c === '|' && index !== undefined) {
      this.pos += 1;
      const first = this.parseChoice();
      if (first === undefined) return undefined;
      return { t: 'choice', index: Number(index), first };
    }
    if (c === '/') {
      if (!this.skipTransform()) return undefined;
      return index !== undefined
        ? { t: 'tab', index: Number(index), children: undefined }
        : { t: 'var', name: varName ?? '', children: undefined };
    }
    return undefined;
  }

  /** After `${n|`: read options up to `|}`, return the first. */
  private parseChoice(): string | undefined {
    const options: string[] = [];
    let current = '';
    while (this.pos < this.src.length) {
      const c = this.src[this.pos] ?? '';
      if (c === '\\') {
        const next = this.src[this.pos + 1];
        if (next === ',' || next === '|' || next === '\\' || next === '$' || next === '}') {
          current += next;
          this.pos += 2;
          continue;
        }
        current += c;
        this.pos += 1;
        continue;
      }
      if (c === ',') {
        options.push(current);
        current = '';
        this.pos += 1;
        continue;
      }
      if (c === '|') {
        if (this.src[this.pos + 1] !== '}') return undefined;
        options.push(current);
        this.pos += 2;
        return options[0];
      }
      current += c;
      this.pos += 1;
    }
    return undefined;
  }

  /** After `${n` at `/`: skip `/regex/format/options}` (the format may hold `${1:/upcase}` groups). */
  private skipTransform(): boolean {
    let slashes = 0;
    let depth = 0;
    while (this.pos < this.src.length) {
      const c = this.src[this.pos];
      if (c === '\\') {
        this.pos += 2;
        continue;
      }
      if (slashes === 2 && c === '$' && this.src[this.pos + 1] === '{') {
        depth += 1;
        this.pos += 2;
        continue;
      }
      if (c === '}' && depth > 0) depth -= 1;
      else if (c === '/' && depth === 0) slashes += 1;
      else if (c === '}' && slashes >= 3) {
        this.pos += 1;
        return true;
      }
      this.pos += 1;
    }
    return false;
  }
}

function collectDefaults(nodes: readonly Node[], defaults: Map<number, readonly Node[] | string>): void {
  for (const n of nodes) {
    if (n.t === 'tab' && n.children) {
      if (!defaults.has(n.index)) defaults.set(n.index, n.children);
      collectDefaults(n.children, defaults);
    } else if (n.t === 'choice') {
      if (!defaults.has(n.index)) defaults.set(n.index, n.first);
    } else if (n.t === 'var' && n.children) {
      collectDefaults(n.children, defaults);
    }
  }
}

function render(nodes: readonly Node[], defaults: ReadonlyMap<number, readonly Node[] | string>, depth: number): string {
  if (depth > 50) return '';
  let out = '';
  for (const n of nodes) {
    switch (n.t) {
      case 'text':
        out += n.value;
        break;
      case 'choice':
        out += n.first;
        break;
      case 'tab': {
        const value = n.children ?? defaults.get(n.index);
        if (typeof value === 'string') out += value;
        else if (value) out += render(value, defaults, depth + 1);
        break;
      }
      case 'var':
        if (n.children) out += render(n.children, defaults, depth + 1);
        else if (!KNOWN_VARIABLE.test(n.name)) out += n.name;
        break;
    }
  }
  return out;
}

/** The plain text a snippet body inserts when every placeholder keeps its default. */
export function snippetToPlainText(body: string): string {
  const nodes = new Parser(String(body)).parse(false);
  const defaults = new Map<number, readonly Node[] | string>();
  collectDefaults(nodes, defaults);
  return render(nodes, defaults, 0);
}
