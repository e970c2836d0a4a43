// Generates README.md's "Commands" and "Settings" tables from package.json `contributes`, with the
// English strings from package.nls.json. The tables live between marker comments:
//   <!-- commands:start --> ... <!-- commands:end -->   and   <!-- settings:start --> ... <!-- settings:end -->
//   node scripts/gen-readme-tables.mjs           rewrite the tables in README.md (npm run readme:tables)
//   node scripts/gen-readme-tables.mjs --check   exit 1 if README.md is out of date
//   node scripts/gen-readme-tables.mjs --json    print {"commands": "...", "settings": "..."} (used by the tests)
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const readJson = (name) => JSON.parse(readFileSync(root + name, 'utf8'));

/** Replaces a whole-string `%key%` placeholder with its package.nls.json text. */
function nlsText(value, nls) {
  if (typeof value !== 'string') return '';
  const m = /^%(.+)%$/.exec(value);
  if (!m) return value;
  const text = nls[m[1]];
  if (typeof text !== 'string') throw new Error(`package.nls.json has no key "${m[1]}"`);
  return text;
}

/** One Markdown table cell: no raw pipes or newlines. */
const cell = (s) => String(s).replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, '<br>');
const code = (s) => '`' + s + '`';

export function commandsTable(pkg, nls) {
  const hidden = new Set(
    (pkg.contributes?.menus?.commandPalette ?? []).filter((m) => m.when === 'false').map((m) => m.command),
  );
  const rows = ['| Command | ID | In the Command Palette |', '|---|---|---|'];
  for (const c of pkg.contributes?.commands ?? []) {
    const category = nlsText(c.category, nls);
    const title = nlsText(c.title, nls);
    const name = category ? `${category}: ${title}` : title;
    const where = hidden.has(c.command) ? 'no (run from hovers and quick fixes)' : 'yes';
    rows.push(`| ${cell(name)} | ${cell(code(c.command))} | ${where} |`);
  }
  return rows.join('\n');
}

function typeOf(schema) {
  if (schema.type === 'array') return `array of ${schema.items?.type ?? 'any'}`;
  return Array.isArray(schema.type) ? schema.type.join(' or ') : String(schema.type ?? 'any');
}

export function settingsTable(pkg, nls) {
  const rows = ['| Setting | Type | Default | Description |', '|---|---|---|---|'];
  const props = pkg.contributes?.configuration?.properties ?? {};
  for (const [key, schema] of Object.entries(props)) {
    const parts = [nlsText(schema.markdownDescription ?? schema.description, nls)];
    if (Array.isArray(schema.enum)) {
      const descs = schema.markdownEnumDescriptions ?? schema.enumDescriptions ?? [];
      schema.enum.forEach((v, i) => {
        const d = nlsText(descs[i], nls);
        parts.push(d ? `${code(v)}: ${d}` : code(v));
      });
    } else if (Array.isArray(schema.items?.enum)) {
      parts.push(`Values: ${schema.items.enum.map(code).join(', ')}.`);
    }
    const def = schema.default === undefined ? '' : code(JSON.stringify(schema.default));
    rows.push(`| ${cell(code(key))} | ${cell(typeOf(schema))} | ${cell(def)} | ${cell(parts.join('\n'))} |`);
  }
  return rows.join('\n');
}

export function generate(pkg = readJson('package.json'), nls = readJson('package.nls.json')) {
  return { commands: commandsTable(pkg, nls), settings: settingsTable(pkg, nls) };
}

/** README.md with each marked block replaced by its table. */
export function updateReadme(readme, tables) {
  let out = readme;
  for (const [name, table] of Object.entries(tables)) {
    const start = `<!-- ${name}:start -->`;
    const end = `<!-- ${name}:end -->`;
    const i = out.indexOf(start);
    const j = out.indexOf(end);
    if (i < 0 || j < i) throw new Error(`README.md has no "${start}" ... "${end}" block`);
    out = out.slice(0, i + start.length) + '\n' + table + '\n' + out.slice(j);
  }
  return out;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const args = new Set(process.argv.slice(2));
  const tables = generate();
  if (args.has('--json')) {
    process.stdout.write(JSON.stringify(tables) + '\n');
  } else {
    const readmePath = root + 'README.md';
    const readme = readFileSync(readmePath, 'utf8');
    const next = updateReadme(readme, tables);
    if (args.has('--check')) {
      if (next !== readme) {
        console.error('README.md commands/settings tables are out of date: run `npm run readme:tables`');
        process.exitCode = 1;
      }
    } else if (next !== readme) {
      writeFileSync(readmePath, next);
      console.log('README.md: tables updated');
    } else {
      console.log('README.md: tables up to date');
    }
  }
}
