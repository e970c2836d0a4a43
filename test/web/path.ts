// A tiny stand-in for Node's `path` (POSIX only), for the web worker extension host.
// run-web.ts makes esbuild resolve `path` to this file when it bundles the suite for the browser.

export const sep = '/';

export function basename(p: string, ext?: string): string {
  const trimmed = p.replace(/\/+$/, '');
  const base = trimmed.slice(trimmed.lastIndexOf('/') + 1);
  return ext && base.endsWith(ext) && base !== ext ? base.slice(0, -ext.length) : base;
}

export function dirname(p: string): string {
  const trimmed = p.replace(/\/+$/, '');
  const i = trimmed.lastIndexOf('/');
  return i < 0 ? '.' : i === 0 ? '/' : trimmed.slice(0, i);
}

export function extname(p: string): string {
  const base = basename(p);
  const i = base.lastIndexOf('.');
  return i <= 0 ? '' : base.slice(i);
}

export function join(...parts: string[]): string {
  const joined = parts.filter((s) => s.length > 0).join('/');
  const out: string[] = [];
  for (const seg of joined.split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..' && out.length > 0 && out[out.length - 1] !== '..') out.pop();
    else out.push(seg);
  }
  const body = out.join('/');
  return joined.startsWith('/') ? `/${body}` : body || '.';
}

export const posix = { sep, basename, dirname, extname, join };
export default posix;
