// Resolve a VS Code snippet body to the text it inserts when every placeholder keeps its default:
// `${1:x}` → x (recursively), `$1` / `${1}` / `$0` → '', `${1|a,b|}` → a, and `\$ \} \\` unescaped.
// Variables (`$TM_FILENAME`, `${VAR:default}`) resolve to their default or ''.

export function resolveSnippet(body: string): string {
  let i = 0;
  function parse(stopAtBrace: boolean): string {
    let out = '';
    while (i < body.length) {
      const c = body[i] as string;
      if (c === '\\') {
        const n = body[i + 1];
        if (n === '$' || n === '}' || n === '\\') {
          out += n;
          i += 2;
          continue;
        }
        out += c;
        i += 1;
        continue;
      }
      if (c === '}' && stopAtBrace) return out;
      if (c === '$') {
        const rest = body.slice(i + 1);
        let m = /^(\d+)/.exec(rest);
        if (m) {
          i += 1 + (m[1] as string).length;
          continue;
        }
        m = /^\{(\d+)\}/.exec(rest);
        if (m) {
          i += 1 + m[0].length;
          continue;
        }
        m = /^\{(\d+)\|/.exec(rest);
        if (m) {
          i += 1 + m[0].length;
          const choices: string[] = [];
          let cur = '';
          while (i < body.length && !(body[i] === '|' && body[i + 1] === '}')) {
            if (body[i] === '\\' && i + 1 < body.length) {
              cur += body[i + 1];
              i += 2;
              continue;
            }
            if (body[i] === ',') {
              choices.push(cur);
              cur = '';
              i += 1;
              continue;
            }
            cur += body[i];
            i += 1;
          }
          choices.push(cur);
          i += 2;
          out += choices[0] ?? '';
          continue;
        }
        m = /^\{(\d+|[A-Za-z_]\w*):/.exec(rest);
        if (m) {
          i += 1 + m[0].length;
          out += parse(true);
          i += 1; // the closing brace
          continue;
        }
        m = /^\{([A-Za-z_]\w*)\}/.exec(rest) ?? /^([A-Za-z_]\w*)/.exec(rest);
        if (m) {
          i += 1 + m[0].length;
          continue;
        }
      }
      out += c;
      i += 1;
    }
    return out;
  }
  return parse(false);
}

/** Every tab stop is well formed: `${` always closes, and numbers are used. */
export function placeholderDefaults(body: string): string[] {
  const out: string[] = [];
  const re = /\$\{\d+:((?:\\.|[^\\}])*)\}/g;
  for (let m = re.exec(body); m; m = re.exec(body)) out.push((m[1] ?? '').replace(/\\(.)/g, '$1'));
  return out;
}
