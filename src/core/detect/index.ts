// Status-code detection: finds HTTP status codes mentioned in one line of text.
//
// Three kinds of mention:
//   - 'status-line': `HTTP/1.1 404 Not Found`, `HTTP/2 412` (span = the three digits)
//   - 'constant':    `HTTPStatus.NOT_FOUND`, `http.StatusNotFound`, `:not_found` (span = the whole constant)
//   - 'literal':     a number whose surroundings say it is a status (`res.status(404)`, `status_code == 200`)
//
// Design: one small engine + data. The engine finds candidates with linear regexes (no nested
// quantifiers), then reads a few tokens on each side of a candidate (bounded windows) and looks
// them up in the vocabulary of ./contexts.ts and the constant tables of ./constants.ts.
// Every decision reads at most LEFT_WINDOW / RIGHT_WINDOW characters around the candidate, which
// is what lets `findStatusMentionAt` look only at a window around the cursor and still give the
// same answer as `findStatusMentions`, even on 1 MB minified lines.
import { getStatus } from '../catalog';
import { isAlpha, isDigit, isIdentChar } from './chars';
import { CODE_TEXT_WORDS, JS_LANGUAGE_IDS, constantFamilies, codeOfMember, getConstantFamily, type ConstantFamily } from './constants';
import * as Contexts from './contexts';

// The vocabulary as a plain object: a transpiled `import * as` namespace reads every member
// through a getter, which shows up in profiles of the per-line hot path.
const C = { ...Contexts };

/**
 * The families whose member names may name a code anywhere else (a definition's name, a name beside a code, a key): all
 * but those read only near a status word, whose aliases are everyday words (Requests' `timeout`, `retry`, `none`).
 */
const NAMING_FAMILIES: readonly ConstantFamily[] = constantFamilies.filter((f) => !f.onlyNearStatus);

export { constantFamilies, constantName, constantText, constantFamiliesFor, getConstantFamily, codeOfMember } from './constants';
export type { ConstantFamily } from './constants';

export type MentionKind = 'literal' | 'constant' | 'status-line';

export interface StatusMention {
  code: number;
  /** UTF-16 offset into the line, inclusive. */
  start: number;
  /** UTF-16 offset into the line, exclusive. */
  end: number;
  kind: MentionKind;
}

export type DetectionMode = 'context' | 'anyNumber';

export interface DetectOptions {
  mode?: DetectionMode;
}

/** Characters read on each side of a candidate. */
const LEFT_WINDOW = 160;
const RIGHT_WINDOW = 120;
/** Longest constant span we report (a fully qualified Java name fits). */
const MAX_CONSTANT_SPAN = 120;
const MAX_MEMBER = 80;
/** Half-width of the region `findStatusMentionAt` enumerates around the cursor. */
const HOVER_REACH = MAX_CONSTANT_SPAN + 8;
/**
 * How far a rule looks elsewhere on the line (a key's other values, a `Response::` path, a range's other bound,
 * HTTP words near a record): a search over the whole line once per candidate makes a huge line of candidates
 * quadratic (`npm run bench -- probe` finds such searches).
 */
const LINE_REACH = 200;
/** line[from - LINE_REACH, to + LINE_REACH), clipped to the line. */
function nearText(line: string, from: number, to: number): string {
  return line.slice(Math.max(0, from - LINE_REACH), Math.min(line.length, to + LINE_REACH));
}

const KNOWN_LANGUAGES = new Set([
  'javascript', 'typescript', 'javascriptreact', 'typescriptreact', 'vue', 'svelte', 'python', 'php', 'blade', 'go',
  'java', 'kotlin', 'scala', 'groovy', 'csharp', 'fsharp', 'vb', 'ruby', 'erb', 'haml', 'slim', 'crystal', 'rust',
  'shellscript', 'bash', 'sh', 'zsh', 'fish', 'powershell', 'yaml', 'json', 'jsonc', 'toml', 'xml', 'markdown',
  'plaintext', 'http', 'nginx', 'apacheconf', 'conf', 'caddyfile', 'haproxy', 'dockerfile', 'jinja', 'html', 'css',
  'scss', 'less', 'c', 'cpp', 'swift', 'dart', 'elixir', 'lua', 'perl', 'r', 'sql', 'haskell', 'nim', 'zig',
]);

// ---------------------------------------------------------------------------------------------
// Public API

export function findStatusMentions(line: string, languageId: string, options?: DetectOptions): StatusMention[] {
  // every mention is at least three characters long (`404`, `:ok`): shorter lines (`}`, `);`) hold none
  if (typeof line !== 'string' || line.length < 3) return [];
  if (languageId !== lastLanguageIn || lastLineRe === undefined) setLanguage(languageId);
  const found = wholeLine(line, false);
  return options?.mode === 'anyNumber' ? withEveryNumber(found, wholeLine(line, true)) : found;
}

/** The mention that contains `character` (start <= character < end), if any. */
export function findStatusMentionAt(
  line: string,
  languageId: string,
  character: number,
  options?: DetectOptions,
): StatusMention | undefined {
  if (typeof line !== 'string' || !Number.isInteger(character) || character < 0 || character >= line.length) {
    return undefined;
  }
  const from = Math.max(0, character - HOVER_REACH);
  const to = Math.min(line.length, character + HOVER_REACH);
  if (languageId !== lastLanguageIn || lastLineRe === undefined) setLanguage(languageId);
  const whole = from === 0 && to === line.length;
  let found = whole ? wholeLine(line, false) : scan(line, lastLanguageOut, false, from, to);
  if (options?.mode === 'anyNumber') found = withEveryNumber(found, whole ? wholeLine(line, true) : scan(line, lastLanguageOut, true, from, to));
  for (const m of found) if (m.start <= character && character < m.end) return m;
  return undefined;
}

/**
 * `anyNumber` mode: what `context` mode finds, plus every other standalone known code. (The permissive
 * scan alone reads only standalone numbers, so it would miss `401/403`, `non-200` and nginx's `http_502`,
 * which the default mode reports: the permissive mode must never find less.)
 */
function withEveryNumber(context: StatusMention[], permissive: StatusMention[]): StatusMention[] {
  if (permissive.length === 0) return context;
  if (context.length === 0) return permissive;
  return dropOverlaps([...context, ...permissive]);
}

/** The mentions of a whole line (in the last language set). */
function wholeLine(line: string, anyNumber: boolean): StatusMention[] {
  // Most lines of a file hold no status at all: one regex pass rejects them (see LINE_RE).
  const re = lastLineRe as RegExp;
  re.lastIndex = 0;
  const first = re.exec(line);
  if (first) return scanLine(line, lastLanguageOut, re, anyNumber, first);
  // nginx upstream conditions (`proxy_next_upstream error http_502`) hold no standalone number
  if (lastUpstream && !anyNumber && line.includes('http_')) return upstreamCodes(line, 0, line.length, undefined) ?? [];
  return [];
}

// A document is scanned line by line in one language: remember the last answer.
let lastLanguageIn: unknown = '';
let lastLanguageOut = '';
/** The whole-line regex for the last language (set on first use: the regexes are built below). */
let lastLineRe: RegExp | undefined;
/** Whether the last language reads nginx upstream conditions (see UPSTREAM_LANGUAGES). */
let lastUpstream = false;
function setLanguage(languageId: unknown): void {
  const out = typeof languageId === 'string' && KNOWN_LANGUAGES.has(languageId) ? languageId : '';
  lastLanguageIn = languageId;
  lastLanguageOut = out;
  lastLineRe = lineRegexFor(out);
  lastUpstream = UPSTREAM_LANGUAGES.has(out);
}

// ---------------------------------------------------------------------------------------------
// Scanner
//
// Most lines of a real file hold no status at all, so the whole-line scan is built to reject them
// in one regex pass: LINE_RE finds the number candidates (`\b[1-5]\d\d\b`) and, in the same pass,
// the constant triggers (short literals derived from the family tables below) without which no
// constant can match; only a line with a trigger runs the constant regexes. The hover path scans a
// window of the line with ANCHOR_RE instead (a window may cut a number) and always runs the constant
// regexes on it. Every regex
// here is a plain alternation of literals and classes (no nested quantifiers), so the pass stays
// linear.

/**
 * The constant anchors, in one pass (each alternative consumes only its prefix, so no anchor hides
 * another): group 1 = a separator before an upper-case member (`X.MEMBER`, `X::MEMBER`); group 2 =
 * an unqualified library name (`StatusNotFound`, `HTTP_BAD_METHOD`, `SC_OK`, libsoup's `SOUP_STATUS_OK`, libmicrohttpd's `MHD_HTTP_OK`; not `StatusCode::` before a lower-case member,
 * which group 4 reads: Simple-Web-Server's `StatusCode::client_error_not_found`); group 3 = the qualifier of a
 * lower-case member (`HttpStatus.notFound`); group 4 = the same before `::` (Boost.Beast `status::not_found`);
 * otherwise a bare Starlette/DRF name (`HTTP_404_NOT_FOUND`) or an
 * AWS load balancer redirect code (`StatusCode: HTTP_301`).
 */
/** The prefixes of the names C libraries write with no qualifier at all: libsoup's `SOUP_STATUS_NOT_FOUND`, libmicrohttpd's `MHD_HTTP_NOT_FOUND`. */
const BARE_PREFIXES: readonly string[] = ['SOUP_STATUS_', 'MHD_HTTP_'];
const CONSTANT_RE = new RegExp('(\\.|::|#)(?=[A-Z])|(Status|HTTP_|SC_|' + BARE_PREFIXES.join('|') + ')(?!Code::[a-z])(?=[A-Z]|(?<=Status)[1-5]\\d\\d[A-Z])|HTTP_(?=\\d{3}(?:_[A-Z]|[\\s"\',;)}\\]]|$))|(' + lowerMemberQualifiers('.').map(escapeRe).join('|') + ')(?=\\.[a-z])|(' + lowerMemberQualifiers('::').map(escapeRe).join('|') + ')(?=::[a-z])', 'g');

/**
 * Qualifiers of the families whose members start in lower case (Dart `HttpStatus.notFound`): their
 * constants are anchored on the qualifier, since `.` before a lower-case letter is everywhere.
 */
function lowerMemberQualifiers(separator: '.' | '::'): string[] {
  const out = new Set<string>();
  for (const f of constantFamilies) {
    if (f.separator !== separator || ![...f.names.keys()].some((n) => /^[a-z]/.test(n))) continue;
    for (const q of f.qualifiers) if (q !== '*') out.add(q.split('.').pop() ?? q);
  }
  // (a project's own enum under .NET's name, in camel case: `HttpStatusCode.gatewayTimeout`, Swift's `HTTPStatusCode.badRequest`)
  if (separator === '.') out.add('HttpStatusCode').add('HTTPStatusCode');
  return [...out];
}

/** The constants anchored in `text` (= line[from, from + text.length)), added to `out`. */
function constantsIn(line: string, text: string, from: number, out: StatusMention[] | undefined): StatusMention[] | undefined {
  if (text.includes('HTTP_1_') || text.includes('HttpResponseStatus ')) out = nettyBareIn(line, from, from + text.length, out);
  const re = CONSTANT_RE;
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const at = from + m.index;
    const hit = m[1] !== undefined ? qualifiedConstant(line, at, m[1].length)
      : m[2] !== undefined ? bareConstant(line, at)
      : m[3] !== undefined ? qualifiedConstant(line, at + m[3].length, 1)
      : m[4] !== undefined ? qualifiedConstant(line, at + m[4].length, 2)
      : bareDrfConstant(line, at);
    // (not a file named for the status: Apache's `ErrorDocument 400 /error/HTTP_BAD_REQUEST.html.var`)
    if (hit && !(line.charCodeAt(hit.start - 1) === 47 && line.charCodeAt(hit.end) === 46 && isAlpha(line.charCodeAt(hit.end + 1)))) (out ??= []).push(hit);
  }
  return out;
}
const SYMBOL_RE = /:[a-z]/g;

/**
 * The name a library's own definition gives the code at s: PSR-7's `const STATUS_OK = 200;`, sttp's
 * `val Ok: StatusCode = StatusCode(200)`, Netty's `HttpResponseStatus OK = newStatus(200, "OK")`. The
 * conventions mark such a name when it is a library constant's name for that code (README.md), so it
 * is reported when some constant family names the code so; the name is at most 100 characters before
 * the number (the hover path finds it through the number's window).
 */
function definedLibraryName(line: string, s: number, code: number, out: StatusMention[] | undefined): StatusMention[] | undefined {
  // (the definition ends in `=` or `(` right before the number: most accepted literals end otherwise)
  const p = line.charCodeAt(skipSpacesBack(line, s - 1, 0));
  if (p !== 61 && p !== 40) return out;
  const m = DEFINED_NAME_RE.exec(line.slice(0, s));
  const name = m?.[1];
  const st = m?.indices?.[1]?.[0];
  // (a library-style name, or a status-typed declaration: an application's own `OK = 200` or `case created = 201`
  // shares the library's spelling but the conventions mark only its number)
  if (!name || st === undefined || !(LIBRARY_STYLE_NAME_RE.test(name) || JETTY?.names.has(name) === true || STATUS_TYPED_RE.test(m[0])) || !memberMeans(name, code)) return out;
  if (s - st > 100) return out;
  (out ??= []).push({ code, start: st, end: st + name.length, kind: 'constant' });
  return out;
}
/** `const NAME = `, `public static final int NAME = `, `val Name: StatusCode = StatusCode(`, `NAME = newStatus(` at the start of a line. */
const DEFINED_NAME_RE = /^\s*(?:(?:export|public|private|protected|internal|static|final|const|val|var|let|readonly|override|pub|case)\s+)*(?:[\w.<>[\]]+\s+)?([A-Za-z_][A-Za-z0-9_]{1,60})\s*(?::\s*[\w.<>]+\s*)?=\s*(?:[\w.]+\(\s*)?$/d;
const LIBRARY_STYLE_NAME_RE = /^(?:STATUS_|HTTP_|SC_|Status[A-Z0-9]|k\d{3}[A-Z])/;
/** Jetty's int constants, which end in their code (`OK_200`): its own declarations, and copies of its class. */
const JETTY = getConstantFamily('jetty-httpstatus');
const STATUS_TYPED_RE = /(?::\s*(?:\w+\.)?(?:StatusCode|HttpStatusCode|HttpResponseStatus|HTTPStatus|Status)\b|\bHttpResponseStatus\s|\b(?:StatusCode|HttpStatusCode|newStatus|Status)\(\s*$)/;
const MEMBER_MEANS = new Map<string, number[]>();
/** Whether some constant family's member `name` means `code` (names with the code in them included). */
function memberMeans(name: string, code: number): boolean {
  let codes = MEMBER_MEANS.get(name);
  if (codes === undefined) {
    codes = [];
    for (const f of NAMING_FAMILIES) {
      if (f.separator === ':') continue;
      const c = codeOfMember(f, name);
      if (c !== undefined && !codes.includes(c)) codes.push(c);
    }
    if (MEMBER_MEANS.size > 4096) MEMBER_MEANS.clear();
    MEMBER_MEANS.set(name, codes);
  }
  return codes.includes(code);
}

/**
 * Netty's status constants written bare (`import static ...HttpResponseStatus.*`): after the protocol
 * version they are built with (`new DefaultFullHttpResponse(HTTP_1_1, NOT_FOUND, ...)`), and Netty's own
 * declarations, whose number may be on the next line or be another constant
 * (`public static final HttpResponseStatus OK = HttpResponseStatus.OK;`).
 * The name must start in [from, to) (the hover path's window).
 */
function nettyBareIn(line: string, from: number, to: number, out: StatusMention[] | undefined): StatusMention[] | undefined {
  const base = Math.max(0, from - 24);
  const seg = line.slice(base, Math.min(line.length, to + MAX_MEMBER));
  const re = NETTY_BARE_RE;
  re.lastIndex = 0;
  for (let m = re.exec(seg); m; m = re.exec(seg)) {
    const name = m[2] ?? '';
    const start = base + m.index + m[0].length - name.length;
    if (start < from || start >= to) continue;
    const end = start + name.length;
    // (a whole name, not called: `OK(`; a declaration must be one: `HttpResponseStatus OK =`)
    const next = line.charCodeAt(skipSpacesFwd(line, end, Math.min(line.length, end + 3)));
    if (isIdentChar(line.charCodeAt(end)) || next === 40 || (m[1] !== undefined && next !== 61)) continue;
    const code = NETTY?.names.get(name);
    if (code !== undefined && known(code)) (out ??= []).push({ code, start, end, kind: 'constant' });
  }
  return out;
}
const NETTY = getConstantFamily('netty-httpresponsestatus');
const NETTY_BARE_RE = /(?:\bHTTP_1_[01]\s{0,3},\s{0,3}|\b(HttpResponseStatus)\s{1,3})([A-Z][A-Z_]{1,40})/g;

/**
 * Triggers for the constant scans: every qualified constant (`X.MEMBER`, `X::MEMBER`) or bare
 * `HTTP_404_*` / `StatusNotFound` name the engine can report contains one of these strings. Built
 * from the tables: a named qualifier contributes `qualifier.` (`qualifier::`, or `::prefix` for a
 * `::` family whose members carry a prefix); a family that takes any qualifier contributes
 * `.memberPrefix`. Each is then replaced by a shorter literal it contains (`HttpStatus.` holds
 * `Http`), so the list stays a handful of literals; a trigger no short literal covers stays as it is,
 * less a leading lower-case letter (`status.` becomes `tatus.`).
 */
function constantTriggers(): string[] {
  // Shorter, rarer literals that cover many table entries (checked to be substrings below).
  const covers = ['HTTP', 'Http', 'Status', 'SC_'];
  const covered = (t: string): boolean => covers.some((c) => t.includes(c));
  const raw = new Set<string>(['HTTP_', 'SOUP_STATUS_']); // bare DRF names, libsoup's C names
  for (const f of constantFamilies) {
    if (f.separator === ':') continue; // Ruby symbols: scanned per language, see `scan`
    if (f.onlyIn) continue; // triggered per language, see `setLanguage`
    for (const q of f.qualifiers) {
      if (q === '*') {
        raw.add(f.memberPrefix ? f.separator + f.memberPrefix : f.separator);
        continue;
      }
      // a named qualifier: the member prefix or the qualifier, whichever a rare literal covers
      // (`.STATUS_CODE_` starts with a dot, which is everywhere in code; `HttpStatusCodes.` holds `Http`)
      // (a dotted qualifier is written whole: `HttpStatusCode.Companion.` holds `Http`)
      const byQualifier = f.separator === '::' || covered(q) ? q + f.separator : (q.split('.').pop() ?? q) + '.';
      const byPrefix = f.memberPrefix ? f.separator + f.memberPrefix : undefined;
      raw.add(byPrefix !== undefined && (covered(byPrefix) || !covered(byQualifier)) ? byPrefix : byQualifier);
    }
  }
  const out = new Set<string>();
  for (const t of raw) {
    const c = covers.find((x) => t.includes(x));
    // any substring of a trigger is a (weaker) trigger: a literal starting with a lower-case letter
    // makes the regex engine stop at most positions of a line, so drop that letter (`tatus.`)
    out.add(c ?? (/^[a-z]/.test(t) && t.length > 4 ? t.slice(1) : t));
  }
  return [...out].sort((a, b) => a.length - b.length || (a < b ? -1 : 1));
}
/** A regex source matching any of `names` as a whole identifier, longest first (so no name hides a longer one). */
function namesAlternation(names: Iterable<string>): string {
  return '(?:' + [...names].sort((a, b) => b.length - a.length).map(escapeRe).join('|') + ')(?![\\w$])';
}
function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
const CONSTANT_TRIGGERS = constantTriggers();
/**
 * The hover window's pass: the number candidates (a window may cut a number: the digits are read on).
 * It needs no triggers: a window may start inside one, so the window's constant scan always runs.
 */
const ANCHOR_RE = /[1-5]\d\d+/g;

/**
 * The whole-line pass. A line it does not match has no mention (LINE_SYMBOL_RE, below, adds the
 * status symbol names for the Ruby-symbol languages), so most lines are rejected by its first `exec`:
 *   - a literal is a standalone three-digit number, so `\b[1-5]\d\d\b` matches it (`standalone`
 *     rejects identifier characters, a superset of `\w`, on both sides); group 1 = a number;
 *   - a constant contains a trigger (see `constantTriggers`).
 */
const LINE_NUMBER_SOURCE = '\\b([1-5]\\d\\d)(?:\\b|u16\\b|s\\b)';
const LINE_TRIGGER_SOURCE = CONSTANT_TRIGGERS.map(escapeRe).join('|');
const LINE_RE = new RegExp(LINE_NUMBER_SOURCE + '|' + LINE_TRIGGER_SOURCE, 'g');
/**
 * The status word of Python's `status_code` (Requests' `r.status_code == requests.codes.ok`): the trigger that families
 * read only near a status word add to their languages' line filters. It starts with a letter the shared triggers
 * already start with (`tatus.`), which costs the filter next to nothing, where their own qualifier (`codes.`) cost
 * Python lines a quarter of their scan.
 */
const STATUS_WORD_TRIGGER = 'tatus_';
/** The triggers that make a status word near a constant of a family read only there (see `statusWordNear`). */
const NEAR_TRIGGER_RE = new RegExp(LINE_TRIGGER_SOURCE + '|' + escapeRe(STATUS_WORD_TRIGGER));

/**
 * LINE_RE plus the triggers of the families read only in one language (`status_code::` for WebSocket++ in
 * C++): a lower-case trigger costs every line it is tested on, so only that language's lines pay for it.
 * Measured: Python Requests' `codes.` made whole-file scans of Python code 24% slower (CPython 2.0× → 2.5×
 * the bare regex, the HTTP libraries 2.8× → 3.1×), so that family was dropped. A language with bare members
 * carries these triggers in its bare-member regex (see BARE_MEMBERS); none has symbols or Swift members.
 */
const OWN_LINE_RES = new Map<string, RegExp>();
/** Per language, `|trigger|trigger` for those families (added to the bare-member regex too, see BARE_MEMBERS). */
const OWN_TRIGGER_ALTS = new Map<string, string>();
{
  const own = new Map<string, Set<string>>();
  for (const f of constantFamilies) {
    for (const lang of f.onlyIn ?? []) {
      // (a family also read bare there needs no trigger: its qualified constants hold a bare name, which the
      // language's bare-member regex finds; actix-web's `error::` would match most Rust files' `std::error::Error`)
      if (f.bareIn?.includes(lang)) continue;
      const set = own.get(lang) ?? new Set<string>();
      // (a family read only near a status word adds that word, not its qualifier: see `onlyNearStatus`)
      if (f.onlyNearStatus) set.add(STATUS_WORD_TRIGGER);
      else if (f.triggers) for (const t of f.triggers) set.add(t);
      else for (const q of f.qualifiers) set.add((q.split('.').pop() ?? q) + f.separator);
      own.set(lang, set);
    }
  }
  for (const [lang, triggers] of own) {
    if (C.SYMBOL_LANGUAGES.has(lang)) throw new Error(`own triggers for ${lang} would be ignored`);
    const alts = '|' + [...triggers].map(escapeRe).join('|');
    OWN_TRIGGER_ALTS.set(lang, alts);
    OWN_LINE_RES.set(lang, new RegExp(LINE_RE.source + alts, 'g'));
  }
}

/** The whole-line regex of a language: LINE_RE, with status symbol names or Swift members where they are written. */
function lineRegexFor(lang: string): RegExp {
  return C.SYMBOL_LANGUAGES.has(lang) ? LINE_SYMBOL_RE : IMPLICIT_MEMBERS.get(lang)?.line ?? BARE_MEMBERS.get(lang)?.line ?? OWN_LINE_RES.get(lang) ?? LINE_RE;
}

/** `scan` over a whole line; `first` = the first match of `re` (the language's line regex) in it. */
function scanLine(line: string, lang: string, re: RegExp, anyNumber: boolean, first: RegExpExecArray | null): StatusMention[] {
  let out: StatusMention[] | undefined;
  wordLine = line;
  wordFrom = 0;
  wordTo = line.length;
  wordState = -1;

  // 1. Numbers (and whether a constant may be present).
  let triggers = false;
  let symbolNames = false;
  let implicitMembers = false;
  let bareMembers = false;
  for (let m = first; m; m = re.exec(line)) {
    if (m[1] === undefined) {
      if (m[2] === undefined) triggers = true;
      else if (re === IMPLICIT_MEMBERS.get(lang)?.line) implicitMembers = true;
      else if (re !== LINE_SYMBOL_RE) {
        bareMembers = true;
        // (a Java-style name is matched from the punctuation before it, so a trigger in it, `= HTTP_VERSION_NOT_SUPPORTED`, was passed over)
        triggers = true;
      }
      else symbolNames = true;
      continue;
    }
    const s = m.index;
    out = numberMentionIn(line, s, lang, anyNumber, out);
  }

  if (triggers) {
    out = constantsIn(line, line, 0, out);
  }

  // 4. Ruby status symbols in a status context (only the colons before a status name).
  if (symbolNames) out = anchoredIn(RAILS_SYMBOL_G_RE, line, line, 0, rubySymbol, out);

  // 5. Implicit members in a status context: Swift's `status: .notFound`, `Abort(.badRequest)`; Zig's `.status = .not_found`.
  const implicit = implicitMembers ? IMPLICIT_MEMBERS.get(lang) : undefined;
  if (implicit) out = anchoredIn(implicit.found, line, line, 0, implicit.read, out);

  // 6. nginx upstream conditions (`http_502`).
  if (!anyNumber && UPSTREAM_LANGUAGES.has(lang) && line.includes('http_')) out = upstreamCodes(line, 0, line.length, out);

  // 7. Members written without their qualifier (Drogon `k404NotFound`).
  if (bareMembers) out = bareMembersIn(line, 0, line.length, lang, out);

  if (!out) return [];
  return out.length > 1 ? dropOverlaps(out) : out;
}

/**
 * The hover path's scan: all mentions whose anchor (first digit, constant separator, symbol colon)
 * lies in the window [from, to) of a line longer than the window. Decisions read the full line,
 * but only within bounded windows of each candidate.
 */
function scan(line: string, lang: string, anyNumber: boolean, from: number, to: number): StatusMention[] {
  const symbols = C.SYMBOL_LANGUAGES.has(lang);
  // The regexes run over the window only (so the hover path stays bounded on huge lines);
  // decisions read the full line around each candidate.
  const text = line.slice(from, to);
  let out: StatusMention[] | undefined;
  wordLine = line;
  wordFrom = Math.max(0, from - 4 * LEFT_WINDOW);
  wordTo = Math.min(line.length, to + 3 + RIGHT_WINDOW);
  wordState = -1;

  // 1. Numbers.
  const re = ANCHOR_RE;
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const s = from + m.index;
    if (s > 0 && isDigit(line.charCodeAt(s - 1))) continue;
    let e = s + m[0].length;
    while (e < line.length && isDigit(line.charCodeAt(e))) e++; // a window may cut the number
    if (e - s !== 3) continue;
    out = numberMentionIn(line, s, lang, anyNumber, out);
  }

  // 2. Constants (a window may start inside a trigger, so the scan always runs).
  out = constantsIn(line, text, from, out);

  // 4. Ruby status symbols in a status context.
  if (symbols) out = anchoredIn(SYMBOL_RE, line, text, from, rubySymbol, out);

  // 5. Implicit members (Swift, Zig) in a status context.
  const implicit = IMPLICIT_MEMBERS.get(lang);
  if (implicit) out = anchoredIn(DOT_LOWER_RE, line, text, from, implicit.read, out);

  // 6. nginx upstream conditions (a window may cut the token: read a little past both ends).
  if (!anyNumber && UPSTREAM_LANGUAGES.has(lang)) out = upstreamCodes(line, Math.max(0, from - 8), Math.min(line.length, to + 8), out);

  // 7. Members written without their qualifier.
  if (BARE_MEMBERS.has(lang)) out = bareMembersIn(line, from, to, lang, out);

  if (!out) return [];
  return out.length > 1 ? dropOverlaps(out) : out;
}

/**
 * The mention a three-digit number at s makes, added to `out`: a literal (and the library name it defines, `HTTP_OK = 200`),
 * or, for a number no catalog entry has, a class's top written as a bound (`<= 299`). Both scans read numbers this way.
 */
function numberMentionIn(line: string, s: number, lang: string, anyNumber: boolean, out: StatusMention[] | undefined): StatusMention[] | undefined {
  const code = codeAt(line, s);
  if (!known(code)) {
    const bound = classTopAt(line, s, code, lang, anyNumber);
    if (bound) (out ??= []).push(bound);
    return out;
  }
  const hit = literalAt(line, s, code, lang, anyNumber);
  if (hit && !anyNumber && hit.start === s && listWithNonCode(line, s)) return out;
  if (hit) {
    (out ??= []).push(hit);
    if (!anyNumber && s <= LEFT_WINDOW) out = definedLibraryName(line, s, code, out);
  }
  return out;
}

/**
 * Whether the number at s is an item of a comma-separated run of four or more numbers that climb by a hundred (a darts
 * game's start scores, `101, 201, 301, 401, 501`), or of three or more numbers, two of them three-digit
 * numbers that are no status (a class's top aside; one may be a project's own, `valid_status_codes: [200, 304, 312]`): a table of primes (`499, 503, 509, 521, 523, 541, 547,`) or a
 * payment provider's codes (`[ "111", "420", "421", "424" ]`), not a list of statuses.
 */
function listWithNonCode(line: string, s: number): boolean {
  const a = line.charCodeAt(skipSpacesBack(line, isQuote(line.charCodeAt(s - 1)) ? s - 2 : s - 1, Math.max(0, s - 4)));
  const b = line.charCodeAt(skipSpacesFwd(line, isQuote(line.charCodeAt(s + 3)) ? s + 4 : s + 3, Math.min(line.length, s + 8)));
  if (a !== 44 && b !== 44) return false;
  let i = s;
  const min = Math.max(0, s - LINE_REACH);
  while (i > min && isListChar(line.charCodeAt(i - 1))) i--;
  let j = s + 3;
  const max = Math.min(line.length, s + 3 + LINE_REACH);
  while (j < max && isListChar(line.charCodeAt(j))) j++;
  // the run's numbers: how many, and how many three-digit ones no status has
  let items = 0;
  let others = 0;
  // (and whether they climb by a hundred, the same last digits each time: a darts game's `101, 201, 301, 401, 501`)
  let prev = -1;
  let steps = 0;
  for (let k = i; k < j; ) {
    if (!isDigit(line.charCodeAt(k))) {
      k++;
      continue;
    }
    const st = k;
    while (k < j && isDigit(line.charCodeAt(k))) k++;
    items++;
    const v = k - st === 3 ? codeAt(line, st) : -1;
    if (v >= 0 && !known(v) && v % 100 !== 99) others++;
    if (v >= 0 && v % 100 !== 0 && v === prev + 100) steps++;
    prev = v;
  }
  return items >= 3 && (others >= 2 || (items >= 4 && steps === items - 1));
}
/** A digit, a space, a comma or a quote: what a run of numbers is made of. */
function isListChar(c: number): boolean {
  return isDigit(c) || c === 44 || c === 32 || c === 9 || c === 34 || c === 39;
}

/**
 * The mentions `decide` reads at each match of the global regex `re` in `text` (= line[from, ...)): the
 * symbol colons and Swift member dots, which need the whole line around them.
 */
function anchoredIn(re: RegExp, line: string, text: string, from: number, decide: (line: string, at: number) => StatusMention | undefined, out: StatusMention[] | undefined): StatusMention[] | undefined {
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const hit = decide(line, from + m.index);
    if (hit) (out ??= []).push(hit);
  }
  return out;
}

/** Sorts mentions by position and drops anything overlapping an earlier (longer-first) one. */
function dropOverlaps(out: StatusMention[]): StatusMention[] {
  out.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: StatusMention[] = [];
  let lastEnd = -1;
  for (const x of out) {
    if (x.start >= lastEnd) {
      kept.push(x);
      lastEnd = x.end;
    }
  }
  return kept;
}

// ---------------------------------------------------------------------------------------------
// Known codes (the catalog is static data; looked up once per code)

let KNOWN: Uint8Array | undefined;
function known(code: number): boolean {
  if (code < 100 || code > 599) return false;
  if (!KNOWN) {
    KNOWN = new Uint8Array(600);
    for (let c = 100; c < 600; c++) KNOWN[c] = getStatus(c) ? 1 : 0;
  }
  return KNOWN[code] === 1;
}

/** A code registered with IANA (not one of the unofficial codes the catalog also knows). */
function official(code: number): boolean {
  return known(code) && getStatus(code)?.official === true;
}

// ---------------------------------------------------------------------------------------------
// Character helpers

/** text[i, i + 3) are three ASCII digits. */
function threeDigitsAt(text: string, i: number): boolean {
  return i >= 0 && i + 3 <= text.length && isDigit(text.charCodeAt(i)) && isDigit(text.charCodeAt(i + 1)) && isDigit(text.charCodeAt(i + 2));
}
function isUpper(c: number): boolean {
  return c >= 65 && c <= 90;
}
function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 13 || c === 10 || c === 0xa0;
}
function isQuote(c: number): boolean {
  return c === 34 || c === 39 || c === 96;
}
function identEnd(line: string, i: number): number {
  const limit = Math.min(line.length, i + MAX_MEMBER);
  while (i < limit && isIdentChar(line.charCodeAt(i))) i++;
  return i;
}
function identStart(line: string, i: number, min: number): number {
  // i = index just after the identifier
  while (i > min && isIdentChar(line.charCodeAt(i - 1))) i--;
  return i;
}

/**
 * The literal whose digits start at s, if it is a mention. Besides standalone numbers, reads a few
 * forms `standalone` rejects: `non-200`, a class range `200-299`, a Rust `301u16`, and a number in a
 * `/status/404` URL path (httpbin-style status echo: the path segment is the status to answer with).
 */
function literalAt(line: string, s: number, code: number, lang: string, anyNumber: boolean): StatusMention | undefined {
  let e = s + 3;
  // a tax or legal citation: `501(c)(3)`, `401(k)`, `403(b)` (a letter in parentheses right after)
  if (!anyNumber && line.charCodeAt(e) === 40 && isAlpha(line.charCodeAt(e + 1)) && line.charCodeAt(e + 2) === 41) return undefined;
  if (!standalone(line, s, e)) {
    if (anyNumber) return undefined;
    const p = s > 0 ? line.charCodeAt(s - 1) : 0;
    if (p === 47 && lineCommentSlashes(line, s)) {
      // `//409 Conflict`: a comment opener, decided below like a standalone code
    } else if ((line.charCodeAt(e) === 47 && slashedCodeRun(line, s, e, code)) || (p === 47 && laterOfSlashedRun(line, s))) {
      // `a challenge page or 401/403`, `301/302 on a POST`, `(201/409/400)`: codes joined by slashes (see `slashedCodeRun`)
      return { code, start: s, end: e, kind: 'literal' };
    } else if ((p === 47 || line.charCodeAt(e) === 47) && slashRun(line, s, e, code)) {
      // `301/302/307/308`, `429/5xx`: one of several codes, a mention when the run's first code is one (`treat 502/503/504 as failures`),
      // else decided below like a standalone code
      const a = slashRunStartOut;
      if (a < s && threeDigitsAt(line, a) && literalAt(line, a, codeAt(line, a), lang, anyNumber)) return { code, start: s, end: e, kind: 'literal' };
    } else if (p === 44 && rangeLowEnd(line, s, e)) {
      // a list item that is a range (`200,300-302`), decided below like a standalone code
    } else if (p === 47 /* / */ || p === 44 /* , */) {
      // `HTTP/422` written for `HTTP 422` (a version is one digit and a dot): `after an HTTP/422 Error`
      if (p === 47 && s >= 5 && line.startsWith('HTTP', s - 5) && !isIdentChar(line.charCodeAt(s - 6) | 0) && rightStandalone(line, e) && known(code) && code >= 200) return { code, start: s, end: e, kind: 'literal' };
      // an OpenAPI reference into a file of responses named by their code: `$ref: './responses.yaml#/400-no-base-url'`, `#/401'`
      if (p === 47 && s >= 16 && line.charCodeAt(s - 2) === 35 && RESPONSES_FILE_REF_RE.test(line.slice(s - 16, s)) && (line.charCodeAt(e) === 45 || isQuote(line.charCodeAt(e)))) return { code, start: s, end: e, kind: 'literal' };
      // a page named by its code and phrase: `http://httpstatusdogs.com/404-not-found`
      if (p === 47 && line.charCodeAt(e) === 45 && s >= 19 && endsWithFolded(line, s - 1, 'httpstatusdogs.com')) return { code, start: s, end: e, kind: 'literal' };
      if (!rightStandalone(line, e)) return undefined;
      // (not an image named for the code in a folder named `status`: `src='/static/images/status/404.svg'`)
      if ((statusPathBefore(line, s - 1) || (p === 47 && errorFolderPath(line, s, e, code))) && !(line.charCodeAt(e) === 46 && IMAGE_EXTENSION_AFTER_RE.test(line.slice(e, e + 6)))) return { code, start: s, end: e, kind: 'literal' };
      // whistle's rules that answer with a status: `example.com statusCode://204`, `replaceStatus://401`
      if (p === 47 && line.charCodeAt(s - 3) === 58 && line.charCodeAt(s - 2) === 47 && WHISTLE_STATUS_RE.test(line.slice(Math.max(0, s - 18), s))) return { code, start: s, end: e, kind: 'literal' };
      // an OpenAPI reference to a response component named by its code: `$ref: '#/components/responses/404'` (not a file, `responses/200.yaml`),
      // or into an operation's response: `$ref: "#/paths/~1register/post/responses/201/content/application~1json/schema"`
      if (p === 47 && line.charCodeAt(e) !== 46 && s >= 11 && (endsWithFolded(line, s - 1, '/components/responses') || endsWithFolded(line, s - 1, '#/responses') || (endsWithFolded(line, s - 1, '/responses') && OPERATION_RESPONSES_BEFORE_RE.test(line.slice(Math.max(0, s - 20), s))))) return { code, start: s, end: e, kind: 'literal' };
      // Squid access logs: `TCP_MISS/504`
      if (p === 47 && SQUID_RESULT_RE.test(line.slice(Math.max(0, s - 24), s))) return { code, start: s, end: e, kind: 'literal' };
      // a rejection expected to name the code: Jest's `).rejects.toThrowError(/400/);`
      if (p === 47 && line.charCodeAt(e) === 47 && line.charCodeAt(e + 1) === 41 && isCommon(code) && THROW_PATTERN_BEFORE_RE.test(line.slice(Math.max(0, s - 20), s))) return { code, start: s, end: e, kind: 'literal' };
      // the second of a pair `301/302`: a mention when the first is one (`fails with 401/403`), else decided like a standalone code
      if (!(p === 47 && s >= 4 && pairedCode(line, s - 4, code) && leftStandalone(line, s - 4))) return undefined;
      if (rightStandalone(line, e) && literalAt(line, s - 4, codeAt(line, s - 4), lang, anyNumber)) return { code, start: s, end: e, kind: 'literal' };
    } else if (p === 46 && s >= 11 && rightStandalone(line, e) && endsWithFolded(line, s, 'error_page.') && !isIdentChar(line.charCodeAt(s - 12) | 0)) {
      // CherryPy's configuration keys: `'error_page.404': os.path.join(...)`, `{'error_page.402': error_page_402}`
      return { code, start: s, end: e, kind: 'literal' };
    } else if (p === 46 && line.charCodeAt(s - 2) === 46 && rightStandalone(line, e)) {
      // the high end of a Kotlin/Ruby/Swift range `500..599`, `200...299`: a status when the low end is one of the same class
      // (and not itself the high end of another range: no chain to walk back)
      // (a class's top after an earlier class's first code, `in 400..599 ->`: a bound, read as one)
      const bound = classTopAt(line, s, code, lang, anyNumber);
      if (bound) return bound;
      const dots = line.charCodeAt(s - 3) === 46 ? 3 : 2;
      const lowAt = s - dots - 3;
      if (!(lowAt >= 0 && threeDigitsAt(line, lowAt) && leftStandalone(line, lowAt))) return undefined;
      const low = codeAt(line, lowAt);
      // (or the next class's first code after an exclusive range's dots: Ruby's `(200...300) === status`, Rust's `(200..300).contains(&status)`)
      // (or several classes, where the line names a status: Rust's `(200..400).contains(&status)`)
      const classEnd = (dots === 3 || lang === 'rust') && low % 100 === 0 && (code === low + 100 || (code % 100 === 0 && STATUS_WORD_I_RE.test(line.slice(Math.max(0, lowAt - LEFT_WINDOW), e + RIGHT_WINDOW))));
      if (!known(low) || low >= code || (Math.floor(low / 100) !== Math.floor(code / 100) && !classEnd)) return undefined;
      return literalAt(line, lowAt, low, lang, anyNumber) ? { code, start: s, end: e, kind: 'literal' } : undefined;
    } else if (p === 45 /* - */) {
      // Heritrix's status strings: `"HTTP-404-ClientErr-Not Found"` (and prose: `error messages on HTTP-500 responses`)
      if (s >= 5 && (line.charCodeAt(e) === 45 || (known(code) && rightStandalone(line, e))) && line.startsWith('HTTP-', s - 5) && !isIdentChar(line.charCodeAt(s - 6) | 0)) return { code, start: s, end: e, kind: 'literal' };
      // a class's top, `500-599` (599 and 499 are in the catalog: unofficial codes of their own)
      const bound = classTopAt(line, s, code, lang, anyNumber);
      if (bound) return bound;
      // the high end of a range within one class (`200-207`, `300-303`): a status when the low end is
      if (s >= 4 && rightStandalone(line, e) && sameClassRange(line, s - 4, code)) {
        const low = codeAt(line, s - 4);
        return s >= 5 && line.charCodeAt(s - 5) === 45 ? undefined : literalAt(line, s - 4, low, lang, anyNumber) ? { code, start: s, end: e, kind: 'literal' } : undefined;
      }
      // a key or class naming the status: `'service.default-message.response-status-400'`
      // (not a style sheet's `.status-200` class)
      // (the key ends with the code: not a file name, `http-status-204-vs-404.md`)
      if (s >= 7 && isCommon(code) && endsWithFolded(line, s - 1, 'status') && !isAlpha(line.charCodeAt(s - 8)) && rightStandalone(line, e) && !STYLE_LANGUAGES.has(lang) && !(line.charCodeAt(e) === 45 || line.charCodeAt(e) === 46)) return { code, start: s, end: e, kind: 'literal' };
      // a locale's message keyed by the code: `code-404: "The page you're looking for isn't here"`, `error-500: ...`
      if (line.charCodeAt(e) === 58 && isCommon(code) && (lang === 'yaml' || lang === 'json' || lang === 'jsonc') && ((s >= 5 && endsWithFolded(line, s - 1, 'code') && !isIdentChar(line.charCodeAt(s - 6) | 0)) || (s >= 6 && endsWithFolded(line, s - 1, 'error') && !isIdentChar(line.charCodeAt(s - 7) | 0)))) return { code, start: s, end: e, kind: 'literal' };
      // an apidoc example's title: `@apiErrorExample {json} Error-404:`
      if (isCommon(code) && APIDOC_EXAMPLE_TITLE_RE.test(line.slice(Math.max(0, s - 80), s))) return { code, start: s, end: e, kind: 'literal' };
      // a slug naming the status: `changes/2016-03-17-the-451-status-code-is-now-supported`
      if (isCommon(code) && line.charCodeAt(e) === 45 && line.slice(e + 1, e + 7).toLowerCase() === 'status' && !isAlpha(line.charCodeAt(e + 7) | 0) && !STYLE_LANGUAGES.has(lang)) return { code, start: s, end: e, kind: 'literal' };
      // `non-200`
      if (!(s >= 4 && endsWithFolded(line, s - 1, 'non') && (s === 4 || !isIdentChar(line.charCodeAt(s - 5))) && rightStandalone(line, e))) return undefined;
    } else if (!leftStandalone(line, s)) {
      return undefined;
    } else if (rangeLowEnd(line, s, e)) {
      // the low end of a range within one class (`200-207`), decided below like a standalone code
    } else if (line.charCodeAt(e) === 45 && code % 100 === 0) {
      // `200-299`, `200-399`: a range of status classes
      const m = e + 4 <= line.length ? codeAt(line, e + 1) : -1;
      // (`200-999`, IIS failed-request tracing's `statusCodes="200-999"`: every code from 200 on)
      if (!(m % 100 === 99 && m >= code + 99 && (m <= 599 || m === 999)) || !isDigit(line.charCodeAt(e + 3)) || !rightStandalone(line, e + 4)) return undefined;
    } else if (line.startsWith('u16', e) && !(e + 3 < line.length && isIdentChar(line.charCodeAt(e + 3)))) {
      e += 3; // Rust `301u16`: the span is the whole literal
    } else if (line.charCodeAt(e) === 115 /* s */ && (e + 1 >= line.length || !isIdentChar(line.charCodeAt(e + 1)))) {
      // a test named for the error a server answers with, as a verb: `it('404s for an unknown join code', ...)`
      if (!anyNumber && code >= 400 && isCommon(code) && isQuote(line.charCodeAt(s - 1)) && TITLE_VERB_AFTER_RE.test(line.slice(e, e + 8)) && TEST_TITLE_OPEN_RE.test(line.slice(Math.max(0, s - 24), s))) return { code, start: s, end: e, kind: 'literal' };
      // a plural in prose: `Handle 401s by refreshing`, `cache 200s and 404s` (not `timeout: 300s`)
      if (anyNumber || code < 200 || !isCommon(code) || !inProse(line, s, e, lang) || codeishBefore(line, s)) return undefined;
      return (code >= 400 && isDistinctive(code)) || proseVerdict(line, s, e + 1, code, lang) ? { code, start: s, end: e, kind: 'literal' } : undefined;
    } else if (!(line.charCodeAt(e) === 47 && pairedCode(line, e + 1, code) && rightStandalone(line, e + 4))) {
      return undefined; // (the first of a pair `401/403` goes on)
    }
  } else if (s > 0 && line.charCodeAt(s - 1) === 44 && statusPathBefore(line, s - 1)) {
    return { code, start: s, end: e, kind: 'literal' }; // `/status/204,404,500`
  }
  const kind = literalKind(line, s, e, code, lang, anyNumber) ?? (anyNumber ? undefined : commentedOutKind(line, s, e, code, lang));
  if (!kind || (kind === 'literal' && !anyNumber && notHttpCode(line, s))) return undefined;
  return { code, start: s, end: e, kind };
}

/**
 * A line of code commented out, decided as the code it was: `#     return jsonify({'error': 'x'}), 408`, `#        }), 404`
 * (only a comment that goes on as code does: a `return`, or closing brackets).
 */
function commentedOutKind(line: string, s: number, e: number, code: number, lang: string): MentionKind | undefined {
  const m = COMMENTED_OUT_CODE_RE.exec(line);
  if (!m || m[0].length > s) return undefined;
  // (the line without its comment marker is built once per line, not once per code: a long line of codes stays linear)
  if (line !== uncommentedFor) {
    const marker = m[1] ?? '';
    const at = line.indexOf(marker);
    uncommentedFor = line;
    uncommented = line.slice(0, at) + ' '.repeat(marker.length) + line.slice(at + marker.length);
  }
  return literalKind(uncommented, s, e, code, lang, false);
}
let uncommentedFor = '';
let uncommented = '';
const COMMENTED_OUT_CODE_RE = /^\s*(#|\/\/)\s*(?:return\s|[}\])]+\s*,)/;

/**
 * The top of a status class written as a bound, 199 to 599 (not codes themselves, so the catalog has none): the high end
 * of a class range whose low end is a status (`200-299`, `case 200...299:`, `500..599`), or a status compared with it
 * (`status <= 299`, `c.StatusCode > 399`, `299 >= code`).
 */
function classBoundAt(line: string, s: number, code: number, lang: string): StatusMention | undefined {
  const e = s + 3;
  if (!rightStandalone(line, e) || (s > 0 && isIdentChar(line.charCodeAt(s - 1)))) return undefined;
  const form = classBoundForm(line, s, e);
  if (form === 'range') {
    // the low end a class's first code, itself a mention (or an earlier class's: `200..399`)
    const lowAt = s - boundRangeOut;
    const from = codeAt(line, lowAt);
    if (from % 100 !== 0 || from > code - 99 || !known(from) || !leftStandalone(line, lowAt)) return undefined;
    return literalAt(line, lowAt, from, lang, false) ? { code, start: s, end: e, kind: 'literal' } : undefined;
  }
  if (!form || !leftStandalone(line, s)) return undefined;
  const decided = form === 'compare' ? decideLeft(line, s, e, code, lang, 0) === 'yes' || relationalClassBound(line, s, e, code) : yodaStatusAfter(line, e, code);
  return decided ? { code, start: s, end: e, kind: 'literal' } : undefined;
}
/** `classBoundAt` for a number that can be a class's top (199 ... 599), in `context` mode only. */
function classTopAt(line: string, s: number, code: number, lang: string, anyNumber: boolean): StatusMention | undefined {
  return !anyNumber && code % 100 === 99 ? classBoundAt(line, s, code, lang) : undefined;
}
/** A class's first code and a range's connector, up to the bound: `200-`, `200 – `, `200...`, `100..=`, `200 to `, `300 and `, SQL's `200 AND `, `200, `. */
const RANGE_TO_BOUND_RE = /(?<![\w.])\d00 ?(?:-|\u2013|\u2014|~|\uff5e|\.\.\.?|\.\.=|\.\.<)? ?$|(?<![\w.])\d00\s+(?:to|through|and|AND|-|\u2013|\.\.\.?)\s+$|(?<![\w.])\d00,\s?$/;
/** After `classBoundForm` says 'range': how far back from the bound its low end starts. */
let boundRangeOut = 0;
/**
 * How the number at [s, e) would bound a class: the top of a range from a class's first code (`200-299`, `case 200...299:`,
 * `100..=199`, `from 200 to 299`, `between 300 and 399`, `status.between? 200, 299`), compared after a relational operator
 * (`status <= 299`), or compared before one (`299 >= status`). Only the form: whether it is a status is decided apart.
 */
function classBoundForm(line: string, s: number, e: number): 'range' | 'compare' | 'yoda' | undefined {
  const range = RANGE_TO_BOUND_RE.exec(line.slice(Math.max(0, s - 16), s));
  if (range) {
    boundRangeOut = range[0].length;
    return 'range';
  }
  const min = Math.max(0, s - LEFT_WINDOW);
  const op = readOpBack(line, skipSpacesBack(line, s - 1, min), min);
  if (op && RELATIONAL_OPS.has(op.op)) return 'compare';
  const r = skipSpacesFwd(line, e, Math.min(line.length, e + 4));
  return line.charCodeAt(r) === 60 || line.charCodeAt(r) === 62 ? 'yoda' : undefined;
}
/**
 * Whether a mention is a class's top written as a bound (`status <= 299`, `500-599`), which the hover explains as the
 * class: 499 and 599 are also codes of their own (nginx's, some proxies'), compared for equality (`status == 499`).
 */
export function isClassBound(line: string, m: StatusMention): boolean {
  if (m.kind !== 'literal' || m.code % 100 !== 99 || m.code < 199 || m.code > 599 || typeof line !== 'string') return false;
  return classBoundForm(line, m.start, m.end) !== undefined;
}
const RELATIONAL_OPS: ReadonlySet<string> = new Set(['<', '<=', '>', '>=', '-lt', '-le', '-gt', '-ge']);

/**
 * A quoted path naming the code under an error folder: `"/error/500"`, `'/errors/403'`. A route
 * made of the code alone (`app.get('/404')`, `visit "/404"`) is a path: labellers call it one.
 */
function errorFolderPath(line: string, s: number, e: number, code: number): boolean {
  if (!isCommon(code)) return false;
  // (a route's own definition, `{ path: '/error/500', component: ... }`, names a page)
  if (ROUTE_PATH_KEY_RE.test(line.slice(Math.max(0, s - 24), s))) return false;
  let r = e;
  if (line.charCodeAt(r) === 47) r++;
  if (!isQuote(line.charCodeAt(r))) return false;
  const quote = line.charCodeAt(r);
  const seg = line.lastIndexOf('/', s - 2);
  // (or a meta refresh's target: `content="0;url=/error/400"`)
  return seg >= 1 && (line.charCodeAt(seg - 1) === quote || (line.charCodeAt(seg - 1) === 61 && seg >= 4 && line.slice(seg - 4, seg - 1).toLowerCase() === 'url')) && ERROR_FOLDERS.has(line.slice(seg + 1, s - 1).toLowerCase());
}
const ROUTE_PATH_KEY_RE = /\bpath\s*[:=]\s*["'`][^"'`]*$/;
const ERROR_FOLDERS: ReadonlySet<string> = new Set(['error', 'errors', 'http', 'code', 'codes', 'status-code', 'status_code', 'statuscode']);

/**
 * Codes joined by slashes, three or more (`301/302/307/308`), or one with a class word (`429/5xx`):
 * the run stands alone on both ends (not a path such as `/api/301/302`). Pairs of two codes keep
 * their own, stricter rule (see `pairedCode`).
 */
function slashRun(line: string, s: number, e: number, code: number): boolean {
  const member = (i: number): number => (threeDigitsAt(line, i) && known(codeAt(line, i)) && pairedCode(line, i, code) ? 1 : classWordAt(line, i) ? 2 : 0);
  let a = s;
  let codes = 1;
  let classes = 0;
  for (let n = 0; n < 8 && a >= 4 && line.charCodeAt(a - 1) === 47; n++) {
    const m = member(a - 4);
    if (!m) break;
    if (m === 1) codes++;
    else classes++;
    a -= 4;
  }
  let b = e;
  for (let n = 0; n < 8 && line.charCodeAt(b) === 47; n++) {
    const m = member(b + 1);
    if (!m) break;
    if (m === 1) codes++;
    else classes++;
    b += 4;
  }
  slashRunStartOut = a;
  return (codes >= 3 || (classes > 0 && codes + classes >= 2)) && leftStandalone(line, a) && rightStandalone(line, b);
}
/** Where the run `slashRun` last looked at starts. */
let slashRunStartOut = 0;
/**
 * `low-high` with both ends registered codes of one class, the high end above the low and not a class
 * bound (`500-599` is read by the class-range rule): `200-207`, `300-303`. `lowAt` = where `low` starts.
 */
function sameClassRange(line: string, lowAt: number, high: number): boolean {
  if (!threeDigitsAt(line, lowAt) || !leftStandalone(line, lowAt)) return false;
  const low = codeAt(line, lowAt);
  return high > low && Math.floor(high / 100) === Math.floor(low / 100) && high % 100 !== 99 && official(low) && official(high);
}
/** [s, e) is the low end of a range within one class: `-` and a standalone high end follow (`200-207`). */
function rangeLowEnd(line: string, s: number, e: number): boolean {
  return line.charCodeAt(e) === 45 && e + 4 <= line.length && threeDigitsAt(line, e + 1) && rightStandalone(line, e + 4) && sameClassRange(line, s, codeAt(line, e + 1));
}
/** `5xx` / `4XX` at i, as a whole word. */
function classWordAt(line: string, i: number): boolean {
  const c = line.charCodeAt(i);
  const x1 = line.charCodeAt(i + 1) | 0x20;
  const x2 = line.charCodeAt(i + 2) | 0x20;
  return c >= 49 && c <= 53 && x1 === 120 && x2 === 120 && (i + 3 >= line.length || !isIdentChar(line.charCodeAt(i + 3)));
}

/**
 * Languages where nginx upstream conditions are read: nginx configuration only. (Docs and Kubernetes
 * annotations write them too, but a test for `http_` on every line that has no candidate cost the
 * whole-file scan about 18%.)
 */
const UPSTREAM_LANGUAGES: ReadonlySet<string> = new Set(['nginx', 'conf']);
const UPSTREAM_TOKEN_RE = /http_([1-5]\d\d)(?![\w.-])/g;
const UPSTREAM_CONTEXT_RE = /next[_-]upstream|use[_-]stale|retry|RETRY|Retry/;

/**
 * The codes of nginx upstream conditions in line[from, to): `proxy_next_upstream error timeout http_502
 * http_503;`, `proxy_cache_use_stale http_500`, `RETRY_CASES = http_503 http_504`. A token counts next
 * to such a directive or a retry word, or beside another token.
 */
function upstreamCodes(line: string, from: number, to: number, out: StatusMention[] | undefined): StatusMention[] | undefined {
  const text = line.slice(from, to);
  const re = UPSTREAM_TOKEN_RE;
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const h = from + m.index;
    if (h > 0 && (isIdentChar(line.charCodeAt(h - 1)) || line.charCodeAt(h - 1) === 45 || line.charCodeAt(h - 1) === 46)) continue;
    const code = codeAt(line, h + 5);
    if (!known(code)) continue;
    const around = line.slice(Math.max(0, h - LEFT_WINDOW), Math.min(line.length, h + 8 + RIGHT_WINDOW));
    if (!UPSTREAM_CONTEXT_RE.test(around) && !secondUpstreamToken(around)) continue;
    (out ??= []).push({ code, start: h + 5, end: h + 8, kind: 'literal' });
  }
  return out;
}
function secondUpstreamToken(text: string): boolean {
  let n = 0;
  for (let k = text.indexOf('http_'); k >= 0 && n < 2; k = text.indexOf('http_', k + 5)) if (threeDigitsAt(text, k + 5)) n++;
  return n >= 2;
}

/** `//` right before s opens a line comment (`//409 Conflict`), not a URL or a path. */
function lineCommentSlashes(line: string, s: number): boolean {
  // (or glued to the statement it follows: `return new ResponseEntity<>(HttpStatus.CREATED);//201`)
  if (s < 2 || line.charCodeAt(s - 2) !== 47) return false;
  const b = s === 2 ? 32 : line.charCodeAt(s - 3);
  return (isSpace(b) || b === 59 || b === 41 || b === 125) && rightStandalone(line, s + 3);
}

/**
 * Codes of other kinds that read like statuses: lint rules named in a directive (`-- luacheck: ignore
 * 431`, `# noqa: 501`) and the reply codes of SMTP, FTP and friends (`421 responses ... QUIT`) on a
 * line that does not mention HTTP. Checked only for accepted literals.
 */
function notHttpCode(line: string, s: number): boolean {
  if (LINT_DIRECTIVE_RE.test(line.slice(Math.max(0, s - 60), s))) return true;
  // the same key given a three-digit value no status has: `code: '101', amount: -5.79, code: '701'` (account codes)
  if (keyElsewhereBeyondStatuses(line, s)) return true;
  // a Cache-Control directive's seconds: `.set("stale-if-error", 300)`, `stale-if-error=300`
  if (line.charCodeAt(s - 1) !== 47 && cacheSecondsBefore(line, s)) return true;
  // an application's own 1xx result codes in a JSON body: `{ status: 101, message: "database error" }`,
  // `assert.equal(res.body.status, 102)` (HTTP's 101 and 102 are never a body's field beside a message)
  if (line.charCodeAt(s) === 49 && line.charCodeAt(s + 1) === 48 && (APP_1XX_BODY_RE.test(line.slice(Math.max(0, s - 24), s)) || (APP_1XX_KEY_RE.test(line.slice(Math.max(0, s - 12), s)) && APP_1XX_MESSAGE_RE.test(line.slice(s + 3, s + 16))))) return true;
  // a telephone country code: `504 => 'Honduras (+504)'`
  if (countryCodeAfter(line, s)) return true;
  // a street address's number: `address: "413 south Main"`
  if (isQuote(line.charCodeAt(s - 1)) && ADDRESS_KEY_BEFORE_RE.test(line.slice(Math.max(0, s - 32), s))) return true;
  // a table's row of an application's own codes, each with a name that is no status's: a tax exemption's
  // `{ code: '201', name: '17/1 Kültür ve Eğitim ...', type: 'KDV' }`, an account's `{"code": "401", "libelle": "Fournisseurs", ...}`
  if (s <= 24 && line.charCodeAt(s - 1) !== 32 && ownCodeRow(line)) return true;
  // a table of numbers written without spaces, generated data: `202,202,202,202,202,114,203,` (six or more in a run)
  if ((line.charCodeAt(s - 1) === 44 || line.charCodeAt(s + 3) === 44) && packedNumberRun(line, s)) return true;
  // a row's index in a comment after table data: `{ 38, 10, 12, 0, 0, }, /* 305 */`
  if (line.charCodeAt(s - 1) === 32 && line.charCodeAt(s - 2) === 42 && line.charCodeAt(s - 3) === 47 && line.startsWith(' */', s + 3) && /[},\d]\s*$/.test(line.slice(Math.max(0, s - 10), s - 3))) return true;
  // a pair of plain numbers, coordinates or a range written without a space: `turn on 452,406 through 885,881`
  if (line.charCodeAt(s - 1) === 44 && isDigit(line.charCodeAt(s - 2))) {
    let d = s - 2;
    while (d > 0 && isDigit(line.charCodeAt(d - 1))) d--;
    if (s - 1 - d !== 3 || !known(codeAt(line, d))) return true;
  }
  // the US accessibility law: `# 508 Compliance`, `Section 508`
  if (line.charCodeAt(s + 2) === 56 && line.charCodeAt(s + 1) === 48 && line.charCodeAt(s) === 53 && SECTION_508_RE.test(line.slice(Math.max(0, s - 8), s + 14))) return true;
  // a palette shade keyed by weight: `100: #fff0b3,` (Sass maps, Material and Tailwind themes)
  COLOUR_VALUE_RE.lastIndex = s + 3;
  if (COLOUR_VALUE_RE.test(line)) return true;
  // a slice bound (`response.text[:200]`) or a substring's length (`substr($response, 0, 200)`): a count of characters
  const before = line.charCodeAt(skipSpacesBack(line, s - 1, Math.max(0, s - 4)));
  const after = line.charCodeAt(skipSpacesFwd(line, s + 3, Math.min(line.length, s + 6)));
  if (before === 58 && after === 93 && SLICE_BOUND_LEFT_RE.test(line.slice(Math.max(0, s - 24), s))) return true;
  if (before === 44 && SUBSTRING_CALL_RE.test(line.slice(Math.max(0, s - 60), s))) return true;
  // (Ruby's `response[0, 500]`: a start and a length)
  if (before === 44 && after === 93 && RUBY_SLICE_LEFT_RE.test(line.slice(Math.max(0, s - 16), s))) return true;
  // a colour's channel: `rgb(173, 226, 40)`, `hsla(200, 50%, 40%, .5)`
  if ((before === 44 || before === 40) && COLOUR_CALL_LEFT_RE.test(line.slice(Math.max(0, s - 24), s))) return true;
  // the base of a Go enumeration: `CodeSuccess = 100 + iota` (the constants are the application's own codes)
  if (after === 43 && /^\s*\+\s*iota\b/.test(line.slice(s + 3, s + 14))) return true;
  // (or the second factor: `500×500 的空棋盘`, `300 x 300`)
  if ((before === 215 || before === 42 || before === 120) && productFactorBefore(line, s)) return true;
  // a course's number at Code Fellows, whose students' repositories name it everywhere: `lab for Code Fellows 401.`
  if (s >= 12 && CODE_FELLOWS_BEFORE_RE.test(line.slice(Math.max(0, s - 48), s))) return true;
  // a factor of a product: `// 205 * 50KB = ~10MB`, `404 × 2` (a quantity, whatever the words around it)
  if (after === 42 || after === 215) {
    const k = skipSpacesFwd(line, s + 3, Math.min(line.length, s + 6));
    if (isDigit(line.charCodeAt(skipSpacesFwd(line, k + 1, Math.min(line.length, k + 4))))) return true;
  }
  // a timer's delay: `setTimeout(reject, 500, "error")`
  if (before === 44 && TIMER_CALL_RE.test(line.slice(Math.max(0, s - 120), s))) return true;
  // an image's alternative text on an error page: `<img src="404.png" alt="404">`
  if (s >= 5 && isQuote(line.charCodeAt(s - 1)) && line.charCodeAt(s + 3) === line.charCodeAt(s - 1) && ALT_ATTRIBUTE_RE.test(line.slice(Math.max(0, s - 8), s))) return true;
  const around = line.slice(Math.max(0, s - LEFT_WINDOW), Math.min(line.length, s + RIGHT_WINDOW));
  return (MAIL_PROTOCOL_RE.test(around) || (DOC_LANGUAGES.has(lastLanguageOut) && SMTP_REPLY_TEXT_RE.test(around))) && !HTTP_WORD_RE.test(around);
}

/** A number right before the `×`, `*` or `x` that ends (past spaces) right before s: `500×500`, `300 x 300`. */
function productFactorBefore(line: string, s: number): boolean {
  const k = skipSpacesBack(line, s - 1, Math.max(0, s - 4));
  if (k < 1) return false;
  // (an `x` is a sign only between spaces or digits: not the end of a word, `max 500`)
  if (line.charCodeAt(k) === 120 && !(isDigit(line.charCodeAt(k - 1)) || (isSpace(line.charCodeAt(k - 1)) && k < s - 1))) return false;
  const d = skipSpacesBack(line, k - 1, Math.max(0, k - 4));
  return d >= 0 && isDigit(line.charCodeAt(d));
}
const CODE_FELLOWS_BEFORE_RE = /\b[Cc]ode ?[Ff]ellows\b[^.;:!?\n]{0,24}$/;
/** A Cache-Control directive's name ends right before s (past `"`, `,`, `=`, `:` and spaces). */
function cacheSecondsBefore(line: string, s: number): boolean {
  let k = s - 1;
  const min = Math.max(0, s - 6);
  while (k >= min && (isSpace(line.charCodeAt(k)) || isQuote(line.charCodeAt(k)) || line.charCodeAt(k) === 44 || line.charCodeAt(k) === 61 || line.charCodeAt(k) === 58)) k--;
  // (the name's last letters first: `max-age`, `s-maxage`, `stale-while-revalidate`, `stale-if-error`)
  return k < s - 1 && (endsWithFolded(line, k + 1, 'age') || endsWithFolded(line, k + 1, 'ate') || endsWithFolded(line, k + 1, 'ror')) && CACHE_SECONDS_RE.test(line.slice(Math.max(0, s - 32), s));
}
/**
 * Six or more numbers joined by bare commas around the number at s (at most 48 characters each way), one of them
 * not a code or the same as its neighbour: a table of generated data (`202,202,202,202,202,114,203,`), not a list
 * of statuses (`[200,201,202,204,301,302,404]`).
 */
function packedNumberRun(line: string, s: number): boolean {
  let n = 1;
  let data = false;
  let prev = codeAt(line, s);
  let k = s - 1;
  const min = Math.max(0, s - 48);
  while (k > min && line.charCodeAt(k) === 44 && isDigit(line.charCodeAt(k - 1))) {
    const end = k;
    k--;
    while (k > min && isDigit(line.charCodeAt(k - 1))) k--;
    // (a number the window cuts is not read: the run goes on past it)
    if (k === min && min > 0 && isDigit(line.charCodeAt(k - 1))) break;
    const v = end - k === 3 ? codeAt(line, k) : -1;
    if (v < 0 || !known(v) || v === prev) data = true;
    prev = v;
    n++;
    k--;
  }
  prev = codeAt(line, s);
  let r = s + 3;
  const max = Math.min(line.length - 1, s + 51);
  while (r < max && line.charCodeAt(r) === 44 && isDigit(line.charCodeAt(r + 1))) {
    const start = ++r;
    while (r < max && isDigit(line.charCodeAt(r))) r++;
    if (r === max && isDigit(line.charCodeAt(r))) break;
    const v = r - start === 3 ? codeAt(line, start) : -1;
    if (v < 0 || !known(v) || v === prev) data = true;
    prev = v;
    n++;
  }
  return n >= 6 && data;
}

/** `(+504)` within the 60 characters after the code at s: the same number as a telephone country code. */
function countryCodeAfter(line: string, s: number): boolean {
  const max = Math.min(line.length - 6, s + 60);
  for (let k = s + 3; k < max; k++) {
    if (line.charCodeAt(k) === 40 && line.charCodeAt(k + 1) === 43 && line.startsWith(line.slice(s, s + 3), k + 2) && line.charCodeAt(k + 5) === 41) return true;
  }
  return false;
}
function ownCodeRow(line: string): boolean {
  const m = OWN_CODE_ROW_RE.exec(line);
  return m !== null && !STATUS_WORDING_RE.test(m[2]!);
}
const OWN_CODE_ROW_RE = /^\s*\{\s*["']?code["']?\s*:\s*(["'])\d{3}\1\s*,\s*["']?(?:name|label|libelle|nom|nombre|title|description)["']?\s*:\s*["']([^"']{1,160})["']\s*,\s*["']?\w+["']?\s*:/;
const STATUS_WORDING_RE = /error|erro|fail|invalid|not |denied|forbidden|unauthori|found|success|\bok\b|created|accepted|request|response|server|conflict|redirect|moved|timeout|unavailable|gateway|content/i;
const IMAGE_EXTENSION_AFTER_RE = /^\.(?:svg|png|jpe?g|gif|webp|avif|ico)(?![\w-])/i;
const APP_1XX_BODY_RE = /\bbody\.(?:status|code)\s*(?:,|===?|==)\s*$/;
const APP_1XX_KEY_RE = /\b(?:status|code)["']?\s*:\s*$/;
const APP_1XX_MESSAGE_RE = /^\s*,\s*["']?(?:message|msg)\b/;
const CACHE_SECONDS_RE = /(?:stale-if-error|stale-while-revalidate|max-age|s-maxage)["'`]?\s*[,=:]\s*$/i;
const SECTION_508_RE = /[Ss]ection\s+508|508\s+(?:[Cc]omplian|[Aa]ccessib|[Ss]tandard)/;
const TIMER_CALL_RE = /\b(?:setTimeout|setInterval)\s*\((?:[^()]|\([^()]*\))*,\s*$/;
const ALT_ATTRIBUTE_RE = /\salt\s*=\s*["']$/;
const SLICE_BOUND_LEFT_RE = /\[\s*(?:(?![\w.]*(?:[Ss]tatus|[Cc]ode))-?[\w.]+\s*)?:\s*$/;
const RUBY_SLICE_LEFT_RE = /[\w)]\[\s*-?\d+\s*,\s*$/;
const COLOUR_CALL_LEFT_RE = /\b(?:rgba?|hsla?|RGBA?|HSLA?|Color\.rgb|Color\.fromRGBO)\(\s*(?:[\d.]+%?\s*,\s*){0,3}$/;
const SUBSTRING_CALL_RE = /\b(?:substr|substring|mb_substr|mb_strimwidth|Substring|slice|truncate|str_limit|limit|ellipsize)\s*\([^()]*,\s*$/;
// (PHP's arrays too: Tailwind's palette in a Laravel config, `'200' => '#fde68a',`)
const COLOUR_VALUE_RE = /['"]?\s*(?::|=>)\s*['"]?#[\dA-Fa-f]{3,8}(?![\w-])/y;
// (a dash ends the directive, a comment goes on after it: `# noqa: BLE001 — 404 = no such file, try the next name`)
const LINT_DIRECTIVE_RE = /\b(?:luacheck|noqa|pylint|shellcheck|nolint|rubocop|phpcs|tslint|eslint-disable(?:-next-line|-line)?)\b[^;\u2013\u2014]*$/i;
// (and a name that holds it, `getSmtpErrorCode()`, `SmtpException`, or a mail library's exception: `new MailException("421 Service not available")`)
const MAIL_PROTOCOL_RE = /\b(?:E?SMTP|EHLO|HELO|QUIT|RCPT|MAIL FROM|STARTTLS|FTP|IMAP|POP3)\b|\bMAIL command|Smtp|smtp[A-Z_]|\bMail(?:Send|Delivery)?Exception\b/;
/** SMTP reply texts, as tables of reply codes in docs write them (no protocol name on the row). */
const SMTP_REPLY_TEXT_RE = /[Mm]ailbox|[Bb]ad sequence of commands|transmission channel|[Cc]ommand (?:unrecognized|not implemented)|[Rr]equested (?:mail )?action|[Ss]tart mail input/;
const HTTP_WORD_RE = /https?\b|HTTP/i;

/**
 * A quoted list of numbers given to a status-named key or flag: `--retry-status-codes="502,503"`,
 * `STATUS_CODES: '429,503'`.
 */
function quotedStatusList(line: string, s: number, e: number): boolean {
  const min = Math.max(0, s - 60);
  let q = s - 1;
  while (q >= min && (isDigit(line.charCodeAt(q)) || line.charCodeAt(q) === 44 || line.charCodeAt(q) === 32)) q--;
  if (q < min || !isQuote(line.charCodeAt(q))) return false;
  const quote = line.charCodeAt(q);
  let r = e;
  const max = Math.min(line.length, e + 60);
  while (r < max && (isDigit(line.charCodeAt(r)) || line.charCodeAt(r) === 44 || line.charCodeAt(r) === 32)) r++;
  if (r >= max || line.charCodeAt(r) !== quote || line.slice(q + 1, r).indexOf(',') < 0) return false;
  const key = keyBefore(line, q);
  return key !== undefined && (classify(key.replace(/-/g, '_')) === 'status' || /respons/i.test(key));
}

/**
 * The key a quoted value at q is given to: `key: '...'`, `key='...'`, `"key": "..."`, `--flag="..."`
 * (names may hold dashes), or undefined.
 */
function keyBefore(line: string, q: number): string | undefined {
  const k = skipSpacesBack(line, q - 1, Math.max(0, q - 4));
  if (k < 1 || (line.charCodeAt(k) !== 61 && line.charCodeAt(k) !== 58)) return undefined;
  let j = skipSpacesBack(line, k - 1, Math.max(0, k - 4));
  if (j > 0 && isQuote(line.charCodeAt(j))) j--; // a quoted key: `"expandResponses": "200,400"`
  let st = j;
  while (st > Math.max(0, j - 60) && (isIdentChar(line.charCodeAt(st - 1)) || line.charCodeAt(st - 1) === 45)) st--;
  return st <= j ? line.slice(st, j + 1) : undefined;
}

/**
 * A run of four or more codes of one class (2xx and up) separated by commas (or bars, see `isRunSeparator`), around [s, e):
 * `300, 301, 302, 303, 304,` listing the redirects of a table. Sizes and ids break the run (`256`,
 * `1024` are no codes), and 1xx lists (`[101, 102, 103]`) are left alone.
 */
function classRun(line: string, s: number, e: number, code: number): boolean {
  if (code < 200) return false;
  const cls = Math.floor(code / 100);
  // (each a code other than this one: `[300, 300, 300, 300]` is a carousel's widths, not a run of redirects)
  const same = (i: number): boolean =>
    threeDigitsAt(line, i) && Math.floor(codeAt(line, i) / 100) === cls && codeAt(line, i) !== code && known(codeAt(line, i)) && standalone(line, i, i + 3);
  let n = 1;
  // backwards: `NNN, ` before
  for (let st = s; n < 4; ) {
    let k = skipSpacesBack(line, st - 1, Math.max(0, st - 8));
    if (k < 0 || !isRunSeparator(line.charCodeAt(k))) break;
    k = skipSpacesBack(line, k - 1, Math.max(0, k - 8));
    if (!same(k - 2)) break;
    st = k - 2;
    n++;
  }
  // forwards: `, NNN` after
  for (let en = e; n < 4; ) {
    let k = skipSpacesFwd(line, en, Math.min(line.length, en + 8));
    if (!isRunSeparator(line.charCodeAt(k))) break;
    k = skipSpacesFwd(line, k + 1, Math.min(line.length, k + 9));
    if (!same(k)) break;
    en = k + 3;
    n++;
  }
  // (not a list that also holds numbers no status has: `293,   300,   302,   304,` in a table of ids)
  return n >= 4 && !unknownNumberIn(line.slice(Math.max(0, s - LEFT_WINDOW), e + RIGHT_WINDOW));
}
/** What separates the codes of a run: a comma, or the bar of alternatives (Python's `case 200 | 203 | 204 | 206:`, Rust's match arms). */
function isRunSeparator(c: number): boolean {
  return c === 44 || c === 124;
}
function unknownNumberIn(text: string): boolean {
  THREE_DIGITS_G_RE.lastIndex = 0;
  for (let m = THREE_DIGITS_G_RE.exec(text); m; m = THREE_DIGITS_G_RE.exec(text)) if (!known(codeAt(text, m.index))) return true;
  return false;
}
const THREE_DIGITS_G_RE = /\b\d{3}\b/g;

/**
 * The first of a run of codes joined by slashes and standing alone: redirect or error codes, one of them not round
 * (`401/403`, `301/302`, `(404/405/501)`, `500/502`), or success codes beside an error (`(200/401)`, `(201/409/400)`);
 * not a path's `/401/403`, nor `400/500` or `200/300`, which may be anything.
 */
function slashedCodeRun(line: string, s: number, e: number, code: number): boolean {
  if (!codeOfSlashedRun(code) || !leftStandalone(line, s)) return false;
  let at = e;
  let distinctive = code >= 300 && isDistinctive(code);
  let success = code < 300;
  let error = code >= 400;
  for (let n = 0; n < 8 && line.charCodeAt(at) === 47; n++) {
    if (!threeDigitsAt(line, at + 1)) return false;
    const next = codeAt(line, at + 1);
    if (!codeOfSlashedRun(next)) return false;
    // (each code once: `304/304 tests` is a count)
    for (let k = s; k < at; k += 4) if (codeAt(line, k) === next) return false;
    if (next >= 300 && isDistinctive(next)) distinctive = true;
    if (next < 300) success = true;
    if (next >= 400) error = true;
    at += 4;
  }
  // (not pages named for the codes: `default 404/500 pages`)
  if (!(at > e && distinctive && (!success || error) && rightStandalone(line, at))) return false;
  const next = wordAfter(line, at);
  return next !== 'page' && next !== 'pages';
}
/** The code at s is a later one of a run `slashedCodeRun` reads (walked back at most eight codes). */
function laterOfSlashedRun(line: string, s: number): boolean {
  let a = s;
  for (let n = 0; n < 8 && a >= 4 && line.charCodeAt(a - 1) === 47 && threeDigitsAt(line, a - 4); n++) a -= 4;
  return a < s && slashedCodeRun(line, a, a + 3, codeAt(line, a));
}
function codeOfSlashedRun(code: number): boolean {
  return code >= 200 && official(code);
}
/**
 * The three digits at i are a code that pairs with `code` in `301/302`, `401/403`, `404/500`: both
 * known, and of one class, both distinctive or both errors (sizes such as `1024/768` or `200/300`
 * do not pair).
 */
function pairedCode(line: string, i: number, code: number): boolean {
  if (!threeDigitsAt(line, i)) return false;
  const other = codeAt(line, i);
  if (other === code || !known(other)) return false;
  return Math.floor(other / 100) === Math.floor(code / 100) || (isDistinctive(other) && isDistinctive(code)) || (other >= 400 && code >= 400);
}

const WHISTLE_STATUS_RE = /(?<![\w.])(?:statusCode|replaceStatus):\/\/$/;
/** line[i] is the `/` or `,` before a number: the path reads `/status/` (then maybe `204,` items). */
function statusPathBefore(line: string, i: number): boolean {
  for (let guard = 0; guard < 12 && i >= 0; guard++) {
    const c = line.charCodeAt(i);
    // `/status/404` (httpbin and the like), `httpstat.us/404`, `mock.httpstatus.io/404`; pages named by the code:
    // `https://http.cat/401`, `http.dog/404`, `httpstatuses.com/422`, `httpstatuses.io/422`
    if (c === 47) return (i >= 7 && (line.charCodeAt(i - 7) === 47 || isQuote(line.charCodeAt(i - 7))) && endsWithFolded(line, i, 'status')) || (i >= 11 && endsWithFolded(line, i, 'httpstat.us')) || (i >= 13 && endsWithFolded(line, i, 'httpstatus.io'))
      || (i >= 10 && (endsWithFolded(line, i, '//http.cat') || endsWithFolded(line, i, '//http.dog'))) || (i >= 16 && (endsWithFolded(line, i, 'httpstatuses.com') || endsWithFolded(line, i, 'httpstatuses.io')));
    if (c !== 44 || i < 4) return false;
    if (!threeDigitsAt(line, i - 3)) return false;
    i -= 4;
  }
  return false;
}

function leftStandalone(line: string, s: number): boolean {
  if (s === 0) return true;
  const p = line.charCodeAt(s - 1);
  return !isIdentChar(p) && p !== 46 && p !== 35 && p !== 64 && p !== 92 && p !== 45 && p !== 43 && p !== 47 && p !== 126 && p !== 94;
}
function rightStandalone(line: string, e: number): boolean {
  if (e >= line.length) return true;
  const n = line.charCodeAt(e);
  if (isIdentChar(n) || n === 37) return false;
  const n2 = e + 1 < line.length ? line.charCodeAt(e + 1) : 0;
  return !((n === 46 || n === 45 || n === 47 || n === 58) && isDigit(n2));
}

/** A standalone integer: not part of an identifier, a bigger/decimal/hex number, a path or a range. */
function standalone(line: string, s: number, e: number): boolean {
  if (s > 0) {
    const p = line.charCodeAt(s - 1);
    if (isIdentChar(p)) return false;
    // . # @ \ - + / ~ ^ &  (decimals, versions, issue refs, negative numbers, paths, escapes)
    if (p === 46 || p === 35 || p === 64 || p === 92 || p === 45 || p === 43 || p === 47 || p === 126 || p === 94) return false;
    if (p === 44 /* , */ && s > 1 && isDigit(line.charCodeAt(s - 2))) {
      // `1,200` thousands vs `[200,201]`: a 1-2 digit group before means thousands.
      let k = s - 2;
      while (k >= 0 && isDigit(line.charCodeAt(k))) k--;
      if (s - 2 - k < 3) return false;
      if (k >= 0 && line.charCodeAt(k) === 44 && !codeRunBefore(line, s)) return false; // 1,200,300 (not 500,502,503)
    }
    if (p === 58 /* : */ && s > 1 && isDigit(line.charCodeAt(s - 2))) return false; // 12:300 times
  }
  if (e < line.length) {
    const n = line.charCodeAt(e);
    if (isIdentChar(n)) return false;
    const n2 = e + 1 < line.length ? line.charCodeAt(e + 1) : 0;
    if ((n === 46 || n === 44 || n === 45 || n === 47 || n === 58) && isDigit(n2)) {
      if (n === 44) {
        // `200,000` thousands vs `[200,201]`
        let k = e + 1;
        while (k < line.length && isDigit(line.charCodeAt(k))) k++;
        if (k - e - 1 !== 3) return n2 === 0;
        const next = Number(line.slice(e + 1, k));
        return known(next);
      }
      return false; // 404.5, 200-299, 404/2020, 300:10
    }
    if (n === 37 /* % */) return false;
  }
  return true;
}

/**
 * `500,502,503`: every comma-joined group before s is a known code, one of them (or this one) not a round
 * hundred, and the run starts the number: a list of codes written without spaces, not thousands.
 */
function codeRunBefore(line: string, s: number): boolean {
  let distinctive = isDistinctive(codeAt(line, s));
  let i = s - 1;
  for (let n = 0; n < 48 && i >= 3 && line.charCodeAt(i) === 44; n++) {
    const st = i - 3;
    if (!threeDigitsAt(line, st)) return false;
    const c = codeAt(line, st);
    if (!known(c)) return false;
    if (isDistinctive(c)) distinctive = true;
    i = st - 1;
  }
  if (i >= 0 && (isDigit(line.charCodeAt(i)) || (line.charCodeAt(i) === 44 && i > 0 && isDigit(line.charCodeAt(i - 1))))) return false;
  return distinctive;
}

// ---------------------------------------------------------------------------------------------
// Constants

type FamilyIndex = { family: ConstantFamily; dotted: string[] };
const BY_QUALIFIER = new Map<string, FamilyIndex[]>();
const ANY_QUALIFIER: ConstantFamily[] = [];
for (const f of constantFamilies) {
  if (f.separator === ':') continue;
  for (const q of f.qualifiers) {
    if (q === '*') {
      ANY_QUALIFIER.push(f);
      continue;
    }
    const parts = q.split('.');
    const last = parts[parts.length - 1] ?? q;
    const list = BY_QUALIFIER.get(last) ?? [];
    list.push({ family: f, dotted: parts.slice(0, -1) });
    BY_QUALIFIER.set(last, list);
  }
}
/** Qualifiers whose every family is read only near a status word (`codes`): no other library's names are guessed under them. */
const NEAR_STATUS_ONLY_QUALIFIERS: ReadonlySet<string> = new Set([...BY_QUALIFIER].filter(([, list]) => list.every((x) => x.family.onlyNearStatus === true)).map(([q]) => q));
/**
 * Whether one of the line filter's constant triggers (`status`, `Status`, `HTTP`, `Http` ...) lies within the decision
 * windows around a constant at [start, end): what a family without a trigger of its own needs (see `onlyNearStatus`).
 * A trigger there is one on the line, so the whole-line scan reaches the constant as the hover window's scan does.
 */
function statusWordNear(line: string, start: number, end: number): boolean {
  return NEAR_TRIGGER_RE.test(line.slice(Math.max(0, start - LEFT_WINDOW), end + RIGHT_WINDOW));
}
const RAILS = constantFamilies.find((f) => f.separator === ':');
/**
 * `:name` for a status symbol name, as a whole identifier: the colons `rubySymbol` can accept on a
 * whole line (the hover window, which may cut a name, scans every `:[a-z]` instead).
 */
const RAILS_SYMBOL_SOURCE = ':' + namesAlternation(RAILS?.names.keys() ?? []);
const RAILS_SYMBOL_G_RE = new RegExp(RAILS_SYMBOL_SOURCE, 'g');
/**
 * LINE_RE for the languages with status symbols: group 2 = a status symbol name after a colon. None
 * of LINE_RE's matches holds a colon, so a match never hides a symbol.
 */
const LINE_SYMBOL_RE = new RegExp(LINE_RE.source + '|(' + RAILS_SYMBOL_SOURCE + ')', 'g');

/** Whether a family that takes any qualifier could read the member at `memberStart` (its prefix is there). */
function anyQualifierMayMatch(line: string, memberStart: number, separator: string): boolean {
  for (const family of ANY_QUALIFIER) {
    if (family.separator !== separator) continue;
    if (!family.memberPrefix || line.startsWith(family.memberPrefix, memberStart)) return true;
  }
  return false;
}
/** `System.Net.HttpStatusCode.OK`: .NET namespaces are written in Pascal case. */
const DOTNET_NAMESPACE = new Set(['System', 'Net']);
const NOT_PACKAGE = new Set(['this', 'self', 'super', 'static', 'parent', 'crate', 'window', 'global', 'globalThis']);

/**
 * The key right before the number at s (`code: '101'`, `"status" => 100`) is given, elsewhere on the line, a three-digit
 * value from 600 to 999: the key holds some other numbering.
 */
function keyElsewhereBeyondStatuses(line: string, s: number): boolean {
  let k = s - 1;
  if (isQuote(line.charCodeAt(k))) k--;
  k = skipSpacesBack(line, k, Math.max(0, s - 8));
  const op = line.charCodeAt(k);
  if (op === 62 && line.charCodeAt(k - 1) === 61) k--; // `=>`
  else if (op !== 58 && op !== 61) return false;
  k = skipSpacesBack(line, k - 1, Math.max(0, s - 12));
  if (isQuote(line.charCodeAt(k))) k--;
  const keyEnd = k + 1;
  const keyStart = identStart(line, keyEnd, Math.max(0, keyEnd - 24));
  if (keyEnd - keyStart < 2) return false;
  const key = line.slice(keyStart, keyEnd);
  // (within LINE_REACH of the number, so a long line costs no more per number)
  const lo = Math.max(0, s - LINE_REACH);
  const near = nearText(line, s, s);
  let n = 0;
  for (let w = near.indexOf(key); w >= 0 && n < 8; w = near.indexOf(key, w + key.length), n++) {
    const p = lo + w;
    if (p === keyStart || (p > 0 && isIdentChar(line.charCodeAt(p - 1))) || isIdentChar(line.charCodeAt(p + key.length))) continue;
    let j = p + key.length;
    if (isQuote(line.charCodeAt(j))) j++;
    j = skipSpacesFwd(line, j, Math.min(line.length, j + 4));
    const c = line.charCodeAt(j);
    if (c === 61 && line.charCodeAt(j + 1) === 62) j += 2;
    else if (c === 58 || c === 61) j++;
    else continue;
    j = skipSpacesFwd(line, j, Math.min(line.length, j + 4));
    if (isQuote(line.charCodeAt(j))) j++;
    if (threeDigitsAt(line, j) && !isDigit(line.charCodeAt(j + 3)) && (j === 0 || !isDigit(line.charCodeAt(j - 1))) && line.charCodeAt(j) >= 54) return true;
  }
  return false;
}

/** `class ` right before a name: its definition. */
const CLASS_KEYWORD_BEFORE_RE = /\bclass\s+$/;
const JAVADOC_MEMBER_BEFORE_RE = /(?:(\{@link(?:plain)?)|@see)\s+(?:[a-z]\w*\.)*$/;
function qualifiedConstant(line: string, sep: number, sepLen: number): StatusMention | undefined {
  const memberStart = sep + sepLen;
  const memberEnd = identEnd(line, memberStart);
  if (memberEnd < line.length && isIdentChar(line.charCodeAt(memberEnd))) return undefined; // too long
  // (in PHP, a method named for a status is a call, no constant: a project's `return Response::CREATED($body)`, `Response::NO_CONTENT()`;
  // actix-web's builders, `HttpResponse::Ok()`, are the constants of their family)
  if (line.charCodeAt(memberEnd) === 40 && lastLanguageOut === 'php') return undefined;
  const minQ = Math.max(0, sep - MAX_MEMBER);
  const qStart = identStart(line, sep, minQ);
  if (qStart === sep) return undefined;
  const qualifier = line.charCodeAt(qStart) === 36 /* $ */ ? line.slice(qStart + 1, sep) : line.slice(qStart, sep);
  // gRPC's codes share HTTP's names, not their numbers: `grpc.StatusCode.NOT_FOUND`, `io.grpc.Status.NOT_FOUND`, Java's `Status.Code.NOT_FOUND`
  if (qStart >= 5 && (GRPC_BEFORE_RE.test(line.slice(Math.max(0, qStart - 12), qStart)) || (qualifier === 'Code' && GRPC_JAVA_STATUS_BEFORE_RE.test(line.slice(Math.max(0, qStart - 8), qStart))))) return undefined;
  // (Javadoc names a member after `#`: `{@link HttpStatus#NOT_FOUND}`, `@see HttpStatus#CONFLICT`; read as `.` there only)
  // (a link given its own label names the code in the label: `{@link HttpStatus#BAD_REQUEST 400}`)
  if (line.charCodeAt(sep) === 35) {
    const m = JAVADOC_MEMBER_BEFORE_RE.exec(line.slice(Math.max(0, qStart - 64), qStart));
    if (!m || (m[1] !== undefined && line.charCodeAt(memberEnd) !== 125)) return undefined;
  }
  const separator = sepLen === 2 ? '::' : '.';
  // (a library's class imported under a private alias: cheroot's `from http import HTTPStatus as _HTTPStatus`)
  const named = BY_QUALIFIER.get(qualifier) ?? (qualifier.charCodeAt(0) === 95 ? BY_QUALIFIER.get(qualifier.slice(1)) : undefined);
  // (a qualifier only families of other languages use names nothing here: Twisted's `http.` is Python's, not Kotlin's `okhttp3.internal.http.HTTP_PROCESSING`)
  const candidates = named?.some((x) => x.family.onlyIn === undefined || x.family.onlyIn.includes(lastLanguageOut)) === true ? named : undefined;
  // a project's own status enum named for HTTP or responses: `BackendResponseStatusCode.BAD_REQUEST`, `ApiStatusCode.NotFound`
  // (PHP writes a class's constants after `::`: nails' `HttpCodes::STATUS_NOT_FOUND`)
  // (or one named `HTTP` alone: `res.status(HTTP.FORBIDDEN)`, `apiConst.HTTP.OK`; not a highlighter's token, HTTPie's `pygments.token.Number.HTTP.OK`)
  // (in PHP, PSR-7's interface imported under that name: `use Fig\Http\Message\StatusCodeInterface as HTTP;`, `HTTP::STATUS_OK`)
  const ownEnum = !candidates && (separator === '.' || lastLanguageOut === 'php') && (OWN_STATUS_ENUM_RE.test(qualifier) || (qualifier === 'HTTP' && (separator === '.' ? !TOKEN_PATH_BEFORE_RE.test(line.slice(Math.max(0, qStart - 40), qStart)) : lastLanguageOut === 'php')));
  const otherEnum = !candidates && !ownEnum && separator === '.' && OTHER_STATUS_CODE_ENUM_RE.test(qualifier);
  // a project's own constant that ends in its code, under a name for HTTP statuses: `HTTP_STATUS_CODES.CREATED_201`, `HttpCodes.SUCCESS_200`
  const suffixed = separator === '.' && isDigit(line.charCodeAt(memberEnd - 1)) && CODE_SUFFIXED_MEMBER_RE.test(line.slice(memberStart, memberEnd)) && HTTP_STATUS_QUALIFIER_RE.test(qualifier);
  // a project's own table of codes given to a status decorator: decorated-routing's `@StatusCode(c.CREATED)`, `@HttpCode(codes.NO_CONTENT)`
  // (the decorator holds a trigger, `Status` or `Http`, so the whole-line scan reads it as the hover path does)
  const decorated = !candidates && separator === '.' && qStart >= 12 && STATUS_DECORATOR_BEFORE_RE.test(line.slice(Math.max(0, qStart - 16), qStart));
  if (!candidates && !ownEnum && !otherEnum && !suffixed && !decorated && !anyQualifierMayMatch(line, memberStart, separator)) return undefined;
  const member = line.slice(memberStart, memberEnd);

  let code: number | undefined;
  let start = qStart;
  let otherLibrary = false;
  if (candidates) {
    for (const { family, dotted } of candidates) {
      if (family.separator !== separator) continue;
      const c = codeOfMember(family, member);
      if (c === undefined) continue;
      // (in Python, `StatusCode.OK` is OpenTelemetry's span status wherever it is written: `("500", StatusCode.OK),` in a test table)
      if (family.shared?.members.has(member) && (lastLanguageOut === 'python' || family.shared.otherLibrary.test(line.slice(Math.max(0, qStart - LEFT_WINDOW), memberEnd + RIGHT_WINDOW)))) {
        otherLibrary = true;
        continue;
      }
      if (family.onlyIn && !family.onlyIn.includes(lastLanguageOut)) continue;
      // (Requests' `codes.ok` only beside a status word, and its bare `codes` not as a member of something else: Kong's `Errors.codes.NOT_FOUND`)
      if (family.onlyNearStatus && ((dotted.length === 0 && qStart > 0 && line.charCodeAt(qStart - 1) === 46) || !statusWordNear(line, qStart, memberEnd))) continue;
      if (family.neverCalled && line.charCodeAt(skipSpacesFwd(line, memberEnd, Math.min(line.length, memberEnd + 4))) === 40) continue;
      if (family.responseClasses && (line.startsWith('.new', memberEnd) || CLASS_KEYWORD_BEFORE_RE.test(line.slice(Math.max(0, qStart - 8), qStart)))) return undefined;
      let s = qStart;
      let ok = true;
      // (the qualifier's segments are joined by the family's separator: Crystal's `HTTP::Status::FOUND`)
      for (let k = dotted.length - 1; k >= 0; k--) {
        const seg = dotted[k] ?? '';
        const segEnd = s - family.separator.length;
        if (segEnd < 0 || !line.startsWith(family.separator, segEnd)) { ok = false; break; }
        const segStart = identStart(line, segEnd, Math.max(0, segEnd - MAX_MEMBER));
        if (line.slice(segStart, segEnd) !== seg) { ok = false; break; }
        s = segStart;
      }
      if (!ok) continue;
      code = c;
      start = s;
      break;
    }
  }
  // (not a project's own `errors` package, which names its error kinds after statuses: harness's `errors.StatusNotFound` is a string)
  if (code === undefined && qualifier !== 'errors') {
    for (const family of ANY_QUALIFIER) {
      if (family.separator !== separator) continue;
      if (family.memberPrefix && !member.startsWith(family.memberPrefix)) continue;
      const c = codeOfMember(family, member);
      if (c !== undefined) {
        code = c;
        break;
      }
    }
  }
  // a project's own enum under a library's name, spelled its own way: `StatusCode.Not_Found`, `HttpStatus.Bad_Request`
  // (a qualifier only Requests uses, `codes`, names nothing else: Kong's `Errors.codes.NOT_FOUND`)
  // (nor the last name of a dotted qualifier written without the rest: Jetty's `HttpStatus.Code`, not an application's `Code.UNAUTHORIZED`,
  // which no trigger covers, so the whole-line scan would not read it where the hover path did)
  const libraryQualifier = candidates !== undefined && !NEAR_STATUS_ONLY_QUALIFIERS.has(qualifier) && candidates.some((x) => x.dotted.length === 0);
  if (code === undefined && libraryQualifier && MIXED_SNAKE_RE.test(member)) code = codeOfPhraseLetters(member);
  // or in Pascal case under a status type's name: lightning-server's `HttpStatus.BadRequest`
  // (or WEBrick's `HTTPStatus::RequestTimeout`; a Rust enum's own `HttpStatus::NotFound` is its definition's business)
  // (or in camel case: bichard7's own `HttpStatusCode.gatewayTimeout`)
  if (code === undefined && libraryQualifier && !otherLibrary && (separator === '.' || lastLanguageOut === 'ruby') && (PASCAL_WORDS_RE.test(member) || (separator === '.' && CAMEL_WORDS_RE.test(member))) && STATUS_CODE_TYPE_RE.test(qualifier)) code = codeOfPhraseLetters(member);
  if (code === undefined && (ownEnum || decorated) && (UPPER_WORDS_RE.test(member) || PASCAL_WORDS_RE.test(member))) code = codeOfPrefixedWords(member);
  if (code === undefined && ownEnum && separator === '.' && CAMEL_WORDS_RE.test(member)) code = codeOfPhraseLetters(member);
  if (code === undefined && otherEnum && PASCAL_WORDS_RE.test(member)) {
    const c = codeOfPhraseLetters(member);
    if (c !== undefined && c >= 400) code = c;
  }
  // a library's name this one does not spell the same way, in upper case words: taxum's `StatusCode.UNPROCESSABLE_CONTENT`,
  // fibra's `Status::PAYLOAD_TOO_LARGE` (an alias of hyper's StatusCode); one word only under a status-code type's name
  // (an application's `Status::CREATED` is an order's state), and not where another library's word says it is theirs
  // (not Python's `StatusCode.NOT_FOUND`, gRPC's as `from grpc import StatusCode` names it; Tonic's PHP `Response::BADREQUEST` is one word)
  // (one word given to a status: utoipa's `(status = Status::OK, body = Uuid)`)
  if (code === undefined && libraryQualifier && !otherLibrary && UPPER_WORDS_RE.test(member) && (member.includes('_') || STATUS_CODE_TYPE_RE.test(qualifier) || (qualifier === 'Response' && separator === '::' && lastLanguageOut === 'php') || (qStart >= 9 && STATUS_GIVEN_BEFORE_RE.test(line.slice(Math.max(0, qStart - 16), qStart)))) && !(qualifier === 'StatusCode' && lastLanguageOut === 'python')) code = codeOfPrefixedWords(member);
  if (code === undefined && suffixed) code = codeAt(member, member.length - 3);
  // (under a name for HTTP statuses only: IPP's `StatusCode.CLIENT_ERROR_BAD_REQUEST` is a printer's)
  if (code === undefined && HTTP_QUALIFIER_RE.test(qualifier) && UPPER_WORDS_RE.test(member)) code = codeOfClassPrefixed(member);
  if (code === undefined || !known(code)) return undefined;
  // Extend over lower-case package/module segments: `http.HTTPStatus.X`, `http::StatusCode::OK`, and over an
  // outer class (`HttpConstants.HttpStatus.BAD_REQUEST`); in a JVM import, whose package path labellers leave out
  // (`import static org.springframework.http.HttpStatus.OK;`), over the outer classes only
  const jvmImport = JVM_IMPORT_RE.test(line);
  for (let guard = 0; guard < 8; guard++) {
    let p = start;
    let sl = 0;
    if (p >= 1 && line.charCodeAt(p - 1) === 46) sl = 1;
    else if (p >= 2 && line.charCodeAt(p - 1) === 58 && line.charCodeAt(p - 2) === 58) sl = 2;
    else if (p >= 1 && line.charCodeAt(p - 1) === 92 /* \ PHP namespace */) sl = 1;
    if (!sl) break;
    p -= sl;
    const segStart = identStart(line, p, Math.max(0, p - MAX_MEMBER));
    if (segStart === p) {
      if (sl === 1 && line.charCodeAt(p) === 92) start = p; // leading `\Foo\Response::X`
      break;
    }
    const seg = line.slice(segStart, p);
    const c0 = seg.charCodeAt(0);
    const isNamespace = line.charCodeAt(p) === 92;
    const outerClass = sl === 1 && !isNamespace && PASCAL_IDENT_RE.test(seg);
    if (jvmImport && !outerClass) break;
    // (C++ namespaces and nested classes are often capitalised: `Poco::Net::HTTPResponse::HTTP_OK`)
    if (!isNamespace && !outerClass && (!(c0 >= 97 && c0 <= 122 || sl === 2) || NOT_PACKAGE.has(seg)) && !DOTNET_NAMESPACE.has(seg)) break;
    if (segStart > 0 && line.charCodeAt(segStart - 1) === 36 /* $var */) break;
    if (memberEnd - segStart > MAX_CONSTANT_SPAN) break;
    start = segStart;
  }
  return { code, start, end: memberEnd, kind: 'constant' };
}

/** A project's enum of statuses, named for HTTP, an API or responses (the tables' own names, `HttpStatus`, `StatusCodes` ..., are looked up first). */
// (or an HTTP constants class: owncloud's `HttpConstants.HTTP_UNAUTHORIZED`, digitraffic's `HttpCodeConstants.HTTP_NOT_FOUND`)
// (and a service's: `ServiceStatusCode.BAD_REQUEST`)
const OWN_STATUS_ENUM_RE = /^ServiceStatusCodes?$|^(?:[A-Z][a-z]+)*(?:Api|API|Http|HTTP|Response|Rest|REST|Web|Server|Backend)(?:[A-Z][a-z]+)*(?:StatusCodes?|Status|Codes?)(?:Enum)?$|^(?:[A-Z][a-z]+)*(?:Http|HTTP)(?:[A-Z][a-z]+)*Constants$/;
const TOKEN_PATH_BEFORE_RE = /\btoken\.(?:\w+\.)*$/;
/** Any other `...StatusCode` enum but gRPC's and tracing's, read only for an error's Pascal-case name: FoxIDs' `DataStatusCode.NotFound` (not an order's `OrderStatusCode.ACCEPTED`). */
const OTHER_STATUS_CODE_ENUM_RE = /^(?!\w*(?:Grpc|GRPC|Rpc|RPC|Span))(?:[A-Z][a-z]+)+StatusCodes?$/;
const PASCAL_WORDS_RE = /^(?:[A-Z][a-z]+)+$/;
const CAMEL_WORDS_RE = /^[a-z]+(?:[A-Z][a-z]+)*$/;
/** A class's name: `HttpConstants`, `HTTPResponse`, `ServerConstants` (not a constant's, `HTTP_OK`). */
const PASCAL_IDENT_RE = /^[A-Z](?=[A-Za-z0-9]*[a-z])[A-Za-z0-9]*$/;
const GRPC_BEFORE_RE = /(?:grpc|Grpc|GRPC)(?:\.|::)$/;
const GRPC_JAVA_STATUS_BEFORE_RE = /(?:^|[^\w.])Status\.$/;
/** `CREATED_201`, `NOT_FOUND_404`, `SUCCESS_200`: upper-case words, then the code. */
const CODE_SUFFIXED_MEMBER_RE = /^[A-Z]+(?:_[A-Z]+)*_[1-5]\d\d$/;
/** A qualifier naming HTTP statuses or codes: `HTTP_STATUS_CODES`, `HttpCodes`, `StatusCode`. */
const HTTP_STATUS_QUALIFIER_RE = /^(?:HTTP|Http)_?(?:STATUS|Status|RESPONSE|Response)?_?(?:CODES?|Codes?)?$|^(?:STATUS|Status)_?(?:CODES?|Codes?)$/;
/** `Not_Found`, `Bad_Request`: words joined by `_`, each capitalised, not upper case throughout. */
const UPPER_WORDS_RE = /^[A-Z]+(?:_[A-Z]+)*$/;
const STATUS_DECORATOR_BEFORE_RE = /@(?:StatusCode|HttpCode)\(\s*$/;
const STATUS_CODE_TYPE_RE = /Code|Http|HTTP/;
const MIXED_SNAKE_RE = /^[A-Z][a-z]+(?:_[A-Za-z][a-z]*)+$/;
let PHRASE_LETTERS: Map<string, number> | undefined;
/** The official code whose reason phrase (or an alias) has exactly these letters, ignoring case and separators. */
function codeOfPhraseLetters(member: string): number | undefined {
  if (!PHRASE_LETTERS) {
    PHRASE_LETTERS = new Map();
    for (let c = 100; c < 600; c++) {
      if (!official(c)) continue;
      for (const q of phrasesOf(c)) {
        const k = squash(q);
        if (!PHRASE_LETTERS.has(k)) PHRASE_LETTERS.set(k, c);
      }
    }
  }
  return PHRASE_LETTERS.get(squash(member));
}
/**
 * codeOfPhraseLetters for a member that may carry PSR-7's prefix or HttpURLConnection's: nails' `HttpCodes::STATUS_NOT_FOUND`,
 * hutool's `HttpStatus.HTTP_NOT_FOUND` (`HTTP_VERSION_NOT_SUPPORTED` is read whole first).
 */
function codeOfPrefixedWords(member: string): number | undefined {
  // (or the Servlet API's prefix, as ports of it write it: ministruts' `HttpResponse::SC_NOT_FOUND`)
  return codeOfPhraseLetters(member) ?? (member.startsWith('STATUS_') ? codeOfPhraseLetters(member.slice(7)) : member.startsWith('HTTP_') ? codeOfPhraseLetters(member.slice(5)) : member.startsWith('SC_') ? codeOfPhraseLetters(member.slice(3)) : undefined);
}
/**
 * A phrase after the name of its class, which must be the code's: a project's `HttpStatusCode::SUCCESS_OK`,
 * `HttpStatusCode::ERROR_BAD_REQUEST`, `CLIENT_ERROR_NOT_FOUND`, `REDIRECT_FOUND` (not `SUCCESS_NOT_FOUND`).
 */
function codeOfClassPrefixed(member: string): number | undefined {
  const m = CLASS_PREFIX_RE.exec(member);
  const classes = m ? CLASS_PREFIXES[m[1] ?? ''] : undefined;
  const code = m && classes ? codeOfPhraseLetters(member.slice(m[0].length)) : undefined;
  return code !== undefined && classes?.includes(Math.floor(code / 100)) ? code : undefined;
}
/** The class words a member may open with, and the classes of the codes each admits. */
const CLASS_PREFIXES: Readonly<Record<string, readonly number[]>> = {
  INFO: [1], INFORMATIONAL: [1], SUCCESS: [2], REDIRECT: [3], REDIRECTION: [3], CLIENT_ERROR: [4], SERVER_ERROR: [5], ERROR: [4, 5],
};
const CLASS_PREFIX_RE = new RegExp('^(' + Object.keys(CLASS_PREFIXES).join('|') + ')_');
const HTTP_QUALIFIER_RE = /Http|HTTP/;
const STATUS_GIVEN_BEFORE_RE = /\bstatus\s*[=:]\s*$/;

// Unqualified members of the libraries whose members carry a prefix: Go `StatusNotFound` (Fiber
// and net/http itself define them bare), `HTTP_BAD_METHOD` / `HTTP_EARLY_HINTS` (static imports of
// HttpURLConnection, Symfony and OkHttp constants). Only exact member names count.
const BARE_NAMES = new Map<string, number>();
for (const f of constantFamilies) {
  // (ASP.NET Core's names hold their code, `Status404NotFound`: written bare after `using static Microsoft.AspNetCore.Http.StatusCodes;`)
  if ((f.codeInName && f.id !== 'aspnetcore-statuscodes') || (f.memberPrefix !== 'Status' && f.memberPrefix !== 'HTTP_' && f.memberPrefix !== 'HTTP_CODE_' && f.memberPrefix !== 'SC_' && !BARE_PREFIXES.includes(f.memberPrefix ?? ''))) continue;
  // (servlet `SC_` names are distinctive at any length: `SC_OK`)
  // (`HTTP_OK` too: statically imported from HttpURLConnection, or a C `#define`, it always means 200)
  for (const [name, code] of f.names) if ((name.length >= 9 || f.memberPrefix === 'SC_' || name === 'HTTP_OK') && !BARE_NAMES.has(name)) BARE_NAMES.set(name, code);
}
/** The Objective-C constant around `StatusCode` at s, `k...HTTPStatusCode[_]Phrase`, read by its phrase. */
function objcStatusConstant(line: string, s: number): StatusMention | undefined {
  const st = identStart(line, s, Math.max(0, s - 40));
  const e = identEnd(line, s);
  if (e < line.length && isIdentChar(line.charCodeAt(e))) return undefined;
  if (st > 0 && (line.charCodeAt(st - 1) === 46 || isIdentChar(line.charCodeAt(st - 1)))) return undefined;
  // (not its own definition, `kHTTPStatusCodeNotFound = 404,`: the conventions mark the number there)
  if (OWN_DEFINITION_AFTER_RE.test(line.slice(e, e + 6))) return undefined;
  const m = OBJC_STATUS_CONSTANT_RE.exec(line.slice(st, e));
  const code = m ? codeOfPhraseLetters(m[1] ?? '') : undefined;
  return code !== undefined && known(code) ? { code, start: st, end: e, kind: 'constant' } : undefined;
}
const OBJC_STATUS_CONSTANT_RE = /^k\w*HTTPStatusCode_?([A-Z][A-Za-z]+)$/;
/** A project's module of constants: `constants.HTTP_CODE_NOT_FOUND`, `Config.HTTP_NOT_FOUND`. */
const CONSTANTS_HOLDER_RE = /^(?:[Cc]onstants?|CONSTANTS?|[Cc]onsts?|CONSTS?|[Cc]onfig|CONFIG|[Cc]odes|CODES)$/;
/** `import a.b.HTTP_PROCESSING`, `import static java.net.HttpURLConnection.*`-style lines. */
const JVM_IMPORT_RE = /^\s*import\s+(?:static\s+)?[a-z]/;
const IMPORT_LINE_RE = /^\s*(?:import|from|use|using)\s/;

const STRING_VALUE_AFTER_RE = /\s*(?::\s*string\s*)?=\s*["'`]/y;
/** A bare Starlette/DRF name (`HTTP_404_NOT_FOUND`) or AWS ELB code (`HTTP_301`) starting at `s`, not part of a qualified name. */
function bareDrfConstant(line: string, s: number): StatusMention | undefined {
  if (s > 0) {
    const p = line.charCodeAt(s - 1);
    // (nor a page in a URL's path: `https://en.wikipedia.org/wiki/HTTP_404`)
    if (isIdentChar(p) || p === 46 /* . */ || p === 58 /* : */ || p === 47 /* / */) return undefined;
  }
  const code = codeAt(line, s + 5);
  const end = identEnd(line, s);
  // (a project's own `HTTP_404 = b"HTTP/1.1 404 Not Found\r\n"` defined at the line's start: its status line holds the mention)
  if (end === s + 8 && skipSpacesBack(line, s - 1, 0) < 0 && OWN_DEFINITION_AFTER_RE.test(line.slice(end, end + 6))) return undefined;
  // (nor a name for the code's text: `HTTP_404_DESCRIPTION = "Resource could not be found"`, `HTTP_404_TEXT=...`)
  if (end > s + 8 && CODE_TEXT_NAME_RE.test(line.slice(s + 8, end))) return undefined;
  return known(code) ? { code, start: s, end, kind: 'constant' } : undefined;
}
const CODE_TEXT_NAME_RE = new RegExp('_(?:' + CODE_TEXT_WORDS + ')$');
const OWN_DEFINITION_AFTER_RE = /^\s*=(?!=)/;

/** A definition after a name, a Python type annotation allowed: `_HTTP_NOT_FOUND = 404`, `_HTTP_NOT_FOUND: Final = 404`. */
const PRIVATE_DEFINITION_AFTER_RE = /^\s*(?::[^=]{0,16})?=(?!=)/;
function bareConstant(line: string, s: number): StatusMention | undefined {
  if (s > 0) {
    const p = line.charCodeAt(s - 1);
    // a module's private copy of a library's name, used by name: `if status == _HTTP_NOT_FOUND:` (not its definition, `_HTTP_NOT_FOUND = 404`)
    if (p === 95 && (s === 1 || !isIdentChar(line.charCodeAt(s - 2))) && line.startsWith('HTTP_', s)) {
      const e = identEnd(line, s);
      const code = BARE_NAMES.get(line.slice(s, e));
      return code !== undefined && known(code) && !PRIVATE_DEFINITION_AFTER_RE.test(line.slice(e, e + 24)) ? { code, start: s - 1, end: e, kind: 'constant' } : undefined;
    }
    // (inside a name: an Objective-C server's own constants, WebDriverAgent's `kHTTPStatusCodeNotFound`, GCDWebServer's
    // `kGCDWebServerHTTPStatusCode_NotFound`, read by their phrase)
    if (isIdentChar(p)) return line.startsWith('StatusCode', s) ? objcStatusConstant(line, s) : undefined;
    if (p === 58 || p === 92 || p === 36) return undefined;
    // a qualified member is read by `qualifiedConstant`; an import names the member alone; a project's constants
    // module holding a library's name is the project's own constant, named whole (`constants.HTTP_CODE_NOT_FOUND`)
    if (p === 46 && !(s <= LEFT_WINDOW && IMPORT_LINE_RE.test(line))) {
      const holder = identStart(line, s - 1, Math.max(0, s - 24));
      // (Node's module before them: `http2.constants.HTTP_STATUS_OK`)
      const q = holder >= 6 && line.startsWith('http2.', holder - 6) ? holder - 6 : holder;
      if (holder === s - 1 || !CONSTANTS_HOLDER_RE.test(line.slice(holder, s - 1)) || (q > 0 && (isIdentChar(line.charCodeAt(q - 1)) || line.charCodeAt(q - 1) === 46)) || !line.startsWith('HTTP_', s)) return undefined;
      const e = identEnd(line, s);
      // (Node's own, `http2.constants.HTTP_STATUS_FORBIDDEN`, destructured or not, are read by their phrase: `constants.HTTP_STATUS_NOT_FOUND`)
      const code = e < line.length && isIdentChar(line.charCodeAt(e)) ? undefined : bareNameCode(line.slice(s, e));
      return code !== undefined && known(code) ? { code, start: q, end: e, kind: 'constant' } : undefined;
    }
  }
  const e = identEnd(line, s);
  if (e < line.length && isIdentChar(line.charCodeAt(e))) return undefined;
  const name = line.slice(s, e);
  const code = bareNameCode(name);
  if (code === undefined || !known(code)) return undefined;
  // a project's own constant spelt like a library's, holding a string: Go `StatusCreated = "created"`
  // (not a status line's text: `HTTP_OK = '200 OK'`)
  STRING_VALUE_AFTER_RE.lastIndex = e;
  if (STRING_VALUE_AFTER_RE.test(line) && !line.startsWith(String(code), STRING_VALUE_AFTER_RE.lastIndex)) return undefined;
  // (nor a key of a project's own table, its number marked alone: `HTTP_MOVED_PERMANENTLY: 301,` in a JavaScript object)
  if (line.charCodeAt(e) === 58 && OWN_KEY_NUMBER_AFTER_RE.test(line.slice(e, e + 12))) return undefined;
  return { code, start: s, end: e, kind: 'constant' };
}

/**
 * A library's name written bare (`HTTP_NOT_FOUND`, `StatusNotFound`), or a name made of `HTTP_STATUS_` and the status's
 * phrase: MantisBT's own `HTTP_STATUS_PRECONDITION_FAILED`, Node's `http2.constants.HTTP_STATUS_NOT_FOUND`.
 */
function bareNameCode(name: string): number | undefined {
  return BARE_NAMES.get(name) ?? (name.startsWith('HTTP_STATUS_') && UPPER_WORDS_RE.test(name) ? codeOfPhraseLetters(name.slice(12)) : undefined);
}

// Swift: implicit members of SwiftNIO's `HTTPResponseStatus` / Swift HTTP Types' `HTTPResponse.Status`
// where the type is known from the context: `status: .notFound`, `res.status == .ok`, `Abort(.badRequest)`.
const SWIFT_MEMBERS = new Map<string, number>();
for (const f of constantFamilies) {
  if (f.id !== 'swift-nio-status' && f.id !== 'swift-http-types') continue;
  for (const [name, code] of f.names) if (!SWIFT_MEMBERS.has(name)) SWIFT_MEMBERS.set(name, code);
}

/**
 * Per language, the members its families let code write bare (see `bareIn`): the line regex (LINE_RE
 * plus the names, group 2), the names alone, and their codes.
 */
const BARE_MEMBERS = new Map<string, { line: RegExp; names: RegExp; codes: Map<string, number>; after: RegExp | undefined }>();
/**
 * Languages whose bare members are Java-style constants (`NOT_FOUND`, `OK`), written after punctuation
 * (`status(NOT_FOUND)`, `== NOT_FOUND`, `status: CREATED`): their line regex looks for a name only there,
 * which keeps the test cheap on lines full of other upper-case names, and a name after a `.` belongs to
 * some other qualifier (`ErrorCode.NOT_FOUND`).
 */
const JVM_BARE_LANGUAGES: ReadonlySet<string> = new Set(['java', 'kotlin', 'groovy']);
const JS_BARE_LANGUAGES: ReadonlySet<string> = new Set(JS_LANGUAGE_IDS);
/**
 * After a bare name imported by name: the rest of the list, then http-status-codes or http-status as its source (or a
 * project's own module of them, named for HTTP: a much-copied MERN tutorial's `import { NOT_FOUND } from "../constants/http";`).
 */
const STATUS_PACKAGE_IMPORT_AFTER_RE = /^(?:\s*,\s*\w+)*\s*,?\s*\}\s*(?:from\s*|=\s*require\(\s*)['"](?:http-status(?:-codes)?|(?:\.{1,2}\/|[~@]\/)+(?:[\w-]+\/)*(?:http|httpStatus|http-status|httpStatusCodes?|httpCodes?|statusCodes?|status-codes)(?:\.[jt]s)?)['"]/;
{
  const byLang = new Map<string, Map<string, number>>();
  const afterByLang = new Map<string, RegExp | undefined>();
  for (const f of constantFamilies) {
    for (const lang of f.bareIn ?? []) {
      const codes = byLang.get(lang) ?? new Map<string, number>();
      for (const [name, code] of f.names) if (!codes.has(name)) codes.set(name, code);
      byLang.set(lang, codes);
      const after = f.bareAfter === undefined || f.bareAfter instanceof RegExp ? f.bareAfter : f.bareAfter[lang];
      if (afterByLang.has(lang) && afterByLang.get(lang) !== after) throw new Error(`bare members of ${lang} need one context`);
      afterByLang.set(lang, after);
    }
  }
  for (const [lang, codes] of byLang) {
    const source = namesAlternation(codes.keys());
    // (and after a `when` arm's arrow: Kotlin's `is NotFoundException -> NOT_FOUND`)
    // (and JavaScript's, after `(`, `=`, `:` or an import's `{`: `res.status(OK)`, `import { OK } from 'http-status-codes'`)
    const names = JVM_BARE_LANGUAGES.has(lang) ? '|[(,=:[>] ?(' + source + ')' : JS_BARE_LANGUAGES.has(lang) ? '|[(,=:{] ?(' + source + ')' : '|(' + source + ')';
    // (the names before the triggers: a name that starts with one, Nim's `Http404`, would otherwise be read as the trigger alone)
    BARE_MEMBERS.set(lang, { line: new RegExp(LINE_NUMBER_SOURCE + names + '|' + LINE_TRIGGER_SOURCE + (OWN_TRIGGER_ALTS.get(lang) ?? ''), 'g'), names: new RegExp(source, 'g'), codes, after: afterByLang.get(lang) });
  }
}
/** A bare Java-style member that is one common word (`OK`, `CREATED`) needs an HTTP word on the line too. */
/** (Ktor's `call.respond(OK, chats)` after `import io.ktor.http.HttpStatusCode.Companion.OK`) */
/** (or a response's status code read or expected: `assertThat(result.getStatusCode()).isEqualTo(CREATED)`, RestAssured's `.statusCode(OK.value())`) */
const JVM_BARE_HTTP_RE = /[Rr]esponse|\bres\b|[Rr]equest|HTTP|[Hh]ttp|\b(?:status|hasStatus|respond|statusCode|getStatusCode)\(/;
/** Bare names that only an HTTP status has: two words or more in Pascal case (`NotFound`, `BadRequest`), or an access refusal. */
const HTTP_ONLY_BARE_NAME_RE = /^(?:[A-Z][a-z]+){2,}$|^(?:Forbidden|Unauthorized)$/;
/** `assertEquals(CREATED.value(), response.statusCode)`, Ktor's `assertEquals(NotFound.value, body.status)`: a bare member's value compared with a status. */
const JVM_VALUE_THEN_STATUS_RE = /^(?:\.value(?:\(\))?|\.code)?\s*,\s*[\w.()]*[Ss]tatus/;

/**
 * What confirms a bare JVM member with no status call before it: its value compared with a status, Spring's
 * `UNAUTHORIZED.getReasonPhrase()`, or a `ResponseEntity` constructor's last argument
 * (`return new ResponseEntity<>(new ErrorResponse(...), NOT_FOUND);`).
 */
function jvmBareConfirmed(line: string, start: number, end: number): boolean {
  const after = line.slice(end, end + 60);
  // (the constructor looked for within LINE_REACH: read from the line's start, a line of many such returns took time in the square of its length)
  return JVM_VALUE_THEN_STATUS_RE.test(after) || after.startsWith('.getReasonPhrase()') || (JVM_CALL_END_AFTER_RE.test(after) && RESPONSE_ENTITY_NEW_RE.test(line.slice(Math.max(0, start - LINE_REACH), start)));
}
const JVM_CALL_END_AFTER_RE = /^\s*\)\s*;/;
const RESPONSE_ENTITY_NEW_RE = /\bnew\s+ResponseEntity\s*(?:<[^<>]*>)?\s*\(.*,\s*$/;

/** The bare members whose first character lies in line[from, to) (a whole identifier each). */
function bareMembersIn(line: string, from: number, to: number, lang: string, out: StatusMention[] | undefined): StatusMention[] | undefined {
  const bare = BARE_MEMBERS.get(lang);
  if (!bare) return out;
  const re = bare.names;
  const text = line.slice(from, Math.min(line.length, to + MAX_MEMBER));
  let httpWord: boolean | undefined; // (read once per line, not once per member)
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const start = from + m.index;
    if (start >= to) break;
    // (`$` opens a variable in most languages; Nim's `$Http404` is its string conversion)
    if (start > 0 && isIdentChar(line.charCodeAt(start - 1)) && !(line.charCodeAt(start - 1) === 36 && lang === 'nim')) continue;
    const code = bare.codes.get(m[0]);
    if (code === undefined || !known(code)) continue;
    if (JVM_BARE_LANGUAGES.has(lang)) {
      if (start > 0 && line.charCodeAt(start - 1) === 46) continue;
      const ctx = bare.after?.exec(line.slice(Math.max(0, start - 80), start));
      if (ctx ? ctx.groups?.err !== undefined && code < 400 : !jvmBareConfirmed(line, start, start + m[0].length)) continue;
      // (an enum constant's first argument: its name at the line's start, which the 80-character window must hold)
      const enumArg = ctx?.groups?.enumArg !== undefined;
      if (enumArg && start > 80) continue;
      // (or a name no other enum has, compared with a status: Ktor's `assertEquals(NotFound, it.status)`)
      if (!m[0].includes('_') && !enumArg && !(httpWord ??= JVM_BARE_HTTP_RE.test(line)) && !(!ctx && HTTP_ONLY_BARE_NAME_RE.test(m[0]))) continue;
    } else if (bare.after) {
      const ctx = bare.after.exec(line.slice(Math.max(0, start - 80), start));
      // (where a Scala controller returns a result, the name is called: `=> Ok(views.html.index())`, not `case NotFound =>`)
      if (!ctx || (ctx.groups?.result !== undefined && line.charCodeAt(start + m[0].length) !== 40)) continue;
      // (the contexts of Play's `Status` constants take only their upper-case names: `case NotFound =>` is some other match)
      if (ctx.groups?.caps !== undefined && !UPPER_WORDS_RE.test(m[0])) continue;
      // (a name imported by name from the status package only: `import { OK } from './messages'` is some other OK)
      if (ctx.groups?.imp !== undefined && !STATUS_PACKAGE_IMPORT_AFTER_RE.test(line.slice(start + m[0].length, start + m[0].length + 200))) continue;
    }
    // written with its namespace: `drogon::k200OK` (the span is the name as written)
    let st = start;
    while (st >= 3 && line.charCodeAt(st - 1) === 58 && line.charCodeAt(st - 2) === 58) {
      const seg = identStart(line, st - 2, Math.max(0, st - 2 - MAX_MEMBER));
      if (seg === st - 2 || start + m[0].length - seg > MAX_CONSTANT_SPAN) break;
      st = seg;
    }
    (out ??= []).push({ code, start: st, end: start + m[0].length, kind: 'constant' });
  }
  return out;
}
const DOT_LOWER_RE = /\.[a-z]/g;
/**
 * Enum members written without their type where the context gives it (Swift's `.notFound`, Zig's `.not_found`): the
 * language's members, what must come right before the member, and the HTTP words the line must hold for members
 * that are also common states of other things (`order.status == .created`).
 */
interface ImplicitMembers {
  members: ReadonlyMap<string, number>;
  /** The language's whole-line regex: its line regex, then group 2 = a member named like a status (`.notFound`). */
  line: RegExp;
  /** Every member named like a status, for the whole-line scan. */
  found: RegExp;
  /** `implicitMember` with this spec (anchoredIn's reader). */
  read: (line: string, dot: number) => StatusMention | undefined;
  /** Tested on the `reach` characters before the member's dot. */
  context: RegExp;
  reach: number;
  generic: ReadonlySet<string>;
  httpWords: RegExp;
}
const GENERIC_STATE_MEMBERS: ReadonlySet<string> = new Set(['ok', 'continue', 'created', 'accepted', 'found', 'gone', 'conflict', 'locked', 'processing']);
/** A language's spec: its members, written after `.`, found by its line regex (group 2) and by their own regex. */
function implicitSpec(members: ReadonlyMap<string, number>, lineSource: string, rest: Omit<ImplicitMembers, 'members' | 'line' | 'found' | 'read'>): ImplicitMembers {
  const source = '\\.' + namesAlternation(members.keys());
  const spec: ImplicitMembers = {
    members,
    line: new RegExp(lineSource + '|(' + source + ')', 'g'),
    found: new RegExp(source, 'g'),
    read: (line, dot) => implicitMember(line, dot, spec),
    ...rest,
  };
  return spec;
}
const SWIFT_IMPLICIT = implicitSpec(SWIFT_MEMBERS, LINE_RE.source, {
  // a `status` name and `:`, `=`, `==`, `!=` or `,`; `Abort(`; a status type's initialiser or a response's
  // (Telegraph's `HTTPResponse(.notFound)`, and its route handlers' result: `server.route(.GET, "secret/*") { .forbidden }`)
  context: /(?:[sS]tatus\w*\s*(?::|===?|!==?|=|,)|\b(?:Abort|HTTPResponseStatus|HTTPStatus|Status|HTTPError|HTTPResponse)\s*\(|\.route\([^()]{0,60}\)\s*\{\s*\(?)\s*$/,
  reach: 60,
  generic: GENERIC_STATE_MEMBERS,
  httpWords: /[Rr]esponse|\bres\b|[Rr]equest|\breq\b|HTTP|[Hh]ttp|Abort|XCT|#expect|[Rr]edirect/,
});

function implicitMember(line: string, dot: number, spec: ImplicitMembers): StatusMention | undefined {
  if (dot > 0) {
    const p = line.charCodeAt(dot - 1);
    if (isIdentChar(p) || p === 41 || p === 93 || p === 46 || p === 63 || p === 33 || p === 34 || p === 39) return undefined; // `x.ok`, `f().ok`, `a?.ok`
  }
  const end = identEnd(line, dot + 1);
  if (end < line.length && (isIdentChar(line.charCodeAt(end)) || line.charCodeAt(end) === 40)) return undefined; // `.ok(`: a call
  const name = line.slice(dot + 1, end);
  const code = spec.members.get(name);
  if (code === undefined || !known(code)) return undefined;
  if (!spec.context.test(line.slice(Math.max(0, dot - spec.reach), dot))) return undefined;
  if (spec.generic.has(name) && !spec.httpWords.test(line.slice(Math.max(0, dot - LEFT_WINDOW), Math.min(line.length, end + RIGHT_WINDOW)))) return undefined;
  return { code, start: dot, end, kind: 'constant' };
}

// Zig: enum literals of `std.http.Status` where the type is known from the context: `.status = .not_found`,
// `ctx.sendJSON(.ok, body)`, `r.setStatus(.forbidden)`, `ctx.redirect(loc, .found)`.
const ZIG_MEMBERS: ReadonlyMap<string, number> = getConstantFamily('zig-std-http-status')?.names ?? new Map<string, number>();
// (Zig's line regex holds its own trigger, `Status.`: see OWN_LINE_RES)
const ZIG_IMPLICIT = implicitSpec(ZIG_MEMBERS, (OWN_LINE_RES.get('zig') ?? LINE_RE).source, {
  // a `status` field or name, a responder's first argument, a redirect's second
  context: /(?:[sS]tatus\w*\s*(?:=|==|!=|:|,)|\b(?:send\w*|respond\w*|reply\w*|setStatus|[sS]tatus)\(\s*|\bredirect\(\s*[^(),]{1,60},\s*)\s*$/,
  reach: 80,
  generic: GENERIC_STATE_MEMBERS,
  httpWords: /[Rr]espon|\bres\b|[Rr]equest|\breq\b|HTTP|[Hh]ttp|\bsend|[Rr]edirect|[Ss]tatus/,
});
/** The languages whose status enums are written as implicit members, and how each is read. */
const IMPLICIT_MEMBERS: ReadonlyMap<string, ImplicitMembers> = new Map([['swift', SWIFT_IMPLICIT], ['zig', ZIG_IMPLICIT]]);

// Ruby: `status: :not_found`, `:status => :created`, `head :no_content`, `have_http_status(:ok)`, an option's default
// (`opts.fetch(:http_status, :ok)`) and a spec on an options hash (`expect(options[:status]).to be :ok`).
// (or `render`'s later argument, written without its `status:` key: `render :edit, :unprocessable_entity`)
// (and a Plug helper handed the connection first, `halt_with(conn, :bad_request, @page_error)`, or a ConnTest one piped, `|> html_response(:bad_request)`)
const SYMBOL_CONTEXT_RE = /(?:\brender\b\s*\(?\s*(?::\w+|\{[^{}]*\}|["'][^"']*["'])\s*,\s*|\b(?:render|respond)_(?:with_)?(?:json|error|response|status|api)\w*(?:\s*\(\s*|[ \t]+)|\bjson_(?:response|error|status)\w*\s*\(\s*|(?:\b|\b(?:redirect|error|http|response|success|failure|default|render|head|plug)_)status(?:_code)?['"]?\s*(?::|=>|==|!=|\|\|=|=)|\bstatus_code\s*\(\s*|\bstatus(?:_code)?\s*\|\|\s*|status(?:_code)?\]?\)\.to\s+(?:eq|eql|be)\(?\s*|\bfetch\s*\(?\s*:(?:\w+_)?status\s*,\s*|\bhead\b\s*\(?|^\s*response[ \t]+|have_http_status\s*\(?|assert_response\s*\(?|respond_with\s*\(?|\bstatus\s*\(?|\b(?:put_status|send_resp|send_json|send_html)\s*\(\s*(?:\w+\s*(?:,|\|\|)\s*)?|\b\w+\s*\(\s*conn\s*,\s*|\bHTTP::Status\s*=\s*|\|>\s*(?:json|html|text)_response\s*\(\s*|assert_error_sent\s*\(?|\b(?:with_)?(?:redirect|error|http|response|success|failure)_status\s*\(\s*|:(?:redirect|error|http|response|success|failure)_status\s*,\s*default:)\s*$/;

/** A ternary assigned to a status name: `error_status = cond ? :unprocessable_content : :unprocessable_entity`. */
const SYMBOL_TERNARY_RE = /(?:\b|\b(?:redirect|error|http|response|success|failure|default|render|head)_)status\s*(?:=|:|=>)[^;,]*[?:]\s*$|\bhead\b\s*\(?[^;,()]*[?:]\s*$/;

/** Documentation naming status symbols in code spans: ``use `:not_found` or `:gone` as the status``. */
function quotedSymbolInStatusText(line: string, colon: number, end: number): boolean {
  if (colon < 1 || line.charCodeAt(colon - 1) !== 96 || line.charCodeAt(end) !== 96) return false;
  return STATUS_WORD_I_RE.test(line.slice(Math.max(0, colon - LEFT_WINDOW), Math.min(line.length, end + RIGHT_WINDOW)));
}
/** A later argument of an error-reporting helper: `report_error "Not subscribed", :not_found`, `render_api_error(msg, :forbidden)`. */
const ERROR_REPORT_ARG_RE = /\b(?:report|render|respond_with|send|json|api|halt_with|raise_api)_(?:\w+_)?error!?\s*\(?(?:[^;{}#]|#(?!\{)|#\{[^{}]*\})*,\s*$/;
/** A later argument of a JSON response helper: `json_response({ message: e.message }, :not_found)`. */
const JSON_RESPONSE_ARG_RE = /\b(?:json_response|render_json|respond_json)\s*\((?:[^;{}()#]|\{[^{}]*\}|\([^()]*\)|#\{[^{}]*\})*,\s*$/;
const STATUS_WORD_I_RE = /status/i;

function rubySymbol(line: string, colon: number): StatusMention | undefined {
  if (!RAILS) return undefined;
  if (colon > 0) {
    const p = line.charCodeAt(colon - 1);
    if (isIdentChar(p) || p === 58) return undefined;
  }
  const end = identEnd(line, colon + 1);
  if (end < line.length) {
    const n = line.charCodeAt(end);
    if (n === 58 /* key: */ || n === 63 || n === 33) return undefined;
  }
  const code = RAILS.names.get(line.slice(colon + 1, end));
  if (code === undefined || !known(code)) return undefined;
  const left = line.slice(Math.max(0, colon - 40), colon);
  if (!SYMBOL_CONTEXT_RE.test(left) && !SYMBOL_TERNARY_RE.test(line.slice(Math.max(0, colon - 100), colon)) && !quotedSymbolInStatusText(line, colon, end)
    && !laterHelperArgument(line, colon, end) && !SHARED_RESPONSE_EXAMPLE_RE.test(line.slice(Math.max(0, colon - 80), colon)) && !SYMBOL_AFTER_CODE_RE.test(left) && !codeInParensAfter(line, end, code) && !codeArgumentAfter(line, colon, end, code) && !(code >= 400 && ERROR_CODE_KEY_RE.test(left))
    && !(code >= 400 && ERROR_REASON_TUPLE_RE.test(left) && ERROR_REASON_MESSAGE_AFTER_RE.test(line.slice(end, end + 4)))) return undefined;
  // a record's state in a factory, not a response's: `create(:comment, user: user, status: :accepted)`
  if (code < 300 && FACTORY_CALL_RE.test(line.slice(Math.max(0, colon - LEFT_WINDOW), colon))) return undefined;
  return { code, start: colon, end, kind: 'constant' };
}
/** RSpec's shared examples named for a response, given the status: `it_behaves_like 'not successful response', :not_found, "..."`. */
const SHARED_RESPONSE_EXAMPLE_RE = /\b(?:it_behaves_like|include_examples|it_should_behave_like)\s*\(?\s*(['"])[^'"]*respon[^'"]*\1\s*,\s*$/;
/** Elixir's error reason naming a failure status, with its message: `{:error, {:not_found, "File not found"}}`. */
const ERROR_REASON_TUPLE_RE = /\{:error,\s*\{$/;
const ERROR_REASON_MESSAGE_AFTER_RE = /^,\s*["']/;
/** A status symbol handed over right after its code: `super(401, :unauthorized, message)`. */
const SYMBOL_AFTER_CODE_RE = /\b(?:super|new|error!)\s*\(\s*\d{3}\s*,\s*$/;
const FACTORY_CALL_RE = /\b(?:create|create_list|build|build_list|build_stubbed|attributes_for)\(?\s*:\w+/;
/** An error body's `code:` key (`render json: { code: :bad_request, message: '...' }`): an error status's name there is the status. */
const ERROR_CODE_KEY_RE = /(?:^|[\s{,(])code\s*:\s*$|(?:^|[\s{,(])(?::code|["']code["'])\s*=>\s*$/;

/** The symbol's own code in parentheses right after it: `return :created (201) HTTP status code`. */
function codeInParensAfter(line: string, end: number, code: number): boolean {
  const k = skipSpacesFwd(line, end, Math.min(line.length, end + 2));
  return line.charCodeAt(k) === 40 && threeDigitsAt(line, k + 1) && codeAt(line, k + 1) === code && line.charCodeAt(k + 4) === 41;
}

/**
 * The symbol's own code as the next argument of a responder given both, `respond(:not_found, 404, error.to_s)`
 * (not Grape's `error! :not_found, 404`, whose symbol is the message, nor Elixir's `{:ok, 200, body}`).
 */
function codeArgumentAfter(line: string, colon: number, end: number, code: number): boolean {
  if (line.charCodeAt(end) !== 44 || line.charCodeAt(colon - 1) !== 40 || !RESPONDER_CALL_BEFORE_RE.test(line.slice(Math.max(0, colon - 24), colon))) return false;
  const k = skipSpacesFwd(line, end + 1, Math.min(line.length, end + 3));
  return threeDigitsAt(line, k) && codeAt(line, k) === code && !isDigit(line.charCodeAt(k + 3));
}

const RESPONDER_CALL_BEFORE_RE = /(?:^|[^\w.])(?:respond|render|reply)\w*\($/;

/** The symbol is a later argument of an error reporter or a JSON response helper (the text before it read once). */
function laterHelperArgument(line: string, colon: number, end: number): boolean {
  const args = line.slice(Math.max(0, colon - 120), colon);
  return ERROR_REPORT_ARG_RE.test(args) || JSON_RESPONSE_ARG_RE.test(args) || (line.charCodeAt(end) === 41 && lastStatusArgument(args, end - colon === 3 && line.startsWith('ok', colon + 1)));
}
function lastStatusArgument(args: string, ok: boolean): boolean {
  const m = LAST_STATUS_ARG_HELPER_RE.exec(args);
  return m !== null && !(ok && m[1] !== undefined);
}
/**
 * A project's responder given the status last: `error_response(e.message, :not_found)`, `render_cart(@cart, :created)`
 * (a `render_` helper's `:ok` is as often an option: `render_icon(:star, :ok)`).
 */
const LAST_STATUS_ARG_HELPER_RE = /\b(?:(render_)\w+|\w*_response)\s*\((?:[^;{}()#]|\([^()]*\))*,\s*$/;

// ---------------------------------------------------------------------------------------------
// Literals

/** A `+` or `.` before the opening quote at q: the string is concatenated to what comes before. */
function concatBefore(line: string, q: number): boolean {
  const c = line.charCodeAt(skipSpacesBack(line, q - 1, Math.max(0, q - 4)));
  return c === 43 || c === 46;
}
const CONCAT_STATUS_LINE_RE = /(?:HTTP\/\d(?:\.\d)? ["']\s*\+\s*["']|SERVER_PROTOCOL['"]\]\s*\.\s*["'] ?)$/;
// (Hurl writes `HTTP/* 200` for any version)
// (or as a regular expression writes one: `HTTP/1.[01] 200`, `HTTP\/1\.1 404`, `HTTP/\d\.\d 200`, grep's `^HTTP/.* 400 `)
const STATUS_LINE_RE = /(?:^|[^A-Za-z]|\\A)HTTP\\?\/(?:(?:\d|\\d)(?:\\?\.(?:\d|\\d|\[\d{1,3}\]))?|\*|\.[*+])[ \t]+$/;
const ACCESS_LOG_RE = /HTTP\/\d(?:\.\d)?\\?["'][ \t]+$/;
const ACCESS_LOG_SIZE_RE = /HTTP\/\d(?:\.\d)?\\?["'][ \t]+[1-5]\d\d[ \t]+$/;
const DOC_LANGUAGES = new Set(['markdown', 'plaintext', '']);
/** Languages whose lone round numbers are shades and weights (Flutter's `Colors.blue[500]` swatches, CSS `font-weight`). */
const SHADE_LANGUAGES: ReadonlySet<string> = new Set(['dart', 'css', 'scss', 'less', 'sass']);
const STYLE_LANGUAGES: ReadonlySet<string> = new Set(['css', 'scss', 'less', 'sass', 'stylus']);
const DOC_ITEM_LEFT_RE = /^\s*(?:[-*+>|]\s*|\d+\.\s+|#{1,6}\s+)?(?:\*\*|__|`)?$/;
/** A doc comment's bullet before a code: `/// * `, `# - `, ` * + `. */
const COMMENT_DOC_BULLET_RE = /^\s*(?:\/\/[/!]?|#|\*)\s*[-*+]\s+(?:`|\*\*)?$/;
/** After a code in a doc comment's bullet: a dash or colon, then words that say it is a response. */
const COMMENT_DOC_BULLET_RIGHT_RE = /^(?:`|\*\*)?\s*(?:[-:\u2013\u2014]|=>)\s+[^.;]{0,40}?(?:[Rr]espon|[Ss]tatus|HTTP|[Hh]ttp|[Ss]uccess|[Ee]rror|OK\b|[Nn]ot [Ff]ound|[Ff]orbidden|[Uu]nauthori[sz]ed|[Ii]nvalid|[Rr]edirect)/;
/** A bullet, and the codes before this one in it: `- `, `- \`200\` / \``. */
const DOC_BULLET_RE = /^\s*[-*+]\s+(?:(?:`|\*\*)?\d{3}(?:`|\*\*)?\s*[/,]\s*)*(?:`|\*\*)?$/;
/** After a bulleted code: more codes, then the first word of what they mean. */
const DOC_BULLET_RIGHT_RE = /(?::?(?:`|\*\*)|:)?(?:\s*[/,]\s*(?:`|\*\*)?\d{3}(?:`|\*\*)?){0,3} +(?:=>? +|--? +|[–—] +)?([A-Za-z][A-Za-z'-]*)/y;
/** What a list of codes says a round code means (`- 200 general success`, `- 500 server errors`). */
const ROUND_CODE_MEANING_RE = /^(?:[Ss]uccess\w*|[Mm]eans|[Ii]ndicates|OK|[Oo]k|[Ee]rrors?|[Ff]ail\w*|[Rr]edirect\w*|[Ss]erver|[Cc]lient|[Bb]ad|[Ii]nternal|[Gg]eneral|[Ii]nformation\w*|[Cc]ontinue|[Mm]ultiple|[Uu]ser|[Ii]nvalid|[Mm]alformed|[Uu]nexpected)$/;
/** Two or more cells holding a bare number later in a table row: a table of numbers, not of statuses. */
function numberCellsAfter(line: string, e: number): boolean {
  if (line.charCodeAt(skipSpacesFwd(line, e, Math.min(line.length, e + 4))) !== 124) return false;
  return numberCellsIn(line.slice(e, e + RIGHT_WINDOW), 2);
}
/** At least `count` cells of a table row's `text` hold a bare number. */
function numberCellsIn(text: string, count: number): boolean {
  NUMBER_CELL_RE.lastIndex = 0;
  let n = 0;
  for (let m = NUMBER_CELL_RE.exec(text); m; m = NUMBER_CELL_RE.exec(text)) {
    if (++n >= count) return true;
    NUMBER_CELL_RE.lastIndex = m.index + m[0].length - 1; // (a cell's closing bar opens the next)
  }
  return false;
}
const NUMBER_CELL_RE = /\|\s*\d+(?:\.\d+)?\s*\|/g;
// (the meaning in any script: `- \`400\` — неверный формат запроса`)
const DOC_ITEM_CONDITION_RE = /^(?:\*\*|__|`)? (?:if|when|unless) [a-z]/;
// (the phrase may be a link's text: openapi-generator's Markdown docs, `|200|[OK](https://tools.ietf.org/html/rfc7231#section-6.3.1)|none|`)
const DOC_ITEM_RIGHT_RE = /^(?:\*\*|__|`)?(?:\/\d{3}){0,3}(?:\*\*|__|`)?\s*(?:[-:|\u2013\u2014\u2192(]|=>|->)\s*(?:['"`]|\*\*|__|\[)?(?:[A-Za-z]|[\u00C0-\u024F\u0370-\u04FF\u3040-\u30FF\u4E00-\u9FFF\uAC00-\uD7AF])/;

/** jQuery's `xhrSuccessStatus` map: `0: 200,`, `1223: 204`. */
const JQUERY_SUCCESS_MAP_RE = /^\s*(?:0:\s*200|1223:\s*204),?\s*(?:\/\/.*)?$/;
/** An F#/OCaml match arm on a quoted code: `| "404" ->`. */
const QUOTED_ARM_LEFT_RE = /^\s*\|\s*["']$/;
const QUOTED_ARM_RIGHT_RE = /^["']\s*(?:->|when\b)/;
/** A comment opener after the code, past a closing quote, a comma and spaces. */
function commentAfterItem(line: string, e: number): boolean {
  let k = e;
  if (isQuote(line.charCodeAt(k))) k++;
  k = skipSpacesFwd(line, k, Math.min(line.length, k + 4));
  if (line.charCodeAt(k) === 44) k = skipSpacesFwd(line, k + 1, Math.min(line.length, k + 6));
  const c = line.charCodeAt(k);
  return c === 35 || (c === 47 && line.charCodeAt(k + 1) === 47);
}
/** After a heading's `(401)`: nothing, or one closing mark (`### Token Expiry (401)?`). */
const HEADING_PAREN_TAIL_RE = /^\s*[?:.]?\s*$/;
/** A Markdown heading's opening hashes and its first word. */
const HEADING_START_RE = /^\s*#{1,6}\s+[^\s#]/;
/** A line that is a number alone: a Markdown exercise's answer, a program's output (`400`). */
const BARE_NUMBER_LINE_RE = /^\s*\d{3}\s*$/;
/**
 * Languages where a bare round number alone on a line is text or a value written out, not a list item: Markdown and text (an answer,
 * a program's output), PowerShell (a function's output: `        500`, a default page size), JSON (an array's last element: a font weight).
 */
const BARE_ROUND_LANGUAGES: ReadonlySet<string> = new Set(['markdown', 'plaintext', 'powershell', 'json', 'jsonc']);
/** A lone list item with a comment after it: `304,  # Not Modified`. */
const LONE_ITEM_COMMENT_RE = /^\s*(?:-\s+)?(['"]?)\d{3}\1\s*,?\s*(?:#|\/\/)/;
/**
 * A line that is only one item of a list written one item per line (`403,`, `"201",`, YAML `- 404`):
 * the list's context is on other lines, so only a distinctive code (2xx-5xx, not a round hundred) or
 * 200, 400 or 500 is read as a status (see `literalKind`). Lists of sizes or ids hold other round
 * numbers or numbers outside the catalog.
 */
const LONE_ITEM_RE = /^\s*(?:-\s+)?(['"]?)\d{3}\1\s*(?:,\s*\{?)?\s*$/;
/** A Markdown heading that is just a code: `### 403`, ``## `404` ``. */
const CODE_HEADING_RE = /^\s*#{1,6}\s+(`|\*\*)?\d{3}\1\s*$/;

/** `#define NAME 404`, NAME named for the code (`E_NOT_FOUND`, `HTTP_404`). */
function defineNamedFor(line: string, s: number, code: number): boolean {
  const m = DEFINE_LEFT_RE.exec(line.slice(0, s));
  const name = m?.[1];
  return name !== undefined && (nameMeansCode(name, code) || nameHoldsCode(name, code));
}
const PHOENIX_RENDERS_TEST_RE = /^\s*test\s+"renders $/;
const REDIRECT_RULE_RIGHT_RE = /^\s+\/\S*\s+(?:\/|https?:\/\/)\S*\s*$/;
const GRAILS_MAPPING_RE = /^\s*(?:view|controller|action|uri|redirect)\s*:/;
const DEFINE_LEFT_RE = /^\s*#\s*define\s+([A-Za-z_]\w{1,60})\s+$/;
/** A two-item array after a redirect's name, the code second: `redirect' => ['test', `, `$redirect = [$redirect, `, `(['redirect/to/page', `. */
const REDIRECT_PAIR_LEFT_RE = /(?:[Rr]edirect[^[\]]{0,40}\[\s*[^[\],]{1,60}|\[\s*[^[\],]{0,30}[Rr]edirect[^[\],]{0,40}),\s*$/;
/** Either end of `STATUS in range(LOW, HIGH)`: LOW a class's first code, HIGH the class's top or the next class's first. */
function pythonStatusRange(line: string, s: number, e: number, code: number): boolean {
  let low = code;
  let high = code;
  let open = s;
  const k = skipSpacesFwd(line, e, Math.min(line.length, e + 3));
  if (line.charCodeAt(k) === 44) {
    const h = skipSpacesFwd(line, k + 1, Math.min(line.length, k + 4));
    if (!threeDigitsAt(line, h) || line.charCodeAt(skipSpacesFwd(line, h + 3, Math.min(line.length, h + 6))) !== 41) return false;
    high = codeAt(line, h);
  } else {
    const c = skipSpacesBack(line, s - 1, Math.max(0, s - 4));
    if (c < 4 || line.charCodeAt(c) !== 44) return false;
    const l = skipSpacesBack(line, c - 1, Math.max(0, c - 4)) - 2;
    if (l < 1 || !threeDigitsAt(line, l)) return false;
    low = codeAt(line, l);
    open = l;
  }
  if (low % 100 !== 0 || !(high === low + 100 || high === low + 99)) return false;
  return PY_STATUS_RANGE_LEFT_RE.test(line.slice(Math.max(0, open - 48), open));
}
const PY_STATUS_RANGE_LEFT_RE = /(?:[Ss]tatus\w*|\w_code|\wCode)\s+(?:not\s+)?in\s+range\(\s*$/;
/** Either end of a Kotlin `when` arm from an official code to its class's top: `in 408..499 -> NetworkError.REQUEST_TIMEOUT`. */
function classRestArmAt(line: string, s: number, e: number, code: number): boolean {
  if (line.startsWith('..', e)) return threeDigitsAt(line, e + 2) && !isIdentChar(line.charCodeAt(e + 5)) && classRestArm(line, s, code, codeAt(line, e + 2), e + 5);
  return s >= 5 && line.startsWith('..', s - 2) && threeDigitsAt(line, s - 5) && classRestArm(line, s - 5, codeAt(line, s - 5), code, e);
}
/** `in LOW..HIGH ->` opening the line, HIGH the top of LOW's class. */
function classRestArm(line: string, lowAt: number, low: number, high: number, end: number): boolean {
  return high % 100 === 99 && high > low && high - low < 99 && official(low) && lowAt >= 3 && line.startsWith('in ', lowAt - 3) && skipSpacesBack(line, lowAt - 4, 0) < 0 && /^\s*->/.test(line.slice(end, end + 6));
}
/**
 * A bound of a status class written as a range: `200...299`, `200..299`, `200..=299`, `300 to 399`
 * (inclusive, to N99), `200..<300`, `200 until 300` (exclusive, to the next class; both ends are
 * codes). Plain numeric ranges (`100..200`) do not qualify.
 */
function classRangeBound(line: string, s: number, e: number, code: number): boolean {
  // as the low end
  const op = rangeOpAt(line, e);
  if (op) {
    const k = e + op.length;
    if (threeDigitsAt(line, k) && !(k + 3 < line.length && isIdentChar(line.charCodeAt(k + 3)))) {
      const hi = codeAt(line, k);
      if (hi === code + (op.exclusive ? 100 : 99)) return true;
      // several classes, where the line names a status: `(200..<500).contains(httpResponse.statusCode)`, `200...499`
      if (hi > code && hi <= 600 && hi % 100 === (op.exclusive ? 0 : 99) && STATUS_WORD_I_RE.test(line.slice(Math.max(0, s - LEFT_WINDOW), k + 3 + RIGHT_WINDOW))) return true;
    }
  }
  // as the high end of an exclusive range
  if (s >= 5 && code >= 300) {
    for (const o of EXCLUSIVE_RANGE_OPS) {
      const k = s - o.length - 3;
      if (k >= 0 && line.startsWith(o, s - o.length) && threeDigitsAt(line, k) && codeAt(line, k) === code - 100 && (k === 0 || !isIdentChar(line.charCodeAt(k - 1)))) return true;
    }
  }
  return false;
}
// (Swift's formatter writes spaces around the operator: `(200 ... 299).contains(statusCode)`)
const EXCLUSIVE_RANGE_OPS = ['..<', ' ..< ', ' until '];
const INCLUSIVE_RANGE_OPS = ['...', '..=', '..', ' ... ', ' .. ', ' to ', ' through '];
function rangeOpAt(line: string, e: number): { length: number; exclusive: boolean } | undefined {
  const c = line.charCodeAt(e);
  if (c !== 46 && c !== 32) return undefined;
  for (const o of EXCLUSIVE_RANGE_OPS) if (line.startsWith(o, e)) return { length: o.length, exclusive: true };
  for (const o of INCLUSIVE_RANGE_OPS) if (line.startsWith(o, e)) return { length: o.length, exclusive: false };
  return undefined;
}

/**
 * A documentation tag naming a response: `@response 404 Not found` (plumber, Scribe), swag's
 * `// @Success 200 {object} Response` / `@Failure 500`, apidoc's `@apiSuccess (Created 201) {String} id`.
 */
function responseDocTag(line: string, s: number): boolean {
  let at = s - 1;
  const min = Math.max(0, s - 48);
  while (at >= min && line.charCodeAt(at) !== 64) at--;
  if (at < min) return false;
  const tag = line.slice(at, s);
  // (swaggo's response header, the code then the type in braces: `// @Header 200 {string} Token "qwerty"`, `@Header 200,400 {string}`)
  return DOC_RESPONSE_TAG_RE.test(tag) || (SWAG_HEADER_TAG_RE.test(tag) && SWAG_HEADER_AFTER_RE.test(line.slice(s + 3, s + 40)));
}
const SWAG_HEADER_TAG_RE = /^@Header\s+$/;
const SWAG_HEADER_AFTER_RE = /^(?:,(?:\d{3}|default))*\s+\{\w+\}/;
/** A docstring opened by the code and a condition, or ended by an arrow to the code. */
function docstringStatus(line: string, s: number, e: number, code: number): boolean {
  const q = line.charCodeAt(s - 1);
  if ((q === 34 || q === 39) && line.charCodeAt(s - 2) === q && line.charCodeAt(s - 3) === q) {
    return skipSpacesBack(line, s - 4, 0) < 0 && DOCSTRING_CONDITION_AFTER_RE.test(line.slice(e, e + 10));
  }
  // (the arrow to a distinctive code only: `"""Reads x -> 300."""` converts a number)
  return isDistinctive(code) && arrowBefore(line, s) && DOCSTRING_END_AFTER_RE.test(line.slice(e)) && DOCSTRING_OPEN_RE.test(line);
}
const DOCSTRING_CONDITION_AFTER_RE = /^ (?:when|if|on|for|unless|because|after)\b/;
const DOCSTRING_END_AFTER_RE = /^\.?(?:"""|''')\s*$/;
const DOCSTRING_OPEN_RE = /^\s*(?:"""|''')/;
/**
 * A comment's arrow to a distinctive code, the outcome of a case: `# wrong path -> 404`, `# 1. create a customer -> 201 with an id`
 * (not a conversion's result, `// 0 -> 256`, `"100s" -> 100`: a registered code that is not round, nothing but an outcome's words after).
 */
function commentArrowCode(line: string, s: number, e: number, code: number): boolean {
  return isDistinctive(code) && official(code) && arrowBefore(line, s) && line.charCodeAt(s - 4) === 32
    && COMMENT_ARROW_AFTER_RE.test(line.slice(e, e + 12)) && COMMENT_LINE_START_RE.test(line) && !isDigit(line.charCodeAt(skipSpacesBack(line, s - 5, Math.max(0, s - 8))));
}
/** ` -> ` right before s: an ASCII arrow to the number. */
function arrowBefore(line: string, s: number): boolean {
  return line.charCodeAt(s - 1) === 32 && line.charCodeAt(s - 2) === 62 && line.charCodeAt(s - 3) === 45;
}
const API_DECORATOR_BEFORE_RE = /@Api[A-Z]\w*\($/;
const COMMENT_ARROW_AFTER_RE = /^(?:[.,;]?\s*$|[.,;]?\s+(?:with|and|if|when|instead|\(|[A-Z][a-z])|\s*\()/;
const COMMENT_LINE_START_RE = /^\s*(?:#|\/\/|\/\*|\*|--)/;
const SUMMARY_TEXT_END_RE = /\b(?:summary|description)\s*[:=]\s*(["'`])[A-Za-z][^"'`]{1,60} $/;
const RESTX_RESPONSE_AFTER_RE = /^:\s*\(\s*(?:'[A-Z][^']*'|"[A-Z][^"]*")\s*,\s*[A-Za-z_][\w.]*\s*\)\s*[,}]/;
const OPENAPI_TS_RESPONSE_AFTER_RE = /^:\s*(?:components\[(["'])responses\1\]|\{\s*headers\s*:\s*\{)/;
const RAILS_ROUTE_LEFT_RE = /^\s*(?:get|post|put|patch|delete|match)\s+["']\/?$/;
const RAILS_ROUTE_RIGHT_RE = /^["']\s*,\s*(?:to:|via:|:to\s*=>)/;
// (swag's tags in capitals too: `// @SUCCESS 200 {object} app.Response{...}`)
const DOC_RESPONSE_TAG_RE = /^@(?:[Rr]esponses?|[Ss]uccess|SUCCESS|[Ff]ailure|FAILURE|api(?:Success|Error)(?:Example)?\s*\([^()]*)\s*$/;

type Verdict = 'yes' | 'no' | undefined; // undefined = no opinion, keep looking

function literalKind(line: string, s: number, e: number, code: number, lang: string, anyNumber: boolean): MentionKind | undefined {
  // (the character after the number, read once and never past the line's end: an out-of-bounds read at a line's last
  // number sent V8's optimised code for this function back to the interpreter thousands of times in some processes)
  const nc = e < line.length ? line.charCodeAt(e) : 0;
  // `100-continue` is the Expect header's token, not the status with its reason phrase
  if (code === 100 && !anyNumber && nc === 45 && endsWithFolded(line, e + 9, '-continue')) return undefined;
  // a compound adjective of a quantity: `a 426-dimensional feature vector`, `a 500-line file`, `a 200-byte buffer`
  if (!anyNumber && nc === 45 && HYPHEN_QUANTITY_AFTER_RE.test(line.slice(e, e + 16))) return undefined;
  // a temperature: `200°C for the extruder`, `300℉`
  if (!anyNumber && (nc === 0xb0 || nc === 0x2103 || nc === 0x2109)) return undefined;
  // the end of a request target (`GET /params?200 HTTP/1.1`): a status never comes before the version
  if (!anyNumber && nc === 32 && requestTargetEnd(line, e)) return undefined;
  // a file name: `c.HTML(404, "404.html", nil)` (the page, whatever the code beside it)
  if (!anyNumber && nc === 46 && isAlpha(line.charCodeAt(e + 1)) && PAGE_FILE_EXT_RE.test(line.slice(e, e + 8))) return undefined;
  // the low end of a range that no status class bounds: weather condition codes `case 301...500:`, `501...600`
  if (!anyNumber && nc === 46 && line.charCodeAt(e + 1) === 46 && rangeAcrossClasses(line, e, code)) return undefined;
  // the low end of a range up to a number no status has: OpenWeatherMap's condition groups, `case 200 ... 232:`, `300...321`
  if (!anyNumber && (nc === 46 || nc === 45 || (nc === 32 && line.charCodeAt(e + 1) === 46)) && rangeToNoStatus(line, e, code)) return undefined;
  const pc = s > 0 ? line.charCodeAt(s - 1) : 0;
  if (pc === 32 || pc === 9) {
    // `HTTP/` inside the 16 characters before the number
    let h = -1;
    for (let k = s - 5; k >= 0 && k >= s - 16; k--) {
      // (`HTTP\/2 204` as written inside a grep pattern too)
      if (line.charCodeAt(k) === 72 /* H */ && (line.startsWith('HTTP/', k) || line.startsWith('HTTP\\/', k))) {
        h = k;
        break;
      }
    }
    if (h >= 0) {
      const before = line.slice(Math.max(0, s - 16), s);
      if (STATUS_LINE_RE.test(before)) return 'status-line';
      if (!anyNumber && ACCESS_LOG_RE.test(before)) return 'literal';
      // the field after an access log's status is the response size (`"GET / HTTP/1.1" 200 202 "-"`)
      if (!anyNumber && ACCESS_LOG_SIZE_RE.test(before)) return undefined;
    }
    // (not a count of requests: `# Hits GET /api/x 100 times`)
    if (!anyNumber && requestLogBefore(line, s) && !TIMES_AFTER_RE.test(line.slice(e, e + 8))) return 'literal';
    // ASP.NET Core 2.x's hosting log: `Request finished in 305.4724ms 200 text/html`
    if (!anyNumber && line.charCodeAt(s - 1) === 32 && line.charCodeAt(s - 2) === 115 && ASPNET_FINISHED_BEFORE_RE.test(line.slice(Math.max(0, s - 40), s)) && !countWord(wordAfter(line, e) ?? '')) return 'literal';
    // pipe-separated access logs (Gin): `| 200 |       5s |  1.2.3.4 | GET  "/"`
    if (!anyNumber && pipeLogField(line, s, e)) return 'literal';
    if (!anyNumber && logStatusField(line, s)) return 'literal';
  }
  if (anyNumber) return 'literal';
  // a route to an error page, Rails's `get '404', to: 'errors#not_found'` (the page's path, as `route '/404'` is)
  if (isQuote(pc) && s <= 24 && RAILS_ROUTE_LEFT_RE.test(line.slice(0, s)) && RAILS_ROUTE_RIGHT_RE.test(line.slice(e, e + 8))) return undefined;
  // (and a single-page app's route to it: Angular's `{ path: '404-not-found', ... }`, `redirectTo: '404-not-found'`, `navigate(['403-forbidden'])`)
  if (isQuote(pc) && nc === 45 && SPA_ROUTE_BEFORE_RE.test(line.slice(Math.max(0, s - 24), s))) return undefined;
  // a status line built by concatenation: `"HTTP/1.1 " + "500"`
  // (PHP's `$_SERVER['SERVER_PROTOCOL'] . ' 404 Not Found'`)
  if (s >= 12 && (isQuote(pc) || (pc === 32 && isQuote(line.charCodeAt(s - 2)))) && concatBefore(line, pc === 32 ? s - 2 : s - 1) && CONCAT_STATUS_LINE_RE.test(line.slice(Math.max(0, s - 32), s))) return 'status-line';
  if (reasonPhraseFollows(line, e, code)) return 'literal';
  // a registered code alone in a document's inline code span: `(\`401\`)`, `→ \`404\``, `responden \`409\`` (not a round one,
  // which is as often a default or a size: `default \`500\``, `\`200\` | Maximum number of ...`)
  // (nor a reStructuredText role's target, `:issue:\`302\``, nor one beside a longer code in a span, `\`1401\` or \`403\``, another numbering)
  if (pc === 96 && nc === 96 && DOC_LANGUAGES.has(lang) && isDistinctive(code) && official(code) && !isIdentChar(line.charCodeAt(s - 2) | 0) && line.charCodeAt(s - 2) !== 58 && !LONG_CODE_SPAN_RE.test(line.slice(Math.max(0, s - LEFT_WINDOW), e + RIGHT_WINDOW))) return 'literal';
  // a switch over codes that returns each one's reason phrase: `case 100:\treturn "Continue";` (1xx codes included)
  if (nc === 58 && caseReturnsPhrase(line, s, e, code)) return 'literal';
  // an error code with a sibling's phrase, as hand-written messages mix them up: `'403 Unauthorized'`, `503 Bad Gateway`
  if (code >= 400 && nc === 32 && isUpper(line.charCodeAt(e + 1)) && isDistinctive(code)) {
    SIBLING_PHRASE_RE.lastIndex = e;
    const m = SIBLING_PHRASE_RE.exec(line);
    if (m && (m[1] !== undefined) === code < 500) return 'literal';
  }
  // an error code opening a quoted message, as a status line's code opens its phrase: Bedrock's `"404 No job found"`, `"500 Refused"`
  // (not a street address: `"address": "511 Congress St Portland"`, `street: "410 Nahua St"`)
  // (nor another class's phrase, `'402 Bad Gateway'`: the sibling rule above reads those)
  if (code >= 400 && nc === 32 && isQuote(pc) && isUpper(line.charCodeAt(e + 1)) && official(code) && QUOTED_CODE_MESSAGE_RE.test(line.slice(e, e + 24)) && !LINE_PROTOCOL_REPLY_RE.test(line.slice(e, e + 48)) && !ADDRESS_NEAR_RE.test(line.slice(Math.max(0, s - 24), e + 40)) && !quotedQuantity(line, s, e) && !siblingPhraseAt(line, e) && !labelledByOtherNumbers(line, s, e)) return 'literal';
  // a test case's tuple, the error raised, the code and its message: `(TypeError("Invalid type"), 400, "The given type is invalid"),`
  if (code >= 400 && nc === 44 && pc === 32 && line.charCodeAt(s - 2) === 44 && official(code) && ERROR_TUPLE_HEAD_RE.test(line.slice(Math.max(0, s - 80), s)) && QUOTED_NEXT_ARG_RE.test(line.slice(e, e + 4))) return 'literal';
  // a pair of an error's name (or the code's phrase) and the code, a map's entry: `['CastError', 400],`, `['Not Found', 404]`
  if (code >= 400 && nc === 93 && pc === 32 && official(code) && errorNamePairBefore(line, s, code)) return 'literal';
  // a Spock feature method named for the code it answers: `void '404 on get by id is handled'() {`, `def "201 when created"()`
  if (lang === 'groovy' && nc === 32 && isQuote(pc) && s <= 40 && official(code) && isCommon(code) && SPOCK_FEATURE_LEFT_RE.test(line.slice(0, s))) return 'literal';
  // Spring's RestTemplate error message, the code then ` : ` and the body: `assertEquals("406 : \"Invalid email\"", e.getMessage())`, `"403 : [no body]"`
  if (code >= 400 && nc === 32 && isQuote(pc) && official(code) && SPRING_ERROR_MESSAGE_AFTER_RE.test(line.slice(e, e + 14))) return 'literal';
  // (or with a colon after the code, a message of the response the line sends: `res.status(403).send('403: Access denied')`)
  if (code >= 400 && nc === 58 && isQuote(pc) && line.charCodeAt(e + 1) === 32 && isUpper(line.charCodeAt(e + 2)) && official(code) && QUOTED_CODE_MESSAGE_RE.test(line.slice(e + 1, e + 40)) && line.slice(Math.max(0, s - LEFT_WINDOW), s).includes('.status(' + String(code) + ')')) return 'literal';
  // its reason phrase as the next, labelled argument: swift-http-types `.init(uncheckedCode: 200, reasonPhrase: "OK")`
  if (nc === 44 && labelledPhraseAfter(line, e, code)) return 'literal';
  // a client or server error code named an error: `title = 403 Error`, `"404 error"` (not `500 errors`, a count)
  if (code >= 400 && nc === 32 && (line.charCodeAt(e + 1) | 0x20) === 101 && isCommon(code) && ERROR_WORD_AFTER_RE.test(line.slice(e, e + 8)) && !quantityBefore(line, s, Math.max(0, s - 24))) return 'literal';
  // an error type named after it: `it('should throw 404 ApiError from an unexistant post')`, `a 500 ServerException`
  if (code >= 400 && nc === 32 && isUpper(line.charCodeAt(e + 1)) && isCommon(code) && ERROR_TYPE_AFTER_RE.test(line.slice(e, e + 40))) return 'literal';
  // an error code used as a verb: `reports that 404'd`, `the upload 500'd`
  if (code >= 400 && (nc === 39 || nc === 0x2019) && line.charCodeAt(e + 1) === 100 && !isIdentChar(line.charCodeAt(e + 2) | 0) && !isQuote(pc) && isCommon(code)) return 'literal';
  // or in brackets: an error's text, `spotify: Not Found [404]`
  if (pc === 91 && nc === 93 && reasonPhraseBefore(line, s, code)) return 'literal';
  if (pc === 40 && nc === 41) {
    // its reason phrase, then the code in parentheses: `Not Found (404)`, `Forbidden (403)`
    if (reasonPhraseBefore(line, s, code)) return 'literal';
    // an API document's response heading, the word in italics: `_response_(201)`, `*Response* (404)`
    if (DOC_LANGUAGES.has(lang) && isCommon(code) && EMPHASISED_RESPONSE_BEFORE_RE.test(line.slice(Math.max(0, s - 16), s))) return 'literal';
    // an error code in parentheses after a failure: `'Token expired or invalid (401). Redirecting'`, `Access forbidden (403)`
    // (in prose: a space before the parenthesis, not a minified call's `n(463)` after a `console.error(t)`)
    const spaced = s >= 2 && line.charCodeAt(s - 2) === 32;
    if (spaced && code >= 400 && isDistinctive(code) && official(code) && FAILURE_CLAUSE_RE.test(line.slice(Math.max(0, s - 80), s - 1))) return 'literal';
    // (and a success code right after a success: `console.log(\`Successful (200): ${n}\`)`)
    if (spaced && code >= 200 && code <= 206 && SUCCESS_WORD_BEFORE_RE.test(line.slice(Math.max(0, s - 24), s - 2))) return 'literal';
    // a document's heading that ends with a code in parentheses: `### Issue 2: Authentication Required (401)`, `### CreatedAtRoute (201)`
    // (not a round one, a count as often: `## Comments (200)`)
    if (isDistinctive(code) && DOC_LANGUAGES.has(lang) && HEADING_PAREN_TAIL_RE.test(line.slice(e + 1, e + 6)) && HEADING_START_RE.test(line)) return 'literal';
  }
  // (round codes too, but 100 and 300 are counts more often than statuses: 18 of 19 labelled `200,`/`400,`/`500,` lines are statuses)
  // (not in Dart or style sheets, where a lone `500,` is a colour swatch's shade or a font weight)
  // (registered codes only: a lone `530,` or `524,` is an id in a list of them, not a Cloudflare status)
  // (nor a bare round number alone on a line of Markdown or text, an exercise's answer or a program's output: `400`)
  if (line.length <= 24 && official(code) && (isDistinctive(code) || ((code === 200 || code === 400 || code === 500) && !SHADE_LANGUAGES.has(lang) && !(BARE_ROUND_LANGUAGES.has(lang) && BARE_NUMBER_LINE_RE.test(line)))) && LONE_ITEM_RE.test(line)) return 'literal';
  if (line.length <= 24 && isDistinctive(code) && DOC_LANGUAGES.has(lang) && CODE_HEADING_RE.test(line)) return 'literal';
  // an F#/OCaml match arm on a quoted code: `| "404" -> Failure [...]`
  if (s <= 24 && isQuote(pc) && code >= 400 && isDistinctive(code) && QUOTED_ARM_LEFT_RE.test(line.slice(0, s)) && QUOTED_ARM_RIGHT_RE.test(line.slice(e, e + 8))) return 'literal';
  // jQuery's `xhrSuccessStatus` map, vendored in countless repositories: `0: 200,` (file protocol), `1223: 204` (IE)
  if ((code === 200 || code === 204) && s <= 24 && JQUERY_SUCCESS_MAP_RE.test(line)) return 'literal';
  // a list item whose comment names it: `304,  # Not Modified`, `416, // Range Not Satisfiable`
  if (s <= 24 && commentAfterItem(line, e) && LONE_ITEM_COMMENT_RE.test(line) && reasonPhraseNear(line, e, code)) return 'literal';
  if (code % 100 === 0 && (isCommon(code) || (code === 100 && INFORMATIONAL_WORD_RE.test(line.slice(Math.max(0, s - LEFT_WINDOW), e + RIGHT_WINDOW)))) && classRangeBound(line, s, e, code)) return 'literal';
  if ((nc === 46 || line.charCodeAt(s - 1) === 46) && classRestArmAt(line, s, e, code)) return 'literal';
  // Python's class test: `if response.status_code in range(200, 300):`, `for status_code in range(200, 299):` (both ends)
  if ((code % 100 === 0 || code % 100 === 99) && pythonStatusRange(line, s, e, code)) return 'literal';
  // the code's class as a label right after it: Rust `(404, "4xx")`, `101 => "1xx"`
  if (classLabelAfter(line, e, code)) return 'literal';
  if ((pc === 32 || pc === 9) && responseDocTag(line, s)) return 'literal';
  // an API Blueprint response section, its media type glued on or not: `+ Response 200 (application/json)`, `> Response 200(application/json)`
  if (pc === 32 && s <= 24 && isCommon(code) && BLUEPRINT_RESPONSE_RE.test(line.slice(0, s)) && /^ ?(?:\(|\s*$)/.test(line.slice(e, e + 2))) return 'literal';
  // a docstring's list of the codes an endpoint answers with, each with its condition: `- 404 : If the lyrics cannot be found.`
  if (s <= 40 && code !== 100 && code !== 300 && isCommon(code) && official(code) && DASH_ITEM_LEFT_RE.test(line.slice(0, s)) && ITEM_CONDITION_AFTER_RE.test(line.slice(e, e + 12))) return 'literal';
  // python-requests `raise_for_status()`: `504 Server Error: Gateway Timeout for url`
  if (isCommon(code) && nc === 32 && (line.charCodeAt(e + 1) === 67 || line.charCodeAt(e + 1) === 83) && REQUESTS_ERROR_RE.test(line.slice(e, e + 14))) return 'literal';
  // Elixir/Erlang HTTP clients: `{:ok, 200, headers, body}`, `{ok, {200, _, Body}}`
  if (isCommon(code) && s <= LEFT_WINDOW && OK_TUPLE_LANGUAGES.has(lang) && OK_TUPLE_RE.test(line.slice(Math.max(0, s - 12), s))) return 'literal';
  // Webmachine's `{{halt, 403}, Req, Context}`, httpc's status line `{_HTTP, 200, _OK}` (its version, code and phrase)
  if (isCommon(code) && OK_TUPLE_LANGUAGES.has(lang) && line.charCodeAt(skipSpacesBack(line, s - 1, Math.max(0, s - 4))) === 44 && ERLANG_STATUS_TUPLE_RE.test(line.slice(Math.max(0, s - 24), s))) return 'literal';
  if (isCommon(code) && OK_TUPLE_LANGUAGES.has(lang) && nc === 44 && ERROR_TUPLE_RE.test(line.slice(Math.max(0, s - 12), s)) && /^,\s*[\w%[{]/.test(line.slice(e, e + 8))) return 'literal';
  const nextWord = wordAfter(line, e);
  if (nextWord !== undefined && C.UNIT_WORDS.has(nextWord.toLowerCase())) return undefined;
  // `code = 200  # lines`: a comment right after the number names its unit
  if (nextWord === undefined && unitComment(line, e)) return undefined;
  // its reason phrase, a colon, then the code: `Gateway Timeout: 504` (before the left context, which reads `Timeout:` as a quantity's key)
  // (or a spaced dash: ScalaTest's `it should "return bad request - 400 if response body is invalid"`)
  if (pc === 32 && (line.charCodeAt(s - 2) === 58 || (line.charCodeAt(s - 2) === 45 && line.charCodeAt(s - 3) === 32)) && reasonPhraseBefore(line, s, code)) return 'literal';
  // or an equals sign: `// OK=200 (well handled); bad request=400`
  if ((pc === 61 || (pc === 32 && line.charCodeAt(s - 2) === 61)) && reasonPhraseBefore(line, s, code)) return 'literal';
  // or the cell before in a table's row: `| Bad Request | 400 | Invalid request payload |`, `| NotFound        | 404              |`
  if ((pc === 32 || pc === 124) && phraseCellBefore(line, s, e, code)) return 'literal';
  // a link checker's verdict, the status text then the code: md-links' `https://example.com OK 200`
  if (code === 200 && pc === 32 && line.charCodeAt(s - 2) === 75 && line.charCodeAt(s - 3) === 79 && !isIdentChar(line.charCodeAt(s - 4) | 0)) return 'literal';
  // Phoenix's generated error-view tests: `test "renders 404" do` (`"renders 404.html"` names the template)
  if (code >= 400 && pc === 32 && nc === 34 && s <= 40 && PHOENIX_RENDERS_TEST_RE.test(line.slice(0, s))) return 'literal';
  // apiDoc's response sections: `**Success 200:**`, `Success 201`
  if (code >= 200 && code <= 206 && pc === 32 && s >= 8 && line.startsWith('Success', s - 8)) return 'literal';
  // a redirect map's rule, the code first: `301   /console   /`, `302 /old https://example.com/new`
  if (code > 300 && code < 309 && (pc === 0 || isSpace(pc)) && skipSpacesBack(line, s - 1, 0) < 0 && REDIRECT_RULE_RIGHT_RE.test(line.slice(e, e + 160))) return 'literal';
  // Grails URL mappings: `"500"(view: '/error')`, `"404"(controller: "errors", action: "notFound")`
  // (also with a space before the parenthesis: `"405" (controller: 'errors', action: 'methodNotAllowed')`)
  if (isQuote(pc) && nc === pc && (line.charCodeAt(e + 1) === 40 || (line.charCodeAt(e + 1) === 32 && line.charCodeAt(e + 2) === 40)) && GRAILS_MAPPING_RE.test(line.slice(line.charCodeAt(e + 1) === 40 ? e + 2 : e + 3, e + 17))) return 'literal';
  // a C macro named for its status: `# define E_NOT_FOUND 404 // ...`
  if ((pc === 32 || pc === 9) && s <= 80 && line.charCodeAt(skipSpacesFwd(line, 0, s)) === 35 && defineNamedFor(line, s, code)) return 'literal';
  // a redirect's target and code as a pair: `'redirect' => ['test', 302]`, `$redirect = [$redirect, 302];`
  if (code > 300 && code < 309 && line.charCodeAt(skipSpacesFwd(line, e, Math.min(line.length, e + 3))) === 93 && REDIRECT_PAIR_LEFT_RE.test(line.slice(Math.max(0, s - 80), s))) return 'literal';
  // an informational code with its own reason phrase quoted after it, in a project's table: `['code' => 101, 'desc' => 'Switching Protocols'],`
  if (code < 200 && official(code) && informationalWithPhrase(line, e, code)) return 'literal';
  // a bullet that documents a status in bold, in a docstring or a comment as in a document: `- **422**: Validation Error`
  if (pc === 42 && nc === 42 && s <= 24 && isCommon(code) && official(code) && BOLD_BULLET_LEFT_RE.test(line.slice(0, s)) && BOLD_BULLET_RIGHT_RE.test(line.slice(e, e + 6))) return 'literal';
  // urllib's HTTPError given the code and its reason phrase from the table: `HTTPError('url', 404, httplib.responses[404], {}, fp)`
  if (nc === 44 && RESPONSES_INDEX_AFTER_RE.exec(line.slice(e, e + 48))?.[1] === line.slice(s, e)) return 'literal';
  // the code one expected, after another: `might throw 400 instead of 404`
  if (s >= 15 && pc === 32 && isCommon(code) && official(code) && INSTEAD_OF_CODE_BEFORE_RE.test(line.slice(s - 16, s)) && proseRightOk(line, e, code)) {
    const other = codeAt(line, line.lastIndexOf(' instead of ', s) - 3);
    if (isCommon(other) && official(other) && other !== code) return 'literal';
  }
  // (and the code given before the one expected, when that one is distinctive: `a wrong password answering 500 instead of 401`)
  if (pc === 32 && nc === 32 && isCommon(code) && official(code) && line.startsWith(' instead of ', e) && threeDigitsAt(line, e + 12)) {
    const other = codeAt(line, e + 12);
    if (other !== code && isDistinctive(other) && official(other) && standalone(line, e + 12, e + 15) && proseRightOk(line, e + 15, other)) return 'literal';
  }
  // a PHPUnit or Prophecy stub's answer on a line of its own, the chain's method named on the line before: `    ->willReturn(200);`
  if (nc === 41 && lang === 'php' && s <= 40 && isCommon(code) && official(code) && STUB_RETURN_LINE_LEFT_RE.test(line.slice(0, s)) && /^\)\s*;?\s*$/.test(line.slice(e))) return 'literal';
  // a Go handler's helper returning its error and then the status: `return IResponse.Login{}, fmt.Errorf("..."), 400`
  if (lang === 'go' && isCommon(code) && official(code) && (pc === 32 || pc === 44) && GO_ERROR_THEN_CODE_LEFT_RE.test(line.slice(Math.max(0, s - LEFT_WINDOW), s)) && /^\s*(?:$|\/\/)/.test(line.slice(e, e + 40))) return 'literal';
  // an Elixir table of errors, each a code, a message and an atom: wallaby's WebDriver errors, `{404, "no such element", :no_such_element},`
  if (pc === 123 && code >= 400 && lang === 'elixir' && official(code) && ELIXIR_ERROR_ROW_RIGHT_RE.test(line.slice(e, e + 120))) return 'literal';
  // a Python map from exception classes to an error's name and status: `KeyError: ("MISSING_REQUIRED_FIELD", 400),`
  if (nc === 41 && pc === 32 && code >= 400 && isCommon(code) && EXCEPTION_NAME_STATUS_LEFT_RE.test(line.slice(Math.max(0, s - 120), s))) return 'literal';
  // an enum's entry given the code as text and as a number, the same: `SUCCESS("200", 200),`, `ACCESS_DENIED("403", 403),`, `INSERT(201, "201", "INSERT SUCCESS"),`
  if ((nc === 34 || nc === 44 || nc === 41) && (pc === 34 || pc === 32 || pc === 40) && s <= 80 && isCommon(code) && official(code) && isUpper(line.charCodeAt(skipSpacesFwd(line, 0, s)))) {
    const m = ENUM_CODE_TWICE_RE.exec(line.slice(0, 120));
    if (m && (m[1] !== undefined ? m[1] === m[2] : m[3] === m[4])) return 'literal';
  }
  // openapi-typescript's generated types, a response keyed by its code: `400: components["responses"]["BadRequestError"];`,
  // `200: { headers: { [name: string]: unknown };` (the code first on its line)
  if (nc === 58 && s <= 40 && isCommon(code) && skipSpacesBack(line, s - 1, 0) < 0 && OPENAPI_TS_RESPONSE_AFTER_RE.test(line.slice(e, e + 40))) return 'literal';
  // flask-restx's responses, each a description and a model: `400: ('No data provided', error_model),`
  if (nc === 58 && s <= 60 && lang === 'python' && isCommon(code) && official(code) && RESTX_RESPONSE_AFTER_RE.test(line.slice(e, e + 120))) return 'literal';
  // a map from codes to exception classes named for them: `400: exceptions.BadRequest,`
  if (nc === 58 && s <= 40 && isAlpha(line.charCodeAt(skipSpacesFwd(line, e + 1, Math.min(line.length, e + 4))))) {
    const cls = CODE_TO_CLASS_AFTER_RE.exec(line.slice(e, e + 80))?.[1];
    if (cls !== undefined && nameMeansCode(cls, code)) return 'literal';
  }
  // RSpec's stubbed code in a block: `allow(response).to receive(:code) { 500 }`
  if (pc === 32 && nc === 32 && line.charCodeAt(s - 2) === 123 && isCommon(code) && RSPEC_BLOCK_STATUS_LEFT_RE.test(line.slice(Math.max(0, s - 40), s)) && line.charCodeAt(e + 1) === 125) return 'literal';
  // Plug's sent response, a tuple of the status, the headers and the body: `assert {500, _headers, body} = sent_resp(conn)`, `{413, headers, body}`
  if (pc === 123 && nc === 44 && isCommon(code) && OK_TUPLE_LANGUAGES.has(lang) && STATUS_HEADERS_BODY_AFTER_RE.test(line.slice(e, e + 40))) return 'literal';
  // C#'s target-typed `new` given the code and a message: `return new(500, "Неизвестная ошибка");`
  if (pc === 40 && code >= 400 && isCommon(code) && lang === 'csharp' && s >= 4 && line.startsWith('new(', s - 4) && !isIdentChar(line.charCodeAt(s - 5) | 0) && /^\s*,\s*[$@]?"/.test(line.slice(e, e + 8))) return 'literal';
  // a map of an API's errors to their statuses, keyed in snake or camel case: rowboat's `rate_limited: 429,`, `not_a_member: 403,`, httpc's `invalidState: 500,`
  // (not a bare `error: 500`, SwiftLint's threshold, nor a quantity's key, `max_error: 500`)
  if (code >= 400 && s <= 60 && isCommon(code) && official(code) && (pc === 32 || pc === 58 || pc === 62)) {
    // (an upper-case key only in a map, `NO_AUTORIZADO_ADMIN: 403,`: `INVALID_URL = 400` numbers an application's own errors)
    const raw = ERROR_KEY_LINE_LEFT_RE.exec(line.slice(0, s))?.[1];
    const key = raw !== undefined && isUpper(raw.charCodeAt(0)) && line.charCodeAt(skipSpacesBack(line, s - 1, 0)) !== 58 ? undefined : raw?.replace(CAMEL_HUMP_RE, '$1_$2').toLowerCase();
    if (key !== undefined && key !== 'error' && ERROR_KEY_WORD_RE.test(key) && !QUANTITY_KEY_WORD_RE.test(key) && /^\s*,?\s*(?:$|\/\/|#)/.test(line.slice(e, e + 40))) return 'literal';
  }
  // Django's test client records each redirect as a `(url, status)` pair: `assert (reverse("vote"), 302) == request.redirect_chain[0]`,
  // `assertEqual(response.redirect_chain, [("/login/", 302)])`
  if (nc === 41 && (pc === 32 || pc === 44) && code > 300 && code < 309 && lang === 'python' && nearText(line, s, e).includes('redirect_chain')) return 'literal';
  // a Python error enum's member given its message and then its status: `RESOURCE_NOT_FOUND = ("{resource} tidak ditemukan.", 404)`
  // (an error word in the name, or a message of several words: not a label and a size, `THUMB = ("thumb", 400)`)
  if (code >= 400 && pc === 32 && nc === 41 && lang === 'python' && isCommon(code) && official(code) && s <= 240) {
    const m = PY_ERROR_TUPLE_LEFT_RE.exec(line.slice(0, s));
    const key = m?.[1]?.toLowerCase();
    if (key !== undefined && !QUANTITY_KEY_WORD_RE.test(key) && (ERROR_KEY_WORD_RE.test(key) || MESSAGE_WORDS_RE.test(m?.[2] ?? m?.[3] ?? '')) && /^\)\s*,?\s*(?:$|#)/.test(line.slice(e, e + 40))) return 'literal';
  }
  // codes given as examples or as the default in a status parameter's description: `The HTTP status code to send (e.g., 400, 404, 500)`, `(default is 307)`
  if ((pc === 32 || pc === 44) && isCommon(code) && official(code) && EXAMPLE_CODES_BEFORE_RE.test(line.slice(Math.max(0, s - 48), s)) && STATUS_WORD_I_RE.test(line.slice(Math.max(0, s - LEFT_WINDOW), s))) return 'literal';
  // (or a sentence of its own after a description naming the status code: `params.code - HTTP status code to send. Default is 200.`)
  if (pc === 32 && isCommon(code) && official(code) && DEFAULT_SENTENCE_BEFORE_RE.test(line.slice(Math.max(0, s - 16), s)) && STATUS_CODE_NAMED_RE.test(line.slice(Math.max(0, s - LEFT_WINDOW), s)) && !QUANTITY_DESCRIBED_RE.test(line.slice(Math.max(0, s - LEFT_WINDOW), s))) return 'literal';
  // a Python test's parameter row, a request's payload then the status expected: `({"type": "invalid"}, 422),  # Invalid event type`
  if (lang === 'python' && nc === 41 && s <= LEFT_WINDOW && isCommon(code) && PY_PAYLOAD_ROW_LEFT_RE.test(line.slice(0, s)) && PY_PAYLOAD_ROW_RIGHT_RE.test(line.slice(e, e + 60))) return 'literal';
  // an error's status written after its constructor rather than inside it (a common slip): `next(new AppError('Incorrect password'), 401)`
  if (code >= 400 && (pc === 32 || pc === 44) && isCommon(code) && ERROR_THEN_CODE_LEFT_RE.test(line.slice(Math.max(0, s - LEFT_WINDOW), s))) return 'literal';
  // `404 file not found`, `"404 page not found\n"`, `404 - File Not Found` (whatever the call around it)
  if (code === 404 && (nc === 32 || nc === 45) && FILE_NOT_FOUND_AFTER_RE.test(line.slice(e, e + 24))) return 'literal';
  // (and a page's title in another language, `404: Página no encontrada`, `"404: Pagina niet gevonden"`, `404 - Seite nicht gefunden`)
  if (code === 404 && (nc === 32 || nc === 45 || nc === 58) && PAGE_NOT_FOUND_TRANSLATED_RE.test(line.slice(e, e + 40))) return 'literal';
  // a Python test's docstring about a status: `"""422 when no ExchangeRate row exists ..."""`, `"""... violates a business rule. -> 422."""`
  if (isCommon(code) && official(code) && (lang === 'python' || lang === 'plaintext') && s >= 3 && docstringStatus(line, s, e, code)) return 'literal';
  if (pc === 32 && s >= 6 && commentArrowCode(line, s, e, code)) return 'literal';
  // a project's Swagger decorator given the status and its description: `@ApiGetSingleResource(200, 'Returns a single project', Dto)`
  if (pc === 40 && s >= 5 && isCommon(code) && official(code) && API_DECORATOR_BEFORE_RE.test(line.slice(Math.max(0, s - 48), s)) && QUOTED_ARG_AFTER_RE.test(line.slice(e, e + 6))) return 'literal';
  // an error code ending a short summary or description: an OpenAPI example's `summary: 'Invalid input 422'`
  if (code >= 400 && pc === 32 && isQuote(nc) && s >= 12 && isDistinctive(code) && official(code)) {
    const m = SUMMARY_TEXT_END_RE.exec(line.slice(Math.max(0, s - 80), s));
    if (m && m[1]?.charCodeAt(0) === nc) return 'literal';
  }
  // (the left context first: it settles most mentions, and both rules can only say 'literal')
  const v = decideLeft(line, s, e, code, lang, 0);
  if (v === 'yes' || extraLiteral(line, s, e, code, lang)) return 'literal';
  // (like the two above it can only say 'literal', so it is tried once they have not)
  if (helperAndTableForm(line, s, e, code, lang, pc, nc)) return 'literal';
  if (v === 'no') {
    // a short quoted text, the code and a status noun: OpenAPI `description: "200 response"`, `title: '404 error'`
    if (isQuote(pc) && isCommon(code) && codeNounString(line, e, pc)) return 'literal';
    // in prose, `a generic (500) error` is not a call; `sleep(500)` or `x[404]` in a comment still is code
    if (codeishBefore(line, s) || !inProse(line, s, e, lang)) return undefined;
    return proseVerdict(line, s, e, code, lang) ? 'literal' : undefined;
  }
  if (decideRight(line, s, e, code, lang)) return 'literal';
  // A free number in a statement that talks about a status (`// status code: 200 means ok, 404 missing`).
  // (not the top of a range of small numbers: `"Card code must be between 1 and 400"`)
  // (nor a bound given in words: `http.Error(w, "too many keys (max 200)", http.StatusBadRequest)`)
  if ((isDistinctive(code) || (isCommon(code) && proseRightOk(line, e, code))) && statementMentionsStatus(line, s, e) && !SMALL_RANGE_BEFORE_RE.test(line.slice(Math.max(0, s - 12), s)) && !(line.charCodeAt(s - 1) === 32 && BOUND_WORD_BEFORE_RE.test(line.slice(Math.max(0, s - 16), s)))) return 'literal';
  if (inProse(line, s, e, lang) && proseVerdict(line, s, e, code, lang)) return 'literal';
  if (v === undefined && classRun(line, s, e, code)) return 'literal';
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// Narrow forms seen in real code that the general rules miss (each reads bounded windows only).

/**
 * `...N`, `..N` or `..<N` at e, N in another hundred than `code` (not a round hundred itself), and N not a class's
 * bound (`405...599`, `..<500`): a range of some other numbering, `case 301...500:`.
 */
function rangeAcrossClasses(line: string, e: number, code: number): boolean {
  if (code % 100 === 0) return false;
  let k = e + 2;
  const exclusive = line.charCodeAt(k) === 60;
  if (exclusive || line.charCodeAt(k) === 46) k++;
  if (!threeDigitsAt(line, k)) return false;
  const high = isDigit(line.charCodeAt(k + 3)) ? 1000 : codeAt(line, k);
  if (Math.floor(high / 100) === Math.floor(code / 100)) return false;
  return high > 599 || (exclusive ? high % 100 !== 0 : high % 100 !== 99);
}

/** `...N`, `..N`, `..<N`, `-N` or ` ... N` at e, N a number of the same hundred that no status has (nor a class's top). */
function rangeToNoStatus(line: string, e: number, code: number): boolean {
  // (the operator read in place: `..`, `...`, `..<`, `-`, ` .. `, ` ... `)
  let k = e;
  const spaced = line.charCodeAt(k) === 32;
  if (spaced) k++;
  if (line.charCodeAt(k) === 46 && line.charCodeAt(k + 1) === 46) {
    k += 2;
    const c = line.charCodeAt(k);
    if (c === 46 || (c === 60 && !spaced)) k++;
    if (spaced) {
      if (line.charCodeAt(k) !== 32) return false;
      k++;
    }
  } else if (!spaced && line.charCodeAt(k) === 45) k++;
  else return false;
  if (!threeDigitsAt(line, k) || isDigit(line.charCodeAt(k + 3)) || isIdentChar(line.charCodeAt(k + 3) | 0)) return false;
  const high = codeAt(line, k);
  return Math.floor(high / 100) === Math.floor(code / 100) && high > code && high % 100 !== 99 && !known(high);
}

/** After the code at e: one status noun, then the quote `q` that opened the text (`"200 response"`). */
function codeNounString(line: string, e: number, q: number): boolean {
  if (line.charCodeAt(e) !== 32) return false;
  const w = wordAfter(line, e);
  return w !== undefined && CODE_NOUNS.has(w.toLowerCase()) && line.charCodeAt(e + 1 + w.length) === q;
}
/** The status nouns that make a short quoted text a status (not `page`: `'404 page'` names a page; nor `code`, `http`). */
const CODE_NOUNS: ReadonlySet<string> = new Set([...C.STATUS_NOUNS].filter((w) => w !== 'page' && w !== 'code' && w !== 'http'));
/** The start of an API Blueprint response section, up to its code: `+ Response `, `> Response `. */
const DASH_ITEM_LEFT_RE = /^\s*[-*+]\s+$/;
const ITEM_CONDITION_AFTER_RE = /^\s*:\s+(?:If|if|When|when|Unless|unless)\s/;
const BLUEPRINT_RESPONSE_RE = /^\s*(?:[-+*>]\s*)?Response +$/;
// The literal forms read before the left context (see `literalKind`).
const RESPONSES_INDEX_AFTER_RE = /^,\s*[\w.]*\bresponses\[(\d{3})\]/;
const INSTEAD_OF_CODE_BEFORE_RE = /(?:^|[^\w.])[1-5]\d\d instead of $/;
/** The reply of a line protocol, its own line ended in CRLF: SMTP's `"500 Go away\r\n"` (an HTTP status line starts with `HTTP/`). */
const LINE_PROTOCOL_REPLY_RE = /^ [^"'`\\]*\\r\\n["'`]/;
/** After the code: a message of capitalised words, as a status line's phrase is written (`404 No job found`, `500 Refused`). */
const QUOTED_CODE_MESSAGE_RE = /^ [A-Z][a-z]+(?: [A-Za-z]+)*(?:$|["'`\\.;:,!-])/;
/**
 * The code's quoted label given to other numbers too, one of a list of events or sizes: a swim meet's `'50 Free', '100 Free',
 * '500 Free', '1000 Free'` (a number of another length before the same word, on the same line).
 */
function labelledByOtherNumbers(line: string, s: number, e: number): boolean {
  const q = line.charCodeAt(s - 1);
  let w = e + 1;
  while (w < line.length && isAlpha(line.charCodeAt(w))) w++;
  if (line.charCodeAt(w) !== q) return false;
  const label = line.slice(e, w + 1);
  // (looked for within a window of the line: every number of a long list read the whole line, in the square of its length)
  const text = line.slice(Math.max(0, s - 400), Math.min(line.length, e + 400));
  for (let k = text.indexOf(label); k >= 0; k = text.indexOf(label, k + 1)) {
    let d = k;
    while (d > 0 && k - d < 8 && isDigit(text.charCodeAt(d - 1))) d--;
    if (d < k && k - d !== 3 && text.charCodeAt(d - 1) === q) return true;
  }
  return false;
}
/** A quantity or a picture's text after all: `"500 Bytes"`, `"400 Gbps"`, `"400 Hz"`, `alt="404 Dog"`. */
function quotedQuantity(line: string, s: number, e: number): boolean {
  const w = (wordAfter(line, e + 1) ?? '').toLowerCase();
  return C.UNIT_WORDS.has(w) || UNIT_SYMBOL_RE.test(w) || ALT_BEFORE_RE.test(line.slice(Math.max(0, s - 8), s));
}
const UNIT_SYMBOL_RE = /^(?:[kmgt]?hz|[kmgt]?bps|[kmgt]i?b)$/;
const ALT_BEFORE_RE = /\balt\s*=\s*["']$/;
/** A street address's key, then the quote that opens its value: `address: "`, `'street_address' => '`. */
const ADDRESS_KEY_BEFORE_RE = /(?:addr|address(?:_?line)?\d?|street(?:_?address)?)['"]?\s*(?:=>|[:=])\s*["'`]$/i;
const ADDRESS_NEAR_RE = /addr|street|location|venue|\b(?:St|Street|Ave|Avenue|Rd|Road|Ln|Lane|Blvd|Dr|Drive|Way|Broadway|Suite|Ste)\b|-ro\b|-gil\b/i;
const ELIXIR_ERROR_ROW_RIGHT_RE = /^\s*,\s*"[^"]*"\s*,\s*:\w+\s*\}/;
const RESPONSES_FILE_REF_RE = /responses\.(?:ya?ml|json)#\/$/;
const GO_ERROR_THEN_CODE_LEFT_RE = /\breturn\b.*(?:\b(?:fmt\.Errorf|errors\.(?:New|Wrap\w*|Errorf))\((?:[^()]|\([^()]*\))*\)|\berr(?:\.Error\(\))?)\s*,\s*$/;
// (a commented-out entry too: `//     'invalidCredentials': 401,`)
// (and an exception class's name as a key, in Python: `InvalidRegistration: 401,`, `AgentInUse: 409,`)
const ERROR_KEY_LINE_LEFT_RE = /^\s*(?:(?:\/\/|#)\s*)?['"]?([a-z][a-zA-Z0-9]*(?:_[a-z0-9]+)*|[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+|[A-Z][a-z]+(?:[A-Z][a-z0-9]*)+)['"]?\s*(?::|=>?)\s*$/;
/** `NAME = ("message", ` before a code (group 1 = the name, group 2 or 3 = the message in double or single quotes). */
const PY_ERROR_TUPLE_LEFT_RE = /^\s*([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+)\s*=\s*\(\s*(?:"([^"]{0,200})"|'([^']{0,200})')\s*,\s*$/;
/** Three words or more: a sentence, not a label. */
const MESSAGE_WORDS_RE = /\S+\s+\S+\s+\S/;
const CAMEL_HUMP_RE = /([a-z0-9])([A-Z])/g;
const ERROR_KEY_WORD_RE = /(?:^|_)(?:invalid|not|no|denied|mismatch|taken|in_use|already|refused|forbidden|unauthori[sz]ed|unauthenticated|rate_limited|throttled|conflict|missing|failed|failure|error|internal|unavailable|expired|exceeded|unsupported|bad|gone|locked|disallowed|blocked|banned|duplicate|invalid[aoe]s?|requerid[oa]s?|obligatori[oa]s?|prohibid[oa]s?|denegad[oa]s?|superad[oa]s?|excedid[oa]s?|duplicad[oa]s?|inexistentes?|conflicto)(?:_|$)/;
const QUANTITY_KEY_WORD_RE = /(?:^|_)(?:timeout|threshold|limit|max|min|count|size|delay|ms|retries|ttl|interval|seconds|length|width|height|time|sleep|wait|duration|period|backoff)(?:_|$)/;
const DEFAULT_SENTENCE_BEFORE_RE = /(?:^|[.;]\s+|\(|\s-\s)Defaults?(?: is| to|:) $/i;
const QUANTITY_DESCRIBED_RE = /\b(?:timeout|ms|millis\w*|seconds?|size|limit|max\w*|min\w*|length|retr\w*|delay|interval|count|width|height)\b/i;
const STATUS_CODE_NAMED_RE = /\bstatus[ _-]?code\b|\bHTTP (?:status|code)\b/i;
const EXAMPLE_CODES_BEFORE_RE = /\((?:e\.g\.|eg\.?|i\.e\.|default(?: is)?|such as|like)[,:]? (?:\d{3}(?:,| or| and)? )*$/i;
const STUB_RETURN_LINE_LEFT_RE = /^\s*->\s*willReturn\(\s*$/;
const PY_PAYLOAD_ROW_LEFT_RE = /^\s*\(\s*\{(?:\s*\}|\s*['"].*\})\s*,\s*$/;
const PY_PAYLOAD_ROW_RIGHT_RE = /^\)\s*,?\s*(?:$|#)/;
const LONG_CODE_SPAN_RE = /`\d{4,}`/;
const BOLD_BULLET_LEFT_RE = /^\s*(?:#+|\/\/+|\*|--)?\s*[-*+]\s+\*\*$/;
const BOLD_BULLET_RIGHT_RE = /^\*\*\s*(?::|[-–—]\s)/;
const ERROR_THEN_CODE_LEFT_RE = /\bnew\s+\w*(?:Error|Exception)\((?:[^()]|\([^()]*\))*\)\s*,\s*$/;
/**
 * Literals that a project's own helpers, tables and documents put in a status's place: the forms the twenty-fourth
 * session's sets taught (`res.failure('...', 404)`, `(EntityNotFoundError, 404, "not_found")`, `/// <returns>204 ...`,
 * `R-->>C: 402 + ...`). Tried in `literalKind` once the left context and `extraLiteral` have not said 'literal' (before
 * anything there can say it is none); each tests a character or two before any regex.
 */
function helperAndTableForm(line: string, s: number, e: number, code: number, lang: string, pc: number, nc: number): boolean {
  // a log of the response's status in a string of its own: `LOGGER.info("Response : 409")`, `print('Response: 200')`
  // (or before an escaped line break: `"Response: 400\n{...}"`)
  if ((isQuote(nc) || nc === 0 || (nc === 92 && line.charCodeAt(e + 1) === 110)) && (pc === 58 || (pc === 32 && line.charCodeAt(s - 2) === 58)) && isCommon(code) && s >= 9 && QUOTED_RESPONSE_COLON_BEFORE_RE.test(line.slice(Math.max(0, s - 13), s))) return true;
  // C#'s switch arms over one class: `>= 200 and <= 299 => false`
  if ((code % 100 === 0 || code % 100 === 99) && (pc === 61 || pc === 60 || line.charCodeAt(s - 2) === 61 || line.charCodeAt(s - 2) === 60) && relationalClassBound(line, s, e, code)) return true;
  // an API error's name, a message and the status last, as a registry's error classes pass them up: quay's
  // `super(BlobUnknown, self).__init__("BLOB_UNKNOWN", "blob unknown to registry", detail, 404)` and its continued lines
  if (code >= 400 && (pc === 32 || pc === 44) && s <= 240 && isCommon(code) && official(code) && ERROR_NAME_ROW_START_RE.test(line) && ERROR_NAME_ROW_LEFT_RE.test(line.slice(0, s)) && /^\s*\)?\s*,?\s*$/.test(line.slice(e, e + 40))) return true;
  // a route test's row, the paths then the status: `'tail_1' => ['/foo', '/foo', '', 200],`, `['/api/x', 'GET', 404]`
  if ((pc === 32 || pc === 44) && line.charCodeAt(skipSpacesFwd(line, e, Math.min(line.length, e + 3))) === 93 && isCommon(code) && official(code) && PATH_ROW_LEFT_RE.test(line.slice(Math.max(0, s - 160), s))) return true;
  // a shell check of a response for an error code: `echo "$INFO" | grep -q "403"`
  if (code >= 400 && (isQuote(nc) || nc === 32 || nc === 0) && (isQuote(pc) || pc === 32) && isDistinctive(code) && GREP_PATTERN_BEFORE_RE.test(line.slice(Math.max(0, s - 32), s))) return true;
  // a table of exception classes and the status each answers: `(EntityNotFoundError, 404, "not_found"),`
  if (code >= 400 && (pc === 32 || pc === 44) && s <= 80 && isCommon(code) && official(code) && EXCEPTION_ROW_LEFT_RE.test(line.slice(0, s))) return true;
  // a mocked call's answer, the status and a body: `mock_get.return_value = (403, {})`
  if (nc === 44 && pc !== 0 && isCommon(code) && s >= 16 && RETURN_VALUE_TUPLE_LEFT_RE.test(line.slice(Math.max(0, s - 40), s)) && TUPLE_BODY_AFTER_RE.test(line.slice(e, e + 12))) return true;
  // Symfony's `json($data, $status, $headers, $context)` with the data array closed on the line: `'user' => $user], 200, [], ['groups' => ...]`
  // (or Laravel's `json($data, $status, $headers, $options)`: `], 200, [], JSON_UNESCAPED_UNICODE);`)
  if (lang === 'php' && pc === 32 && isCommon(code) && line.charCodeAt(skipSpacesBack(line, s - 1, Math.max(0, s - 4))) === 44 && /\]\s*,\s*$/.test(line.slice(Math.max(0, s - 8), s)) && /^\s*,\s*\[\s*\]\s*,\s*(?:\[|JSON_)/.test(line.slice(e, e + 16))) return true;
  // C#'s switch arm of several codes mapped to an exception: `401 or 403 => new UnauthorizedException(message, body),`
  if (s <= 40 && isCommon(code) && (nc === 32 || nc === 61) && CSHARP_OR_ARM_RE.test(line)) return true;
  // a k6 check named for the status it expects: `check(res, { "metadata is 200": (r) => r.status === 200 })`
  if (isQuote(nc) && pc === 32 && isCommon(code) && K6_CHECK_NAME_AFTER_RE.test(line.slice(e, e + 24)) && line.includes('check(')) return true;
  // Laravel's redirect back given its status: `return redirect()->back(302, [], route('admin.employees.index'))`
  if (pc === 40 && code >= 300 && code < 400 && isCommon(code) && s >= 17 && REDIRECT_BACK_BEFORE_RE.test(line.slice(Math.max(0, s - 24), s))) return true;
  // Elixir's status and body as a tuple: `{202, %{result: "Ok"}}`, `{%{"result" => "ok"}, 200}`, a continued `}, 400}`
  if (lang === 'elixir' && isCommon(code) && ((pc === 123 && /^\s*,\s*%\{/.test(line.slice(e, e + 8))) || (nc === 125 && ELIXIR_BODY_THEN_CODE_LEFT_RE.test(line.slice(Math.max(0, s - 80), s))))) return true;
  // a test's mock of a request given the status and a body: `self.set_post_mock(201, {})`
  if (pc === 40 && nc === 44 && isCommon(code) && MOCK_SETTER_BEFORE_RE.test(line.slice(Math.max(0, s - 40), s)) && TUPLE_BODY_AFTER_RE.test(line.slice(e, e + 12))) return true;
  // a response object built from a success flag, the status and a message: `new LaravelResponseContract(false, 404, __('...'), $row)`
  if (pc === 32 && line.charCodeAt(s - 2) === 44 && isCommon(code) && RESPONSE_FLAG_BEFORE_RE.test(line.slice(Math.max(0, s - 64), s))) return true;
  // an API document's code span, a status then its body or its error's key: `` `200 { items, total }` ``, `` `409 user_exists | ...` ``
  // (a body after any code, an error's key after an error code only)
  if (nc === 32 && pc === 96 && isCommon(code) && DOC_LANGUAGES.has(lang)) {
    const m = CODE_SPAN_BODY_AFTER_RE.exec(line.slice(e, e + 80));
    if (m && (m[1] === undefined || code >= 400)) return true;
  }
  // a code paired with the HTTP exception a framework throws for it: `yield [503, new ServiceUnavailableHttpException()];`,
  // or with the exception's class in a table's row: NestJS's `[404, NotFoundException],`
  if (nc === 44 && code >= 400 && isCommon(code)) {
    const m = EXCEPTION_AFTER_CODE_RE.exec(line.slice(e, e + 48));
    if (m && (m[1] !== undefined || pc === 91)) return true;
  }
  // a Mermaid sequence diagram's reply labelled with the status: `R-->>C: 402 + PaymentRequirements`
  if (pc === 32 && line.charCodeAt(s - 2) === 58 && isCommon(code) && s >= 6 && MERMAID_REPLY_BEFORE_RE.test(line.slice(Math.max(0, s - 40), s))) return true;
  // an exception mapped to its status and a message in a PHP match: `$e instanceof NotFoundException => ['nicht gefunden', 404],`
  if (code >= 400 && pc === 32 && line.charCodeAt(skipSpacesFwd(line, e, Math.min(line.length, e + 3))) === 93 && isCommon(code) && EXCEPTION_ARM_PAIR_BEFORE_RE.test(line.slice(Math.max(0, s - 160), s))) return true;
  // PHPUnit's expected code of an HTTP client's exception: `$this->expectExceptionCode(404);`
  if (pc === 40 && nc === 41 && code >= 400 && isCommon(code) && s >= 20 && line.startsWith('expectExceptionCode(', s - 20)) return true;
  // a Django test's list of pages and the status each answers: `('/accounts/login/', 200),`
  if (pc === 32 && nc === 41 && s <= 120 && isCommon(code) && official(code) && PATH_TUPLE_LEFT_RE.test(line.slice(0, s))) return true;
  // a C# XML doc's return value led by the status: `/// <returns>204 Nenhum evento encontrado</returns>`
  if (pc === 62 && nc === 32 && isCommon(code) && s >= 9 && line.startsWith('<returns>', s - 9) && isAlpha(line.charCodeAt(e + 1))) return true;
  // a status one expected and another one got: `"expected 200 got ${response.statusCode}"`
  if (pc === 32 && line.charCodeAt(s - 2) === 100 && isCommon(code) && s >= 9 && EXPECTED_BEFORE_RE.test(line.slice(s - 9, s)) && GOT_AFTER_RE.test(line.slice(e, e + 12))) return true;
  // a course's token sender, the status before the request and the response: `createSendToken(user, 201, req, res);`
  if (pc === 32 && nc === 44 && isCommon(code) && REQ_RES_AFTER_RE.test(line.slice(e, e + 16))) return true;
  // a test's title ending on the status in parentheses: `it("undefined quand l'offre n'existe pas (204)", async () => {`
  if (pc === 40 && nc === 41 && isCommon(code) && isQuote(line.charCodeAt(e + 1)) && TITLE_PAREN_BEFORE_RE.test(line.slice(Math.max(0, s - 120), s))) return true;
  // a Go test's failure message, the code before its `got %d` and the status among the arguments: `t.Fatalf("warm hit should synthesise 200; got %d", resp2.StatusCode)`
  if (pc === 32 && isCommon(code) && s >= 10 && (nc === 59 || nc === 44 || nc === 32)) {
    const g = line.slice(e, e + 60).indexOf(' got %');
    if (g >= 0 && FAILURE_FORMAT_BEFORE_RE.test(line.slice(Math.max(0, s - 100), s)) && GOT_STATUS_ARG_AFTER_RE.test(line.slice(e + g + 1, e + g + 100))) return true;
  }
  // a Python handler's tuple, the status, the body and its content type: `return 200, self.summary_page(), 'text/html'`
  if (pc === 32 && nc === 44 && s >= 7 && line.startsWith('return ', s - 7) && C.TUPLE_RETURN_LANGUAGES.has(lang) && isCommon(code) && TUPLE_MIME_AFTER_RE.test(line.slice(e, e + 120))) return true;
  // httpx's status error in a test, the code as its message, then the request and the response: `"404", request=MagicMock(), response=response`
  if (isQuote(pc) && nc === pc && isCommon(code) && HTTPX_ERROR_ARGS_AFTER_RE.test(line.slice(e + 1, e + 48))) return true;
  // a test helper given a request's method and path, then the status it expects: `$this->adminSuccess('post', '/filas', $data, 302)`
  if ((pc === 32 || pc === 44) && nc === 41 && isCommon(code) && s >= 16 && METHOD_PATH_ARGS_LEFT_RE.test(line.slice(Math.max(0, s - 160), s))) return true;
  // an error's message continued on its own line, then the status closing the call: `"valor é obrigatório.",400);`
  if (code >= 400 && nc === 41 && (pc === 44 || pc === 32) && isCommon(code) && official(code) && line.charCodeAt(skipSpacesFwd(line, 0, s)) === 34 && CONTINUED_ERROR_MESSAGE_LEFT_RE.test(line.slice(0, s)) && /^\)+\s*;/.test(line.slice(e, e + 8))) return true;
  // a comment naming a failure, then a dash or an arrow and the error status that answers it: `// requisições inválidas - 400`
  if (code >= 400 && (pc === 32 || pc === 62) && isCommon(code) && official(code) && s <= 120 && /^\s*\.?\s*$/.test(line.slice(e, e + 8)) && COMMENT_FAILURE_THEN_CODE_RE.test(line.slice(0, s))) return true;
  // a project's response helper given a success flag, a message and the data, then the status: `setJson(false, 'Gagal', [], 400, $validator->errors())`
  if ((pc === 32 || pc === 44) && (nc === 44 || nc === 41) && isCommon(code) && s >= 16 && FLAG_MESSAGE_DATA_BEFORE_RE.test(line.slice(Math.max(0, s - 160), s))) return true;
  // Laravel's authorization answer given a message and the status: `Response::deny('Você não tem permissão', 403)`
  if (code >= 400 && nc === 41 && isCommon(code) && s >= 16 && GATE_DENY_BEFORE_RE.test(line.slice(Math.max(0, s - 160), s))) return true;
  // a spy on the response's sender asserted with the status: `expect(spyOnResponseSend).toHaveBeenCalledWith(200, responseMapper)`
  if (pc === 40 && (nc === 44 || nc === 41) && isCommon(code) && s >= 30 && line.startsWith('toHaveBeenCalledWith(', s - 21) && RESPONSE_SPY_BEFORE_RE.test(line.slice(Math.max(0, s - 100), s - 21))) return true;
  // (any spy, given an error code alone: `expect(spy).toHaveBeenCalledWith(404);`, a spy on the response's status setter)
  if (pc === 40 && nc === 41 && code >= 400 && isDistinctive(code) && official(code) && s >= 30 && line.startsWith('toHaveBeenCalledWith(', s - 21) && ANY_SPY_BEFORE_RE.test(line.slice(Math.max(0, s - 60), s - 21))) return true;
  // a success code with the wrong phrase, as API notes often write it: `@return: 201 OK`, `204 OK`
  if (code > 200 && code <= 206 && nc === 32 && line.charCodeAt(e + 1) === 79 && line.charCodeAt(e + 2) === 75 && !isIdentChar(line.charCodeAt(e + 3) | 0) && (pc === 32 || isQuote(pc) || pc === 96) && official(code)) return true;
  // a comment opening on an error code, a dash and the failure: `// 400 - Validación fallida`
  // (or a bullet of one: `//   - 400: No session found for request`)
  if (code >= 400 && pc === 32 && s <= 40 && isCommon(code) && official(code) && /^\s*(?:\/\/|#|\*|--)\s*(?:[-*•]\s+)?$/.test(line.slice(0, s)) && CODE_DASH_FAILURE_AFTER_RE.test(line.slice(e, e + 60))) return true;
  // a route's response schemas keyed by status: Fastify's `response: { 200: empleadoSchema, 404: problemSchema }`, DRF's `{200: OperationStatusSerializer}`
  if (nc === 58 && (pc === 32 || pc === 123 || pc === 44) && isCommon(code) && official(code) && SCHEMA_VALUE_AFTER_RE.test(line.slice(e, e + 64))) return true;
  // a helper that names a status given its code: `getHttpErrorMessage(401)`, http-status-codes' `getReasonPhrase(404)`
  if (pc === 40 && nc === 41 && isCommon(code) && s >= 12 && STATUS_TEXT_CALL_BEFORE_RE.test(line.slice(Math.max(0, s - 40), s))) return true;
  // Clojure's choice between two codes: `(handle (if ok? 200 404) res)`
  // (Clojure is read as plain text: no language of its own here)
  if ((pc === 32 || pc === 9) && isCommon(code) && official(code) && line.slice(Math.max(0, s - 60), s).includes('(if ')) {
    const m = CLOJURE_IF_CODES_RE.exec(line.slice(Math.max(0, s - 60), Math.min(line.length, e + 60)));
    if (m) {
      const a = Number(m[1]);
      const b = Number(m[2]);
      if ((a === code || b === code) && official(a) && official(b) && (isDistinctive(a) || isDistinctive(b))) return true;
    }
  }
  // an API document's property named for the status, its default or example the code: `@SWG\Property(property="status_code", type="integer", default=200, ...)`
  if ((pc === 61 || pc === 32 || pc === 58) && isCommon(code) && s >= 30 && STATUS_PROPERTY_DEFAULT_BEFORE_RE.test(line.slice(Math.max(0, s - 100), s))) return true;
  // laravel-request-docs' responses in a PHPDoc: `@LRDresponses 200|400|401`
  if ((pc === 32 || pc === 124) && isCommon(code) && s >= 14 && LRD_RESPONSES_BEFORE_RE.test(line.slice(Math.max(0, s - 40), s))) return true;
  // a switch arm's code with its own reason phrase in a comment after it: `Completed => 200,// OK (The task has completed successfully)`
  if ((nc === 44 || nc === 59 || nc === 32) && isCommon(code) && official(code) && !isQuote(pc)) {
    const m = TRAILING_COMMENT_AFTER_RE.exec(line.slice(e, e + 8));
    const st = m ? getStatus(code) : undefined;
    const said = m && st ? line.slice(e + m[0].length, e + m[0].length + st.name.length) : '';
    // (`OK` in capitals only: `x = 200, // ok go on` is a remark)
    if (m && st && (st.name.length > 2 ? said.toLowerCase() === st.name.toLowerCase() : said === st.name) && !isIdentChar(line.charCodeAt(e + m[0].length + st.name.length) | 0)) return true;
  }
  // Elixir's error reason mapped to the status and its message: `defp metadata(:not_found), do: {404, "Recurso não encontrado"}`
  if (pc === 123 && code >= 400 && isCommon(code) && official(code) && s >= 5 && /\bdo:\s*\{$/.test(line.slice(Math.max(0, s - 8), s)) && /^\s*,\s*"/.test(line.slice(e, e + 6))) return true;
  // a PHP response maker given the status, a message and the data: `return $this->make(400, $msg, $data);`
  if (pc === 40 && lang === 'php' && isCommon(code) && s >= 5 && line.startsWith('make(', s - 5) && MESSAGE_ARG_RE.test(line.slice(e, e + 40))) return true;
  // an error's message searched for the codes it may hold: `if (m.includes('403') || m.includes('401') || ...)`, Go's `strings.Contains(errMsg, "404")`
  if (code >= 400 && isQuote(pc) && nc === pc && isDistinctive(code) && official(code) && s >= 10 && MESSAGE_HOLDS_CODE_BEFORE_RE.test(line.slice(Math.max(0, s - 40), s - 1))) return true;
  // a decorator given a response's model, then its status: `@ResponseType(CreateSaleResponseModel, 201)`
  if ((pc === 32 || pc === 44) && nc === 41 && isCommon(code) && s >= 16 && RESPONSE_DECORATOR_MODEL_BEFORE_RE.test(line.slice(Math.max(0, s - 80), s))) return true;
  // a log of an error code and what went wrong, `logger.warning("404: company is not in db")`, or what kind of error it
  // was, Android's `Timber.w("403 permission error — invalidating permission cache")`
  if (code >= 400 && isQuote(pc) && isCommon(code) && official(code) && s >= 6
    && ((nc === 58 && line.charCodeAt(e + 1) === 32) || (nc === 32 && ERROR_AFTER_WORD_RE.test(line.slice(e, e + 60))))
    && LOG_CALL_OPEN_BEFORE_RE.test(line.slice(Math.max(0, s - 40), s - 1))) return true;
  // two error codes and then `errors`: `// 400 and 500 errors often throw a JSON error` (one code before `errors` is as often a count)
  if (code >= 400 && nc === 32 && s >= 8 && line.startsWith(' errors', e) && official(code)) {
    const m = CODE_AND_BEFORE_RE.exec(line.slice(Math.max(0, s - 10), s));
    if (m && Number(m[1]) >= 400 && Number(m[1]) !== code && official(Number(m[1]))) return true;
  }
  // C++'s error value of an HTTP handler's `std::expected`: glaze's `return std::unexpected(400);`
  if (pc === 40 && code >= 400 && isCommon(code) && official(code) && s >= 16 && line.startsWith('std::unexpected(', s - 16) && nc === 41) return true;
  return false;
}
const FILE_NOT_FOUND_AFTER_RE = /^\W{1,3}(?:file|page)\s+not\s+found\b/i;
const PAGE_NOT_FOUND_TRANSLATED_RE = /^\s?[:\-\u2013\u2014]?\s(?:(?:p[aá]gina|seite|strona|side|sida|sayfa|halaman)\s+)?(?:no encontrad[ao]|n[aã]o encontrad[ao]|niet gevonden|nicht gefunden|introuvable|non trovat[ao]|nie znaleziono|ikke funnet|hittades inte|bulunamad[ıi]|tidak ditemukan)(?![\w\u00c0-\u017f])/i;
// (or a result object built so: `return new Result(false, 404, null, message)`)
const RESPONSE_FLAG_BEFORE_RE = /\b(?:\w*Respon\w*|new\s+\w*Result)\(\s*(?:true|false)\s*,\s*$/;
const CODE_SPAN_BODY_AFTER_RE = /^ (?:\{[^`{}]*\}`|([a-z]+(?:_[a-z]+)+)\b)/;
const MERMAID_REPLY_BEFORE_RE = /-->>?[+-]?\s*\w+\s*:\s*$/;
const EXCEPTION_AFTER_CODE_RE = /^\s*,\s*(?:(new)\s+[\w\\]*Http\w*Exception\b|[A-Z]\w*(?:Exception|Error)(?:::class)?\s*\])/;
const EXCEPTION_ARM_PAIR_BEFORE_RE = /\w(?:Exception|Error)\s*=>\s*\[\s*(["'])[^"'\n]*\1\s*,\s*$/;
const OPERATION_RESPONSES_BEFORE_RE = /\/(?:get|post|put|patch|delete|head|options)\/responses\/$/i;
const EXPECTED_BEFORE_RE = /\bexpected $/i;
/** A Go test's failure call, its format string open: `t.Fatalf("warm hit should synthesise `. */
const FAILURE_FORMAT_BEFORE_RE = /\b(?:Errorf|Fatalf|Fatal|Error|Logf|Failf|Fail)\(\s*"[^"]*$/;
/** The rest of that string from its `got %d`, then the status it got: `got %d", resp2.StatusCode)`, `got %d", rec.Code)`. */
const GOT_STATUS_ARG_AFTER_RE = /^got %[a-z][^"]*"\s*,\s*(?:[\w.]*?(?:StatusCode|\.Code)\b|status(?:Code)?\b)/;
/** The rest of a returned tuple after its status: a body, then a quoted content type. */
const TUPLE_MIME_AFTER_RE = /^,[^'"]{1,80},\s*['"](?:text|application|image)\/[\w.+-]+['"]/;
/** A call's arguments before its last: a quoted HTTP method, then a quoted path, then maybe more. */
const METHOD_PATH_ARGS_LEFT_RE = /\(\s*['"](?:get|post|put|patch|delete|head|options|GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)['"]\s*,\s*(?:['"]\/[^'"]*['"]|"\/[^"]*")\s*,(?:[^()'"]*,)?\s*$/;
/** A continued line: a quoted message that names a failure (English or Portuguese), then its comma. */
const CONTINUED_ERROR_MESSAGE_LEFT_RE = /^\s*"[^"]*(?:obrigat|inv[aá]lid|required|not found|n[aã]o encontrad|no encontrad|\berro\b|error|fail|falh|denied|negad|unauthori|forbidden|proibid|\bmust\b|cannot|n[aã]o pode|j[aá] existe|already exists)[^"]*"\s*,\s*$/i;
/** A comment naming a failure, then ` - `, ` -> ` or ` → ` before the code (not `=>`, a documented value): `// requisições inválidas - `, `# erros internos -> `. */
const COMMENT_FAILURE_THEN_CODE_RE = /^\s*(?:\/\/|#|\*|--)[^\d\n]*?(?:\binv[aá]lid\w*|\binvalid\b|\berros?\b|\berrors?\b|\bfail\w*|\bfalh\w*|\bmissing\b|\bnot found\b|\bn[aã]o encontrad\w*|\bunauthori[sz]ed\b|\bforbidden\b|\bdenied\b|\bnegad\w*|\bproibid\w*)[^\d\n]*\s(?:-|–|—|->|→)\s?$/i;
/** A response helper's call before its status: a success flag, a quoted message, then the data (`setJson(true, 'Berhasil', $users, `). */
const FLAG_MESSAGE_DATA_BEFORE_RE = /\b\w*(?:[Jj]son|JSON|[Rr]espon|[Rr]esult|[Rr]eply|[Ss]end)\w*\(\s*(?:true|false)\s*,\s*(['"])[^'"]{1,80}\1\s*,\s*(?:\[\]|\$?[\w.>-]+(?:\(\))?|(['"])[^'"]{0,80}\2)\s*,\s*$/;
/** A logging or error call, its string opened: `logger.warning(`, `raise ValueError(`, `console.error(`. */
const LOG_CALL_OPEN_BEFORE_RE = /(?:\b(?:warn(?:ing)?|error|info|debug|exception|critical|log|fatal|print(?:ln|f)?|\w*(?:Exception|Error))|\b(?:Log|Timber)\.[a-z])\s*\(\s*[fr]?$/;
/** A word or two after an error code, then `error`: `"403 permission error — ..."`. */
const ERROR_AFTER_WORD_RE = /^ [\w/-]{2,24}(?: [\w/-]{2,24})? (?:error|failure)\b/i;
const CODE_AND_BEFORE_RE = /\b([45]\d\d) (?:and|or|&) $/;
const GATE_DENY_BEFORE_RE = /\bResponse::deny\(\s*(['"])[^'"]*\1\s*,\s*$/;
/** The spy's expectation before `.toHaveBeenCalledWith(`: `expect(spyOnResponseSend)`, `expect(mockStatus)`. */
const ANY_SPY_BEFORE_RE = /\bexpect\(\s*(?![\w.]*(?:[Tt]ime|[Dd]elay|[Ss]leep|[Ww]ait|[Ii]nterval|[Ss]ize|[Ll]imit|[Cc]ount|[Ll]ength|[Ww]idth|[Hh]eight|[Ss]croll|[Oo]ffset|[Ii]ndex|[Pp]age|[Tt]op|[Ll]eft|[Pp]osition))[\w.]+\s*\)\s*\.\s*$/;
const RESPONSE_SPY_BEFORE_RE = /\bexpect\(\s*\w*(?:Respon|Status|Reply)\w*\s*\)\s*\.\s*$/;
/** A dash or a colon after the code, then a failure named (English, Spanish or Portuguese): ` - Validación fallida`, `: No session found`. */
const CODE_DASH_FAILURE_AFTER_RE = /^\s*[-–—:]\s+[^\d\n]{0,40}?(?:fallid|inv[aá]lid|\berror|\berro\b|\bfail|falh|not found|\bno\b[^.\d]{1,30}\bfound|no encontrad|n[aã]o encontrad|denied|negad|unauthori|no autorizad|n[aã]o autorizad|forbidden|prohibid|proibid|conflict|conflito|required|requerid|obrigat|missing|expired|too many|not allowed)/i;
/** A schema, a serializer or a response type as a key's value: `: empleadoSchema,`, `: OperationStatusSerializer}`. */
const SCHEMA_VALUE_AFTER_RE = /^:\s*[\w.]*[a-z](?:Schema|Serializer|Response|ResponseDto|Dto|DTO)\s*[,}]/;
/** A function named for a status's text, its call open: `getHttpErrorMessage(`, `getReasonPhrase(`, `statusMessage(`. */
const STATUS_TEXT_CALL_BEFORE_RE = /\b\w*(?:Http|HTTP|Reason|Status|http_|reason_|status_|error_)\w*(?:Message|Text|Phrase|Description|message|text|phrase|description)\($/;
/** Clojure's `(if test code code)`: the two codes are groups 1 and 2. */
const CLOJURE_IF_CODES_RE = /\(if\s+[^\s()]+\s+([1-5]\d\d)\s+([1-5]\d\d)\s*\)/;
/** A property named for the status, then its default or example: `property="status_code", type="integer", default=`. */
const STATUS_PROPERTY_DEFAULT_BEFORE_RE = /\b(?:property|name|field)\s*[=:]\s*["'](?:status|statusCode|status_code|http_status|httpStatus)["'][^()]{0,80}?\b(?:default|example)\s*[=:]\s*$/;
const LRD_RESPONSES_BEFORE_RE = /@LRDresponses?\s+(?:\d{3}\|)*$/;
/** A comment right after a code and its comma: `,// `, `; # `. */
const TRAILING_COMMENT_AFTER_RE = /^[,;]?\s*(?:\/\/+|#)\s*/;
/** A message or an error's text searched: `m.includes(`, `err.message.includes(`, `strings.Contains(errMsg, ` (not some other object's message, `mirror.message.includes(`). */
const MESSAGE_HOLDS_CODE_BEFORE_RE = /(?:(?<![\w.$])(?:m|msg|message|errMsg|errorMessage|error_message|err|error|e)(?:\.message|\.Error\(\))?\s*\.\s*(?:includes|contains|indexOf)\(\s*|\b(?:strings\.)?Contains\(\s*(?:err|errMsg|msg|message|error|errorMessage)\w*(?:\.Error\(\))?\s*,\s*)$/;
const RESPONSE_DECORATOR_MODEL_BEFORE_RE = /@\w*Respon\w*\(\s*[A-Z][\w.]*\s*,\s*$/;
const HTTPX_ERROR_ARGS_AFTER_RE = /^,\s*request\s*=\s*[\w.()]+,\s*response\s*=/;
const GOT_AFTER_RE = /^,? (?:but )?got\b/i;
/** The request and the response after the status, or a message and the response: `, req, res)`, `, message, res)`. */
const REQ_RES_AFTER_RE = /^\s*,\s*(?:req|message|msg)\s*,\s*res\s*\)/;
const TITLE_PAREN_BEFORE_RE = /\b(?:it|test|describe|context)\(\s*(["'`])(?:(?!\1).){0,100}\s\($/;
const PATH_TUPLE_LEFT_RE = /^\s*#?\s*\(\s*(["'])\/[^"'\n]*\1\s*,\s*$/;
const CSHARP_OR_ARM_RE = /^\s*\d{3}(?:\s+or\s+\d{3})+\s*=>\s*(?:new\s+\w*(?:Exception|Error)\b|throw\b)/;
const K6_CHECK_NAME_AFTER_RE = /^["']\s*:\s*(?:\(\s*\w*\s*\)|\w+)\s*=>/;
const REDIRECT_BACK_BEFORE_RE = /\bredirect\(\)\s*->\s*back\($/;
const ELIXIR_BODY_THEN_CODE_LEFT_RE = /(?:^\s*\}|%\{[^{}]*\})\s*,\s*$/;
const MOCK_SETTER_BEFORE_RE = /\b(?:set|add|stub)_?\w*_?[Mm]ock\($/;
const EXCEPTION_ROW_LEFT_RE = /^\s*[([]\s*[A-Z]\w*(?:Error|Exception)\s*,\s*$/;
const RETURN_VALUE_TUPLE_LEFT_RE = /\breturn_value\s*=\s*\(\s*$/;
const TUPLE_BODY_AFTER_RE = /^\s*,\s*(?:\{|\[|None\b|["'])/;
const QUOTED_RESPONSE_COLON_BEFORE_RE = /["'`][Rr]esponse ?: ?$/;
/** A line that opens with an API error's quoted name (or hands one to a constructor): `"TAG_EXPIRED", ...`, `__init__("DENIED", ...`. */
const ERROR_NAME_ROW_START_RE = /^\s*(?:super\([^()]*\)\.__init__\(|(?:self\.)?__init__\()?\s*["'](?![A-Z0-9_]*(?:TIMEOUT|MAX|MIN|LIMIT|SIZE|DELAY|INTERVAL|WIDTH|HEIGHT|PORT|TTL|LEN|COUNT))[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*["']\s*,/;
/** ... then a message (a quoted text with a space, or a variable named for it) before the status, which comes last. */
const ERROR_NAME_ROW_LEFT_RE = /,.*(?:(["'])[^"'\n]* [^"'\n]*\1|\bmessage\b).*,\s*$/;
/** A row of quoted items, two paths among them (a route and a URL), before its last item: `['/foo', '/foo', '', ` */
const PATH_ROW_LEFT_RE = /\[\s*(?:(["'])[^"'\n]*\1\s*,\s*)*(["'])\/[^"'\n]*\2\s*,\s*(?:(["'])[^"'\n]*\3\s*,\s*)*(["'])\/[^"'\n]*\4\s*,\s*(?:(["'])[^"'\n]*\5\s*,\s*)*$/;
const GREP_PATTERN_BEFORE_RE = /\b[ef]?grep(?:\s+-[a-zA-Z]+)*\s+["']?$/;

/**
 * A bound of a C# switch arm's relational pattern over one status class (the subject is the switch's): both `200` and
 * `299` in `>= 200 and <= 299 => false`, `500` in `>= 500 and < 600 => ...` (not `count is >= 300 and < 400`).
 */
function relationalClassBound(line: string, s: number, e: number, code: number): boolean {
  if (s > 40) return false;
  if (code % 100 === 0) {
    const m = RELATIONAL_UPPER_AFTER_RE.exec(line.slice(e, e + 24));
    if (m && /^\s*>=\s*$/.test(line.slice(0, s))) {
      const hi = Number(m[2]);
      if (m[1] === '<=' ? hi === code + 99 : hi === code + 100) return true;
    }
  }
  const m = RELATIONAL_LOWER_BEFORE_RE.exec(line.slice(0, s));
  return m !== null && Number(m[1]) % 100 === 0 && (m[2] === '<=' ? code === Number(m[1]) + 99 : code === Number(m[1]) + 100 && code < 600) && /^\s*=>/.test(line.slice(e, e + 8));
}
const RELATIONAL_UPPER_AFTER_RE = /^\s+and\s+(<=?)\s*(\d{3})\s*=>/;
const RELATIONAL_LOWER_BEFORE_RE = /^\s*>=\s*(\d{3})\s+and\s+(<=?)\s*$/;
/** A page or asset file's extension after a number: `404.html`, `500.php`, `403.png`. */
const HYPHEN_QUANTITY_AFTER_RE = /^-(?:dimensional|dim|bit|byte|char|character|digit|element|item|line|word|row|column|day|week|month|year|hour|minute|second|pixel|px|point|node|core|layer|step|piece|member|seat|room|mile|meter|metre|km|kg|gram|frame|sample|token)s?\b/i;
const PAGE_FILE_EXT_RE = /^\.(?:s?html?|php|aspx?|jsp|ejs|hbs|erb|twig|tpl|tmpl|gohtml|njk|jinja2?|j2|mustache|pug|liquid|haml|cshtml|vue|svelte|[jt]sx?|css|json|md|txt|png|jpe?g|gif|svg|webp)\b/;
function extraLiteral(line: string, s: number, e: number, code: number, lang: string): boolean {
  if (!isCommon(code)) return false;
  return typedResponseKey(line, s, e, code) || reasonNameKey(line, e, code) || retryConditionList(line, s, e) || errorTextHasCode(line, s, e, code, lang) || messageKey(line, s, e, code) || proseCodeList(line, s, e, code, lang)
    || errorPageText(line, s, e, code, lang) || pathTuple(line, s, e, code) || curlCompare(line, s, e) || shellNotString(line, s, e, lang)
    || testTitleCode(line, s, e, code) || phraseStringAfter(line, s, e, code) || tableCellCode(line, s, e, code, lang)
    || headersTuple(line, s, e) || quotedStatusList(line, s, e) || errorPageTitle(line, s, e, code)
    || codeListIteratedAsStatus(line, s, e) || codeAlternation(line, s, e, code) || caddyDirectiveCode(line, s, e, lang)
    || placeholderCompare(line, s) || cjkGlued(line, s, e, code) || cyrillicSignalBefore(line, s) || hebrewSignalBefore(line, s) || turkishSignal(line, s, e) || vietnameseSignalBefore(line, s) || urlThenCode(line, s, e) || outcomeStringAfter(line, s, e, code)
    || mediaTypeAfter(line, s, e, code) || methodCallCode(line, s, e, code) || codeDashMessage(line, s, e, code) || quotedCodeRun(line, s, e)
    || docBulletCode(line, s, e, code, lang) || errorBodyThenCode(line, s, e, code) || pseudoStatusValue(line, s)
    || redirectRuleLine(line, s, e, code) || codesIndexKey(line, s, e) || parentheticalErrorCode(line, s, e, code, lang)
    || docArrowCode(line, s, e, code, lang) || bracedCodeMessage(line, s, e, code) || armAlternation(line, s, e) || keyedMessageTable(line, s, e, code)
    || errorNamedThenParenCode(line, s, e, code) || httpExceptionColonCode(line, s) || htmlTableCellCode(line, s, e, code)
    || responsesDictKey(line, s, e) || urlArgThenCode(line, s, e) || codeThenOwnString(line, s, e) || keyToCodeNamedValue(line, s, e)
    || codeThenItsConstant(line, e, code) || armBlockWithPhrase(line, s, e, code) || codeThenHtmlBody(line, s, e)
    || (lang === 'python' && returnTupleTail(line, s, e, code)) || mixedStatusList(line, s, e, code)
    || (line.charCodeAt(s - 1) === 91 && THROWN_RACK_RESPONSE_RE.test(line.slice(Math.max(0, s - 40), s)))
    || (C.SHELL_LANGUAGES.has(lang) && shellResponseTest(line, s, e)) || classRangeKeyedObject(line, s, e)
    || (line.charCodeAt(s - 1) === 40 && STRIKT_STATUS_SUBJECT_RE.test(line.slice(Math.max(0, s - 60), s)))
    || autoPropertyDefault(line, s) || ownPhraseArgumentBefore(line, s, code) || armTupleCode(line, s, e, code) || (lang === 'go' && goStatusErrorReturn(line, s, e)) || quotedCodeWhenDescription(line, s, e) || failureColonCode(line, s, e, code, lang) || urlCallLastArgument(line, s, e, code, lang) || haskellStatusFromNumber(line, s, lang) || bareJsonStatusLast(line, s, e) || envelopeFactoryArgument(line, s, e, code) || bareSendStatement(line, s, e, code) || messageThenCode(line, s, e) || tsoaResponseDecorator(line, s) || backtickedCodeClause(line, s, e, code) || laterLiteral(line, s, e, code, lang) || redirectThenLocation(line, e, code) || headerSetAfterCall(line, e) || elixirAtomArm(line, s, e) || responseInitializerCode(line, s) || goConveyStatus(line, s) || apiDocStatusEntry(line, s, e) || shelfLogCode(line, s, e) || enumErrorConstant(line, s, e, code, lang)
    || trailingStatusComment(line, e) || responseLabelCode(line, s, e) || rubyRenderHelperLast(line, s, e, lang) || (lang === 'python' && statusFirstTuple(line, s, e, code))
    || codeThenMessageCall(line, s, e, code) || fosRestView(line, s, e, lang) || errorNameThenCode(line, s, e, code) || rejectedWithCode(line, s, e, code) || bracketKeyToResponseClass(line, s, e)
    || closedBodyThenErrorCode(line, s, e, code) || comparedThenItsConstant(line, s, e, code) || apiPropertyExampleCode(line, s, e, code);
}
/**
 * A code in a table of responses or a test's row (`isCommon` codes only):
 *   - Elysia's response schemas keyed by the code, `400: t.Object({`, or a map whose values name responses,
 *     `{ 200: ticketResponseDto, 404: errorResponseDto[404] }`, and those maps indexed by the code,
 *     `errorResponseDto[422]`, `userCreateDto.response['200']`;
 *   - a code keying its own status line, `{404, "404 Not Found\n"}`;
 *   - an MSTest/xUnit/NUnit row that pairs an `HttpStatusCode` with the code expected, `[DataRow(HttpStatusCode.BadRequest, 500)]`;
 *   - a C# `Json(view, 201)` and a helper that builds a response, the code last: `createSuccessResponse(data, 201)`.
 */
function responseMapOrRow(line: string, s: number, e: number, code: number, lang: string): boolean {
  if (!isCommon(code)) return false;
  const pc = s > 0 ? line.charCodeAt(s - 1) : 0;
  const nc = e < line.length ? line.charCodeAt(e) : 0;
  if (nc === 58 && (pc === 0 || pc === 32 || pc === 9 || pc === 123 || pc === 44) && blankOrBraceBefore(line, s) && RESPONSE_MAP_VALUE_RE.test(line.slice(e, e + 48))) return true;
  if ((pc === 91 || (isQuote(pc) && line.charCodeAt(s - 2) === 91)) && RESPONSE_MAP_INDEX_BEFORE_RE.test(line.slice(Math.max(0, s - 48), pc === 91 ? s : s - 1))) return true;
  if (pc === 123 && nc === 44 && OWN_STATUS_LINE_AFTER_RE.exec(line.slice(e, e + 12))?.[1] === String(code)) return true;
  if (nc === 41 || nc === 44) {
    const b = skipSpacesBack(line, s - 1, Math.max(0, s - 4));
    if (b < 0 || line.charCodeAt(b) !== 44) return false;
    const before = line.slice(Math.max(0, s - 80), s);
    if (lang === 'csharp' && STATUS_CONSTANT_ROW_BEFORE_RE.test(before)) return true;
    if (nc === 41 && (RESPONSE_BUILDER_CALL_BEFORE_RE.test(before) || (lang === 'csharp' && CSHARP_JSON_CALL_BEFORE_RE.test(before)))) return true;
  }
  return false;
}
/** A key that opens a map entry: nothing but spaces before it on the line, or `{` or `,` right before it. */
function blankOrBraceBefore(line: string, s: number): boolean {
  const b = skipSpacesBack(line, s - 1, Math.max(0, s - 200));
  return b < 0 || line.charCodeAt(b) === 123 || line.charCodeAt(b) === 44;
}
/** After a code key: a TypeBox schema (`: t.Object(`) or a value named for a response (`: errorResponseDto[404]`, `: paginationResponseDto(`). */
// (or drf-spectacular's types and responses: `401: OpenApiTypes.OBJECT,`, `404: OpenApiResponse(description="...")`)
// (and drf-yasg's: `200: openapi.Schema(`, `404: openapi.Response('Not found')`; Fastify's schemas, `200: commentSingleSchema,`)
const RESPONSE_MAP_VALUE_RE = /^:\s*(?:t\.[A-Z][A-Za-z]*\(|[a-z]\w*(?:Response|ResponseDto|Schema)\b|OpenApiTypes\.[A-Z]|OpenApiResponse\(|openapi\.(?:Schema|Response)\()/;
/** Before a code in brackets: a map named for responses, `errorResponseDto[`, `.response['`. */
const RESPONSE_MAP_INDEX_BEFORE_RE = /(?:\b[a-z]\w*(?:Response|ResponseDto|ResponseSchema)|\.responses?)\[$/;
/** After `{code,`: a quoted status line of the same code (group 1). */
const OWN_STATUS_LINE_AFTER_RE = /^,\s*"(\d{3}) [A-Z]/;
/** A test row's call and an HttpStatusCode argument before the code: `[DataRow(HttpStatusCode.BadRequest, `. */
const STATUS_CONSTANT_ROW_BEFORE_RE = /\[\s*(?:DataRow|InlineData|TestCase)\(\s*HttpStatusCode\.[A-Za-z]+\s*,\s*$/;
/** A helper that builds a response, its arguments before the last: `createSuccessResponse(data, `, `buildErrorResponse(err, `. */
const RESPONSE_BUILDER_CALL_BEFORE_RE = /\b(?:create|build|make)[A-Z]\w*Response\(\s*[\w.$]+\s*,\s*$/;
/** ASP.NET's and ServiceStack's `Json(view, ` before a status. */
const CSHARP_JSON_CALL_BEFORE_RE = /(?:^|[^\w.])Json\(\s*[\w.]+\s*,\s*$/;

/**
 * The sixteenth session's forms, kept out of `extraLiteral`: each a character test or two before any slice, in a function
 * of its own (a chain of a hundred calls grows past what V8 optimises reliably: timed, the engine ran 2.3 ms a pass on the
 * generated document in most processes and 3.6 ms in some while these terms sat in `extraLiteral`).
 */
function laterLiteral(line: string, s: number, e: number, code: number, lang: string): boolean {
  return responseMapOrRow(line, s, e, code, lang)
    || backtickedErrorName(line, s, e, code)
    || templateTitleCode(line, s, e, code)
    || messageIncludesCode(line, s, e, code)
    || rspecBeEquals(line, s, e)
    || calledCodeIndex(line, s, e, code)
    || codeInKeyRowOrMessage(line, s, e, code, lang)
    || (code >= 400 && isCommon(code) && skipSpacesBack(line, s - 1, 0) < 0 && CONTINUED_MESSAGE_AFTER_RE.test(line.slice(e, e + 40)))
    || (line.charCodeAt(e) === 44 && isCommon(code) && skipSpacesBack(line, s - 1, 0) < 0 && CONTINUED_BODY_AFTER_RE.test(line.slice(e, e + 24)))
    || (line.charCodeAt(s - 1) === 32 && isQuote(line.charCodeAt(e)) && isCommon(code) && methodTitleEndsWith(line, s, e))
    || (code >= 400 && s <= 200 && line.charCodeAt(s - 1) === 32 && line.charCodeAt(s - 2) === 44 && (line.charCodeAt(e) === 44 || line.charCodeAt(e) === 41) && isCommon(code) && official(code) && CONTINUED_MESSAGE_BEFORE_RE.test(line.slice(0, s)))
    || (C.SHELL_LANGUAGES.has(lang) && s <= 120 && line.length <= 240 && isCommon(code) && (SHELL_CHECK_HELPER_RE.test(line) || SHELL_HTTP_ASSERT_RE.test(line)))
    || (line.charCodeAt(e) === 32 && code >= 400 && isUpper(line.charCodeAt(e + 1)) && canonicalRpcStatusAfter(line, e + 1, code))
    || (code >= 400 && line.charCodeAt(s - 1) === 32 && line.charCodeAt(s - 2) === 58 && isCommon(code) && s <= 120 && ERROR_ENUM_KEY_BEFORE_RE.test(line.slice(0, s)))
    || (line.charCodeAt(s - 1) === 32 && line.charCodeAt(s - 2) === 44 && isCommon(code) && s >= 10 && FAKE_SEQUENCE_PUSH_BEFORE_RE.test(line.slice(Math.max(0, s - 80), s)))
    || (line.charCodeAt(s - 1) === 32 && line.charCodeAt(s - 2) === 44 && isCommon(code) && s >= 16 && FETCH_MOCK_ROUTE_BEFORE_RE.test(line.slice(Math.max(0, s - 200), s)))
    || (line.charCodeAt(s - 1) === 32 && isQuote(line.charCodeAt(e)) && code >= 400 && isCommon(code) && TITLE_NEGATED_CODE_BEFORE_RE.test(line.slice(Math.max(0, s - 140), s)))
    || (lang === 'php' && line.charCodeAt(s - 1) === 40 && line.charCodeAt(e) === 44 && isCommon(code) && s >= 14 && LARAVEL_RESPONSE_MACRO_BEFORE_RE.test(line.slice(Math.max(0, s - 40), s)))
    || (line.charCodeAt(s - 1) === 34 && line.charCodeAt(e) === 32 && line.charCodeAt(e + 1) === 45 && isCommon(code) && (lang === 'json' || lang === 'jsonc') && openApiTitledExample(line, s, e))
    || (isQuote(line.charCodeAt(s - 1)) && line.charCodeAt(e) === line.charCodeAt(s - 1) && isCommon(code) && s >= 12 && codeAfterItsConstant(line, s, code))
    || (code >= 400 && line.charCodeAt(s - 1) === 32 && line.charCodeAt(s - 2) === 44 && isCommon(code) && official(code) && s >= 18 && MESSAGE_THEN_CODE_RETURN_BEFORE_RE.test(line.slice(Math.max(0, s - 64), s)))
    || (lang === 'go' && line.charCodeAt(s - 1) === 34 && line.charCodeAt(e) === 32 && isCommon(code) && GO_CASE_NAME_AFTER_RE.test(line.slice(e, e + 80)))
    || (code >= 400 && line.charCodeAt(s - 1) === 32 && line.charCodeAt(s - 2) === 62 && lang === 'php' && isCommon(code) && official(code) && phpErrorEnumArm(line, s, code))
    || (code >= 400 && line.charCodeAt(e) === 58 && isCommon(code) && official(code) && errorNameAfterCodeKey(line, e))
    || (code >= 400 && lang === 'php' && line.charCodeAt(s - 1) === 32 && isCommon(code) && s <= 200 && phpErrorTableRow(line, s))
    || (code >= 400 && lang === 'php' && line.charCodeAt(s - 1) === 32 && line.charCodeAt(s - 2) === 44 && isCommon(code) && official(code) && PHP_OWN_EXCEPTION_BEFORE_RE.test(line.slice(Math.max(0, s - 200), s)))
    || (lang === 'perl' && line.charCodeAt(s - 1) === 91 && isCommon(code) && PSGI_HEADERS_AFTER_RE.test(line.slice(e, e + 40)))
    || (line.charCodeAt(s - 1) === 96 && code >= 400 && isCommon(code) && REQUEST_LOG_AFTER_RE.test(line.slice(e, e + 24)))
    || (isSpace(line.charCodeAt(e)) && isCommon(code) && EDN_VALUE_AFTER_RE.test(line.slice(e, e + 3)) && EDN_RESPONSES_RE.test(line.slice(Math.max(0, s - 160), s)))
    || (line.charCodeAt(s - 1) === 32 && line.charCodeAt(e) === 32 && isDash(line.charCodeAt(s - 2)) && isCommon(code) && METHOD_TITLE_AFTER_RE.test(line.slice(e, e + 4)) && METHOD_TITLE_BEFORE_RE.test(line.slice(Math.max(0, s - 100), s)))
    || ((lang === 'ruby' || lang === 'crystal') && s <= LINE_REACH && isCommon(code) && RUBY_IN_PATTERN_RE.test(line.slice(0, s)))
    || ternaryOfCodes(line, s, e, code)
    || codeBesideItsMeaning(line, s, e, code, lang)
    || (line.charCodeAt(s - 1) === 32 && (line.charCodeAt(s - 2) === 110 || line.charCodeAt(s - 2) === 97) && isCommon(code) && RESULTING_IN_BEFORE_RE.test(line.slice(Math.max(0, s - 16), s)) && proseRightOk(line, e, code))
    || codeLedMessage(line, s, e, code)
    || (isCommon(code) && statusLiteralType(line, s))
    || (line.charCodeAt(s - 1) === 40 && isCommon(code) && STUBBED_CODE_BEFORE_RE.test(line.slice(Math.max(0, s - 48), s)))
    || ((lang === 'ruby' || lang === 'crystal') && isCommon(code) && RUBY_WORDS_BEFORE_RE.test(line.slice(Math.max(0, s - 24), s)) && RUBY_WORDS_INCLUDE_AFTER_RE.test(line.slice(e, e + 64)))
    || titledRowCode(line, s, e, code)
    || namePairedWithCode(line, s, code)
    || ((lang === 'ruby' || lang === 'crystal') && isCommon(code) && SHARED_EXAMPLE_BEFORE_RE.test(line.slice(Math.max(0, s - 64), s)) && (code >= 400 || SHARED_EXAMPLE_ERROR_AFTER_RE.test(line.slice(e, e + 64))))
    || (isCommon(code) && (line.charCodeAt(e) === 93 || line.charCodeAt(e) === 58 || isQuote(line.charCodeAt(e))) && SPEC_URL_VALUE_RE.test(line.slice(e, e + 80)))
    || (isCommon(code) && exceptionKeyBefore(line, s) && EXCEPTION_KEY_BEFORE_RE.test(line.slice(Math.max(0, s - 80), s)) && CODE_VALUE_END_RE.test(line.slice(e, e + 40)))
    || (lang === 'go' && isCommon(code) && line.charCodeAt(s - 2) === 58 && line.startsWith('HTTP:', s - 6) && !isIdentChar(line.charCodeAt(s - 7) | 0))
    // (or glued to it, in any language: `Http:200 or Http:500 if in trouble`, `HTTP:404`)
    || (isCommon(code) && line.charCodeAt(s - 1) === 58 && (line.startsWith('HTTP', s - 5) || line.startsWith('Http', s - 5)) && !isIdentChar(line.charCodeAt(s - 6) | 0))
    || (isCommon(code) && line.charCodeAt(e) === 58 && line.charCodeAt(s - 2) === 45 && NAMED_CODE_DOC_BEFORE_RE.test(line.slice(Math.max(0, s - 64), s)) && /^: +[A-Z`]/.test(line.slice(e, e + 4)))
    || fieldDefaultOrExample(line, s, e, code, lang)
    || (lang === 'php' && line.charCodeAt(s - 1) === 32 && line.charCodeAt(s - 2) === 44 && line.charCodeAt(e) === 41 && phpDefinedStatus(line, s, code))
    || rowOrTagLiteral(line, s, e, code, lang);
}
/**
 * A field named or documented as the status, the code as its default or its example: Django's
 * `expected_status = models.IntegerField(default=200)`; an API model's annotation whose text names HTTP or a status
 * (`@ApiProperty({ description: 'HTTP 상태 코드', example: 200 })`, `@Schema(description = "Mã trạng thái (thường trùng
 * HTTP: 200, 201, …)", example = "200")`), an inline schema's `statusCode: {type: 'number', example: 409}`, a Go struct
 * tag's `` `json:"code" example:"200"` `` (swag's examples).
 */
function fieldDefaultOrExample(line: string, s: number, e: number, code: number, lang: string): boolean {
  const pc = line.charCodeAt(s - 1);
  if (pc === 61 && lang === 'python' && s >= 8 && line.startsWith('default', s - 8) && isCommon(code)) return statusNameBefore(MODEL_FIELD_DEFAULT_BEFORE_RE, line, s);
  if (!(pc === 32 || pc === 58 || isQuote(pc)) || s < 8 || !isCommon(code) || !official(code) || !DOC_EXAMPLE_BEFORE_RE.test(line.slice(Math.max(0, s - 10), s))) return false;
  if ((pc === 32 || isQuote(pc)) && s >= 10 && s <= 240 && DOC_FIELD_HTTP_RE.test(line.slice(0, s))) return true;
  if (pc === 34 && line.charCodeAt(e) === 34 && lang === 'go') return statusNameBefore(GO_TAG_EXAMPLE_BEFORE_RE, line, s);
  return (pc === 32 || pc === 58) && statusNameBefore(SCHEMA_EXAMPLE_BEFORE_RE, line, s);
}
/** Whether `re`, read on the 120 characters before s, names a status in its group 1 (a field's or a property's name). */
function statusNameBefore(re: RegExp, line: string, s: number): boolean {
  const name = re.exec(line.slice(Math.max(0, s - 120), s))?.[1];
  return name !== undefined && classify(name) === 'status';
}
/**
 * A PHP constant defined under a library's name for the code, the value of a status constant as `const HTTP_OK = 200`
 * is (its quoted name is read as the constant): `define('HTTP_NOT_FOUND', 404);`.
 */
function phpDefinedStatus(line: string, s: number, code: number): boolean {
  const name = PHP_DEFINE_BEFORE_RE.exec(line.slice(Math.max(0, s - 80), s))?.[2];
  return name !== undefined && LIBRARY_STYLE_NAME_RE.test(name) && memberMeans(name, code);
}
const PHP_DEFINE_BEFORE_RE = /\bdefine\(\s*(['"])([A-Z][A-Z0-9_]{2,60})\1\s*,\s*$/;
/** `example: `, `example = "` right before a number. */
const DOC_EXAMPLE_BEFORE_RE = /\bexample\s*[:=]\s*["']?$/;
/** An OpenAPI annotation of a field (NestJS, springdoc, Swagger 2) whose text before the example names HTTP or a status. */
const DOC_FIELD_HTTP_RE = /@(?:ApiProperty|ApiPropertyOptional|ApiResponseProperty|Schema|ApiModelProperty)\((?=.*?(?:\bHTTP\b|[Ss]tatus))/;
/** `name = models.IntegerField(default=`, `name = Column(Integer, default=` (group 1 = the field's name). */
const MODEL_FIELD_DEFAULT_BEFORE_RE = /(?:^|[^\w.])(\w+)\s*(?::\s*\w+\s*)?=\s*(?:\w+\.)?\w*(?:Field|Column)\((?:[^()]*,\s*)?default=$/;
/** A property's inline schema up to its example: `statusCode: {type: 'number', example: ` (group 1 = the property's name). */
const SCHEMA_EXAMPLE_BEFORE_RE = /(?:^|[^\w.])["']?(\w+)["']?\s*:\s*\{[^{}]*\bexample\s*:\s*$/;
/** A struct field's tag up to its example: `` Code int `json:"code" example:" `` (group 1 = the JSON name). */
const GO_TAG_EXAMPLE_BEFORE_RE = /`json:"(\w+)(?:,\w+)*"\s+(?:\w+:"[^"]*"\s+)*example:"$/;
/**
 * The twentieth to twenty-third sessions' forms (a chain of their own, as laterLiteral's note explains): tags and comments
 * that name the status (`@throws {403}`, `| 404 // not found`, `ApiException 409:`), the status given when a condition
 * fails, rows and tables of tests and mocks (canned responses, codes mapped to error classes, members or booleans),
 * generated clients' response maps and reply schemas, the arguments of helpers that answer with a status, a PHP
 * response's array closed before its status; codes keyed to pages, messages or response tables, enums of outcomes and of
 * classes, arms of several codes, 429 beside retries, wrapped values under a status key. Each form tests a character or
 * two before it slices the line.
 */
function rowOrTagLiteral(line: string, s: number, e: number, code: number, lang: string): boolean {
  // (reached from extraLiteral, which reads common codes only)
  const pc = line.charCodeAt(s - 1);
  const nc = line.charCodeAt(e);
  // Elixir's tests matching a response's status, headers and body: `assert {200, _, _} = request(:head, "/")`
  if (pc === 123 && nc === 44 && (lang === 'elixir' || lang === 'erlang') && ASSERT_TUPLE_BEFORE_RE.test(line.slice(Math.max(0, s - 16), s)) && /^,\s*(?:_|\w+)\s*,/.test(line.slice(e, e + 16))) return true;
  // a JSDoc tag naming the status thrown: `@throws {403} - If user is not logged in`
  if (pc === 123) return nc === 125 && THROWS_TAG_BEFORE_RE.test(line.slice(Math.max(0, s - 16), s));
  // error pages keyed by the status they answer: Django's `404: ('404.html', {}),`, `500 => 'errors/500.html'`
  if (code >= 400 && (nc === 58 || (nc === 32 && line.charCodeAt(e + 1) === 61 && line.charCodeAt(e + 2) === 62))) {
    const page = PAGE_FOR_CODE_AFTER_RE.exec(line.slice(e, e + 80));
    if (page && Number(page[1]) === code) return true;
  }
  // an enum of outcomes given their status alone: Java's `SUCCESS(200),`, `AUTH_FAIL(401);` (not a log level's `DEBUG(500),`)
  if (pc === 40 && nc === 41 && s <= 48 && JVM_ENUM_LANGUAGES.has(lang) && ENUM_END_AFTER_RE.test(line.slice(e, e + 24))) {
    const name = ENUM_CONSTANT_LEFT_RE.exec(line.slice(0, s))?.[1];
    if (name !== undefined && (code < 300 ? ENUM_SUCCESS_NAME_RE.test(name) : code >= 400 && ENUM_FAILURE_NAME_RE.test(name))) return true;
  }
  // a redirect's page as Google's servers write it: `<TITLE>301 Moved</TITLE>`, `<H1>301 Moved</H1>`
  if (pc === 62 && nc === 32 && (code === 301 || code === 302 || code === 303 || code === 307 || code === 308) && line.startsWith(' Moved', e)) return true;
  // a doc's list of answers, each code before its JSON body: ` *   400  { "ok": false, "error": "missing_lang" }`
  if (nc === 32 && s <= 16 && code !== 300 && JSON_BODY_AFTER_RE.test(line.slice(e, e + 10)) && NO_WORD_BEFORE_RE.test(line.slice(0, s))) return true;
  // 429 on a line about retrying, throttling or quotas: `'Quota-level 429 detected'`, `every 429 retry hits the same model` (not a
  // quantity with its unit, `retry for 429 ms`)
  // (nor an operand: `if n > 429 and rate_limit:`)
  if (code === 429 && !isIdentChar(pc) && !isIdentChar(nc) && nc !== 46 && !OPERATOR_BEFORE_RE.test(line.slice(Math.max(0, s - 3), s)) && RATE_WORD_RE.test(nearText(line, s, e)) && !UNIT_AFTER_RE.test(line.slice(e, e + 12))) return true;
  // a status line tested for its code, in Python: `response.status_headers.statusline.startswith('200')`
  // (and in Java or JavaScript, where a variable named for the status line says enough: `statusLine.startsWith("404")`)
  if (isQuote(pc) && nc === pc && s >= 14 && (line.startsWith('.startswith(', s - 13) || line.startsWith('.startsWith(', s - 13))) {
    const ch = readChainBack(line, s - 14, Math.max(0, s - 14 - LEFT_WINDOW));
    // (a status line is no editor's: `statusline` alone is left to the names that say status, `status_headers.statusline`)
    if (ch && ch.segs.some((x) => classify(x) === 'status' || (line.charCodeAt(s - 6) === 87 && x === 'statusLine'))) return true;
  }
  // the first codes of an arm (Kotlin's `when`), when its last one is a status: `401, 403 -> throw MiniAppSdkException(`
  if (nc === 44 && s <= LEFT_WINDOW && ARM_ITEMS_BEFORE_RE.test(line.slice(0, s))) {
    const arm = ARM_CODES_AFTER_RE.exec(line.slice(e, e + 40));
    const last = arm ? e + (arm[1]?.length ?? 0) : -1;
    if (arm && threeDigitsAt(line, last) && literalAt(line, last, codeAt(line, last), lang, false) !== undefined) return true;
  }
  // an enum of status classes given their bounds: Micrometer's `SUCCESS(200, 300),`, `CLIENT_ERROR(400, 500),`
  if (code % 100 === 0 && s <= 40 && (pc === 40 || pc === 32)) {
    const row = CLASS_ENUM_ROW_RE.exec(line);
    if (row && Number(row[3]) === Number(row[2]) + 100 && (s === (row.indices?.[2]?.[0] ?? -1) || s === (row.indices?.[3]?.[0] ?? -1))) return true;
  }
  // Go's own error structs built from a message and the status: `errs := HTTPError{"blah", 429}`
  if ((nc === 125 || nc === 44) && code >= 400 && lang === 'go' && GO_HTTP_ERROR_LITERAL_BEFORE_RE.test(line.slice(Math.max(0, s - 80), s))) return true;
  // a status key's value in a protobuf wrapper: Envoy's access log, `ResponseCode: &types.UInt32Value{Value: 200},`
  if (pc === 32 && line.charCodeAt(s - 2) === 58 && s >= 7 && line.startsWith('Value', s - 7)) {
    const key = WRAPPED_VALUE_KEY_BEFORE_RE.exec(line.slice(Math.max(0, s - 80), s))?.[1];
    if (key !== undefined && classify(key) === 'status') return true;
  }
  // FastAPI's responses keyed by code, each read from a table of responses by the same code: `401: OWNERSHIP_RESPONSES[401],`
  if (nc === 58 && s <= 24 && blankBefore(line, s)) {
    const entry = RESPONSES_ENTRY_AFTER_RE.exec(line.slice(e, e + 64));
    if (entry && Number(entry[1]) === code) return true;
  }
  // codes keyed to the messages an app shows for them: `404: 'errors.notFound',`
  if (nc === 58 && code >= 400 && s <= 24 && I18N_ERROR_KEY_AFTER_RE.test(line.slice(e, e + 24)) && blankBefore(line, s)) return true;
  // a doc's list of codes and the error names they stand for: ` * - 400: VALIDATION_ERROR`
  if (nc === 58 && code >= 400 && s <= 16 && DOC_ERROR_NAME_AFTER_RE.test(line.slice(e, e + 40)) && NO_WORD_BEFORE_RE.test(line.slice(0, s))) return true;
  // an error code looked for in a text, in Go: `case strings.Contains(s, "503"), strings.Contains(s, "502"):`
  if (pc === 34 && nc === 34 && code >= 400 && lang === 'go' && GO_CONTAINS_BEFORE_RE.test(line.slice(Math.max(0, s - 64), s))) return true;
  // a call's arguments continued on their own line, the request and then the status and its message:
  // archivematica's `request, 403, _("Permission denied: contact an administrator.")`
  if (pc === 32 && code >= 400 && nc === 44 && s <= LEFT_WINDOW && REQUEST_ARG_LINE_BEFORE_RE.test(line.slice(0, s)) && MESSAGE_ARG_AFTER_RE.test(line.slice(e, e + 8))) return true;
  // the status after a handler's request and response, handed on: `managedError(err, req, res, 404)`
  if (pc === 32 && line.charCodeAt(s - 2) === 44 && REQ_RES_BEFORE_RE.test(line.slice(Math.max(0, s - 24), s))) return true;
  // Cloudflare's own codes after its name: `/// Cloudflare 525 with no hint that the host moved.`
  if (pc === 32 && code >= 520 && code <= 530 && s >= 11 && line.slice(s - 11, s - 1).toLowerCase() === 'cloudflare') return true;
  // a doc's list of codes, each with the class that answers it: WebOb's `* 200 - :class:\`HTTPOk\``
  if (nc === 32 && line.startsWith(' - ', e)) {
    const cls = CLASS_AFTER_DASH_RE.exec(line.slice(e, e + 64))?.[1];
    if (cls !== undefined && nameMeansCode(cls, code)) return true;
  }
  // a class written as its range and called one: `the 200-299 range.` (its top follows as the class's bound)
  if (nc === 45 && code % 100 === 0 && line.startsWith(String(code + 99), e + 1) && CLASS_RANGE_WORD_AFTER_RE.test(line.slice(e + 4, e + 12))) return true;
  // a tuple returned with the status first and its message: Rust's `return (404, "The specified blob does not exist.", vec![], error_body);`
  if (pc === 40 && nc === 44 && code >= 400 && line.charCodeAt(s - 2) === 32 && line.startsWith('return', s - 8) && TUPLE_MESSAGE_AFTER_RE.test(line.slice(e, e + 8))) return true;
  // a Node callback handed the status and an error body: `return callback(404, {error: err})`
  if (pc === 40 && nc === 44 && CALLBACK_ERROR_BODY_AFTER_RE.test(line.slice(e, e + 24)) && CALLBACK_BEFORE_RE.test(line.slice(Math.max(0, s - 12), s))) return true;
  // the status a prerendering service answers with, set in a page's meta tag: `<meta name="prerender-status-code" content="404">`
  if ((pc === 34 || pc === 39) && nc === pc && line.charCodeAt(s - 2) === 61 && line.startsWith('content', s - 9) && nearText(line, s, e).includes('prerender-status-code')) return true;
  // the status when a condition fails, after the one when it holds: `200 if the bucket exists, 404 otherwise`, `200 when reachable, 503 otherwise`
  // (or `Return HTTP 200 if the engine is live, otherwise 503.`; beside a word for answering or a status: `300 if small, 500 otherwise` is a size)
  if ((nc === 32 && line.startsWith(' otherwise', e)) || (pc === 32 && s >= 10 && line.startsWith('otherwise', s - 10))) {
    // (or the first code is no round number: `(201 if first access from user, 200 otherwise)`)
    const left = line.slice(Math.max(0, s - 100), s);
    const first = CONDITIONAL_CODE_BEFORE_RE.exec(left)?.[1];
    return first !== undefined && (ANSWER_WORD_RE.test(left) || (isDistinctive(Number(first)) && official(Number(first))));
  }
  // a Rust match from an error enum's variant to its status: `MediaErrorCode::PermissionDenied => 403,`, `tonic::Code::NotFound => 404`
  if (code >= 400 && pc === 32 && lang === 'rust' && line.charCodeAt(s - 2) === 62 && ERROR_VARIANT_ARM_BEFORE_RE.test(line.slice(Math.max(0, s - 80), s))) return true;
  // (or from the error's own variants, in its impl, named for a failure: `Self::IdExpired => 403,`, `Self::InvalidRequest(_) => 400,`;
  // not a chain's id, `Self::Solana => 501,`)
  if (code >= 400 && pc === 32 && lang === 'rust' && line.charCodeAt(s - 2) === 62 && s <= LEFT_WINDOW && SELF_VARIANT_ARM_RE.test(line.slice(0, s)) && /^\s*,?\s*(?:$|\/\/)/.test(line.slice(e, e + 24))) return true;
  // the code with its reason phrase in a comment after it: a union type's `| 404 // not found`, `200, # OK`
  if (nc === 32 || nc === 44 || nc === 59) {
    const phrase = PHRASE_COMMENT_AFTER_RE.exec(line.slice(e, e + 64))?.[1];
    if (phrase !== undefined && nameMeansCode(phrase, code)) return true;
  }
  // a set of codes written as a map to booleans: Go's `301: true,` in `map[int]bool{`
  if (nc === 58 && code >= 200 && code !== 300 && official(code) && skipSpacesBack(line, s - 1, 0) < 0 && BOOL_VALUE_AFTER_RE.test(line.slice(e, e + 24))) return true;
  // an error code named an error in Russian: `"""Обработка 404 ошибок"""`
  if (nc === 32 && code >= 400 && line.startsWith(' ошиб', e)) return true;
  // a line that opens with the code (after a mark) and an arrow to what is answered: `❌ 401 → "Invalid email or password"`, `✅ 201 → { userId }`
  // (not `=>`, a hash's row: `200 => 'Arctic/Longyearbyen'`)
  if (nc === 32 && s <= 8 && code !== 300 && CODE_ARROW_BODY_AFTER_RE.test(line.slice(e, e + 8)) && NO_WORD_BEFORE_RE.test(line.slice(0, s))) return true;
  // an exception's name and then the code, as its message opens: `// ApiException 409: {"error": ...}`
  if (code >= 400 && nc === 58 && pc === 32 && EXCEPTION_NAME_BEFORE_RE.test(line.slice(Math.max(0, s - 40), s))) return true;
  // openapi-generator's Python clients, the type each status is read into: `'404': "ErrorResponse404",`, `'204': None,`
  // (not a font's weights, `'500': "Medium",`; older clients' keys are numbers, `201: "object",`, and `response_types_map = {201: "object"}`)
  // (a row is short: read within 160 characters, so a long line's many numbers cost each a bounded test)
  if (lang === 'python' && s < 40 && line.length < 160 && (pc === 39 ? RESPONSE_TYPES_ROW_RE.test(line) && !FONT_WEIGHT_VALUE_RE.test(line) : nc === 58 && (pc === 32 || pc === 9) && NUMBER_KEY_TYPES_ROW_RE.test(line))) return true;
  // a Laravel error view's code or title: `@section('code', '404')`, `@section('title', '403')`
  if (code >= 400 && pc === 39 && s >= 18 && BLADE_SECTION_BEFORE_RE.test(line.slice(Math.max(0, s - 32), s))) return true;
  // an OpenAPI document built in C#, a response per status: `["200"] = new OpenApiResponse`
  if (pc === 34 && nc === 34 && line.charCodeAt(s - 2) === 91 && OPENAPI_RESPONSE_VALUE_RE.test(line.slice(e, e + 40))) return true;
  // a Rust match from codes to an error's variant: `401..=403 | 407 => ChorusError::NoPermission,`, `400..=u16::MAX => {`
  // (the arm is read within the line's first 200 characters: a whole-line test at every number would be quadratic)
  if (lang === 'rust' && s < 200 && RUST_CODE_ARM_RE.test(line.slice(0, 200))) return true;
  // (or an arm of failures alone, two codes or more: `401 | 403 => Self::auth(...)`)
  if (lang === 'rust' && code >= 400 && s < 80 && official(code) && RUST_FAILURE_ARM_RE.test(line.slice(0, 120))) return true;
  // the code before a media type, as a response is sent: a multi-line `request->send(\n 401, "text/plain", "Logout requested")`,
  // Flask's `Response(\n 502, content_type="application/json")`
  if (nc === 44 && isCommon(code) && code !== 300 && official(code) && MEDIA_TYPE_ARG_AFTER_RE.test(line.slice(e, e + 40))) return true;
  // an exception type paired with its status in a table: `[ResourceNotFoundDomainException, 404],`, `(NotFoundError, 404)`
  if (code >= 400 && pc === 32 && (nc === 93 || nc === 41) && line.charCodeAt(s - 2) === 44 && EXCEPTION_PAIR_BEFORE_RE.test(line.slice(Math.max(0, s - 80), s))) return true;
  // a route's status in a request log line: `handler: GET /github.com/x/@v/v1.0.0.info [200]`
  if (pc === 91 && nc === 93 && e + 1 >= line.length && REQUEST_LOG_BRACKET_RE.test(line.slice(Math.max(0, s - 200), s))) return true;
  // the number beside its own constant in a table's row: OSRM's `{100, "Failed to parse json request", 400, HTTP_400, ...}`
  if (nc === 44 && line.startsWith(', HTTP_', e) && line.startsWith(String(code), e + 7) && !isIdentChar(line.charCodeAt(e + 10))) return true;
  // a TypeScript union of codes in a type's place: `): Promise<200 | 202 | 404> {`, `function f(): 200 | 404 {`
  if (JS_FAMILY.has(lang) && ((nc === 32 && line.startsWith(' | ', e)) || (pc === 32 && s >= 3 && line.startsWith(' | ', s - 3))) && tsCodeUnion(line, s, e)) return true;
  // a response list's entry in a doc comment, the code alone as a key: swagger-jsdoc's ` *       - 200:`
  if (nc === 58 && pc === 32 && skipSpacesFwd(line, e + 1, line.length) >= line.length && DOC_BULLET_KEY_BEFORE_RE.test(line.slice(0, s))) return true;
  // Fastify's route generics, a reply schema per status: `fastify.post<{ Reply: { 204: void } }>(`, `Reply: { 200: User; 404: Err }`
  if (nc === 58 && (pc === 32 || pc === 123 || pc === 39 || pc === 34) && TS_REPLY_SCHEMA_BEFORE_RE.test(line.slice(Math.max(0, s - 80), s)) && !/^:\s*\d/.test(line.slice(e, e + 6))) return true;
  // a mock's answer for a response's code: `file_stream.getcode.return_value = 200`, `exception.get_status = lambda: 500`
  if (lang === 'python' && pc === 32 && STATUS_MOCK_BEFORE_RE.test(line.slice(Math.max(0, s - 48), s))) return true;
  // (or a property mocked on the type: `type(resp).status_code = PropertyMock(return_value=404)`)
  if (lang === 'python' && pc === 61 && PROPERTY_MOCK_BEFORE_RE.test(line.slice(Math.max(0, s - 64), s))) return true;
  // xtemplate's responses: `{{.Resp.RespondWith 404 (.X.Template "/shared/.404.html" .)}}`
  if (pc === 32 && s >= 12 && line.startsWith('RespondWith ', s - 12)) return true;
  // a project's constant named for a success code: `const SUCCESS_CODE_GET = 200;`
  if (code >= 200 && code <= 206 && SUCCESS_CODE_NAME_BEFORE_RE.test(line.slice(Math.max(0, s - 48), s))) return true;
  // an API error catalogue's entry, its id, its message and its status: `* PUD-001: No user authenticated (401)`
  if (pc === 40 && nc === 41 && s >= 12 && (code >= 400 || isDistinctive(code)) && ERROR_ID_ENTRY_BEFORE_RE.test(line.slice(Math.max(0, s - 140), s)) && /^\)\s*\.?\s*$/.test(line.slice(e, e + 8))) return true;
  // an error code tagging a log message in brackets: `console.warn("[429] " + method + " " + url)`
  if (code >= 400 && pc === 91 && nc === 93 && isQuote(line.charCodeAt(s - 2)) && line.charCodeAt(e + 1) === 32) return true;
  // the code beside the protocol version, as a response is built: elastic-transport's `ApiResponseMeta(404, '1.1', {}, 0.01, None)`
  if (nc === 44 && code >= 200 && code !== 300 && HTTP_VERSION_ARG_AFTER_RE.test(line.slice(e, e + 12))) return true;
  // a JSON body's code asserted with its status: `.andExpect(jsonPath("$.code").value("200"))`
  if (((isQuote(pc) && line.charCodeAt(e) === pc) || pc === 40) && s >= 24 && JSON_PATH_CODE_BEFORE_RE.test(line.slice(Math.max(0, s - 40), s))) return true;
  // a response list's entry in a docstring or doc comment, the code then what it means: `200: List of prefixes with pagination`,
  // ` * 409: Private key already exists`, `// 401: Missing or invalid API key`, Javadoc's `* <li>400 - Invalid or missing request header.</li>`,
  // ` * 400 — a structurally invalid request`
  // (registered codes: `# 251: Control characters` is a byte)
  if ((nc === 58 || (nc === 32 && (line.charCodeAt(e + 1) === 45 || line.charCodeAt(e + 1) === 0x2014 || line.charCodeAt(e + 1) === 0x2013))) && s <= 40 && official(code) && DOC_KEY_PROSE_AFTER_RE.test(line.slice(e, e + 24)) && (nc === 58 ? DOC_KEY_BEFORE_RE : DOC_DASH_KEY_BEFORE_RE).test(line.slice(0, s))) return true;
  // Python's status chosen by a condition: `return jsonify(result), 200 if result['success'] else 400`, `202 if queued else 200`
  // (both ends registered and a pair a response would have: not `254 if trailing_dot else 253`)
  if (lang === 'python' && ((nc === 32 && line.startsWith(' if ', e)) || (pc === 32 && s >= 5 && line.startsWith('else ', s - 5))) && pythonConditionalStatus(line, s, e, code)) return true;
  // a test's title that ends on the status expected: Go's `t.Run("valid jwt -> 200", func(t *testing.T) {`
  // (or a dash, a common code: `test('gerando pedido - 200', (done) => {`)
  if (isQuote(nc) && pc === 32 && s >= 4 && (line.charCodeAt(s - 2) === 62 || line.charCodeAt(s - 2) === 8594 || (line.charCodeAt(s - 2) === 45 && isCommon(code))) && TITLE_ARROW_BEFORE_RE.test(line.slice(Math.max(0, s - 120), s))) return true;
  // a count kept per status: `s.Qps.ByStatus["200"] = ...`
  if (isQuote(pc) && nc === pc && line.charCodeAt(s - 2) === 91 && STATUS_KEYED_MAP_BEFORE_RE.test(line.slice(Math.max(0, s - 40), s))) return true;
  // a badge's colour chosen per class: Filament's `$state >= 200 && $state < 300 => 'success'`, `$state >= 500 => 'danger'`
  // (a whole class, `>= 200 && $state < 300`, or the failures from a class on, `>= 400`: not a latency's band, `$state < 500 => 'primary'`)
  if (code % 100 === 0 && (pc === 61 || pc === 60 || pc === 62 || (pc === 32 && (line.charCodeAt(s - 2) === 61 || line.charCodeAt(s - 2) === 60 || line.charCodeAt(s - 2) === 62))) && BADGE_COLOUR_AFTER_RE.test(line.slice(e, e + 60)) && CLASS_COMPARE_BEFORE_RE.test(line.slice(Math.max(0, s - 16), s)) && BADGE_CLASS_ARM_RE.test(line.slice(Math.max(0, s - 40), e + 40))) return true;
  // a round failure code opening a clause a condition follows: `- limited to 31 days, 400 if longer`
  // (not after other numbers: `width 100, 400 if wide`)
  if ((code === 400 || code === 500) && pc === 32 && line.charCodeAt(s - 2) === 44 && CONDITION_WORD_AFTER_RE.test(line.slice(e, e + 10)) && !/\d\d\d/.test(line.slice(Math.max(0, s - 24), s))) return true;
  // a response map keyed by quoted codes, each a response's reference or builder: `'401': self.global_response_ref('401'),`,
  // `'200': build_response_200(),` (and the code handed to such a builder)
  if (isQuote(pc) && nc === pc && ((line.charCodeAt(e + 1) === 58 && RESPONSE_VALUE_AFTER_RE.test(line.slice(e, e + 64))) || (line.charCodeAt(s - 2) === 40 && RESPONSE_CALL_BEFORE_RE.test(line.slice(Math.max(0, s - 40), s))))) return true;
  // aide's responses for an OpenAPI operation, the status as a const generic: `.response::<200, Json<AccountDto>>()`, `.response_with::<404, (), _>(...)`
  if (pc === 60 && lang === 'rust' && nc === 44 && s >= 12 && AIDE_RESPONSE_BEFORE_RE.test(line.slice(Math.max(0, s - 20), s))) return true;
  // an arrow to the code in parentheses, what a case leads to: `distinguish unknown routes (-> 404) from known-but-auth-gated (-> 401)`
  if (nc === 41 && pc === 32 && s >= 4 && line.startsWith('(->', s - 4) && official(code)) return true;
  // Hono's typed responses, the status as a type argument: `ctx.json<UsageResponse<typeof endpoint>, 200>({`
  if (pc === 32 && JS_FAMILY.has(lang) && line.charCodeAt(e) === 62 && line.charCodeAt(e + 1) === 40 && line.charCodeAt(s - 2) === 44 && HONO_TYPED_CALL_BEFORE_RE.test(line.slice(Math.max(0, s - 160), s))) return true;
  // Spring's and Express's vendored note on 302: `(the original describing phrase was "Moved Temporarily"), but popular browsers implemented 302`
  if (code === 302 && pc === 32 && s >= 21 && line.startsWith('browsers implemented ', s - 21)) return true;
  // a quoted title that is the error's code alone: `title: 'Error: 404'`, `"Error 504"`
  if (pc === 32 && code >= 400 && isCommon(code) && isQuote(nc) && ERROR_TITLE_BEFORE_RE.exec(line.slice(Math.max(0, s - 8), s))?.[1]?.charCodeAt(0) === nc) return true;
  // openapi-typescript's generated responses, a status a path cannot answer with: `200: never;`
  if (nc === 58 && s <= 40 && JS_FAMILY.has(lang) && official(code) && /^:\s*never;/.test(line.slice(e, e + 10)) && skipSpacesBack(line, s - 1, 0) < 0) return true;
  // lychee's accepted statuses, codes and ranges in quotes: `accept = ["200..=204", "429"]`, `# accept = "200..=204, 429"`
  // (or on its command line: `--accept 200,429`, `["--accept", "200"]`)
  if (s >= 9 && lycheeAccept(line, s)) return true;
  // a map from request methods to the status each answers with: Mirage's `{ get: 200, put: 204, post: 201, delete: 204 }`
  if ((pc === 58 || (pc === 32 && line.charCodeAt(s - 2) === 58)) && s >= 4 && METHOD_KEY_BEFORE_RE.test(line.slice(Math.max(0, s - 10), s)) && methodKeyedCodes(line, s)) return true;
  // Elixir: a module attribute named for the status it holds, `@not_found 404`; a status chosen inline, `status_code = if ok, do: 200, else: 503`
  if (lang === 'elixir' && pc === 32 && s <= 40) {
    const attr = ELIXIR_ATTRIBUTE_RE.exec(line.slice(0, s));
    if (attr && nameMeansCode(attr[1] ?? '', code) && /^\s*(?:$|#)/.test(line.slice(e, e + 40))) return true;
  }
  if (lang === 'elixir' && pc === 32 && ((s >= 4 && line.startsWith('do: ', s - 4)) || (s >= 6 && line.startsWith('else: ', s - 6)))) {
    const head = ELIXIR_INLINE_IF_RE.exec(line.slice(0, Math.min(s, 160)));
    if (head && classify(head[1] ?? '') === 'status') return true;
  }
  // an OpenAPI response's description that opens with its code: API Gateway's exported `description: 200 response`
  if (nc === 32 && (line.charCodeAt(e + 1) | 0x20) === 114 && RESPONSE_WORD_AFTER_RE.test(line.slice(e, e + 10)) && DESCRIPTION_KEY_BEFORE_RE.test(line.slice(Math.max(0, s - 24), s))) return true;
  // Gravatar's answer for an unknown address, asked for in its URL: `?s=480&r=pg&d=404` (a 404 instead of a default image)
  if (code === 404 && pc === 61 && line.charCodeAt(s - 2) === 100 && (line.charCodeAt(s - 3) === 63 || line.charCodeAt(s - 3) === 38) && GRAVATAR_RE.test(line.slice(Math.max(0, s - 200), s))) return true;
  // a row mapping the code to an error class: deezer-python's `(404, DeezerNotFoundError),`
  // (a row of a list or a table, not an assignment's pair: `TIMEOUTS = (500, TimeoutError)`)
  if (code >= 400 && pc === 40 && nc === 44 && ROW_OPENER_BEFORE_RE.test(line.slice(Math.max(0, s - 24), s - 1)) && ERROR_CLASS_ROW_AFTER_RE.test(line.slice(e, e + 64))) return true;
  // codes a client call tolerates: kubernetes helpers' `skip_codes=[404]`, `allowed_codes=[200, 204]`
  if ((pc === 91 || pc === 32 || pc === 44) && TOLERATED_CODES_BEFORE_RE.test(line.slice(Math.max(0, s - 40), s))) return true;
  // in brackets after a name that spells it: Pyramid's `HTTPNotFound [404]`
  if (pc === 91 && nc === 93 && nameBeforeParenMeans(line, s, code)) return true;
  // a code keyed to a member named for it: Swift's `404: .notFound`, `[403: CloseFeed.AudiobookshelfError.forbidden]`
  if (nc === 58 && (s === 0 || pc === 32 || pc === 91 || pc === 123 || pc === 40 || pc === 0)) {
    const name = NAMED_MEMBER_VALUE_AFTER_RE.exec(line.slice(e, e + 80))?.[1];
    if (name !== undefined && nameMeansCode(name, code)) return true;
  }
  if (nc === 44 || nc === 32) {
    const after = line.slice(e, e + 40);
    if (pc === 40 || pc === 91) {
      // a test's canned response, the status and then a body: `make_transport([(404, b"")])`, `(200, {"status": "success"})`
      // (not a 100 or a 300, as often a size or a delay: `x = (300, b"")`)
      // (or its body written as JSON text, `(400, '{"error":"InvalidRequest"}', False)`, or a row keyed by the URL answered, `'https://plc.directory/x': (404, '')`)
      if (lang === 'python' && code >= 200 && code !== 300 && (PY_RESPONSE_ROW_AFTER_RE.test(after) || (pc === 40 && PY_URL_KEY_BEFORE_RE.test(line.slice(Math.max(0, s - 120), s))))) return true;
      // a redirect and where it leads: `&hops(&[(302, "https://example.com/new")])`
      if (code >= 300 && code <= 308 && REDIRECT_TARGET_AFTER_RE.test(after)) return true;
    }
    // a reply given the status and its error keywords: Ruby's `return failure(422, errors: [e.message])`, `failure 422, errors: [...]`
    if ((lang === 'ruby' || lang === 'crystal') && code >= 400 && (pc === 40 || pc === 32) && RUBY_ERROR_KEYWORD_AFTER_RE.test(after)) return true;
  }
  // a PHP response's array closed on this line before the status: `'message' => 'Invalid Token'], 419);`
  return lang === 'php' && pc === 32 && line.charCodeAt(s - 2) === 44 && line.charCodeAt(s - 3) === 93 && PHP_CALL_END_AFTER_RE.test(line.slice(e, e + 40)) && PHP_MESSAGE_KEY_BEFORE_RE.test(line.slice(Math.max(0, s - 120), s));
}
const THROWS_TAG_BEFORE_RE = /@(?:throws?|exception)\s+\{$/;
const ANSWER_WORD_RE = /\b(?:returns?|returning|answers?|respond(?:s|ing)?|repl(?:y|ies)|status|HTTP|code)\b/i;
const CONDITIONAL_CODE_BEFORE_RE = /(?:^|[^\w.])([1-5]\d\d)\s+(?:if|when|on|for)\b[^;]*,\s*(?:otherwise\s+)?$/;
const SELF_VARIANT_ARM_RE = /^\s*Self::(?:No[A-Z]|Over[A-Z]|\w*?(?:Invalid|Incorrect|Expired|NotFound|Denied|Unauthori[sz]ed|Forbidden|Error|Fail|Missing|Ended|NoLonger|Deactivated|NotAllowed|Exceeded|Conflict|Limit|Required|Timeout|Unavailable|Unsupported|Malformed|Already|TooMany|Rejected|Revoked|Locked|Blocked|Disabled|Gone))\w*(?:\([^()]*\)|\s*\{[^{}]*\})?\s*=>\s*$/;
const ERROR_VARIANT_ARM_BEFORE_RE = /\b(?:\w*Err(?:or)?\w*|Code)::[A-Z]\w*(?:\([^()]*\)|\s*\{[^{}]*\})?\s*=>\s*$/;
const PY_RESPONSE_ROW_AFTER_RE = /^\s*,\s*(?:b["']|["']?\{\s*\\?["'](?:status|error|errors|message|detail|data|result|success)\\?["']\s*:)/;
const PY_URL_KEY_BEFORE_RE = /^\s*f?["']https?:\/\/[^"'\s]*["']\s*:\s*\($/;
const CODE_ARROW_BODY_AFTER_RE = /^\s*(?:→|->)\s*["'{]/;
const NO_WORD_BEFORE_RE = /^[^A-Za-z0-9]*$/;
const EXCEPTION_NAME_BEFORE_RE = /\b[A-Z]\w*(?:Exception|Error)\s$/;
/** A union of two or more registered codes, one not a round hundred, after `<` or `: ` (its items read a dozen each way at most). */
function tsCodeUnion(line: string, s: number, e: number): boolean {
  let a = s;
  for (let n = 0; n < 12 && a >= 6 && line.startsWith(' | ', a - 3) && threeDigitsAt(line, a - 6) && !isIdentChar(line.charCodeAt(a - 7) | 0); n++) a -= 6;
  let b = e;
  for (let n = 0; n < 12 && line.startsWith(' | ', b) && threeDigitsAt(line, b + 3) && !isIdentChar(line.charCodeAt(b + 6) | 0); n++) b += 6;
  if (b - a < 9 || !(line.charCodeAt(a - 1) === 60 || (line.charCodeAt(a - 1) === 32 && line.charCodeAt(a - 2) === 58))) return false;
  let distinctive = false;
  for (let k = a; k < b; k += 6) {
    const c = codeAt(line, k);
    if (!official(c)) return false;
    if (isDistinctive(c)) distinctive = true;
  }
  return distinctive;
}
const DOC_BULLET_KEY_BEFORE_RE = /^\s*(?:\*|\/\/|#)\s+-\s+$/;
/** Before a doc line's code: nothing but indentation and a comment marker. */
const DOC_KEY_BEFORE_RE = /^\s*(?:(?:\*|\/\/|#)\s*)?(?:<li>)?$/;
/** (the dash form only in a comment or a list item: a line `201 - Data Structures` may be a course's) */
const DOC_DASH_KEY_BEFORE_RE = /^\s*(?:(?:\*|\/\/|#)\s*(?:<li>)?|<li>)$/;
/** After it: a colon or a dash and a sentence (a capitalised word, then a lower-case one). */
const DOC_KEY_PROSE_AFTER_RE = /^(?::| [-\u2014\u2013]) (?:[A-Z][a-z]+,? [a-z]|an? [a-z]{3})/;
const GRAVATAR_RE = /gravatar/i;
const HONO_TYPED_CALL_BEFORE_RE = /\b(?:c|ctx|context)\.(?:json|text|body|html)<[^()]*$/;
/** A title's opening quote (group 1) and `Error`, before the code that closes it. */
const ERROR_TITLE_BEFORE_RE = /(["'`])Error:? $/;
/** lychee's `accept` key or flag before the code, past the codes and ranges listed before it (a short walk back first). */
function lycheeAccept(line: string, s: number): boolean {
  let j = s - 1;
  const min = Math.max(0, s - 60);
  while (j >= min && ACCEPT_LIST_CHARS.has(line.charCodeAt(j))) j--;
  if (j < 5 || line.charCodeAt(j) !== 116 || !line.startsWith('accept', j - 5)) return false;
  if (j >= 7 && line.startsWith('--', j - 7)) return LYCHEE_ACCEPT_FLAG_BEFORE_RE.test(line.slice(j - 7, s));
  return LYCHEE_ACCEPT_BEFORE_RE.test(line.slice(0, s));
}
/** Digits, range and list marks, spaces and quotes: what lies between `accept` and a code it lists. */
const ACCEPT_LIST_CHARS: ReadonlySet<number> = new Set([...'0123456789,.= "\'[\t'].map((c) => c.charCodeAt(0)));
const LYCHEE_ACCEPT_FLAG_BEFORE_RE = /^--accept(?:=|\s+|["'],\s*["'])[\d,.=]*$/;
const LYCHEE_ACCEPT_BEFORE_RE = /^\s*#?\s*accept\s*=\s*\[?\s*"[\d., ="]*$/;
const EXCEPTION_NAME_STATUS_LEFT_RE = /\w(?:Exception|Error)\s*:\s*\(\s*["'][A-Z][A-Z0-9_]*["']\s*,\s*$/;
const ENUM_CODE_TWICE_RE = /^\s*[A-Z][A-Z0-9_]*\(\s*(?:"(\d{3})"\s*,\s*(\d{3})|(\d{3})\s*,\s*"(\d{3})")\s*[,)]/;
const CODE_TO_CLASS_AFTER_RE = /^:\s*(?:[a-z_]\w*\.)*([A-Z][A-Za-z]+)\s*,?\s*(?:$|#|\/\/)/;
const RSPEC_BLOCK_STATUS_LEFT_RE = /\breceive\(:(?:code|status|status_code|response_code)\)\s*\{\s*$/;
const STATUS_HEADERS_BODY_AFTER_RE = /^,\s*_?(?:resp_)?headers\s*,\s*_?(?:resp_)?body\s*\}/;
const AIDE_RESPONSE_BEFORE_RE = /\bresponse(?:_with)?::<$/;
// (or named for HTTP: an ESP32 sketch's `WebServer http(80);` answering `http.send(302);`, `httpServer.send(404, ...)`)
const WEB_SERVER_RECEIVER_RE = /^_?(?:(?:web|http)_?)?server$|^_?http$/i;
const RESPONSE_CLASS_RE = /^(?:Http|Api|Web|Json)?Response$/;
const RESPONSE_FACTORY_RE = /^(?:create|of|make|fromStatus|withCode)$/;
const RESPONSE_VALUE_AFTER_RE = /^['"]\s*:\s*(?:self\.|this\.)?\w*_?(?:response|resposta|respuesta)\w*\(/i;
const RESPONSE_CALL_BEFORE_RE = /(?:^|[^\w])\w*_response_\w*\(\s*['"]$/;
const TITLE_ARROW_BEFORE_RE = /\b(?:t\.Run|it|test|describe|context|scenario)\(\s*["'`][^"'`]*\s(?:->|→|=>|-)\s$/;
const STATUS_KEYED_MAP_BEFORE_RE = /[A-Za-z_]*(?:Status|status)(?:es|Count|Counts|_counts?)?\[["']$/;
const BADGE_COLOUR_AFTER_RE = /^[^=]*=>\s*['"](?:success|info|warning|danger|gray|grey|primary|secondary|error)['"]/;
const BADGE_CLASS_ARM_RE = />=\s*([1-5])00\s*&&\s*\$?[\w.]+\s*<\s*[1-6]00\s*=>|>=\s*[45]00\s*=>/;
const CLASS_COMPARE_BEFORE_RE = /[\w\]]\s*(?:>=|<=|<|>)\s*$/;
const CONDITION_WORD_AFTER_RE = /^\s+(?:if|when|unless)\s/;
const METHOD_KEY_BEFORE_RE = /(?:^|[{,\s])(?:get|post|put|patch|delete|GET|POST|PUT|PATCH|DELETE)\s*:\s*$/;
const METHOD_KEYED_CODE_G_RE = /(?:^|[{,\s])(?:get|post|put|patch|delete|GET|POST|PUT|PATCH|DELETE)\s*:\s*[1-5]\d\d(?!\w)/g;
/** Another method keyed to a code within 120 characters of this one, and one of them no round number (not `{ get: 100, put: 200 }`). */
function methodKeyedCodes(line: string, s: number): boolean {
  const text = line.slice(Math.max(0, s - 120), s + 120);
  METHOD_KEYED_CODE_G_RE.lastIndex = 0;
  let n = 0;
  let distinctive = false;
  for (let m = METHOD_KEYED_CODE_G_RE.exec(text); m; m = METHOD_KEYED_CODE_G_RE.exec(text)) {
    n++;
    if (isDistinctive(Number(m[0].slice(-3))) && official(Number(m[0].slice(-3)))) distinctive = true;
  }
  return n >= 2 && distinctive;
}
const RUST_FAILURE_ARM_RE = /^\s*[45]\d\d(?:\s*\|\s*[45]\d\d)+\s*=>/;
const MEDIA_TYPE_ARG_AFTER_RE = /^,\s*(?:(?:content_type|mimetype|media_type)\s*=\s*)?["'](?:text|application)\/[\w.+-]+["']\s*[,)]/;
const ELIXIR_ATTRIBUTE_RE = /^\s*@([a-z]\w*)\s+$/;
const ELIXIR_INLINE_IF_RE = /^\s*(\w+)\s*=\s*if\s[^#]*$/;
const RESPONSE_WORD_AFTER_RE = /^ [Rr]esponse\b/;
const DESCRIPTION_KEY_BEFORE_RE = /\bdescription\s*:\s*["']?$/;
/** Python's `A if COND else B` with both ends registered codes from 200 up, a 2xx beside a failure or a code that is no round number. */
function pythonConditionalStatus(line: string, s: number, e: number, code: number): boolean {
  const m = line.startsWith(' if ', e) ? PY_CONDITIONAL_AFTER_RE.exec(line.slice(e, e + 120)) : PY_CONDITIONAL_BEFORE_RE.exec(line.slice(Math.max(0, s - 120), s));
  const other = Number(m?.[1]);
  if (!m || !official(code) || !official(other) || other < 200) return false;
  const lo = Math.min(code, other);
  const hi = Math.max(code, other);
  return (lo < 300 && hi >= 400) || isDistinctive(code) || isDistinctive(other);
}
const PY_CONDITIONAL_AFTER_RE = /^ if [^#]{1,100}? else ([1-5]\d\d)(?!\w)/;
const PY_CONDITIONAL_BEFORE_RE = /(?<![\w.])([1-5]\d\d) if [^#]{1,100}? else $/;
const SPA_ROUTE_BEFORE_RE = /(?:\b(?:path|redirectTo|routerLink)\s*[:=]\s*|\bnavigate(?:ByUrl)?\(\s*\[?\s*)['"]$/;
const BLADE_SECTION_BEFORE_RE = /@section\(\s*'(?:code|title)'\s*,\s*'$/;
const OPENAPI_RESPONSE_VALUE_RE = /^"\]\s*=\s*new\s+OpenApiResponse\b/;
const GETTEXT_AFTER_RE = /^,\s*d?n?gettext\(/;
const RUST_CODE_ARM_RE = /^\s*(?:(?:[1-5]\d\d(?:\s*\.\.=\s*(?:[1-5]\d\d|u16::MAX))?\s*\|\s*)*[1-5]\d\d(?:\s*\.\.=\s*(?:[1-5]\d\d|u16::MAX))?\s*=>\s*(?:\w*Err(?:or)?\w*::|Err\()|[1-5]\d\d\s*\.\.=\s*u16::MAX\s*=>)/;
const EXCEPTION_PAIR_BEFORE_RE = /[[(]\s*[A-Z]\w*(?:Exception|Error)\s*,\s*$/;
const REQUEST_LOG_BRACKET_RE = /\b(?:GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS) \/\S* \[$/;
const NUMBER_KEY_TYPES_ROW_RE = /^\s*\d{3}: (?:None|"(?:object|str|bytearray|bytes|file|(?:List|Dict|Optional)\[[\w[\], ]*\]|[A-Z]\w*(?:Response|Error|Model|Result|Schema|Dto)\w*)"),?\s*$/;
const RESPONSE_TYPES_MAP_BEFORE_RE = /\b_?response_types_map\s*(?::[^=]{0,40})?=\s*\{(?:\s*['"]?\d{3}['"]?\s*:\s*[^,{}]{1,40},)*\s*$/;
const TS_REPLY_SCHEMA_BEFORE_RE = /\bReply\s*:\s*\{(?:\s*['"]?\w+['"]?\s*:\s*[^;,{}]{1,40}[;,])*\s*['"]?$/;
const RESPONSE_TYPES_ROW_RE = /^\s*'\d{3}': (?:None|"(?:[A-Z]\w*|(?:List|Dict|Optional)\[[\w[\], ]*\]|bytearray|bytes|str|object|file)"),?\s*$/;
const FONT_WEIGHT_VALUE_RE = /"(?:Thin|Hairline|ExtraLight|UltraLight|Light|Normal|Regular|Book|Medium|SemiBold|DemiBold|Bold|ExtraBold|UltraBold|Black|Heavy)"/;
const PROPERTY_MOCK_BEFORE_RE = /\b(?:status_code|status|code)\s*=\s*(?:mock\.)?PropertyMock\(\s*return_value\s*=$/;
const STATUS_MOCK_BEFORE_RE = /\b(?:getcode|get_status|status_code|getStatusCode)(?:\.return_value\s*=|\s*=\s*lambda\s*:)\s*$/;
// (with the operation between: `SUCCESS_READ_CODE = 200`)
const SUCCESS_CODE_NAME_BEFORE_RE = /\b[A-Z_]*SUCCESS_(?:[A-Z]+_)?CODE[A-Z_]*\s*=\s*$/;
const ERROR_ID_ENTRY_BEFORE_RE = /\b[A-Z][A-Z0-9]{1,9}[-_]\d{2,4}\s*:\s[^()]{3,120}\s\($/;
const HTTP_VERSION_ARG_AFTER_RE = /^,\s*["']1\.[01]["']/;
const JSON_PATH_CODE_BEFORE_RE = /jsonPath\(\s*"\$\.(?:code|status|statusCode)"\s*\)\s*\.value\(\s*["']?$/;
const ERROR_CLASS_ROW_AFTER_RE = /^,\s*(?![A-Z]\w*Timeout)[A-Z]\w*(?:Error|Exception)\s*\)\s*,?\s*(?:$|#|\/\/)/;
const ROW_OPENER_BEFORE_RE = /(?:^\s*|[[{,]\s*)$/;
const TOLERATED_CODES_BEFORE_RE = /\b(?:skip|ignore[ds]?|allowed|accepted|expected|ok|success|retry)_(?:status_)?(?:codes|statuses)\s*=\s*[[(]\s*(?:\d{3}\s*,\s*)*$/;
const BOOL_VALUE_AFTER_RE = /^:\s*(?:true|false)\s*,?\s*(?:$|\/\/|#)/;
const SCALATEST_IN_AFTER_RE = /^\s+in\b/;
/** A comment after the code holding a name alone (its reason phrase): ` // not found`, `, # OK`, or in a block comment. */
const PHRASE_COMMENT_AFTER_RE = /^[\s,;|)]*(?:\/\/+|#+|\/\*+|--)\s*([A-Za-z][A-Za-z' -]{1,40}?)\s*(?:\*\/)?\s*$/;
/** A member as a key's value: `: .notFound`, `: AudiobookshelfError.forbidden]),` (group 1 = its last name). */
const NAMED_MEMBER_VALUE_AFTER_RE = /^:\s*(?:[A-Z]\w*(?:\.[A-Z]\w*)*)?\.([a-z]\w*)\s*(?:[,\]})]|$)/;
const REDIRECT_TARGET_AFTER_RE = /^\s*,\s*["']https?:\/\//;
const RUBY_ERROR_KEYWORD_AFTER_RE = /^\s*,\s*errors?:\s/;
const PHP_CALL_END_AFTER_RE = /^\s*\)\s*;?\s*(?:$|\/\/)/;
const PHP_MESSAGE_KEY_BEFORE_RE = /['"](?:message|error|errors|msg|success|status)['"]\s*=>/;
/**
 * A code set beside what says it is a status: its phrase or name (a quoted reason phrase, a name spelling it before its
 * parentheses, a case or handler named for it), a table it keys (error pages, error messages, a string of codes), or
 * an API that takes statuses (Elasticsearch's `ignore`, django-ninja's returned pair). Kept apart from laterLiteral's
 * chain: past a certain size V8 optimises a function unreliably (with these inside it, the engine ran 2.6 ms a pass in
 * some processes and up to 7 ms in others).
 */
function codeBesideItsMeaning(line: string, s: number, e: number, code: number, lang: string): boolean {
  return spacedCodeString(line, s, e)
    // a quoted code looked for in an error's text: `if "401" in err_str`, `x in err_msg for x in ["401", "403"]` (the first)
    || (code >= 400 && isCommon(code) && isQuote(line.charCodeAt(e)) && line.charCodeAt(s - 1) === line.charCodeAt(e) && QUOTED_IN_ERROR_AFTER_RE.test(line.slice(e, e + 40)))
    // a code in parentheses after a name that spells it: `* \`HttpProblem.badRequest(...)\` (400)`, `NotFound (404)`
    || (line.charCodeAt(s - 1) === 40 && line.charCodeAt(e) === 41 && isCommon(code) && nameBeforeParenMeans(line, s, code))
    // a definition named for the code, its value built from it: a Scala status object's `val NotFound = apply(404)`
    || (line.charCodeAt(s - 1) === 40 && line.charCodeAt(e) === 41 && isCommon(code) && namedDefinitionCall(line, s, code))
    // (or a member defined by an arrow, its body a call given the code: C#'s `public static Error NotFound(string message) => new Error(message, 404);`)
    || ((line.charCodeAt(s - 1) === 32 || line.charCodeAt(s - 1) === 40) && (line.charCodeAt(e) === 41 || line.charCodeAt(e) === 44) && isCommon(code) && namedArrowCall(line, s, code))
    // a code and then its own reason phrase, quoted, as a sibling argument: PHPUnit's `->with($this->equalTo(404), $this->equalTo('Not Found'))`
    || (isCommon(code) && quoteSoonAfter(line, e) && quotedOwnPhraseAfter(line, e, code))
    // the statuses an Elasticsearch client call tolerates: `{ ignore: [404] }`, `ignore=400`
    || (code >= 400 && isCommon(code) && ignoreKeyBefore(line, s))
    // a switch from a status's case to its code: Swifter's `case .badRequest : return 400`
    || (line.charCodeAt(s - 1) === 32 && s >= 7 && line.startsWith('return', skipSpacesBack(line, s - 1, 0) - 5) && caseMemberReturns(line, s, code))
    // (or from an application's outcome, named as one, to a registered code: `case 'INVALID_DATA': return 400;`, `case 'SUCCESSFUL': return 200;`)
    || (line.charCodeAt(s - 1) === 32 && s >= 7 && isCommon(code) && official(code) && line.startsWith('return', skipSpacesBack(line, s - 1, 0) - 5) && caseOutcomeReturns(line, s, code))
    // a row pairing the code with a response or handler named for it: `[401, errorResponse401]`, `app.get("/500", respond500)`
    || (isCommon(code) && (line.charCodeAt(e) === 44 || line.charCodeAt(e + 1) === 44) && namedForCodeAfter(line, e, code))
    // a row of an error table, its message and then its status: `"HOST_NOT_FOUND": {"host doesn't exist", 404, ERROR, ""},`
    || (code >= 400 && isCommon(code) && line.charCodeAt(skipSpacesBack(line, s - 1, Math.max(0, s - 4))) === 44 && ROW_END_AFTER_RE.test(line.slice(e, e + 3)) && errorRowMessageBefore(line, s))
    // a table of error pages keyed by the status they render: funnel's `404: 'errors/404.html.jinja2',`
    || (code >= 400 && isCommon(code) && s <= LEFT_WINDOW && (line.charCodeAt(e) === 58 || line.charCodeAt(e) === 61 || isQuote(line.charCodeAt(e)) || isSpace(line.charCodeAt(e))) && errorPageForKey(line, s, e))
    // a Ruby method named for the status, on one line: Sinatra's `def http_status; 404 end`
    || ((lang === 'ruby' || lang === 'crystal') && isCommon(code) && RUBY_DEF_END_AFTER_RE.test(line.slice(e, e + 8)) && rubyStatusDefBefore(line, s))
    // django-ninja's responses, a status and then the body: `return 404, {"message": "Not found"}`, `return 200, result`
    || (lang === 'python' && line.charCodeAt(e) === 44 && isCommon(code) && NINJA_BODY_AFTER_RE.test(line.slice(e, e + 48)) && RETURN_BEFORE_RE.test(line.slice(Math.max(0, s - 12), s)))
    // a bracketed list of success codes, 200 and others: a client's accepted statuses, `[200, 202, 204]`
    || (code >= 200 && code < 300 && successCodeList(line, s, e))
    // an error tuple, the code and then its reason in snake case: CouchDB's `{404, <<"not_found">>, Reason}`
    || (line.charCodeAt(e) === 44 && isCommon(code) && line.charCodeAt(skipSpacesBack(line, s - 1, Math.max(0, s - 4))) === 123 && reasonAtomAfter(line, e, code))
    // a doc comment on a function named for the code: Go's `// NotFound writes a 404 message`
    // (in code only: a Markdown bullet's `* Created 201 items` is a count)
    || (isCommon(code) && s <= 96 && !DOC_LANGUAGES.has(lang) && docCommentNamedFor(line, s, code))
    // the code a Unicode arrow leads to, in notes and messages: `→ 403 si invalide`, `${path} → 404: ${message}`
    || ((line.charCodeAt(s - 1) === ARROW || (line.charCodeAt(s - 1) === 32 && line.charCodeAt(s - 2) === ARROW)) && isCommon(code) && arrowLeadsToCode(line, s, e));
}
/** After the code's comma, a string (or an Erlang binary) holding the code's name in snake case: `, <<"not_found">>`, `, "bad_request"`. */
function reasonAtomAfter(line: string, e: number, code: number): boolean {
  const m = REASON_ATOM_AFTER_RE.exec(line.slice(e, e + 64));
  return m !== null && nameMeansCode(m[1] ?? '', code);
}
const REASON_ATOM_AFTER_RE = /^,\s*(?:<<)?["']([a-z]+(?:_[a-z]+)+|[a-z]{4,})["']/;
function docCommentNamedFor(line: string, s: number, code: number): boolean {
  const m = DOC_COMMENT_NAME_RE.exec(line.slice(0, s));
  return m !== null && nameMeansCode(m[1] ?? '', code);
}
/** A comment line that opens with a name, the clause going on up to the code: `// TooManyRequests writes a `. */
const DOC_COMMENT_NAME_RE = /^\s*(?:\/\/+|#+|\*+|\/\*+)\s*([A-Z][A-Za-z]{3,})\b[^.;:]*$/;
/**
 * A bracketed list of two to seven known success codes, 200 among them with one that is not round, alone on its line (an
 * item of a table of requests): `[200, 201]`, `[200, 202, 204]` (the statuses a request accepts); not `[200, 250]` or
 * `[100, 200]`, nor `for width in [200, 201, 204]:`.
 */
function successCodeList(line: string, s: number, e: number): boolean {
  // back to the opening bracket, over earlier items
  let a = -1;
  for (let item = s, n = 0; n < 6; n++) {
    const k = skipSpacesBack(line, item - 1, Math.max(0, item - 4));
    if (k >= 0 && line.charCodeAt(k) === 91) { a = k; break; }
    if (k < 0 || line.charCodeAt(k) !== 44) return false;
    item = skipSpacesBack(line, k - 1, Math.max(0, k - 4)) - 2;
    if (item < 0 || !threeDigitsAt(line, item)) return false;
  }
  if (a < 0 || skipSpacesBack(line, a - 1, Math.max(0, a - 200)) >= 0) return false;
  let n = 0;
  let has200 = false;
  let other = false;
  for (let i = skipSpacesFwd(line, a + 1, Math.min(line.length, a + 4)); n < 7; ) {
    if (!threeDigitsAt(line, i) || isDigit(line.charCodeAt(i + 3))) return false;
    const c = codeAt(line, i);
    if (c < 200 || c > 299 || !known(c)) return false;
    n++;
    if (c === 200) has200 = true;
    else if (isDistinctive(c)) other = true;
    const k = skipSpacesFwd(line, i + 3, Math.min(line.length, i + 6));
    if (line.charCodeAt(k) === 93) return n >= 2 && has200 && other && e <= k && LIST_END_RE.test(line.slice(k + 1, k + 8));
    if (line.charCodeAt(k) !== 44) return false;
    i = skipSpacesFwd(line, k + 1, Math.min(line.length, k + 4));
  }
  return false;
}
const LIST_END_RE = /^\s*,?\s*$/;
/**
 * After a Unicode arrow, a code that is not a number's new value (`60 → 120 → 240`, `20% → 100%`, `110 → 100 (capped)`)
 * nor a quantity (`→ 200 characters`).
 */
function arrowLeadsToCode(line: string, s: number, e: number): boolean {
  if (!official(codeAt(line, s))) return false;
  const a = line.charCodeAt(s - 1) === ARROW ? s - 1 : s - 2;
  const b = line.charCodeAt(skipSpacesBack(line, a - 1, Math.max(0, a - 4)));
  if (isDigit(b) || b === 37) return false;
  // (nor a temperature, `70°F → 203°F`, or a count in Korean or Chinese, `→ 200 조합`)
  const n = line.charCodeAt(e) === 32 ? line.charCodeAt(e + 1) : line.charCodeAt(e);
  if (n === 176 || (n >= 0x3040 && n <= 0x9fff) || (n >= 0xac00 && n <= 0xd7af)) return false;
  const next = wordAfter(line, e)?.toLowerCase();
  return next === undefined || !(C.UNIT_WORDS.has(next) || next === 'total');
}
/**
 * A string that holds nothing but codes, space-separated and ascending, three or more with two client or server errors among them:
 * bunkerweb's `"default": "400 401 403 404 405 429 444"` (the statuses a setting applies to).
 */
function spacedCodeString(line: string, s: number, e: number): boolean {
  const p = line.charCodeAt(s - 1);
  const n = line.charCodeAt(e);
  if (!((p === 32 || isQuote(p)) && (n === 32 || isQuote(n)) && (p === 32 || n === 32))) return false;
  let a = s - 1;
  while (a >= 0 && (isDigit(line.charCodeAt(a)) || line.charCodeAt(a) === 32) && s - a < 200) a--;
  let b = e;
  while (b < line.length && (isDigit(line.charCodeAt(b)) || line.charCodeAt(b) === 32) && b - e < 200) b++;
  const q = line.charCodeAt(a);
  if (a < 0 || !isQuote(q) || line.charCodeAt(b) !== q) return false;
  const items = line.slice(a + 1, b).split(' ');
  let errors = 0;
  let last = 0;
  for (const it of items) {
    const c = Number(it);
    // (in ascending order, as such lists are written: `"505 444 100"` is a phone number)
    if (it.length !== 3 || !known(c) || c <= last) return false;
    if (c >= 400 && isDistinctive(c)) errors++;
    last = c;
  }
  return items.length >= 3 && errors >= 2;
}
const RUBY_DEF_END_AFTER_RE = /^\s*;?\s*end\b/;
const RUBY_DEF_BEFORE_RE = /\bdef\s+(?:self\.)?(\w+[?!]?)\s*(?:\(\s*\))?\s*;\s*$/;
function rubyStatusDefBefore(line: string, s: number): boolean {
  const m = RUBY_DEF_BEFORE_RE.exec(line.slice(Math.max(0, s - 48), s));
  return m !== null && classify(m[1] ?? '') === 'status';
}
function errorPageForKey(line: string, s: number, e: number): boolean {
  const m = KEY_THEN_STRING_RE.exec(line.slice(e, e + 12));
  if (!m) return false;
  const from = e + m[0].length;
  const rest = line.slice(from, from + 81);
  const end = rest.indexOf(m[1] ?? '"');
  if (end < 0) return false;
  const value = rest.slice(0, end);
  const at = value.indexOf(line.slice(s, e));
  return at > 0 && /[/._-]/.test(value.charAt(at - 1)) && !isDigit(value.charCodeAt(at + 3)) && /err/i.test(value);
}
const KEY_THEN_STRING_RE = /^["']?\s*(?::|=>|=)\s*(["'])/;
const ROW_END_AFTER_RE = /^\s*[,}]/;
const ROW_MESSAGE_BEFORE_RE = /\{\s*(["'`])((?:(?!\1)[^\\]){2,80})\1\s*,\s*$/;
const ERROR_MESSAGE_RE = /error|not found|doesn't exist|does not exist|invalid|denied|forbidden|unauthori[sz]ed|fail|missing|required|already exists|conflict|too many|not allowed|expired/i;
function errorRowMessageBefore(line: string, s: number): boolean {
  const m = ROW_MESSAGE_BEFORE_RE.exec(line.slice(Math.max(0, s - 100), s));
  return m !== null && ERROR_MESSAGE_RE.test(m[2] ?? '');
}
const CASE_MEMBER_RETURN_RE = /\bcase\s+\.(\w+)\s*:\s*return\s+$/;
const NAMED_FOR_CODE_AFTER_RE = /^["']?\s*,\s*(?:\w*(?:[Rr]esponse|[Ee]rror|[Rr]espond|[Ss]tatus|[Hh]andler)\w*?(\d{3})\b|[\w.]*?[A-Za-z](\d{3})(?:Response|Error)\b)/;
function namedForCodeAfter(line: string, e: number, code: number): boolean {
  const m = NAMED_FOR_CODE_AFTER_RE.exec(line.slice(e, e + 96));
  // (or a generated client's model named for the operation and the code: `{200, SpoonacularAPI.Model.AnalyzeRecipeInstructions200Response}`)
  return m !== null && Number(m[1] ?? m[2]) === code;
}
/** A quote within the 40 characters after e (tested before QUOTED_AFTER_RE). */
function quoteSoonAfter(line: string, e: number): boolean {
  const max = Math.min(line.length, e + 41);
  for (let k = e; k < max; k++) {
    const c = line.charCodeAt(k);
    if (c === 34 || c === 39) return true;
  }
  return false;
}
/** `ignore=`, `ignore: [` within the 24 characters before s (Elasticsearch clients). */
function ignoreKeyBefore(line: string, s: number): boolean {
  const before = line.slice(Math.max(0, s - 24), s);
  return before.includes('ignore') && IGNORE_KEY_BEFORE_RE.test(before);
}
function caseOutcomeReturns(line: string, s: number, code: number): boolean {
  const m = CASE_NAME_RETURN_RE.exec(line.slice(Math.max(0, s - 80), s));
  const name = m?.[2] ?? m?.[3];
  if (name === undefined) return false;
  return code >= 400 ? ERROR_OUTCOME_NAME_RE.test(name) : code >= 200 && code < 300 && SUCCESS_OUTCOME_NAME_RE.test(name);
}
const CASE_NAME_RETURN_RE = /\bcase\s+(?:(["'])([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*)\1|(?:[A-Za-z]\w*\.)+([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*))\s*:\s*return\s+$/;
const ERROR_OUTCOME_NAME_RE = /INVALID|ERROR|FAIL|DENIED|FORBIDDEN|UNAUTHORI|MISSING|EXPIRED|CONFLICT|DUPLICATE|EXISTS|UNAVAILABLE|NOT_FOUND|NOT_ALLOWED|BAD_|REJECTED/;
const SUCCESS_OUTCOME_NAME_RE = /^(?:SUCCESS|SUCCESSFUL|SUCCEEDED|OK|DONE|CREATED|UPDATED|DELETED|ACCEPTED)$/;
function caseMemberReturns(line: string, s: number, code: number): boolean {
  const m = CASE_MEMBER_RETURN_RE.exec(line.slice(Math.max(0, s - 60), s));
  return m !== null && nameMeansCode(m[1] ?? '', code);
}
const QUOTED_AFTER_RE = /^[^"'\n]{0,40}?(["'])([A-Za-z][A-Za-z '-]{1,40})\1/;
function quotedOwnPhraseAfter(line: string, e: number, code: number): boolean {
  const m = QUOTED_AFTER_RE.exec(line.slice(e, e + 80));
  return m !== null && m[2] !== undefined && m[2].includes(' ') && isOwnPhrase(m[2], code);
}
const IGNORE_KEY_BEFORE_RE = /\bignore["']?\s*(?:=|:)\s*[[(]?\s*(?:\d{3}\s*,\s*)*$/;
/** An identifier spelling the code's name within the 48 characters before the `(` at s - 1 (not inside another call's arguments). */
function nameBeforeParenMeans(line: string, s: number, code: number): boolean {
  const min = Math.max(0, s - 49);
  let i = skipSpacesBack(line, s - 2, min);
  for (let n = 0; n < 6 && i >= min; n++) {
    while (i >= min && !isIdentChar(line.charCodeAt(i))) {
      const c = line.charCodeAt(i);
      if (c === 44 || c === 59 || c === 61) return false; // `,` `;` `=`: another clause
      i--;
    }
    if (i < min) return false;
    const st = identStart(line, i + 1, min);
    const name = line.slice(st, i + 1);
    if (name.length >= 4 && !isDigit(name.charCodeAt(0)) && nameMeansCode(name, code)) return true;
    i = st - 1;
  }
  return false;
}
function namedDefinitionCall(line: string, s: number, code: number): boolean {
  const m = NAMED_DEFINITION_CALL_RE.exec(line.slice(Math.max(0, s - 80), s));
  return m !== null && nameMeansCode(m[1] ?? '', code);
}
function namedArrowCall(line: string, s: number, code: number): boolean {
  const m = NAMED_ARROW_CALL_RE.exec(line.slice(Math.max(0, s - 120), s));
  return m !== null && nameMeansCode(m[1] ?? '', code);
}
const NAMED_ARROW_CALL_RE = /(?:^|[\s.])([A-Za-z_]\w*)\s*\([^()]*\)\s*=>\s*(?:new\s+)?[\w.]+(?:<[\w.]+>)?\([^()]*$/;
/** `val NotFound = apply(`, `public static final Status NOT_FOUND = new Status(`: a definition's name, then a call that takes the code alone. */
const NAMED_DEFINITION_CALL_RE = /(?:^|[\s(,;])([A-Za-z_]\w*)\s*(?::\s*[\w.]+\s*)?=\s*(?:new\s+)?[\w.]+\($/;
const ELIXIR_CONN_CALL_RE = /\bconn\s*(?:\.|\|>)\s*(?:resp|send_resp|put_status|send_chunked)\s+$/;
const QUOTED_IN_ERROR_AFTER_RE = /^["']\s+in\s+[\w.]*(?:err|error|msg|message|resp|response|text|body|output|exc|exception)\w*\b/i;
// (a body named last, not a longer tuple: `return 200, user, extra`)
const NINJA_BODY_AFTER_RE = /^,\s*(?:\{|\[|[bfr]?["']|None\b|$|[A-Za-z_][\w.]*\s*(?:$|#))/;
const RETURN_BEFORE_RE = /(?:^|\s)return\s+$/;
/** A table keyed by status whose value links the code's section of the specification: Lua's `[404] = "https://www.rfc-editor.org/rfc/rfc7231#section-6.5.4"`. */
// (or a map keyed by the code: `404: 'https://datatracker.ietf.org/doc/html/rfc7231#section-6.5.4',`)
const SPEC_URL_VALUE_RE = /^(?:\]\s*(?:=|:|=>)|["']?\s*(?::|=>))\s*["'][^"']*(?:rfc-editor\.org|datatracker\.ietf\.org\/doc\/html\/rfc|tools\.ietf\.org\/html\/rfc|developer\.mozilla\.org\/[^"']*\/Status\/)/;
/** A map from exception classes to statuses: API Platform's `App\Exception\NotFoundException: 404`, `...\ExceptionInterface: 400`, `ValidationError: 422`. */
const EXCEPTION_KEY_BEFORE_RE = /(?:^|[\s"'])[\w\\.]*(?:Exception|Error|Denied|DoesNotExist)(?:Interface)?["']?\s*:\s*[([]?\s*$/;
/**
 * The key before the code's colon ends in `Exception` or `Error`, or is named like Django's `PermissionDenied` and
 * `ObjectDoesNotExist` (tested before EXCEPTION_KEY_BEFORE_RE).
 */
function exceptionKeyBefore(line: string, s: number): boolean {
  let k = skipSpacesBack(line, s - 1, Math.max(0, s - 4));
  // (the code may open a tuple of it and a name: litellm's `ValidationError: (400, "validation_error"),`)
  if (line.charCodeAt(k) === 40 || line.charCodeAt(k) === 91) k = skipSpacesBack(line, k - 1, Math.max(0, k - 4));
  if (line.charCodeAt(k) !== 58) return false;
  let j = k - 1;
  if (isQuote(line.charCodeAt(j))) j--;
  // (or its interface: `Symfony\Component\Serializer\Exception\ExceptionInterface: 400`)
  if (j >= 17 && line.startsWith('ExceptionInterface', j - 17)) return true;
  return (j >= 8 && line.startsWith('Exception', j - 8)) || (j >= 4 && line.startsWith('Error', j - 4)) || (j >= 5 && line.startsWith('Denied', j - 5)) || (j >= 11 && line.startsWith('DoesNotExist', j - 11));
}
const CODE_VALUE_END_RE = /^\s*(?:,|$|#|\/\/)/;
/** An error's documentation, its name, a dash, the code and a colon: marmotedu's `// ErrBind - 400: Error occurred while binding ...`. */
const NAMED_CODE_DOC_BEFORE_RE = /(?:\/\/|#|\*)\s*[A-Z]\w*\s+-\s*$/;
/**
 * A test table's row titled by the code and its phrase, with the code again as an item: `{"422 Validation", 422, ErrValidation},`
 * (both the title's code and the item).
 */
function titledRowCode(line: string, s: number, e: number, code: number): boolean {
  if (!isCommon(code)) return false;
  const q = line.charCodeAt(s - 1);
  if (isQuote(q)) {
    if (line.charCodeAt(skipSpacesBack(line, s - 2, Math.max(0, s - 4))) !== 123 || line.charCodeAt(e) !== 32) return false;
    const m = TITLE_THEN_ITEM_RE.exec(line.slice(e, e + 64));
    return m !== null && Number(m[1]) === code;
  }
  if (line.charCodeAt(skipSpacesBack(line, s - 1, Math.max(0, s - 4))) !== 44) return false;
  const m = ITEM_AFTER_TITLE_RE.exec(line.slice(Math.max(0, s - 64), s));
  return m !== null && Number(m[1]) === code;
}
const TITLE_THEN_ITEM_RE = /^ [A-Z][^"'`{}]*["'`]\s*,\s*(\d{3})\s*,/;
const ITEM_AFTER_TITLE_RE = /\{\s*["'`](\d{3}) [A-Z][^"'`{}]*["'`]\s*,\s*$/;
/** Kotlin's pair of a status's name and its code: `mapOf(NOT_FOUND to 404, CONFLICT to 409)`. */
function namePairedWithCode(line: string, s: number, code: number): boolean {
  if (line.charCodeAt(s - 1) !== 32 || line.charCodeAt(s - 2) !== 111 || line.charCodeAt(s - 3) !== 116) return false;
  const m = NAME_TO_BEFORE_RE.exec(line.slice(Math.max(0, s - 48), s));
  return m !== null && codeOfPhraseLetters(m[1] ?? '') === code;
}
const NAME_TO_BEFORE_RE = /\b([A-Z][A-Z_]*[A-Z])\s+to\s+$/;
/** RSpec's shared examples given a status: `it_behaves_like 'response_failed', '400', Castle::BadRequestError`, `it_should_behave_like :returns_an_error, 400`. */
const SHARED_EXAMPLE_BEFORE_RE = /^\s*(?:it_behaves_like|it_should_behave_like|include_examples)\s*\(?\s*(?::\w+|(['"])[^'"]*\1)\s*,\s*['"]?$/;
const SHARED_EXAMPLE_ERROR_AFTER_RE = /^['"]?\s*,\s*(?:[\w:]*(?:Error|Exception)\b|:\w*(?:error|fail)\w*)/;
/** Mocha's stub of a response's code: `response.stubs(:code).returns(200)`. */
const STUBBED_CODE_BEFORE_RE = /\.(?:stubs|expects)\(\s*:(?:code|status|status_code|response_code)\s*\)\s*\.returns\($/;
/** A Python annotation naming a status, typed as a literal of codes: `correct_status: Literal[200, 400, 404]`. */
function statusLiteralType(line: string, s: number): boolean {
  // (an item: right after `[` or a comma; and a `Literal[` within reach, tested before the regex)
  const p = line.charCodeAt(skipSpacesBack(line, s - 1, Math.max(0, s - 4)));
  if (p !== 91 && p !== 44) return false;
  const near = line.slice(Math.max(0, s - 64), s);
  if (!near.includes('Literal[')) return false;
  const m = STATUS_LITERAL_TYPE_RE.exec(near);
  return m !== null && classify(m[1] ?? '') === 'status';
}
const STATUS_LITERAL_TYPE_RE = /\b(\w+)\s*:\s*(?:typing\.)?Literal\[(?:\s*\d{3}\s*,)*\s*$/;
/** Ruby's word array of codes tested against a response's code: `unless %w(200 201 204).include?(response.code)`. */
const RUBY_WORDS_BEFORE_RE = /%w[([](?:\s*\d{3})*\s*$/;
const RUBY_WORDS_INCLUDE_AFTER_RE = /^(?:\s+\d{3})*\s*[)\]]\.include\?\(\s*[\w.@]*(?:code|status)\b/;
/**
 * A code whose own line comment says what it is: `$film, 201); // HTTP Status code`, `return 404  # status code`
 * (the comment starts right after the statement's closing characters).
 */
function trailingStatusComment(line: string, e: number): boolean {
  const c = line.charCodeAt(e);
  if (c !== 41 && c !== 59 && c !== 44 && c !== 32 && c !== 9) return false;
  return TRAILING_STATUS_COMMENT_RE.test(line.slice(e, e + 40));
}
const TRAILING_STATUS_COMMENT_RE = /^[\s),;\]]{0,6}(?:\/\/|#)\s*(?:HTTP\s+(?:status|response|code)|(?:HTTP\s+)?status(?:\s+code)?\s*$|status\s+code\b)/i;
/**
 * A code after a label naming a response, in prose or a doc comment: `- Response: 201 (no body)`, `**Response:** 404`,
 * Portuguese `Resposta: 201 (sem corpo)`, Spanish `Respuesta: 200` (capitalised: a lower-case `response: 500` is also a
 * timeout's option).
 */
function responseLabelCode(line: string, s: number, e: number): boolean {
  const p = line.charCodeAt(s - 1);
  if (p !== 32 && p !== 96 && p !== 42) return false;
  if (!RESPONSE_LABEL_BEFORE_RE.test(line.slice(Math.max(0, s - 40), s))) return false;
  const w = wordAfter(line, e);
  return w === undefined || !countWord(w);
}
const RESPONSE_LABEL_BEFORE_RE = /(?:^|[\s*>|(-])(?:Response|Resposta|Respuesta|Réponse|Risposta|Antwort|Retorno)(?:\s+(?:code|status|código|codigo))?\s*:\s*(?:\*\*\s*)?`?$/;
/**
 * A Ruby controller's own responder given the status last, `render_message(:error, 'Record not found.', 404)`,
 * `render_error(e.message, 422)` (named for a message, an error, JSON or a response: `render_icon(:star, 200)` is a size).
 */
function rubyRenderHelperLast(line: string, s: number, e: number, lang: string): boolean {
  return lang === 'ruby' && line.charCodeAt(e) === 41 && RUBY_RENDER_HELPER_BEFORE_RE.test(line.slice(Math.max(0, s - 120), s));
}
const RUBY_RENDER_HELPER_BEFORE_RE = /(?:^|[^\w.:])render_(?:\w*_)?(?:message|error|errors|json|response|status|success|failure)\((?:[^;{}()#,]+,\s*){1,3}$/;
/**
 * Python's status-first pair unpacked into a status and a body: `status, payload = 404, {...}`,
 * `status_code, context = 200, r` (django-ninja's returned pair is read with the other returns; a second number is a
 * point, `x, y = 200, 300`).
 */
function statusFirstTuple(line: string, s: number, e: number, code: number): boolean {
  if (line.charCodeAt(e) !== 44 || s > 80 || !official(code) || !NINJA_BODY_AFTER_RE.test(line.slice(e, e + 48))) return false;
  return STATUS_FIRST_TUPLE_BEFORE_RE.test(line.slice(0, s));
}
const STATUS_FIRST_TUPLE_BEFORE_RE = /^\s*(?:status|status_code|code|http_status|http_code)\s*,\s*\w+\s*=\s*$/;
/**
 * A code handed first, a message or a body second, to a project's error object: `throw new ErrorMsg(404, 'Campain not
 * found')`, `new ErrorResponse(401, "Invalid token")`, or to any call with an error's name second (`failure(400, "URL_INVALID", ...)`), or to SvelteKit's `error(403, m.access_denied())` (a bare `send`
 * given a body is bareSendStatement's).
 */
function codeThenMessageCall(line: string, s: number, e: number, code: number): boolean {
  if (line.charCodeAt(s - 1) !== 40 || !official(code)) return false;
  const before = line.slice(Math.max(0, s - 60), s);
  // (SvelteKit's `error(403, m.access_denied())`, `error(400, formatZodError(result.error))`: any message)
  if (code >= 400 && BARE_ERROR_BEFORE_RE.test(before) && CODE_THEN_ARGUMENT_AFTER_RE.test(line.slice(e, e + 48))) return true;
  if (!CODE_THEN_MESSAGE_AFTER_RE.test(line.slice(e, e + 6))) return false;
  // (a code, then an error's name: `failure(400, "ARTWORK_ID_INVALID", "Artwork ID must be ...")`)
  if (code >= 400 && CAPS_ERROR_NAME_AFTER_RE.test(line.slice(e, e + 72))) return true;
  const m = ERROR_OBJECT_BEFORE_RE.exec(before);
  return m !== null && code >= 400 && ERROR_OBJECT_NAME_RE.test(m[1] ?? '') && !BUILTIN_ERROR_RE.test(m[1] ?? '');
}
const CODE_THEN_MESSAGE_AFTER_RE = /^\s*,\s*[{'"`]/;
// (a message built by a call or a member, or a name saying it is one: `error(500, count)` is something else)
const CODE_THEN_ARGUMENT_AFTER_RE = /^\s*,\s*(?:[A-Za-z_$][\w$]*[.(]|[\w$]*(?:[Mm]essage|MESSAGE|[Mm]sg|MSG|[Ee]rror|[Ee]rr|[Cc]ause|[Rr]eason|[Tt]ext)\b|(?:e|ex)\b)/;
const BARE_ERROR_BEFORE_RE = /(?:^|[^\w.$])error\($/;
const ERROR_OBJECT_BEFORE_RE = /\bnew\s+(?:[\w$]+\.)*([A-Z][\w$]*)\($/;
const ERROR_OBJECT_NAME_RE = /(?:Error|Exception|Err)(?=[A-Z]|$)/;
/** A language's own errors, whose numbers are indexes and values: `new RangeError(404, ...)`, `new IllegalArgumentException(400, ...)`. */
const BUILTIN_ERROR_RE = /^(?:(?:Range|Type|Syntax|Reference|Eval|URI|Aggregate|Internal|Value|Key|Index|Assertion|Overflow|Arithmetic|Runtime)Error|(?:Illegal\w*|Runtime|Argument\w*|\w*OutOfBounds|\w*OutOfRange|NullPointer|Unsupported\w*|Arithmetic|NumberFormat|NotImplemented|NotSupported|Format|Overflow|IO|Index\w*|InvalidOperation|InvalidCast)Exception)$/;
/**
 * The last line of a multi-line response, its body closed and then a client error no timer waits for: Hono's
 * `return c.json({ ... \n }, 403);`, `res.json({...}, 404)` (a round code there, `}, 500);`, or an odd one, `}, 501);`, closes a
 * `setTimeout` as often).
 */
function closedBodyThenErrorCode(line: string, s: number, e: number, code: number): boolean {
  if (code < 400 || code > 499 || s > 40 || (line.charCodeAt(e) !== 41 && !isSpace(line.charCodeAt(e))) || !isDistinctive(code) || !official(code)) return false;
  return CLOSED_BODY_BEFORE_RE.test(line.slice(0, s)) && CALL_END_AFTER_RE.test(line.slice(e, e + 24));
}
const CLOSED_BODY_BEFORE_RE = /^\s*[}\]]\)?\s*,\s*$/;
const CALL_END_AFTER_RE = /^\s*\)+\s*;?\s*(?:$|\/\/)/;
/**
 * NestJS Swagger's example or default of a documented property, where it is a client or server error no other number is
 * (`@ApiProperty({ example: 401 })` above an error body's `statusCode`; a round code there, `example: 400`, is as often a size).
 */
function apiPropertyExampleCode(line: string, s: number, e: number, code: number): boolean {
  if (code < 400 || !isDistinctive(code) || !official(code) || line.charCodeAt(s - 1) !== 32) return false;
  return API_PROPERTY_EXAMPLE_BEFORE_RE.test(line.slice(Math.max(0, s - 80), s)) && /^\s*[,}]/.test(line.slice(e, e + 4));
}
const API_PROPERTY_EXAMPLE_BEFORE_RE = /@ApiProperty(?:Optional)?\(\s*\{[^{}]*\b(?:example|default):\s$/;
/** FOSRestBundle's views, the data and then the status: `$view = $this->view($results, 200);`, `View::create([], 404)`. */
function fosRestView(line: string, s: number, e: number, lang: string): boolean {
  return lang === 'php' && line.charCodeAt(e) === 41 && FOS_REST_VIEW_BEFORE_RE.test(line.slice(Math.max(0, s - 60), s));
}
const FOS_REST_VIEW_BEFORE_RE = /(?:\$this->view|View::create)\(\s*(?:\$[\w>-]+|\[\s*\]|null)\s*,\s*$/;
/** An error's message, its code name and then its status, last: `factory('Login failed', 'LOGIN_FAILED', 401)`. */
function errorNameThenCode(line: string, s: number, e: number, code: number): boolean {
  if (code < 400 || line.charCodeAt(e) !== 41 || !official(code)) return false;
  // (a cheap look first: a quote closes the argument before the code's comma)
  const comma = skipSpacesBack(line, s - 1, Math.max(0, s - 4));
  if (line.charCodeAt(comma) !== 44 || !isQuote(line.charCodeAt(skipSpacesBack(line, comma - 1, Math.max(0, comma - 4))))) return false;
  return ERROR_NAME_ARG_BEFORE_RE.test(line.slice(Math.max(0, s - 64), s));
}
// (after another argument, a message: a first argument named so is a setting's name, `env('API_MAX_ITEMS', 500)`)
const ERROR_NAME_WORDS = 'FAIL|FAILED|FAILURE|ERROR|INVALID|NOT_FOUND|DENIED|UNAUTHORI[SZ]ED|FORBIDDEN|CONFLICT|EXISTS|MISSING|EXPIRED|REQUIRED|NOT_ALLOWED|TAKEN|DUPLICATE';
const ERROR_NAME_ARG_BEFORE_RE = new RegExp(`,\\s*(['"])[A-Z][A-Z0-9_]*(?:${ERROR_NAME_WORDS})[A-Z0-9_]*\\1\\s*,\\s*$`);
/** The same name right after a code given first: `return failure(400, "ARTWORK_URL_INVALID", "Missing artwork URL.")`. */
const CAPS_ERROR_NAME_AFTER_RE = new RegExp(`^\\s*,\\s*(['"])[A-Z][A-Z0-9_]*(?:${ERROR_NAME_WORDS})[A-Z0-9_]*\\1\\s*[,)]`);
/** A promise expected to fail with a code as its message: Jest's `await expect(api.find(id)).rejects.toThrow('404')`. */
function rejectedWithCode(line: string, s: number, e: number, code: number): boolean {
  const q = line.charCodeAt(s - 1);
  if (code < 400 || !isQuote(q) || line.charCodeAt(e) !== q || line.charCodeAt(e + 1) !== 41 || !official(code)) return false;
  return line.endsWith('.rejects.toThrow(', s - 1) || line.endsWith('.rejects.toThrowError(', s - 1);
}
/**
 * A TypeScript map from a code to its response class, the key computed: `[404]?: NotFound`, `[201]: Created.fromEntity(...)`,
 * `[404]: new NotFound(OrderDoesNotExistError.schema())` (the value named for a status).
 */
function bracketKeyToResponseClass(line: string, s: number, e: number): boolean {
  if (line.charCodeAt(s - 1) !== 91 || line.charCodeAt(e) !== 93 || !blankOrBraceBefore(line, s - 1)) return false;
  const m = BRACKET_KEY_CLASS_AFTER_RE.exec(line.slice(e, e + 48));
  return m !== null && codeOfPhraseLetters(m[1] ?? '') !== undefined;
}
const BRACKET_KEY_CLASS_AFTER_RE = /^\]\??:\s*(?:new\s+)?([A-Z][A-Za-z]+)\b/;
/**
 * A JVM enum constant built from an error status and its message: `MISSING_QUERY(400, "You must provide a query"),`
 * (a constant given a number alone, `POLL(300),`, is some other numbering).
 */
function enumErrorConstant(line: string, s: number, e: number, code: number, lang: string): boolean {
  if (code < 400 || !isCommon(code) || s > 160 || !JVM_ENUM_LANGUAGES.has(lang)) return false;
  let name: string | undefined;
  let message: string | undefined;
  if (line.charCodeAt(s - 1) === 40) {
    if (s > 48) return false;
    name = ENUM_CONSTANT_LEFT_RE.exec(line.slice(0, s))?.[1];
    message = ENUM_MESSAGE_AFTER_RE.exec(line.slice(e, e + 80))?.[1];
  } else if (line.charCodeAt(e) === 41) {
    // (or the message first and the status last: `RECIPE_NOT_FOUND("Recipe not found", 404),`, after the error's own key:
    // `RW_NOT_FOUND("RW_001", "error.rw.not_found", 404),`)
    const m = ENUM_MESSAGE_FIRST_LEFT_RE.exec(line.slice(0, s));
    name = m?.[1];
    message = m?.[2];
    if (!/^\)\s*[,;]?\s*(?:$|\/\/)/.test(line.slice(e, e + 24))) return false;
  }
  if (name === undefined || message === undefined) return false;
  // (not the constant's own name in one word, `STRAIGHT(400, "Straight")`, a poker hand's score; `CONNECTION_LOST(500, "Connection lost")` is an error's message)
  return squash(name) !== squash(message) || message.includes(' ') || isOwnPhrase(message, code);
}
const JVM_ENUM_LANGUAGES: ReadonlySet<string> = new Set(['java', 'kotlin', 'scala', 'groovy']);
const ENUM_MESSAGE_AFTER_RE = /^\s*,\s*"([^"]*)"/;
const ENUM_CONSTANT_LEFT_RE = /^\s*([A-Z][A-Z0-9_]{1,40})\($/;
const ENUM_END_AFTER_RE = /^\)\s*[,;]?\s*(?:$|\/\/)/;
const ENUM_SUCCESS_NAME_RE = /^(?:SUCCESS|SUCCEED|SUCCEEDED|SUCCESSFUL|OK)$/;
const ENUM_FAILURE_NAME_RE = /^(?:ERROR|FAIL|FAILED|FAILURE|[A-Z]+_(?:ERROR|FAIL|FAILED|FAILURE))$/;
const ENUM_MESSAGE_FIRST_LEFT_RE = /^\s*([A-Z][A-Z0-9_]{1,40})\(\s*(?:"[^"]*"\s*,\s*)?"([^"]*)"\s*,\s*$/;
/**
 * A comment or a document line that ends with a failure, a colon and an error code: a handler's doc listing its
 * answers, `// ◽ Caller is not authorized: 403`, `- Token verification fails: 401`.
 */
function failureColonCode(line: string, s: number, e: number, code: number, lang: string): boolean {
  if (code < 400 || line.charCodeAt(s - 1) !== 32 || line.charCodeAt(s - 2) !== 58 || skipSpacesFwd(line, e, line.length) < line.length) return false;
  if (!DOC_LANGUAGES.has(lang) && commentOpenerBefore(line, s, lang) < 0) return false;
  return FAILURE_CLAUSE_RE.test(line.slice(Math.max(0, s - 100), s - 2));
}
// (and in Indonesian, Spanish and Portuguese: `Resource tidak ditemukan (404)`, `Usuario no encontrado (404)`, `Token inválido (401)`)
const FAILURE_CLAUSE_RE = /\b(?:fail(?:s|ed|ure|ing)?|errors?|invalid|missing|not (?:authori[sz]ed|authenticated|found|allowed|permitted|valid)|unauthori[sz]ed|forbidden|denied|blocked|rejected|rate[ -]limit(?:ed|ing|s)?|throttled|too many requests|refuse[sd]?|tidak (?:ditemukan|valid|diizinkan|punya akses)|gagal|n(?:o|ao|ão) encontrad[oa]s?|inv[aá]lid[oa]s?)(?![\w\u00c0-\u017f])[^:]*$/i;
// (in other languages too: Polish `- Sukces (200): ...`, Spanish `Éxito (201)`, Portuguese `Sucesso (200)`, German `Erfolg (200)`)
const SUCCESS_WORD_BEFORE_RE = /(?:^|[^\w\u00c0-\u024f])(?:[Ss]uccess(?:ful(?:ly)?)?|[Ss]ucceeded|SUCCESS|OK|[Cc]reated|[Ss]ukces|[ÉéEe]xito|[Ss]ucesso|[Ss]ucc[èe]s|[Ee]rfolg(?:reich)?)$/;

/** A quoted code, then the text that says when a server answers with it: rocket_okapi's `("404", "Returned when the page < 0")`. */
function quotedCodeWhenDescription(line: string, s: number, e: number): boolean {
  const q = line.charCodeAt(s - 1);
  if (!isQuote(q) || line.charCodeAt(e) !== q) return false;
  WHEN_DESCRIPTION_RE.lastIndex = e + 1;
  return WHEN_DESCRIPTION_RE.test(line);
}
const WHEN_DESCRIPTION_RE = /\s*,\s*["'](?:Returned|Returns|Sent|Responds?) (?:when|if|on|after|for)\b/y;
/**
 * A Go function that hands its caller a status and an error: `return 400, errors.New("content is invalid")`,
 * `return 200, nil` (the whole statement: the code, then one error value; Go's standard library never returns a number of
 * this range that way).
 */
function goStatusErrorReturn(line: string, s: number, e: number): boolean {
  if (line.charCodeAt(e) !== 44 || line.charCodeAt(s - 1) !== 32 || !GO_RETURN_LEFT_RE.test(line.slice(Math.max(0, s - 12), s))) return false;
  return GO_ERROR_VALUE_RE.test(line.slice(e, e + 120));
}
const GO_RETURN_LEFT_RE = /(?:^|[;{]) *\t*return $|^\s*return $/;
const GO_ERROR_VALUE_RE = /^,\s*(?:nil|err|errors\.New\([^()]*\)|fmt\.Errorf\((?:[^()]|\([^()]*\))*\))\s*(?:$|\/\/|\})/;
/** A match arm mapping an error to a tuple led by its status and a text: `LedgerError::Policy(_) => (403, "scope_unavailable", e.to_string()),`. */
function armTupleCode(line: string, s: number, e: number, code: number): boolean {
  if (code < 400 || line.charCodeAt(s - 1) !== 40) return false;
  const k = skipSpacesBack(line, s - 2, Math.max(0, s - 6));
  return line.charCodeAt(k) === 62 && (line.charCodeAt(k - 1) === 61 || line.charCodeAt(k - 1) === 45) && /^\s*,\s*["']/.test(line.slice(e, e + 6));
}
/** A C# auto-property named for a status, and its default: `public int StatusCode { get; set; } = 200;`. */
function autoPropertyDefault(line: string, s: number): boolean {
  if (line.charCodeAt(s - 1) !== 32 || line.charCodeAt(s - 2) !== 61) return false;
  const m = AUTO_PROPERTY_RE.exec(line.slice(Math.max(0, s - 90), s));
  return m !== null && classify(m[1] ?? '') === 'status';
}
const AUTO_PROPERTY_RE = /\b([A-Za-z_]\w{0,40})\s*\{\s*get;\s*(?:(?:private|protected|internal)\s+)?(?:set|init);\s*\}\s*= $/;
/** A Strikt assertion on a response's status: `expectThat(response).get { status }.isEqualTo(404)`. */
const STRIKT_STATUS_SUBJECT_RE = /\bget\s*\{\s*(?:it\.)?(?:status|statusCode|status\.code|code)\s*\}\s*\.\s*(?:isEqualTo|isNotEqualTo)\($/;
/**
 * A key of an object keyed by status classes: Cloudflare's `cacheTtlByStatus` example in every Workers project's
 * generated types, `{ '200-299': 86400, '404': 1, '500-599': 0 }` (each quoted key, where a sibling is a quoted class range).
 */
function classRangeKeyedObject(line: string, s: number, e: number): boolean {
  const q = line.charCodeAt(s - 1);
  if (!isQuote(q)) return false;
  let k = e;
  if (line.charCodeAt(k) === 45 && threeDigitsAt(line, k + 1)) k += 4;
  if (line.charCodeAt(k) !== q || line.charCodeAt(skipSpacesFwd(line, k + 1, Math.min(line.length, k + 4))) !== 58) return false;
  return CLASS_RANGE_KEY_RE.test(line.slice(Math.max(0, s - LEFT_WINDOW), Math.min(line.length, e + RIGHT_WINDOW)));
}
const CLASS_RANGE_KEY_RE = /["'][1-5]00-[1-5]99["']\s*:/;
/** A shell test of a variable named for a response: `[ "$csrf_response" = "200" ]`, `[[ ${http_code} != 404 ]]`, `[ "${report_http:-000}" != "201" ]`. */
function shellResponseTest(line: string, s: number, e: number): boolean {
  const m = SHELL_TEST_LEFT_RE.exec(line.slice(Math.max(0, s - 60), s));
  if (m !== null && SHELL_RESPONSE_VAR_RE.test(m[1] ?? '')) return true;
  // a test helper's last two arguments, the expected code and the variable holding the actual one: `check "CSS loads" "200" "$CSS_CODE"`
  const q = isQuote(line.charCodeAt(s - 1)) ? 1 : 0;
  if (!isSpace(line.charCodeAt(s - 1 - q)) || (q && line.charCodeAt(e) !== line.charCodeAt(s - 1))) return false;
  SHELL_ACTUAL_VAR_AFTER_RE.lastIndex = e + q;
  const a = SHELL_ACTUAL_VAR_AFTER_RE.exec(line);
  return a !== null && SHELL_RESPONSE_VAR_RE.test(a[2] ?? '');
}
const SHELL_ACTUAL_VAR_AFTER_RE = /[ \t]+(["']?)\$\{?([A-Za-z_]\w{0,40})\}?\1[ \t]*(?:$|[;#|&])/y;
const SHELL_TEST_LEFT_RE = /\$\{?([A-Za-z_]\w{0,40})(?::-\w{0,8})?\}?["']?\s*(?:=|==|!=)\s*["']?$/;
/** A Rack response thrown to the router: `throw(:response, [404, 'No poll found'])`, Sinatra's `throw :halt, [401, 'x']`. */
const THROWN_RACK_RESPONSE_RE = /\bthrow\s*\(?\s*:(?:response|halt)\s*,\s*\[$/;

/**
 * A list of five or more known codes from at least two classes, three of them distinctive: every member is a
 * status, round ones included (`random.choice([200, 301, 400, 401, 403, 404, 405, 500])`, `("200", "301", "404")`).
 */
function mixedStatusList(line: string, s: number, e: number, code: number): boolean {
  const q = s > 0 && isQuote(line.charCodeAt(s - 1)) && line.charCodeAt(e) === line.charCodeAt(s - 1) ? line.charCodeAt(e) : 0;
  const w = q ? 1 : 0;
  let n = 1;
  let distinctive = isDistinctive(code) ? 1 : 0;
  let classes = 1 << Math.floor(code / 100);
  const member = (a: number): boolean => {
    if (!threeDigitsAt(line, a) || (q && (line.charCodeAt(a - 1) !== q || line.charCodeAt(a + 3) !== q))) return false;
    const c = codeAt(line, a);
    if (!known(c) || !standalone(line, a, a + 3)) return false;
    n++;
    if (isDistinctive(c)) distinctive++;
    classes |= 1 << Math.floor(c / 100);
    return true;
  };
  for (let a = s, guard = 0; guard < 16; guard++) {
    const k = skipSpacesBack(line, a - w - 1, Math.max(0, a - w - 6));
    if (k < 0 || !isRunSeparator(line.charCodeAt(k))) break;
    const end = skipSpacesBack(line, k - 1, Math.max(0, k - 6)) - w;
    if (!member(end - 2)) break;
    a = end - 2;
  }
  for (let b = e, guard = 0; guard < 16; guard++) {
    const k = skipSpacesFwd(line, b + w, Math.min(line.length, b + w + 6));
    if (!isRunSeparator(line.charCodeAt(k))) break;
    const start = skipSpacesFwd(line, k + 1, Math.min(line.length, k + 7)) + w;
    if (!member(start)) break;
    b = start + 3;
  }
  let count = 0;
  for (let c = classes; c; c &= c - 1) count++;
  return n >= 5 && count >= 2 && distinctive >= 3;
}

/**
 * The last line of a Flask return tuple whose call began lines before: `    language=LANGUAGE), 404` (the
 * line closes more parentheses than it opens, then the code ends it).
 */
function returnTupleTail(line: string, s: number, e: number, code: number): boolean {
  if (s > LEFT_WINDOW || line.length - e > RIGHT_WINDOW) return false;
  const r = skipSpacesFwd(line, e, line.length);
  if (r < line.length && line.charCodeAt(r) !== 35) return false;
  const comma = skipSpacesBack(line, s - 1, Math.max(0, s - 4));
  if (comma < 1 || line.charCodeAt(comma) !== 44) return false;
  const close = skipSpacesBack(line, comma - 1, Math.max(0, comma - 4));
  if (close < 0 || line.charCodeAt(close) !== 41) return false;
  let depth = 0;
  for (let i = 0; i <= close; i++) {
    const c = line.charCodeAt(i);
    if (c === 40) depth++;
    else if (c === 41) depth--;
  }
  // (the tuple's first element ends here: closers alone, `}), 404`, or a keyword argument, `language=LANGUAGE), 404`)
  // (or a triple-quoted body ends here: `""".format(e), 500`)
  return (depth < 0 ? TUPLE_TAIL_LEFT_RE.test(line) : TRIPLE_QUOTE_CLOSE_RE.test(line)) && code !== 100 && code !== 300;
}
const TUPLE_TAIL_LEFT_RE = /^\s*(?:[}\])]|[A-Za-z_]\w*\s*=[^=]|["'][\w-]{1,40}["']\s*:)/;
const TRIPLE_QUOTE_CLOSE_RE = /^\s*(?:"""|''')/;

/** `case 100: return "Continue";`: a `case` label whose arm returns the code's own reason phrase. */
function caseReturnsPhrase(line: string, s: number, e: number, code: number): boolean {
  const k = skipSpacesBack(line, s - 1, Math.max(0, s - 6));
  if (k < 3 || !endsWithFolded(line, k + 1, 'case') || (k >= 4 && isIdentChar(line.charCodeAt(k - 4)))) return false;
  CASE_PHRASE_RE.lastIndex = e;
  const m = CASE_PHRASE_RE.exec(line);
  return m !== null && isOwnPhrase(m[1] ?? '', code);
}
const CASE_PHRASE_RE = /:\s*(?:return\s+|\w+\s*=\s*)?["']([^"']{2,60})["']/y;

/** A code, then an HTML document as the next argument: a stubbed fetch's `new Pair(200, "<html></html>")`, `respond(404, '<h1>Not found</h1>')`. */
function codeThenHtmlBody(line: string, s: number, e: number): boolean {
  if (line.charCodeAt(e) !== 44) return false;
  const p = argumentOpener(line, s);
  if (p < 0 || line.charCodeAt(p) !== 40) return false;
  HTML_BODY_AFTER_RE.lastIndex = e;
  return HTML_BODY_AFTER_RE.test(line);
}
const APIDOC_EXAMPLE_TITLE_RE = /@api(?:Error|Success)Example\s+(?:\{[^{}]{1,30}\}\s+)?[\w -]{0,40}-$/;
const HTML_BODY_AFTER_RE = /,\s*["'`]\s*<(?:!DOCTYPE|!doctype|html|HTML|body|h[1-6]|title)\b/y;

/** A table keyed by code with its message, Lua `[502] = "An invalid response was received"`, C# `["200"] = new OpenApiResponse()`. */
function keyedMessageTable(line: string, s: number, e: number, code: number): boolean {
  let a = s - 1;
  if (isQuote(line.charCodeAt(a))) a--;
  if (line.charCodeAt(a) !== 91) return false;
  const b = isQuote(line.charCodeAt(e)) ? e + 1 : e;
  if (line.charCodeAt(b) !== 93) return false;
  if (RESPONSES_INDEX_BEFORE_RE.test(line.slice(Math.max(0, a - 24), a))) return true;
  // (a table's own entry: the key opens the statement, or a map's name comes right before it, `s[400] = "indicates an error"`)
  const lead = skipSpacesBack(line, a - 1, 0);
  const named = lead >= 0 && isIdentChar(line.charCodeAt(lead));
  if (lead >= 0 && (!named || skipSpacesBack(line, identStart(line, lead + 1, Math.max(0, lead - 40)) - 1, 0) >= 0)) return false;
  KEYED_VALUE_RE.lastIndex = b + 1;
  const m = KEYED_VALUE_RE.exec(line);
  return m !== null && (m[1] !== undefined ? C.KEY_VALUE_RE.test(m[1]) || reasonPhraseIn(m[1], code) : !named);
}
/** After the key: `= "message"` or `= new XResponse(`. */
const KEYED_VALUE_RE = /\s*=\s*(?:["']([^"']{2,80})["']|new\s+\w*Response\w*\s*\()/y;
/** An OpenAPI document's responses indexed by code: `operation["responses"]!["200"]`, `spec['responses']['404']`, `operation_responses[200]`. */
const RESPONSES_INDEX_BEFORE_RE = /(?:\[\s*["']responses["']\s*\]|[._]responses|\bResponses)\s*!?\s*$/;

/** A code paired with a library constant for the same code: falcon's `(404, falcon.HTTP_404),`, `(200, HttpStatus.OK)`. */
function codeThenItsConstant(line: string, e: number, code: number): boolean {
  if (line.charCodeAt(e) !== 44) return false;
  const a = skipSpacesFwd(line, e + 1, Math.min(line.length, e + 4));
  if (!isAlpha(line.charCodeAt(a))) return false;
  // (or Rails's status option naming the same code: `render json: 422, status: :unprocessable_entity`)
  STATUS_SYMBOL_AFTER_RE.lastIndex = a;
  const sym = STATUS_SYMBOL_AFTER_RE.exec(line);
  if (sym) return nameMeansCode(sym[1] ?? '', code);
  // (a qualified name: its last member, after the last dot)
  let b = a;
  let dot = -1;
  const max = Math.min(line.length, a + MAX_CONSTANT_SPAN);
  for (let c = line.charCodeAt(b); b < max && (isIdentChar(c) || c === 46); c = line.charCodeAt(++b)) if (c === 46) dot = b;
  if (dot < 0 || b - dot < 3) return false;
  const last = line.slice(dot + 1, b);
  return nameMeansCode(last, code) || nameHoldsCode(last, code);
}

const STATUS_SYMBOL_AFTER_RE = /status:\s*:([a-z_]{2,40})\b/y;
/**
 * A code compared and mapped to a constant named for it: `if (v == 404) return ResultCode.NOT_FOUND;` (a project's own
 * numbering for the same status; the name says which code it stands for).
 */
function comparedThenItsConstant(line: string, s: number, e: number, code: number): boolean {
  if (line.charCodeAt(e) !== 41 && !isSpace(line.charCodeAt(e))) return false;
  const j = skipSpacesBack(line, s - 1, Math.max(0, s - 4));
  if (line.charCodeAt(j) !== 61 || line.charCodeAt(j - 1) !== 61) return false;
  COMPARED_CONSTANT_AFTER_RE.lastIndex = e;
  const m = COMPARED_CONSTANT_AFTER_RE.exec(line);
  return m !== null && nameMeansCode(m[1] ?? '', code);
}
const COMPARED_CONSTANT_AFTER_RE = /\s*\)\s*\{?\s*return\s+(?:[A-Za-z_$][\w$]*\.)+([A-Z][A-Z0-9_]*)\s*[;}]/y;

/** The code at s opens its line (past indentation, within the first 24 characters): a table row or a switch arm. */
function opensLine(line: string, s: number): boolean {
  return s <= 24 && skipSpacesBack(line, s - 1, 0) < 0;
}

/** PowerShell and C switch arms whose block gives the reason phrase: `400 { return 'Bad Request' }`. */
function armBlockWithPhrase(line: string, s: number, e: number, code: number): boolean {
  if (!opensLine(line, s) || line.charCodeAt(skipSpacesFwd(line, e, Math.min(line.length, e + 3))) !== 123) return false;
  return reasonPhraseIn(line.slice(e, e + 80), code);
}

/** FastAPI's `responses={200: {"model": Item}, "404": {...}}`: the keys of a `responses` dict. */
function responsesDictKey(line: string, s: number, e: number): boolean {
  const k = isQuote(line.charCodeAt(e)) ? e + 1 : e;
  // (a key, or the only item of drf-spectacular's `responses={200}`)
  const after = line.charCodeAt(skipSpacesFwd(line, k, Math.min(line.length, k + 3)));
  if (after !== 58 && !(after === 125 && line.charCodeAt(s - 1) === 123)) return false;
  // (a key inside braces: `{` or `,` before it)
  const b = line.charCodeAt(skipSpacesBack(line, isQuote(line.charCodeAt(s - 1)) ? s - 2 : s - 1, Math.max(0, s - 5)));
  if (b !== 123 && b !== 44) return false;
  const from = Math.max(0, s - 120);
  const at = line.slice(from, s).lastIndexOf('responses');
  return at >= 0 && RESPONSES_DICT_RE.test(line.slice(from + at, s));
}
const RESPONSES_DICT_RE = /^responses\s*=\s*\{(?:[^{}]|\{[^{}]*\})*?["']?$/;

/**
 * The last argument of a call that is given a URL first: a test helper's expected status, Erlang's
 * `post("https://api.twitch.tv/helix/...", Payload, 202).`, or a shell function's `test_url "$ROOT_URL/ff404.png" 404`
 * (a distinctive code: `resize("https://x/a.png", 200)` is a size).
 */
function urlCallLastArgument(line: string, s: number, e: number, code: number, lang: string): boolean {
  if (!isDistinctive(code)) return false;
  const quoted = isQuote(line.charCodeAt(s - 1)) && line.charCodeAt(e) === line.charCodeAt(s - 1) ? 1 : 0;
  const r = skipSpacesFwd(line, e + quoted, Math.min(line.length, e + quoted + 4));
  if (C.SHELL_LANGUAGES.has(lang)) {
    // `cmd "$URL/path" 404`: the code ends the command, right after a quoted URL
    if (!(r >= line.length || line.charCodeAt(r) === 59 || line.charCodeAt(r) === 35) || line.charCodeAt(s - 1 - quoted) !== 32) return false;
    const q = skipSpacesBack(line, s - 2 - quoted, Math.max(0, s - 8));
    if (q < 0 || !isQuote(line.charCodeAt(q))) return false;
    // (a command near the start of its line, its URL within 200 characters: each read stays bounded)
    const from = Math.max(0, q - 200);
    const open = from + line.slice(from, q).lastIndexOf(line.charAt(q));
    return open >= from && open <= 160 && SHELL_URL_ARG_RE.test(line.slice(open + 1, q)) && SHELL_COMMAND_START_RE.test(line.slice(0, open));
  }
  if (line.charCodeAt(r) !== 41) return false;
  const p = skipSpacesBack(line, s - 1 - quoted, Math.max(0, s - 4));
  if (p < 0 || line.charCodeAt(p) !== 44) return false;
  const open = callOpenBefore(line, p, s, 200);
  if (open < 0) return false;
  return URL_FIRST_ARG_RE.test(line.slice(open + 1, p));
}
/** A shell argument holding a URL: `"$ROOT_URL/ff404.png"`, `"${BASE_URL}/health"`, `"https://..."`, `"$url"`. */
const SHELL_URL_ARG_RE = /^(?:https?:\/\/|\$\{?\w*(?:URL|Url|url|URI|uri)\w*\}?)/;
/** A line that is one command with its arguments (a function or a program, maybe indented). */
const SHELL_COMMAND_START_RE = /^\s*[A-Za-z_][\w-]*(?:\s+(?:"[^"]*"|'[^']*'|[^\s"'|&;]+))*\s+$/;
/** A first argument that is a URL string: `("https://api.example.com/x", ...`. */
const URL_FIRST_ARG_RE = /^\s*["'`]https?:\/\//;

/**
 * The status after the body of a bare `json(...)` helper, the call's last argument: Remix's `json({ error }, 400)`, a
 * Sinatra app's `json({ post: serialize_post(post) }, 201)` (not `res.json(...)`, read as Express's).
 */
function bareJsonStatusLast(line: string, s: number, e: number): boolean {
  const comma = skipSpacesBack(line, s - 1, Math.max(0, s - 4));
  if (comma < 0 || line.charCodeAt(comma) !== 44 || line.charCodeAt(skipSpacesFwd(line, e, Math.min(line.length, e + 4))) !== 41) return false;
  const open = callOpenBefore(line, comma, s, 160);
  if (open < 4 || !line.startsWith('json', open - 4)) return false;
  const before = open > 4 ? line.charCodeAt(open - 5) : 32;
  // (a body first: not `json(200, 300)`)
  return !isIdentChar(before) && before !== 46 && before !== 58 && !/^\s*\d/.test(line.slice(open + 1, open + 4));
}

/**
 * An argument of a response envelope's factory: `ApiResponse.error(message, "400")`, `Result.fail(500, "...")`,
 * `R.error(401, msg)`, `ApiResult.success(data, 201)` (the project's own type, whose code is the HTTP status).
 */
function envelopeFactoryArgument(line: string, s: number, e: number, code: number): boolean {
  if (!isCommon(code)) return false;
  const q = isQuote(line.charCodeAt(s - 1)) ? 1 : 0;
  if (q && line.charCodeAt(e) !== line.charCodeAt(s - 1)) return false;
  const p = skipSpacesBack(line, s - 1 - q, Math.max(0, s - 6));
  if (p < 0 || (line.charCodeAt(p) !== 44 && line.charCodeAt(p) !== 40)) return false;
  const open = line.charCodeAt(p) === 40 ? p : callOpenBefore(line, p, s, 160);
  if (open < 0) return false;
  // the envelope's constructor given the code first: `new BaseResponse("500", ex.getMessage())`, RuoYi's `new R(200, msg, data)`
  if (open === p && line.charCodeAt(skipSpacesFwd(line, e + q, Math.min(line.length, e + q + 4))) === 44 && envelopeConstructorBefore(line, open)) return true;
  // (the method's name first, read in place: most calls are not a factory's)
  const name = identStart(line, open, Math.max(0, open - 8));
  if (!ENVELOPE_METHODS.has(line.slice(name, open))) return false;
  return ENVELOPE_FACTORY_RE.test(line.slice(Math.max(0, open - 48), open));
}
/**
 * A responder called bare as a statement, the code first: an OpenResty handler's local `return send(404, { error = "..." })`,
 * `send(405)` (not a method, `socket.send(200)`, nor a later argument); later on its line, a body or a message after the
 * code: a test server's `if (!ok) return send(401, { title: "Unauthorized" });`.
 */
function bareSendStatement(line: string, s: number, e: number, code: number): boolean {
  if (s < 5 || line.charCodeAt(s - 1) !== 40 || !line.startsWith('send', s - 5)) return false;
  const n = line.charCodeAt(skipSpacesFwd(line, e, Math.min(line.length, e + 2)));
  if ((n === 41 || n === 44) && s <= 40 && BARE_SEND_LEFT_RE.test(line.slice(0, s))) return true;
  return official(code) && BARE_SEND_BEFORE_RE.test(line.slice(Math.max(0, s - 6), s)) && CODE_THEN_MESSAGE_AFTER_RE.test(line.slice(e, e + 6));
}
const BARE_SEND_LEFT_RE = /^\s*(?:return\s+)?send\($/;
const BARE_SEND_BEFORE_RE = /(?:^|[^\w.$])send\($/;
/**
 * A PHP array's message, then the code as the array's last item: `response()->json(['message'=> 'Server error', 500]);`
 * (the status put inside the body by mistake, which its author still meant as one).
 */
function messageThenCode(line: string, s: number, e: number): boolean {
  if (line.charCodeAt(s - 1) !== 32 || line.charCodeAt(s - 2) !== 44 || !MESSAGE_THEN_CODE_RIGHT_RE.test(line.slice(e, e + 8))) return false;
  return MESSAGE_THEN_CODE_LEFT_RE.test(line.slice(Math.max(0, s - 160), s));
}
const MESSAGE_THEN_CODE_LEFT_RE = /['"]message['"]\s*=>\s*(?:'[^']*'|"[^"]*")\s*, $/;
const MESSAGE_THEN_CODE_RIGHT_RE = /^\s*(?:\]|$)/;
/** tsoa's response decorators, the code first: `@SuccessResponse(204)`, `@Response<ErrorBody>(404, "Not found")`. */
function tsoaResponseDecorator(line: string, s: number): boolean {
  const c = line.charCodeAt(s - 1);
  if (c !== 40 && !isQuote(c)) return false;
  return TSOA_DECORATOR_LEFT_RE.test(line.slice(Math.max(0, s - 90), s));
}
const TSOA_DECORATOR_LEFT_RE = /@(?:SuccessResponse|Response)(?:<[^()]{1,60}>)?\(\s*['"]?$/;
/**
 * A code in backticks in API notes, with the case it answers: `` `409` if a pending counteroffer already exists ``,
 * `` `400` once the job is `IN_PROGRESS` ``, or after a refusal: `` Rejects inactive accounts (not yet verified) with `401`. ``
 */
function backtickedCodeClause(line: string, s: number, e: number, code: number): boolean {
  if (line.charCodeAt(s - 1) !== 96 || line.charCodeAt(e) !== 96 || !official(code)) return false;
  // (the case opens its clause: not `set \`width\` to \`300\` if the screen is small`)
  // (`on` and `for` name an error's case: `\`403\` on ownership failures`, not `\`300\` for small screens`)
  const m = BACKTICK_CONDITION_AFTER_RE.exec(line.slice(e, e + 10));
  if (m) return (m[1] === undefined || code >= 400) && CLAUSE_OPENING_RE.test(line.slice(Math.max(0, s - 9), s - 1));
  return REFUSAL_WITH_BEFORE_RE.test(line.slice(Math.max(0, s - 100), s));
}
/** An error code quoted with the error's name, as an API's notes write it: \`503 SlowDown\`, \`400 Request replay detected\`. */
function backtickedErrorName(line: string, s: number, e: number, code: number): boolean {
  return line.charCodeAt(s - 1) === 96 && line.charCodeAt(e) === 32 && code >= 400 && isCommon(code) && BACKTICKED_ERROR_NAME_RE.test(line.slice(e, e + 48));
}
const BACKTICKED_ERROR_NAME_RE = /^ [A-Z][a-z]+(?:[A-Z][a-z]+)*(?: [a-z]+){0,4}`/;
/** An error page's title block holding only its code (Django, Jinja, Twig): `{% block title -%} 404 {%- endblock %}`. */
function templateTitleCode(line: string, s: number, e: number, code: number): boolean {
  return code >= 400 && isCommon(code) && line.charCodeAt(skipSpacesBack(line, s - 1, Math.max(0, s - 4))) === 125 && TITLE_BLOCK_BEFORE_RE.test(line.slice(Math.max(0, s - 40), s)) && END_BLOCK_AFTER_RE.test(line.slice(e, e + 16));
}
const TITLE_BLOCK_BEFORE_RE = /\{%-?\s*block\s+\w*title\s*-?%\}\s*$/;
const END_BLOCK_AFTER_RE = /^\s*\{%-?\s*endblock\b/;
/** The message among the next two arguments: `, 'msg'`, `, null, 'msg'` (batch-error's `new Err(404, null, 'User not found')`), `, err, message`. */
const MESSAGE_AFTER_CODE_RE = /^\s*,\s*(?:[\w$.]+\s*,\s*)?(?:\w+\s*=\s*)?(?:[$@]?['"`]|\$?\w*(?:message|msg|reason|detail))/i;
/** An error's message searched for the code: Ruby `ex.message.include?('(404)')`, `err.message.includes('404')`. */
function messageIncludesCode(line: string, s: number, e: number, code: number): boolean {
  const q = line.charCodeAt(line.charCodeAt(s - 1) === 40 ? s - 2 : s - 1);
  return isQuote(q) && isCommon(code) && MESSAGE_SEARCH_BEFORE_RE.test(line.slice(Math.max(0, s - 48), s)) && MESSAGE_SEARCH_AFTER_RE.test(line.slice(e, e + 3));
}
/** (an error's own text, or an error's message: not some other object's, `mirror.message.includes("404")`) */
const MESSAGE_SEARCH_BEFORE_RE = /(?:(?<![\w$.])(?:message|msg|error|err|ex|exc|exception|stderr)|\b(?:e|ex|exc|err|error|exception|\w*Error|\w*Exception|\w*Err)\s*\.\s*(?:message|msg|to_s|text))\s*\.\s*(?:include\?|includes|contains|Contains|startsWith|start_with\?|starts_with\?)\s*\(\s*['"`]\(?$/;
const MESSAGE_SEARCH_AFTER_RE = /^\)?['"`]/;
/** A Ruby pattern-matching branch over a status (`case response.code` ... `in 404`, `in [301 | 302, :post]`, `in (500..)`). */
const RUBY_IN_PATTERN_RE = /^\s*in\s+[\w\s[\](),|.:]*$/;
/**
 * A code keyed, tabled or named as a status (read from the 440th-447th sets): an error enum's member mapped to its
 * status (`[PaymentError.UnknownAccount]: 404`);
 * a row of a Jest `each` table holding an error code beside a message (`| ${404} | ${'Not Found'} |`); a Go composite literal of an error or an expected response built from the code
 * (`CodeError{500, err}`, `ExpectedJSON{200, exp}`); a request named by its method and its code (Postman's
 * `"name": "Patch 404"`); a message that says the number is a status (`"Unable to turn 200 into a StatusCode"`).
 */
function codeInKeyRowOrMessage(line: string, s: number, e: number, code: number, lang: string): boolean {
  if (!isCommon(code)) return false;
  const p = line.charCodeAt(s - 1);
  if (p === 32 && line.charCodeAt(s - 2) === 58 && line.charCodeAt(s - 3) === 93 && ERROR_MEMBER_KEY_RE.test(line.slice(Math.max(0, s - 64), s))) return true;
  if (p === 123 && line.charCodeAt(s - 2) === 36 && line.charCodeAt(e) === 125 && code >= 400 && JEST_ROW_MESSAGE_RE.test(line.slice(Math.max(0, s - LINE_REACH), e + LINE_REACH))) return true;
  if (lang === 'go' && p === 123 && line.charCodeAt(e) === 44 && GO_CODE_STRUCT_RE.test(line.slice(Math.max(0, s - 40), s))) return true;
  if (p === 32 && isQuote(line.charCodeAt(e)) && METHOD_NAMED_REQUEST_RE.test(line.slice(Math.max(0, s - 40), s))) return true;
  if (!isSpace(line.charCodeAt(e))) return false;
  const after = line.slice(e, e + 40);
  return (after.includes('tatus') || after.includes('TATUS')) && STATUS_NAMED_AFTER_RE.test(after);
}
const ERROR_MEMBER_KEY_RE = /\[\s*\w*(?:Error|Exception)\w*\.\w+\s*\]\s*:\s*$/;
/** A Jest table row's message beside the code (read within LINE_REACH of it: a line of many `${404}` templates stays linear). */
const JEST_ROW_MESSAGE_RE = /\|\s*\$\{\s*['"`][A-Za-z][^'"`]*['"`]\s*\}/;
const GO_CODE_STRUCT_RE = /\b[A-Z]\w*(?:Error|Response|Status|Result|JSON)\{$/;
const METHOD_NAMED_REQUEST_RE = /["'](?:GET|POST|PUT|PATCH|DELETE|Get|Post|Put|Patch|Delete)\b[^"'\n]{0,30}\s$/;
const STATUS_NAMED_AFTER_RE = /^[^'"`;]{0,20}\b(?:into|as|is)\s+(?:an?\s+|the\s+)?(?:StatusCode|status code|HTTP status)\b/i;
/** A call's arguments continued on their own line, the error code then its message: `    404, "Offline Query features not supported"`, `400, f'Role {role} is not valid'`. */
const CONTINUED_MESSAGE_AFTER_RE = /^\s*,\s*(?:f|sprintf\(\s*|_\(\s*)?(['"])[A-Z][a-z]*\s[^'"\s]+\s[^'"]*(?:\1|$)/;
/** The same with a serialised body after the code: `        400, json.dumps({'error_text': "..."}))`. */
const CONTINUED_BODY_AFTER_RE = /^,\s*(?:json\.dumps|jsonify|JSON\.stringify|json_encode)\(/;
/** A call's arguments continued on their own line, a message then the error code: `    "Opération non autorisée pour cette démarche.", 403, request_id`. */
const CONTINUED_MESSAGE_BEFORE_RE = /^\s*f?(["'])(?=\p{L})(?=[^"']*\s[^"'\s]+\s)[^"']{8,160}\1, $/u;
/** A shell test's own helper given what it checks, the status expected and the one got: `chk "Create order" "200" "$S"`. */
const SHELL_CHECK_HELPER_RE = /^\s*(?=[\w-]*(?:chk|check|assert|expect|verify|test|status|probe))[a-z_][\w-]*\s+"(?=[^"$]*\s)[A-Za-z][^"$]*"\s+"?[1-5]\d\d"?\s+"\$\{?\w+\}?"\s*$/;
/** A shell helper named for HTTP or a status given a label and the code last: `assert_http "submit booking" "201"`. */
const SHELL_HTTP_ASSERT_RE = /^\s*(?=[\w-]*(?:chk|check|assert|expect|verify))(?=[\w-]*(?:http|status|code))[a-z_][\w-]*\s+"[^"$]*"\s+"?[1-5]\d\d"?\s*(?:#.*)?$/;
/**
 * Google's canonical error codes, by the HTTP status each maps to (google.rpc.Code, as Google's JSON APIs
 * return them beside the status): `400 INVALID_ARGUMENT`, `429 RESOURCE_EXHAUSTED`.
 */
const CANONICAL_RPC_STATUS: ReadonlyMap<string, number> = new Map([
  ['INVALID_ARGUMENT', 400], ['FAILED_PRECONDITION', 400], ['OUT_OF_RANGE', 400], ['UNAUTHENTICATED', 401],
  ['PERMISSION_DENIED', 403], ['NOT_FOUND', 404], ['ALREADY_EXISTS', 409], ['ABORTED', 409],
  ['RESOURCE_EXHAUSTED', 429], ['CANCELLED', 499], ['INTERNAL', 500], ['DATA_LOSS', 500],
  ['NOT_IMPLEMENTED', 501], ['UNAVAILABLE', 503], ['DEADLINE_EXCEEDED', 504],
]);
function canonicalRpcStatusAfter(line: string, i: number, code: number): boolean {
  let j = i;
  const max = Math.min(line.length, i + 20);
  while (j < max && (isUpper(line.charCodeAt(j)) || line.charCodeAt(j) === 95)) j++;
  return !isIdentChar(line.charCodeAt(j) | 0) && CANONICAL_RPC_STATUS.get(line.slice(i, j)) === code;
}
/** A map from an application's error codes to the status each answers: `    ErrorCode.TIMEOUT: 504,`, `[ErrorCode.TIMEOUT]: 504,`. */
// (or any enum's member named for an error: `ResponseTypes.SYSTEM_ERROR: 500,`, as the bare `SYSTEM_ERROR: 500` is read)
const ERROR_ENUM_KEY_BEFORE_RE = /^\s*\[?(?:(?:[A-Z]\w*)?(?:Error|Exception)(?:Code|Codes|Type|Kind)?\.[A-Z][A-Z0-9_]*|[A-Z]\w*\.[A-Z][A-Z0-9_]*_(?:ERROR|EXCEPTION|FAILURE|FAILED|DENIED))\]?\s*:\s$/;
/** Laravel's faked responses in sequence, a body then the status: `->push($this->getFakeCitiesResponse(), 200)`, `->push('Hello World', 200)`. */
const FAKE_SEQUENCE_PUSH_BEFORE_RE = /->push\(\s*(?:\$this->\w*(?:Response|Body|Json)\w*\(\)|(['"])[^'"]*\1|\[[^[\]]*\])\s*,\s$/;
/** fetch-mock's routes answered with a status: `fetchMock.route("https://example.com/api", 500)`, `fetchMock.postOnce('/x', 201)`. */
// (the route a string or a regular expression: `fetchMock.get(/\/api\/users/, 200)`)
const FETCH_MOCK_ROUTE_BEFORE_RE = /\bfetch(?:Mock|_mock)\.(?:route|mock|get|post|put|patch|delete|head|any|once|sticky|(?:get|post|put|patch|delete|any)Once)\(\s*(?:(["'`])[^"'`]*\1|\/(?:[^/\\\n]|\\.){1,120}\/[dgimsuy]*)\s*,\s$/;
/** A test's title ending on the error a case must not meet: `it("get_task_detail: kein 500", ...)`, `it('lists: no 500', ...)`. */
const TITLE_NEGATED_CODE_BEFORE_RE = /\b(?:it|test|describe|context)\(\s*["'`][^"'`]{0,120}\b(?:no|kein|keine|not|never|nie|ohne|sin|sem|jamais)\s$/;
/** A Laravel response macro given the status first: `response()->format(404, 'user_not_found')`. */
const LARAVEL_RESPONSE_MACRO_BEFORE_RE = /\bresponse\(\)\s*->\s*(?!download|file|streamDownload|view)[a-z]\w*\($/;
/**
 * An OpenAPI document's response described, or its example named, by the code and a title: `"description": "400 - Invalid body"`,
 * `"200 - Login user": {`.
 */
function openApiTitledExample(line: string, s: number, e: number): boolean {
  const m = CODE_DASH_TITLE_AFTER_RE.exec(line.slice(e, e + 80));
  return m !== null && (m[1] !== undefined || JSON_DESCRIPTION_KEY_BEFORE_RE.test(line.slice(Math.max(0, s - 24), s)));
}
const CODE_DASH_TITLE_AFTER_RE = /^ - [A-Z][\w ,'-]{0,60}"(\s*:)?/;
const JSON_DESCRIPTION_KEY_BEFORE_RE = /"(?:description|summary)"\s*:\s*"$/;
/** The code written again after a status constant of the same code: `CREATED_USER(HttpStatus.CREATED, "201", "...")`. */
function codeAfterItsConstant(line: string, s: number, code: number): boolean {
  const name = STATUS_CONSTANT_THEN_QUOTE_RE.exec(line.slice(Math.max(0, s - 64), s))?.[1];
  return name !== undefined && nameMeansCode(name, code);
}
const STATUS_CONSTANT_THEN_QUOTE_RE = /\b(?:HttpStatus|HttpStatusCode|HTTPStatus|StatusCodes|Status)\.([A-Za-z_]\w*)\s*,\s*["']$/;
/** An error answered through a helper of the project's own, the message then the code: `return caster(message, 400);` (not a length). */
const MESSAGE_THEN_CODE_RETURN_BEFORE_RE = /\b(?:return|throw|raise)\s+(?:new\s+)?(?![\w$]*(?:[Tt]runc|[Ss]ub|[Ss]lice|[Ll]imit|[Ss]hort|[Ee]llips|[Pp]ad|[Ww]rap|[Cc]lip|[Cc]ut|[Mm]ax|[Mm]in|[Ll]en|[Ff]ormat|[Tt]ake))[\w$.]+\(\s*(?:message|msg|\w*Message|\w+\.message)\s*,\s$/;
/** A Go test table's case named by the status it expects: `"400 invalid userID": {`. */
const GO_CASE_NAME_AFTER_RE = /^ [a-z][\w ,'-]{2,60}":\s*\{/;
/** An exception class's factory, a message then the status: `return new self("Pengguna ... tidak dijumpai.", 404);`, `new static($message, 500)`. */
const PHP_OWN_EXCEPTION_BEFORE_RE = /\bnew\s+(?:self|static)\(\s*(?:(["'])[^"']*\1|\$(?:message|msg|\w*Message))\s*,\s$/;
/** A PHP table of errors, each keyed by its name with the status among its fields: `'ERROR_PLAN_NOT_FOUND' => array ('text' => '...', 'value' => 404),`. */
function phpErrorTableRow(line: string, s: number): boolean {
  const key = PHP_ERROR_ROW_BEFORE_RE.exec(line.slice(0, s))?.[1];
  return key !== undefined && ERROR_KEY_WORD_RE.test(key.toLowerCase());
}
const PHP_ERROR_ROW_BEFORE_RE = /^\s*['"]([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+)['"]\s*=>\s*(?:array\s*\(|\[)[^()[\]]*['"](?:value|code|status|http_code|httpCode|status_code)['"]\s*=>\s$/;
/** A PHP enum's match from its error cases to their statuses: `self::ValidationError => 422,`, `self::DuplicateResource, self::Conflict => 409,`. */
function phpErrorEnumArm(line: string, s: number, code: number): boolean {
  const m = PHP_ENUM_ARM_BEFORE_RE.exec(line.slice(Math.max(0, s - 160), s));
  if (m === null) return false;
  for (const name of m[1]!.split(',')) {
    const n = name.trim().slice(6);
    if (nameMeansCode(n, code) || ERROR_KEY_WORD_RE.test(n.replace(CAMEL_HUMP_RE, '$1_$2').toLowerCase())) return true;
  }
  return false;
}
const PHP_ENUM_ARM_BEFORE_RE = /^\s*(self::[A-Z]\w*(?:\s*,\s*self::[A-Z]\w*)*)\s*=>\s$/;
/** A code keying an error's name: `422: "VALIDATION_ERROR",`. */
function errorNameAfterCodeKey(line: string, e: number): boolean {
  const name = CODE_KEY_ERROR_NAME_AFTER_RE.exec(line.slice(e, e + 48))?.[1];
  return name !== undefined && ERROR_KEY_WORD_RE.test(name.toLowerCase());
}
// (in lower case too: `401: "not_authenticated",`)
const CODE_KEY_ERROR_NAME_AFTER_RE = /^:\s*["']([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+|[a-z][a-z0-9]*(?:_[a-z0-9]+)+)["']\s*,?\s*$/;
/** A PSGI response, the status then the headers' array: `[401, ["WWW-Authenticate", qq/Basic realm="$realm"/]]`, `[200, [], ["ok"]]`. */
const PSGI_HEADERS_AFTER_RE = /^,\s*\[\s*(?:\]|["'][A-Za-z][\w-]*["']\s*(?:,|=>))/;
/** A log line of the request answered with an error, the code first: `` console.log(`404 - ${req.method} ${req.originalUrl}`) ``. */
const REQUEST_LOG_AFTER_RE = /^\s?[-:|]\s?\$\{(?:req|request|ctx)\.(?:method|originalUrl|url|path)\b/;
/**
 * A test's title naming the request's method, the status last: `it('/years (POST) ----> VALIDATE 400', ...)`, JUnit's
 * `@DisplayName("GET /users/{id} - Получение профиля пользователя - 200")`.
 */
const METHOD_TITLE_END_BEFORE_RE = /(?:\b(?:it|test|describe|context)|@DisplayName)\(\s*(["'`])(?:(?!\1).){0,100}\b(?:GET|POST|PUT|PATCH|DELETE)\b(?:(?!\1).){0,80}\s$/;
function methodTitleEndsWith(line: string, s: number, e: number): boolean {
  const m = METHOD_TITLE_END_BEFORE_RE.exec(line.slice(Math.max(0, s - 200), s));
  return m !== null && m[1]!.charCodeAt(0) === line.charCodeAt(e);
}
/** A Clojure (reitit, compojure-api) route's responses keyed by status keywords: `:responses {:200 {:description "ok"}}`. */
const EDN_RESPONSES_RE = /:responses\s*\{(?:(?:[^{}]|\{[^{}]*\})*?[\s{,])?:?$/;
const EDN_VALUE_AFTER_RE = /^\s+\{/;
function isDash(c: number): boolean {
  return c === 45 || c === 0x2013 || c === 0x2014;
}
/** A test title that names the request, then its status between dashes: `it('3 - POST:auth/login - 200 - login both users', ...)`. */
const METHOD_TITLE_BEFORE_RE = /['"`][^'"`]*\b(?:GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)\b[^'"`]{0,80}\s[-–—]\s$/;
const METHOD_TITLE_AFTER_RE = /^\s[-–—]\s/;
/** A table of responders keyed by status, indexed and called in a statement about the status: hapi's `res.response(RES_TYPES[400]('Email required')).code(400)`. */
function calledCodeIndex(line: string, s: number, e: number, code: number): boolean {
  return line.charCodeAt(s - 1) === 91 && line.charCodeAt(e) === 93 && line.charCodeAt(e + 1) === 40 && isCommon(code) && isIdentChar(line.charCodeAt(s - 2) | 0) && statementMentionsStatus(line, s, e);
}
/** RSpec's operator matcher on a status: `expect(last_response.status).to be == 204`. */
function rspecBeEquals(line: string, s: number, e: number): boolean {
  return line.charCodeAt(s - 1) === 32 && line.charCodeAt(s - 2) === 61 && BE_EQUALS_BEFORE_RE.test(line.slice(Math.max(0, s - 20), s)) && statementMentionsStatus(line, s, e);
}
const BE_EQUALS_BEFORE_RE = /\b(?:to|not_to|to_not|should)\s+be\s*==\s*$/;
/** A log or error message that opens with a client or server error code, under a message key: `msg: '403 Unable to verify CSRF token'`. */
function codeLedMessage(line: string, s: number, e: number, code: number): boolean {
  const q = line.charCodeAt(s - 1);
  if (!isQuote(q) || code < 400 || !isDistinctive(code) || line.charCodeAt(e) !== 32 || !isUpper(line.charCodeAt(e + 1))) return false;
  const key = keyBefore(line, s - 1);
  return key !== undefined && MESSAGE_KEYS.has(key);
}
const MESSAGE_KEYS: ReadonlySet<string> = new Set(['msg', 'message', 'error', 'err', 'errorMessage', 'error_message', 'detail', 'details', 'reason', 'description']);
/** A conditional choosing between two statuses, one of them not a round hundred: `$created ? 201 : 200`, `ok ? 200 : 401`. */
function ternaryOfCodes(line: string, s: number, e: number, code: number): boolean {
  if (!official(code) || !isCommon(code)) return false;
  const before = line.charCodeAt(skipSpacesBack(line, s - 1, Math.max(0, s - 4)));
  let other: number;
  if (before === 63 /* ? */) {
    const m = CODE_TERNARY_ELSE_RE.exec(line.slice(e, e + 12));
    if (!m) return false;
    other = Number(m[1]);
  } else if (before === 58 /* : */) {
    const m = CODE_TERNARY_THEN_RE.exec(line.slice(Math.max(0, s - 12), s));
    if (!m) return false;
    other = Number(m[1]);
  } else return false;
  return other !== code && official(other) && isCommon(other) && (isDistinctive(code) || isDistinctive(other));
}
/** What a request ended in: `GET User resulting in 404`, `results in a 409`. */
const RESULTING_IN_BEFORE_RE = /\bresult(?:s|ed|ing)\s+in\s+(?:an?\s+)?$/i;
const CODE_TERNARY_ELSE_RE = /^\s*:\s*(\d{3})(?![\w.])/;
const CODE_TERNARY_THEN_RE = /\?\s*(\d{3})\s*:\s*$/;
const BACKTICK_CONDITION_AFTER_RE = /^` (?:if|when|unless|once|(on|for))\b/;
const CLAUSE_OPENING_RE = /(?:^\s*(?:[-*+]\s+)?|[.;:,]\s+)$/;
const REFUSAL_WITH_BEFORE_RE = /\b(?:[Rr]eject(?:s|ed|ing)?|[Rr]espond(?:s|ed|ing)?|[Aa]nswer(?:s|ed|ing)?|[Ff]ail(?:s|ed|ing)?|[Dd]en(?:y|ies|ied)|[Rr]efuse[sd]?)\b[^.;`]{0,60}\bwith `$/;
/** `new X(` or `new X<...>(` ends at `open`, X an envelope: `R`, `...Response`, `...Result`, `...Resp` (read in place: most calls are not one). */
function envelopeConstructorBefore(line: string, open: number): boolean {
  let k = skipSpacesBack(line, open - 1, Math.max(0, open - 4));
  if (k > 0 && line.charCodeAt(k) === 62) {
    // a generic's arguments: `new R<>(`, `new Result<User>(`
    const lt = line.lastIndexOf('<', k);
    if (lt < 0 || k - lt > 40) return false;
    k = skipSpacesBack(line, lt - 1, Math.max(0, lt - 4));
  }
  if (k < 0) return false;
  const end = k + 1;
  const start = identStart(line, end, Math.max(0, end - 40));
  const n = skipSpacesBack(line, start - 1, Math.max(0, start - 4));
  if (!(n >= 2 && n < start - 1 && line.startsWith('new', n - 2) && (n < 3 || !isIdentChar(line.charCodeAt(n - 3))))) return false;
  return ENVELOPE_NAME_RE.test(line.slice(start, end));
}
/** (.NET names them in Pascal case: `Response<string>.Fail("...", 404)`, `CustomResponseDto<T>.Success(data, 200)`.) */
const ENVELOPE_METHODS: ReadonlySet<string> = new Set(['error', 'fail', 'failure', 'failed', 'success', 'ok', 'Error', 'Fail', 'Failure', 'Failed', 'Success', 'Ok']);
/** A response envelope's type: RuoYi's `R`, or a project's `...Response`, `...Result`, `...Resp`, `...ResponseDto`. */
const ENVELOPE_NAME_SOURCE = '(?:(?:[A-Z]\\w*)?(?:Response|Result|Resp)(?:Dto)?|R)';
const ENVELOPE_NAME_RE = new RegExp('^' + ENVELOPE_NAME_SOURCE + '$');
/** The factory before its `(`: the envelope, its generic arguments if any (`Response<List<Dto>>`), then the method. */
const ENVELOPE_FACTORY_RE = new RegExp('(?:^|[^\\w.])' + ENVELOPE_NAME_SOURCE + '(?:<[\\w<>.,?\\[\\] ]{1,60}>)?\\s*(?:\\.|::)\\s*(?:[eE]rror|[fF]ail|[fF]ailure|[fF]ailed|[sS]uccess|[oO]k)\\s*$');

/**
 * Haskell's WAI given a status built from its number: `responseBuilder (toEnum 400) [] mempty`, `responseLBS (mkStatus 418 "...")`;
 * Servant's endpoint types, whose status is a type-level number: `Verb 'POST 201 '[JSON] User`, `WithStatus 404 Err`.
 */
function haskellStatusFromNumber(line: string, s: number, lang: string): boolean {
  return lang === 'haskell' && line.charCodeAt(s - 1) === 32 && HASKELL_STATUS_OF_RE.test(line.slice(Math.max(0, s - 48), s));
}
const HASKELL_STATUS_OF_RE = /(?:\b(?:response(?:Builder|LBS|File|Stream)|setStatus|status)\s*\(\s*(?:toEnum|mkStatus)|\bU?Verb\s+'[A-Z]+|\bWithStatus)\s+$/;

/** A test table's expected status after the URL it is for: `("nohttp.yml", "http://unknown.nginx-proxy.test/", 503, None)`. */
function urlArgThenCode(line: string, s: number, e: number): boolean {
  const p = argumentOpener(line, s);
  const n = skipSpacesFwd(line, e, Math.min(line.length, e + 3));
  // (then more arguments, not a number: `resize("http://x/a.png", 200, 300)` is a size)
  if (p < 2 || line.charCodeAt(p) !== 44 || line.charCodeAt(n) !== 44 || isDigit(line.charCodeAt(skipSpacesFwd(line, n + 1, Math.min(line.length, n + 4))))) return false;
  const q = skipSpacesBack(line, p - 1, Math.max(0, p - 3));
  const quote = line.charCodeAt(q);
  if (!isQuote(quote)) return false;
  // (the opening quote at most 200 characters back)
  const from = Math.max(0, q - 200);
  const at = line.slice(from, q).lastIndexOf(String.fromCharCode(quote));
  return at >= 0 && (line.startsWith('http://', from + at + 1) || line.startsWith('https://', from + at + 1));
}

/** A code followed by its own string form, a library's status table: the http crate's `308, "308", PermanentRedirect => ...`. */
function codeThenOwnString(line: string, s: number, e: number): boolean {
  if (line.charCodeAt(e) !== 44 || !opensLine(line, s)) return false;
  const q = skipSpacesFwd(line, e + 1, Math.min(line.length, e + 4));
  return isQuote(line.charCodeAt(q)) && line.startsWith(line.slice(s, e), q + 1) && line.charCodeAt(q + 4) === line.charCodeAt(q);
}

/** A key mapped to a handler or value named with the same code: `500: error_500,`, `404 => handle404`. */
function keyToCodeNamedValue(line: string, s: number, e: number): boolean {
  if (!opensLine(line, s)) return false;
  KEY_TO_NAMED_VALUE_RE.lastIndex = e;
  const m = KEY_TO_NAMED_VALUE_RE.exec(line);
  return m !== null && (m[1] ?? '').includes(line.slice(s, e)) && HANDLER_NAME_RE.test(m[1] ?? '');
}
const HANDLER_NAME_RE = /err|[Hh]andl|[Pp]age|[Ss]tatus|[Rr]esp|[Vv]iew|[Ff]ail|[Nn]ot[_]?[Ff]ound/;
const KEY_TO_NAMED_VALUE_RE = /["']?\s*(?::|=>)\s*([A-Za-z_][\w]{2,40})\s*[,;]?\s*$/y;

/** An HTML table row that lists a status: `<tr><td><code>conflict(msg)</code></td><td>409</td><td>Resource conflict</td></tr>`. */
function htmlTableCellCode(line: string, s: number, e: number, code: number): boolean {
  const gt = skipSpacesBack(line, s - 1, Math.max(0, s - 3));
  if (line.charCodeAt(gt) !== 62 || !endsWithFolded(line, gt + 1, '<td>')) return false;
  const lt = skipSpacesFwd(line, e, Math.min(line.length, e + 3));
  if (!line.startsWith('</td>', lt)) return false;
  const row = line.slice(Math.max(0, s - LEFT_WINDOW), Math.min(line.length, e + RIGHT_WINDOW)).replace(/<[^<>]{0,80}>/g, ' ');
  return C.KEY_VALUE_RE.test(row.slice(row.indexOf(line.slice(s, e)) + 3)) || reasonPhraseIn(row, code);
}

/**
 * An error named in words, then its code in parentheses: `Access denied (403) for request`, `An error occurred (500)`,
 * `rejected with an HTTP Server Timeout (503) response`.
 */
function errorNamedThenParenCode(line: string, s: number, e: number, code: number): boolean {
  if (code < 400 || line.charCodeAt(s - 1) !== 40 || line.charCodeAt(e) !== 41 || !isDistinctive(code)) return false;
  return ERROR_WORDS_BEFORE_RE.test(line.slice(Math.max(0, s - 24), s - 1)) || HTTP_NAME_BEFORE_RE.test(line.slice(Math.max(0, s - 48), s - 1));
}
const ERROR_WORDS_BEFORE_RE = /\b(?:[Dd]enied|[Ee]rror|[Ff]ailed|[Ff]orbidden|[Uu]nauthori[sz]ed|[Nn]ot [Ff]ound|[Oo]ccurred|HTTPException|HttpException|HTTPError)\s*$/;

/**
 * An exception named in a docstring's Raises section, then its code: `HTTPException: 404 if version not found.` (not a
 * status attribute's `Literal[409]` type, which labellers leave to the value after it)
 */
function httpExceptionColonCode(line: string, s: number): boolean {
  const c = line.charCodeAt(s - 3);
  return line.charCodeAt(s - 1) === 32 && line.charCodeAt(s - 2) === 58 && (c === 110 || c === 114) && HTTP_EXCEPTION_COLON_RE.test(line.slice(Math.max(0, s - 40), s));
}
const HTTP_EXCEPTION_COLON_RE = /(?:^|\s)\w*(?:HTTPException|HttpException|HTTPError):\s+$/;

/** A match arm of several codes mapped to an error or status value: Rust `500 | 502 | 503 | 504 => Self::ServerError(input),`. */
function armAlternation(line: string, s: number, e: number): boolean {
  if (s > 40) return false;
  const n = line.charCodeAt(skipSpacesFwd(line, e, Math.min(line.length, e + 3)));
  if (n !== 124 && n !== 61) return false;
  ARM_ALTERNATION_RIGHT_RE.lastIndex = e;
  const m = ARM_ALTERNATION_RIGHT_RE.exec(line);
  return m !== null && (m[1]?.includes('|') === true || s > 0) && ARM_TARGET_RE.test(m[2] ?? '') && ARM_ALTERNATION_LEFT_RE.test(line.slice(0, s));
}
const ARM_ALTERNATION_RIGHT_RE = /((?:\s*\|\s*\d{3}){0,12})\s*=>\s*(?:[A-Za-z_][\w]*::)*([A-Za-z_]\w*)/y;
const ARM_ALTERNATION_LEFT_RE = /^\s*(?:\d{3}\s*\|\s*){0,12}$/;
const ARM_TARGET_RE = /Error|Status|Http|HTTP|Fail|Redirect|NotFound|Unauthori[sz]ed|Forbidden|Server|Client|Throttl|RateLimit/;

/**
 * A code and its message in braces, a C++ or C# response value: `return {404, "File not found."};`; or a tuple of them that
 * opens its line, a test's parameter row: `(404, "Request failed: Resource not found"),`.
 */
function bracedCodeMessage(line: string, s: number, e: number, code: number): boolean {
  if (code < 200) return false;
  const b = skipSpacesBack(line, s - 1, Math.max(0, s - 3));
  const c = line.charCodeAt(b);
  if (c === 123) {
    BRACED_MESSAGE_RE.lastIndex = e;
    const m = BRACED_MESSAGE_RE.exec(line);
    return m !== null && C.KEY_VALUE_RE.test(m[1] ?? '');
  }
  if (c !== 40 || skipSpacesBack(line, b - 1, 0) >= 0) return false;
  TUPLE_MESSAGE_RE.lastIndex = e;
  const m = TUPLE_MESSAGE_RE.exec(line);
  return m !== null && C.KEY_VALUE_RE.test(m[2] ?? '');
}
const BRACED_MESSAGE_RE = /\s*,\s*"([A-Z][^"]{2,80})"\s*\}/y;
const TUPLE_MESSAGE_RE = /\s*,\s*(["'])([A-Za-z][^"']{2,80})\1\s*\)\s*,?\s*(?:#.*)?$/y;

const HTTP_NAME_BEFORE_RE = /\bHTTP(?:\s+[A-Z][a-z]+){1,4}\s*$/;

/**
 * Notes mapping cases to codes: `- Login Failure -> **400**`, `- Success -> 200`; in a comment, a case and the error it
 * answers with: `# No token → 401`.
 */
function docArrowCode(line: string, s: number, e: number, code: number, lang: string): boolean {
  let a = s - 1;
  while (a > 0 && (line.charCodeAt(a) === 42 || isSpace(line.charCodeAt(a)))) a--;
  const c = line.charCodeAt(a);
  // (an arrow: `->`, `=>` or `→`, not a comparison's `>`)
  if (!(c === 8594 || (c === 62 && (line.charCodeAt(a - 1) === 45 || line.charCodeAt(a - 1) === 61)))) return false;
  const doc = DOC_LANGUAGES.has(lang);
  // (a round error code after an error's name: `// Number parsing error => 400`)
  if (!doc && !(code >= 400 && isCommon(code) && s <= LEFT_WINDOW && (isDistinctive(code) || ERROR_BEFORE_ARROW_RE.test(line.slice(Math.max(0, s - 56), s))))) return false;
  if (!DOC_ARROW_RIGHT_RE.test(line.slice(e, e + 6))) return false;
  return doc ? DOC_ARROW_LEFT_RE.test(line.slice(0, s)) : COMMENT_ARROW_LEFT_RE.test(line.slice(0, s));
}
const DOC_ARROW_LEFT_RE = /^\s*[-*+]\s[^>]{1,200}\s(?:->|=>|→)\s*\**$/;
const ERROR_BEFORE_ARROW_RE = /(?:error|exception|Error|Exception)\s+(?:->|=>|→)\s*$|\b(?:[Ww]rong|[Ii]nvalid|[Mm]issing|[Mm]alformed|[Uu]nknown|[Bb]ad)\s[\w ]{0,40}\s(?:->|=>|→)\s*$/;
/** A comment line (a case in words, then an arrow) up to the code; the case may be a numbered step or a bullet (`// 3. bad signature -> 401`). */
const COMMENT_ARROW_LEFT_RE = /^\s*(?:#+|\/\/+|\*|--)\s*(?:(?:\d{1,2}[.)]|[-+•])\s+)?[A-Za-z][^<>=]{0,160}[A-Za-z]\s+(?:->|=>|→)\s*$/;
/** After the code: the end of the line, or of the case (`bad signature -> 401; duplicate delivery -> no-op`). */
const DOC_ARROW_RIGHT_RE = /^\**\s*(?:;|$)/;

/** An issue title in notes that opens with an error code: `(404 after deleting subscription)`, `(500 viewing liabilities)`. */
function parentheticalErrorCode(line: string, s: number, e: number, code: number, lang: string): boolean {
  if (code < 400 || !DOC_LANGUAGES.has(lang) || line.charCodeAt(s - 1) !== 40 || line.charCodeAt(e) !== 32 || !isDistinctive(code)) return false;
  if (s >= 2 && !isSpace(line.charCodeAt(s - 2))) return false;
  const c = line.charCodeAt(e + 1);
  if (!(c >= 97 && c <= 122)) return false;
  const w = wordAfter(line, e) ?? '';
  return w !== 'per' && !countWord(w) && !quantityNoun(w);
}

/** A Netlify `_redirects` rule: a path, its target, then the code (`!` forces it): `/cli /cli/overview 301!`. */
function redirectRuleLine(line: string, s: number, e: number, code: number): boolean {
  if (!(code === 200 || (code >= 301 && code <= 308) || code === 404 || code === 410) || !isSpace(line.charCodeAt(s - 1))) return false;
  let r = line.charCodeAt(e) === 33 ? e + 1 : e;
  while (r < line.length && isSpace(line.charCodeAt(r))) r++;
  return r === line.length && REDIRECT_RULE_LEFT_RE.test(line.slice(0, s));
}
const REDIRECT_RULE_LEFT_RE = /^\s*(?:#\s*)?\/\S{0,200}\s+(?:\/|https?:\/\/)\S{0,300}\s+$/;

/**
 * A map keyed by status, indexed with a code: counters or handlers `codes["500"]`, `status_codes['404']`, messages
 * `STATUS_MESSAGE[403]`, a TypeScript enum's name `HttpStatus[200]`.
 */
function codesIndexKey(line: string, s: number, e: number): boolean {
  const q = line.charCodeAt(s - 1);
  if (q === 91) {
    if (s < 5 || line.charCodeAt(e) !== 93) return false;
    const st = identStart(line, s - 1, Math.max(0, s - 41));
    return st < s - 1 && STATUS_MAP_NAME_RE.test(line.slice(st, s - 1));
  }
  return s >= 7 && isQuote(q) && line.charCodeAt(s - 2) === 91 && line.charCodeAt(e) === q && line.charCodeAt(e + 1) === 93 && CODES_MAP_NAME_RE.test(line.slice(Math.max(0, s - 40), s - 2));
}
const STATUS_MAP_NAME_RE = /[Ss]tatus|STATUS|[Hh]ttp|HTTP|[Rr]esponse_?(?:[Mm]essages?|[Tt]exts?|[Pp]hrases?)$|RESPONSE_?(?:MESSAGES?|TEXTS?|PHRASES?)$/;
// (or errors keyed by their code: misskey's `examples: basicErrors['401']`)
const CODES_MAP_NAME_RE = /(?:^|[^\w$])(?:(?:[\w$]*_)?(?:codes|CODES|errors|ERRORS)|[\w$]*[a-z](?:Codes|Errors))$/;

/** The value of HTTP/2's `:status` pseudo-header written as a name/value pair: `{Name: ":status", Value: "200"}`. */
function pseudoStatusValue(line: string, s: number): boolean {
  // (or the name and value as two arguments: Netty's `newHeaderField(":status", "403")`, `headers.add(":status", "200")`)
  if (isQuote(line.charCodeAt(s - 1))) {
    const c = skipSpacesBack(line, s - 2, Math.max(0, s - 5));
    if (line.charCodeAt(c) === 44) {
      const q = skipSpacesBack(line, c - 1, Math.max(0, c - 4));
      if (q >= 8 && isQuote(line.charCodeAt(q)) && endsWithFolded(line, q, ':status') && isQuote(line.charCodeAt(q - 8))) return true;
    }
  }
  // (the code is a `value`'s: a `:` or `=` right before it, past a quote and spaces)
  const k = skipSpacesBack(line, isQuote(line.charCodeAt(s - 1)) ? s - 2 : s - 1, Math.max(0, s - 6));
  if (k < 8 || (line.charCodeAt(k) !== 58 && line.charCodeAt(k) !== 61)) return false;
  // (and the key is a `value`: its last letter right before, past a quote and spaces)
  const v = skipSpacesBack(line, k - 1, k - 4);
  if ((line.charCodeAt(isQuote(line.charCodeAt(v)) ? v - 1 : v) | 0x20) !== 101) return false;
  const from = Math.max(0, s - 80);
  const at = from + line.slice(from, s).lastIndexOf(':status');
  return at > from && isQuote(line.charCodeAt(at - 1)) && PSEUDO_STATUS_VALUE_RE.test(line.slice(at, s));
}
const PSEUDO_STATUS_VALUE_RE = /^:status["'`][^"'`]{0,50}?["'`]?(?:value|Value|VALUE)["'`]?\s*[:=]\s*["'`]?$/;

/** Where the argument at s opens: the `(` or `,` before it (spaces skipped), or -1 (`f(404`, `f(x, 404`). */
function argumentOpener(line: string, s: number): number {
  const p = skipSpacesBack(line, s - 1, Math.max(0, s - 4));
  return p >= 0 && (line.charCodeAt(p) === 40 || line.charCodeAt(p) === 44) ? p : -1;
}

/**
 * A response body written as a literal, then the code as the last argument: `$this->view->render(['error' =>
 * 'Invalid request'], 400)`, `respond({ message: 'gone' }, 410)`, an empty body to a response helper `render([], 204)`.
 */
function errorBodyThenCode(line: string, s: number, e: number, code: number): boolean {
  if (code < 200 || !isCommon(code)) return false;
  const p = argumentOpener(line, s);
  const after = line.charCodeAt(skipSpacesFwd(line, e, Math.min(line.length, e + 4)));
  if (p < 1 || line.charCodeAt(p) !== 44 || (after !== 41 && after !== 44)) return false;
  const b = skipSpacesBack(line, p - 1, Math.max(0, p - 4));
  if (b < 1 || (line.charCodeAt(b) !== 93 && line.charCodeAt(b) !== 125)) return false;
  const open = openerBack(line, b - 1, Math.max(0, s - LEFT_WINDOW));
  if (open < 1) return false;
  const q = skipSpacesBack(line, open - 1, Math.max(0, open - 4));
  if (q < 1 || line.charCodeAt(q) !== 40) return false;
  const name = line.slice(identStart(line, q, Math.max(0, q - 40)), q);
  // (more arguments after the code only for a response's factory: a test's `createMockResponse({ token }, 200, url)`)
  if (after === 44) return RESPONSE_FACTORY_NAME_RE.test(name) && !NOT_A_RESPONSE_CALL_RE.test(name);
  const body = line.slice(open + 1, b);
  if (body.trim() !== '') return ERROR_BODY_KEY_RE.test(body) && !NOT_A_RESPONSE_CALL_RE.test(name);
  return RESPONSE_HELPER_NAME_RE.test(name);
}
const RESPONSE_FACTORY_NAME_RE = /^(?:create|make|build|mock|fake|stub|new)\w*Response$/;
const NOT_A_RESPONSE_CALL_RE = /time|delay|sleep|wait|interval|retry|limit|size|width|height|pad/i;
const ERROR_BODY_KEY_RE = /(?:^|[\s,{[(])['"]?(?:error|errors|message|msg|detail)['"]?\s*(?:=>|:)/;
const RESPONSE_HELPER_NAME_RE = /^(?:render|json|respond|send|response|reply|jsonResponse|sendJson|respondJson)$/;

/** Notes that list codes as bullets, each with what it means: `- 403 forbidding`, `` - `200` / `201` Success. `` */
function docBulletCode(line: string, s: number, e: number, code: number, lang: string): boolean {
  if (s > 40) return false;
  // in a doc comment: `/// * \`422\` - HTTPResponse with JSON object ...` (rustdoc, Javadoc, docstrings)
  // (a Python docstring's bullets have no comment opener: `- 404 if the User ID doesn't exist`; nor an Elixir @doc's: `- 404: Source not found`)
  if (!DOC_LANGUAGES.has(lang) && !((lang === 'python' || lang === 'elixir') && line.charCodeAt(skipSpacesFwd(line, 0, s)) === 45)) {
    const c = line.charCodeAt(skipSpacesFwd(line, 0, s));
    return (c === 47 || c === 35 || c === 42) && isCommon(code) && COMMENT_DOC_BULLET_RE.test(line.slice(0, s)) && COMMENT_DOC_BULLET_RIGHT_RE.test(line.slice(e, e + 60));
  }
  if (!DOC_BULLET_RE.test(line.slice(0, s))) return false;
  DOC_BULLET_RIGHT_RE.lastIndex = e;
  const m = DOC_BULLET_RIGHT_RE.exec(line);
  const w = m?.[1];
  if (!w) return false;
  const lower = w.toLowerCase();
  // (`- 300 means ...` reads as a number more often than a status: a verb vouches only for 200, 400 and 500)
  if ((lower === 'means' || lower === 'indicates') && !isDistinctive(code) && (code === 100 || code === 300)) return false;
  // (a round error code is vouched for by a failure in what follows: `- 400: Requested Metadata does not exist`)
  return !quantityNoun(w) && !countWord(w) && (isDistinctive(code) || ROUND_CODE_MEANING_RE.test(w)
    || (code >= 400 && line.charCodeAt(e) === 58 && BULLET_FAILURE_AFTER_RE.test(line.slice(e, e + 60))));
}
const BULLET_FAILURE_AFTER_RE = /\b(?:not|no|denied|invalid|missing|failed|fails|error|forbidden|unauthori[sz]ed|exist)\b/i;

/** A message or title that opens with a client or server error code: `w.Write([]byte("409 - Duplicate item code"))`, `title: '404 | Starter Kit'`. */
function codeDashMessage(line: string, s: number, e: number, code: number): boolean {
  if (code < 400 || !isDistinctive(code) || s === 0) return false;
  if (!isQuote(line.charCodeAt(s - 1))) {
    // a page title: `title: 404 - Page not found` (front matter), `# 500 — Something went wrong`
    CODE_DASH_ERROR_TEXT_RE.lastIndex = e;
    return isSpace(line.charCodeAt(s - 1)) && CODE_DASH_ERROR_TEXT_RE.test(line);
  }
  CODE_DASH_MESSAGE_RE.lastIndex = e;
  return CODE_DASH_MESSAGE_RE.test(line);
}
const CODE_DASH_ERROR_TEXT_RE = /\s[-\u2013\u2014:|]\s+(?=[A-Za-z])[^.;]{0,24}?(?:not found|not exist|went wrong|forbidden|unauthori[sz]ed|denied|unavailable|server error)/iy;
const CODE_DASH_MESSAGE_RE = /\s[-\u2013\u2014:|]\s+[A-Z][a-z]/y;

/** Three or more quoted codes in a row, a shell array of statuses: `"201" "204" "301" "302" "304"`. */
function quotedCodeRun(line: string, s: number, e: number): boolean {
  const q = s > 0 ? line.charCodeAt(s - 1) : 0;
  if (!isQuote(q) || line.charCodeAt(e) !== q) return false;
  const quotedCodeAt = (i: number): boolean => i >= 1 && i + 3 < line.length && line.charCodeAt(i - 1) === q && line.charCodeAt(i + 3) === q && threeDigitsAt(line, i) && isCommon(codeAt(line, i));
  let run = 1;
  for (let i = s; run < 3; ) {
    const k = skipSpacesBack(line, i - 2, Math.max(0, i - 8));
    if (k === i - 2 || !quotedCodeAt(k - 3)) break;
    i = k - 3;
    run++;
  }
  for (let i = s; run < 3; ) {
    const k = skipSpacesFwd(line, i + 4, Math.min(line.length, i + 10));
    if (k === i + 4 || !quotedCodeAt(k + 1)) break;
    i = k + 1;
    run++;
  }
  return run >= 3;
}

/**
 * A code passed after a quoted HTTP method to the same call, as the status it expects: a test or fetch
 * helper `fetchApi('/api/auth/signin', 'POST', payload, 200)`, `request(app, "DELETE", url, 204)`.
 */
function methodCallCode(line: string, s: number, e: number, code: number): boolean {
  if (code < 200 || code === 300) return false;
  const p = argumentOpener(line, s);
  if (p < 0 || line.charCodeAt(p) !== 44) return false;
  const r = skipSpacesFwd(line, e, Math.min(line.length, e + 4));
  if (r < line.length && line.charCodeAt(r) !== 41 && line.charCodeAt(r) !== 44) return false;
  const open = callOpenBefore(line, p, s, LEFT_WINDOW);
  return open >= 0 && QUOTED_METHOD_ARG_RE.test(line.slice(open + 1, p + 1));
}
const QUOTED_METHOD_ARG_RE = /(?:^|,)\s*(["'`])(?:GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)\1\s*,/;

/**
 * An argument, then a media type as the next argument: Arduino/ESP `server.send(200, "text/html", page)`,
 * ESPAsyncWebServer `request->send(404, contentType, msg)`, `send(404, FPSTR(mimeTable[html].mimeType), ...)`.
 */
function mediaTypeAfter(line: string, s: number, e: number, code: number): boolean {
  // (or a pair's first item, a test's data: `[400, 'application/problem+json'],`)
  if (code < 200 || code === 300 || !isCommon(code) || (argumentOpener(line, s) < 0 && line.charCodeAt(s - 1) !== 91)) return false;
  MEDIA_TYPE_ARG_RE.lastIndex = e;
  return MEDIA_TYPE_ARG_RE.test(line);
}
/** (`plain/text`, a common slip in ESP8266 sketches, names the media type all the same) */
const MEDIA_TYPE_ARG_RE = /\s*,\s*(?:F\(\s*)?(?:["'](?:text|plain|application|image|audio|video|multipart|font)\/[\w.+-]+["';]|[\w.>[\]()-]{0,40}?(?:[Mm]ime|MIME|[Cc]ontent_?[Tt]ype|CONTENT_TYPE))/y;

/**
 * An argument, then a string naming the outcome as the next argument, of the same class as the code:
 * `new Result(200, "success", data)`, jQuery's `callback( 200, "success" )`, `R.error(500, "服务错误")`.
 */
function outcomeStringAfter(line: string, s: number, e: number, code: number): boolean {
  if (code < 200 || (code >= 300 && code < 400) || argumentOpener(line, s) < 0) return false;
  OUTCOME_AFTER_RE.lastIndex = e;
  const m = OUTCOME_AFTER_RE.exec(line);
  if (!m) return false;
  const word = (m[2] ?? '').toLowerCase();
  return code < 300 ? OK_OUTCOME_RE.test(word) : FAILED_OUTCOME_RE.test(word);
}
const OUTCOME_AFTER_RE = /\s*,\s*(["'])([^"'\\]{1,16})\1\s*[,)]/y;
const OK_OUTCOME_RE = /^(?:success|succeeded|successful|ok|成功|操作成功|请求成功)$/;
const FAILED_OUTCOME_RE = /^(?:error|fail|failed|failure|失败|错误|操作失败|请求失败|服务错误|系统错误|服务器错误|系统异常)$/;

/** A URL, then the code it answers with: `# http://127.0.0.1:5000/index/  404` (notes from trying routes). */
function urlThenCode(line: string, s: number, e: number): boolean {
  if (s < 10 || !isSpace(line.charCodeAt(s - 1))) return false;
  const k = skipSpacesBack(line, s - 1, Math.max(0, s - 16));
  if (k < 0) return false;
  let st = k;
  while (st > 0 && st > k - 200 && !isSpace(line.charCodeAt(st - 1))) st--;
  if (!(line.startsWith('http://', st) || line.startsWith('https://', st))) return false;
  const next = wordAfter(line, e);
  return next === undefined || !(C.UNIT_WORDS.has(next.toLowerCase()) || quantityNoun(next));
}

/** A code after a Russian word that says it is answered or returned: `"Метод POST /update/ вернет 400"`, `код ответа 200`. */
function cyrillicSignalBefore(line: string, s: number): boolean {
  // (or the word and a colon: `//Код ответа: 200, 400...`)
  if (line.charCodeAt(s - 2) === 58 && line.charCodeAt(s - 1) === 32) {
    const c = line.charCodeAt(s - 3);
    return c >= 0x400 && c <= 0x4ff && CYRILLIC_SIGNAL_RE.test(line.slice(Math.max(0, s - 26), s - 2) + ' ');
  }
  if (!scriptWordBefore(line, s, 0x400, 0x4ff)) return false;
  return CYRILLIC_SIGNAL_RE.test(line.slice(Math.max(0, s - 24), s)) || CYRILLIC_CODE_EQUALS_RE.test(line.slice(Math.max(0, s - 48), s));
}
/** A space, then a letter of the script [lo, hi], right before s: the code follows a word of that script. */
function scriptWordBefore(line: string, s: number, lo: number, hi: number): boolean {
  const c = line.charCodeAt(s - 2);
  return s >= 3 && line.charCodeAt(s - 1) === 32 && c >= lo && c <= hi;
}
/** A code after a Hebrew word that says it is returned or an error: `// מחזיר 404 אם המשתמש לא נמצא`. */
function hebrewSignalBefore(line: string, s: number): boolean {
  return scriptWordBefore(line, s, 0x5d0, 0x5ea) && HEBREW_SIGNAL_RE.test(line.slice(Math.max(0, s - 16), s));
}
const HEBREW_SIGNAL_RE = /(?:^|[^\u05d0-\u05ea])(?:מחזיר|מחזירה|מחזירים|החזר|להחזיר|שגיאה|שגיאת|סטטוס|קוד)\s+$/;

/**
 * A code in Turkish text that says it is returned or a success or an error: the verb after the code, as Turkish writes it
 * (`// Token geçersizse 401 döner`, `429 üretir`, `201 + empty guid ile dönüyor`), or a success or error word before it
 * (`başarı \`200\``, `**Başarı (200):**`, `sadece başarıda 201`).
 */
function turkishSignal(line: string, s: number, e: number): boolean {
  TURKISH_VERB_AFTER_RE.lastIndex = e;
  if (TURKISH_VERB_AFTER_RE.test(line)) return true;
  const c = line.charCodeAt(s - 1);
  return (c === 32 || c === 96 || c === 40) && TURKISH_WORD_BEFORE_RE.test(line.slice(Math.max(0, s - 16), s));
}
const TURKISH_VERB_AFTER_RE = /[`*)]{0,3} (?:\+ [\w.`{}]{1,24}(?: [\w.`{}]{1,24})? )?(?:ile )?(?:döner|dönüyor|döndürür|döndürüyor|dönülür|üretir|üretiyor)(?![\wçğıöşü])/y;
const TURKISH_WORD_BEFORE_RE = /(?:^|[^\wçğıöşü])(?:[Bb]aşarı(?:lı|da)?|[Hh]ata(?:sı|ları|da)?) ?[`(]?$/;
/** A code after a Vietnamese word for returning it, an error or a code: `(trả về 404, 400, ...)`, `// Ném lỗi 500 chung chung`, `mã 401`. */
function vietnameseSignalBefore(line: string, s: number): boolean {
  if (line.charCodeAt(s - 1) !== 32) return false;
  // (each of the words holds a letter beyond ASCII within its last three)
  let beyond = false;
  for (let k = Math.max(0, s - 5); k < s - 1 && !beyond; k++) beyond = line.charCodeAt(k) > 127;
  return beyond && VIETNAMESE_WORD_BEFORE_RE.test(line.slice(Math.max(0, s - 20), s));
}
const VIETNAMESE_WORD_BEFORE_RE = /(?:^|[^\p{L}])(?:trả về|trả lại|[Ll]ỗi|mã lỗi|mã trạng thái|[Mm]ã)\s$/u;
/** `код ответа не равен 200`: the status code compared in words. */
const CYRILLIC_CODE_EQUALS_RE = /(?:код|статус)[\u0400-\u04ff ]{0,24}?(?:равен|равно|равна)\s+$/i;
/** (Russian, and Ukrainian: `повертає 401`, `відповідь 200`, `помилка 500`) */
const CYRILLIC_SIGNAL_RE = /(?:^|[^\u0400-\u04ff])(?:если|вернет|вернёт|вернуть|возвращает|возвращаем|возвратит|отдает|отдаёт|ответ|ответа|ответом|статус|статуса|ошибк[аиуой]|ошибок|код|статус[- ]?код(?:а|ом|у)?|код состояния|кодом состояния|повертає|повертають|повертати|повернути|поверне|відповідь|відповіддю|помилк[аиуо]|статус(?:а|ом|у)?\s+(?:на|в))\s+$/i;

/** A code written against Chinese, Japanese or Korean text that names a status (`"路径不存在返回404"`), in code or prose. */
function cjkGlued(line: string, s: number, e: number, code: number): boolean {
  if ((s > 0 && line.charCodeAt(s - 1) >= 0x3000) || (e < line.length && line.charCodeAt(e) >= 0x3000)) return cjkSignalNear(line, s, e) || cjkStatusClause(line, s, e, code);
  // one space away from the text: `所有 key 均返回 429 时`, `匹配：413 视为`
  if ((s > 1 && line.charCodeAt(s - 1) === 32 && line.charCodeAt(s - 2) >= 0x3000) || (line.charCodeAt(e) === 32 && line.charCodeAt(e + 1) >= 0x3000)) return cjkStatusClause(line, s, e, code);
  // after a label and an ASCII colon: `响应状态码: 200`
  if (s > 2 && line.charCodeAt(s - 1) === 32 && line.charCodeAt(s - 2) === 58 && line.charCodeAt(s - 3) >= 0x3000) return cjkSignalNear(line, s, e);
  // a key whose value explains it in the text: `404 : '指定的請求不存在，請確認請求網址的正確性',`, `"400": "입력값이 없습니다. 다시 확인해주세요.",`
  // (ant-design-pro's `codeMessage` table, copied into countless projects, explains its 2xx codes too: `200: '服务器成功返回请求的数据。'`)
  if (code >= 200 && official(code)) {
    CJK_MESSAGE_VALUE_RE.lastIndex = e;
    const m = CJK_MESSAGE_VALUE_RE.exec(line);
    if (m) return code >= 400 ? CJK_SIGNAL_RE.test(m[1] ?? '') || CJK_ERROR_WORDS_RE.test(m[1] ?? '') || KOREAN_REFUSAL_RE.test(m[1] ?? '') : CJK_SIGNAL_RE.test(m[1] ?? '') || CJK_SUCCESS_RE.test(m[1] ?? '');
  }
  // in ASCII parentheses after the text: `'拒绝访问(403)'`, `'请求错误(400)'` (axios interceptors' messages)
  return s >= 2 && line.charCodeAt(s - 1) === 40 && line.charCodeAt(e) === 41 && line.charCodeAt(s - 2) >= 0x3000
    && ((code >= 400 && isDistinctive(code)) || cjkSignalNear(line, s, e));
}

/**
 * A client or server error code in Chinese, Japanese or Korean text whose clause (20 characters each side)
 * names a status, an error, a response or a retry, and that no counter word follows (`返回 500 条数据` counts rows).
 */
function cjkStatusClause(line: string, s: number, e: number, code: number): boolean {
  if (code < 400 || !isCommon(code) || CJK_COUNTER_AFTER_RE.test(line.slice(e, e + 4))) return false;
  const around = line.slice(Math.max(0, s - 20), Math.min(line.length, e + 20));
  return CJK_SIGNAL_RE.test(around) || CJK_ERROR_WORDS_RE.test(around);
}
/** `: '…'` right after a key, the string's first twenty characters in group 1 when it opens with CJK text. */
const CJK_MESSAGE_VALUE_RE = /['"]?\s*[:=]>?\s*['"]([\u3000-\u9fff\uac00-\ud7af][^'"]{0,39})/y;
/** Korean messages' words for a refusal: `할 수 없습니다` (cannot), `없습니다` (there is none), `않은` (not), `실패` (failure), `잘못된` (wrong), `권한` (permission). */
const KOREAN_REFUSAL_RE = /수 ?없|없습니다|않은|않습니다|실패|잘못|권한|만료|존재하지/;
const CJK_COUNTER_AFTER_RE = /^\s?(?:条|條|个|個|次|秒|毫秒|分|小时|小時|元|行|人|字|张|張|件|位|台|年|月|天|日|岁|歲|米|克|度|倍|份|项|項|篇|本|只|名|万|萬|千|亿|億|回|円|개|명|초|원|번(?!대)|건|회)/;
const CJK_ERROR_WORDS_RE = /限流|重试|重試|网关|網關|超限|配额|配額|失败|失敗|拒绝|拒絕|未授权|禁止|授权|授權|不存在|找不到|服务器|伺服器|リトライ|失敗|재시도/;
/** A success, said in Chinese or Japanese: a 2xx code's message (`删除数据成功。`). */
const CJK_SUCCESS_RE = /成功/;

/** Caddyfile directives that end with the status: `redir /old /new 301`, `respond @gone "Gone" 410`, `error 403`. */
function caddyDirectiveCode(line: string, s: number, e: number, lang: string): boolean {
  if ((lang !== 'caddyfile' && !DOC_LANGUAGES.has(lang)) || !/^\s*(?:\{\s*)?$/.test(line.slice(e, e + 8)) || s > LEFT_WINDOW) return false;
  return CADDY_STATUS_DIRECTIVE_RE.test(line.slice(0, s));
}
const CADDY_STATUS_DIRECTIVE_RE = /^\s*(?:redir|respond|error)\b/;

/** A comparison with a status placeholder: Caddy `{err.status_code} == 404`, `{http.response.status} >= 500`. */
function placeholderCompare(line: string, s: number): boolean {
  const k = skipSpacesBack(line, s - 1, Math.max(0, s - 4));
  const c = k >= 0 ? line.charCodeAt(k) : 0;
  if (c !== 61 && c !== 60 && c !== 62) return false; // = < >
  const w = line.slice(Math.max(0, s - 48), s);
  return PLACEHOLDER_COMPARE_RE.test(w);
}
// (or a format verb after a status's name: Go's `"status code (%d != 200)"`, `status %v != 200`)
const PLACEHOLDER_COMPARE_RE = /\{[\w.]*status(?:_code)?\}\s*(?:==|!=|>=|<=|>|<)\s*$|\b(?:[Ss]tatus|STATUS)(?:\s+code)?[\s:(]{1,3}%[dvs]\s*(?:==|!=)\s*$/;

/** The bracketed list of codes around [s, e): `[` and `]` positions, or undefined when an item is not a code. */
function codeListAround(line: string, s: number, e: number): [number, number] | undefined {
  let a = s;
  for (let n = 0; n < 16; n++) {
    const k = skipSpacesBack(line, a - 1, Math.max(0, a - 8));
    if (k < 0) return undefined;
    if (line.charCodeAt(k) === 91) { a = k; break; }
    if (line.charCodeAt(k) !== 44) return undefined;
    const d = skipSpacesBack(line, k - 1, Math.max(0, k - 8)) - 2;
    if (!threeDigitsAt(line, d) || !known(codeAt(line, d))) return undefined;
    a = d;
    if (n === 15) return undefined;
  }
  let b = e;
  for (let n = 0; n < 16; n++) {
    const k = skipSpacesFwd(line, b, Math.min(line.length, b + 8));
    if (k >= line.length) return undefined;
    if (line.charCodeAt(k) === 93) return line.charCodeAt(a) === 91 ? [a, k] : undefined;
    if (line.charCodeAt(k) !== 44) return undefined;
    const d = skipSpacesFwd(line, k + 1, Math.min(line.length, k + 9));
    if (!threeDigitsAt(line, d) || !known(codeAt(line, d))) return undefined;
    b = d + 3;
  }
  return undefined;
}

/** A list of codes walked with a status variable: Ruby `[200, 404].each { |status| ...}`, Python `for status in [200, 404]:`, JS `.forEach((status) =>`. */
function codeListIteratedAsStatus(line: string, s: number, e: number): boolean {
  const list = codeListAround(line, s, e);
  if (!list) return false;
  const after = ITERATED_AFTER_RE.exec(line.slice(list[1] + 1, list[1] + 48));
  if (after && classify(after[1] ?? '') === 'status') return true;
  const before = ITERATED_BEFORE_RE.exec(line.slice(Math.max(0, list[0] - 40), list[0]));
  return before !== null && classify(before[1] ?? '') === 'status';
}
const ITERATED_AFTER_RE = /^\s*\.\s*(?:each|forEach|map|each_with_index|flatMap|filter)\s*(?:\{|do\b|\()\s*(?:\||\(|\{)?\s*(\w+)/;
const ITERATED_BEFORE_RE = /\bfor\s*\(?\s*(?:const|let|var|val)?\s*(\w+)\s+(?:in|of)\s*$/;

/** Codes as the alternatives of a regex group: `preg_match("/(200|301|302|307)/", $headers[0])`. */
function codeAlternation(line: string, s: number, e: number, code: number): boolean {
  // (`|` or grep's basic-regex `\|`: `grep -w "200\|301\|302"`)
  const sepBefore = (a: number): number => (line.charCodeAt(a - 1) !== 124 ? 0 : line.charCodeAt(a - 2) === 92 ? 2 : 1);
  const sepAfter = (b: number): number => (line.charCodeAt(b) === 124 ? 1 : line.charCodeAt(b) === 92 && line.charCodeAt(b + 1) === 124 ? 2 : 0);
  let a = s;
  let n = 1;
  let distinctive = isDistinctive(code);
  for (let w = sepBefore(a); w > 0 && a >= 3 + w && threeDigitsAt(line, a - 3 - w) && known(codeAt(line, a - 3 - w)) && n < 16; w = sepBefore(a)) {
    a -= 3 + w;
    distinctive = distinctive || isDistinctive(codeAt(line, a));
    n++;
  }
  let b = e;
  for (let w = sepAfter(b); w > 0 && threeDigitsAt(line, b + w) && known(codeAt(line, b + w)) && n < 32; w = sepAfter(b)) {
    distinctive = distinctive || isDistinctive(codeAt(line, b + w));
    b += 3 + w;
    n++;
  }
  if (n < 2 || !distinctive) return false;
  // a group, not a call's argument (`f(200|301)`)
  if (line.charCodeAt(a - 1) === 40 && line.charCodeAt(b) === 41 && !(a >= 2 && isIdentChar(line.charCodeAt(a - 2)))) return true;
  // a whole quoted pattern of three or more: `egrep "200|302|301"`; two after grep (`grep -w "200\|301"`)
  return (n >= 3 || (n === 2 && GREP_BEFORE_RE.test(line.slice(Math.max(0, a - 24), a)))) && a >= 1 && isQuote(line.charCodeAt(a - 1)) && line.charCodeAt(b) === line.charCodeAt(a - 1);
}

const GREP_BEFORE_RE = /\b[ef]?grep\b[^|;]*$/;

/** The title of an error page: `title: '404'`, `meta: { title: '401' }`, `alt="404"` (the value is just the code). */
function errorPageTitle(line: string, s: number, e: number, code: number): boolean {
  if (code < 400 || !isDistinctive(code) || s < 3) return false;
  const q = line.charCodeAt(s - 1);
  if (!isQuote(q) || line.charCodeAt(e) !== q) return false;
  const key = keyBefore(line, s - 1);
  return key !== undefined && ERROR_PAGE_KEYS.has(key);
}
const ERROR_PAGE_KEYS: ReadonlySet<string> = new Set(['title', 'alt', 'subTitle', 'subtitle', 'heading', 'pageTitle', 'errorMsg', 'errorMessage', 'error_msg', 'errorText']);

/** Elixir/Erlang responses as tuples: `{200, [{"content-type", "text/plain"}], "body"}`. */
function headersTuple(line: string, s: number, e: number): boolean {
  const b = skipSpacesBack(line, s - 1, Math.max(0, s - 8));
  if (b < 0 || (line.charCodeAt(b) !== 123 && line.charCodeAt(b) !== 40)) return false;
  return HEADERS_AFTER_RE.test(line.slice(e, e + 48));
}
const HEADERS_AFTER_RE = /^\s*,\s*\[\s*\{\s*["'][A-Za-z][\w-]*["']\s*,/;

/** A code opening its line and mapped to its own reason phrase: PowerShell `404 { return 'Not Found' }`. */
function phraseStringAfter(line: string, s: number, e: number, code: number): boolean {
  if (s > 40 || !blankBefore(line, s) || !isDistinctive(code)) return false;
  const max = Math.min(line.length, e + 40);
  let q = e;
  while (q < max && !isQuote(line.charCodeAt(q))) q++;
  if (q >= max) return false;
  const quote = line.charCodeAt(q);
  let r = q + 1;
  while (r < max + 40 && r < line.length && line.charCodeAt(r) !== quote) r++;
  if (r >= line.length || r - q - 1 < 2) return false;
  return isOwnPhrase(line.slice(q + 1, r), code);
}

/**
 * The `(` of the call whose argument list holds the comma at `comma`, right before the code at s, when it lies within
 * `reach` characters before s; else -1. Several rules read a call's earlier arguments from that one comma: the walk
 * back runs once per comma, to the widest reach any of them takes, and each rule checks its own reach.
 */
function callOpenBefore(line: string, comma: number, s: number, reach: number): number {
  if (comma !== callOpenComma || s !== callOpenCode || line !== callOpenLine) {
    callOpenLine = line;
    callOpenComma = comma;
    callOpenCode = s;
    const open = openerBack(line, comma - 1, Math.max(0, s - CALL_OPEN_REACH));
    callOpenAt = open >= 0 && line.charCodeAt(open) === 40 ? open : -1;
  }
  return callOpenAt >= 0 && callOpenAt >= s - reach ? callOpenAt : -1;
}
const CALL_OPEN_REACH = 200;
let callOpenLine = '';
let callOpenComma = -1;
let callOpenCode = -1;
let callOpenAt = -1;

/**
 * A later argument of a call whose earlier argument spells the code's own reason phrase: an error class's
 * `super("NOT_FOUND", message, 404)`, `new ApiError('Conflict', details, 409)`.
 */
function ownPhraseArgumentBefore(line: string, s: number, code: number): boolean {
  const min = Math.max(0, s - 160);
  const comma = skipSpacesBack(line, s - 1, min);
  if (comma < min || line.charCodeAt(comma) !== 44) return false;
  const open = callOpenBefore(line, comma, s, 160);
  if (open < 0) return false;
  let quoted = false;
  for (let k = open + 1; k < comma && !quoted; k++) quoted = isQuote(line.charCodeAt(k));
  if (!quoted) return false;
  QUOTED_ARGUMENT_RE.lastIndex = 0;
  const args = line.slice(open + 1, comma);
  for (let m = QUOTED_ARGUMENT_RE.exec(args); m; m = QUOTED_ARGUMENT_RE.exec(args)) if (isOwnPhrase(m[2] ?? '', code)) return true;
  return false;
}
const QUOTED_ARGUMENT_RE = /(["'`])([A-Za-z][\w -]{1,38})\1/g;

/** `text` spells the code's own reason phrase (case, spaces and punctuation aside): `"Not Found"`, `'not-found'`. */
function informationalWithPhrase(line: string, e: number, code: number): boolean {
  const text = line.slice(e, e + 80);
  PHRASE_STRING_G_RE.lastIndex = 0;
  for (let m = PHRASE_STRING_G_RE.exec(text); m; m = PHRASE_STRING_G_RE.exec(text)) if (isOwnPhrase(m[1] ?? '', code)) return true;
  return false;
}
const PHRASE_STRING_G_RE = /['"]([A-Za-z][A-Za-z -]{1,38})['"]/g;
function isOwnPhrase(text: string, code: number): boolean {
  const st = getStatus(code);
  return !!st && squash(text) === squash(st.name);
}

/** A Markdown table cell holding a code, alone or among other codes, in a row about requests or statuses: `| POST to GET | 301 | 302 |`. */
function tableCellCode(line: string, s: number, e: number, code: number, lang: string): boolean {
  if (!DOC_LANGUAGES.has(lang) || !isCommon(code)) return false;
  const around = line.slice(Math.max(0, s - LEFT_WINDOW), Math.min(line.length, e + RIGHT_WINDOW));
  // (round codes too, in a row that names an exception: `| InvalidRequestException | 400 |`)
  // (or a row with a media type: generated SDK docs' `| errors.NotFound | 404 | application/json |`)
  // (or a route table's row, which needs no status word: `| GET | /users | 200 | List the users |`)
  // (or a row whose numbers are all codes, a success beside a failure: `| Create | 201 | 400, 409 |`)
  const methodRow = METHOD_CELL_RE.test(around) || (line.charCodeAt(skipSpacesFwd(line, 0, s)) === 124 && successFailureRow(line));
  // (or a row of an API's error codes, the name of an error right before: `| \`INVALID_PARAMS\` | 400 | ... |`)
  const errorNameRow = code >= 400 && code <= 599 && ERROR_NAME_CELL_RE.test(line.slice(Math.max(0, s - 60), s));
  // (or a row with a JSON body in a code span: `| 400 | \`{"summary": "Error summary"}\` |`)
  if (!(isDistinctive(code) || methodRow || errorNameRow || EXCEPTION_CELL_RE.test(around) || MEDIA_TYPE_CELL_RE.test(around) || JSON_BODY_CELL_RE.test(around))) return false;
  // (or, in Markdown, an error code alone in its cell in a row that describes a case in words: see `caseRowStatusCell`)
  if (lang === 'markdown' && code > 400 && code !== 500 && isDistinctive(code) && official(code) && caseRowStatusCell(line, s, e)) return true;
  // the code alone in its cell, or among other codes: `| 401 |`, `| **404** |`, `| 401 / 403 |`
  if (!CELL_CODES_LEFT_RE.test(line.slice(Math.max(0, s - 40), s))) return false;
  CELL_CODES_RIGHT_RE.lastIndex = e;
  if (!CELL_CODES_RIGHT_RE.test(line)) return false;
  // (not a row of other numbers: a ranking's `| 6 | [Files](...) | 42318 | 2624 | C# | 501 | A modern file manager ... |`)
  // (the code's own cell and two others)
  // (a link's scheme is no status word: a contributors table's `| [name](https://github.com/name) | 464 |`)
  return (methodRow || errorNameRow || LIST_STATUS_WORD_RE.test(around.replace(URL_G_RE, ''))) && !numberCellsIn(around, 3);
}
const URL_G_RE = /https?:\/\/[^\s)|]*/g;
/**
 * A Markdown table's cell holding nothing but an error code, in a row that describes a case in words: `| Accès interdit
 * (autre user) | 403 |` (the column's header is on another line). Not in a table of figures: a row with another number
 * in a cell of its own is statistics (`| **TOTAL** | **401** | 27.0% |`).
 */
function caseRowStatusCell(line: string, s: number, e: number): boolean {
  if (line.length > 400) return false;
  let a = s - 1;
  while (a >= 0 && (line.charCodeAt(a) === 32 || line.charCodeAt(a) === 42 || line.charCodeAt(a) === 96)) a--;
  let b = e;
  while (b < line.length && (line.charCodeAt(b) === 32 || line.charCodeAt(b) === 42 || line.charCodeAt(b) === 96)) b++;
  if (a < 0 || line.charCodeAt(a) !== 124 || line.charCodeAt(b) !== 124 || MARKDOWN_COUNT_ROW_RE.test(line)) return false;
  const digits = line.slice(s, e);
  let worded = false;
  for (const cell of line.split('|')) {
    const t = cell.trim();
    if (t === '' || t.includes(digits)) continue;
    if (MARKDOWN_FIGURE_CELL_RE.test(t)) return false;
    if (MARKDOWN_WORDED_CELL_RE.test(t) || MARKDOWN_CAMEL_NAME_CELL_RE.test(t)) worded = true;
  }
  return worded;
}
const MARKDOWN_COUNT_ROW_RE = /\b(?:[Tt]otal|TOTAL|[Cc]ount|[Nn]umber of|[Aa]verage|[Ss]um)\b/;
const MARKDOWN_FIGURE_CELL_RE = /^[*`~]*[-+]?[\d.,]+\s?(?:%|ms|s|KB|MB|GB)?[*`~]*$/;
/** A cell naming an error in camel case: `| InvalidArgument | 400 |`, `` | `NotFound` | 404 | `` */
const MARKDOWN_CAMEL_NAME_CELL_RE = /^[`*]*[A-Z][a-z]+(?:[A-Z][a-z]+)+[`*]*$/;
const MARKDOWN_WORDED_CELL_RE = /\p{L}{2,}\s+\p{L}{2,}/u;
/** A table row whose numbers are all registered codes, among them a 2xx and a 4xx or 5xx (read within 200 characters). */
function successFailureRow(line: string): boolean {
  if (line.length > 200) return false;
  let success = false;
  let failure = false;
  ROW_NUMBER_G_RE.lastIndex = 0;
  for (let m = ROW_NUMBER_G_RE.exec(line); m; m = ROW_NUMBER_G_RE.exec(line)) {
    const n = Number(m[0]);
    if (m[0].length !== 3 || !official(n)) return false;
    if (n >= 200 && n < 300) success = true;
    else if (n >= 400) failure = true;
  }
  return success && failure;
}
const ROW_NUMBER_G_RE = /\d+/g;
/** The cell before: an upper-case error name (`UNAUTHORIZED`, `USAGE_LIMIT_EXCEEDED`, `SUBSCRIPTION_REQUIRED`), or one in a code span (`` `CodeInvalidCredentials` ``). */
const ERROR_NAME_CELL_RE = /\|\s*`(?=\w*(?:Invalid|Unauthori[sz]ed|Forbidden|NotFound|Required|Exceeded|Conflict|Exists|Denied|Missing|Expired|Duplicate|Already))[A-Za-z]\w*`\s*\|[\s`*]*$|\|\s*`?(?=[A-Z0-9_]*(?:INVALID|UNAUTHORI[SZ]ED|FORBIDDEN|NOT_FOUND|REQUIRED|EXCEEDED|INSUFFICIENT|CONFLICT|ERROR|FAIL|DENIED|MISSING|LIMITED|TOO_MANY|EXPIRED|BAD_|UNAVAILABLE|DUPLICATE|ALREADY))[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*`?\s*\|[\s`*]*$/;
/** Before a code in a table cell: the cell's bar, then other codes of the cell (`| 401 / `), emphasis and spaces. */
const CELL_CODES_LEFT_RE = /\|[\s`*]*(?:\d{3}[`*]*\s*[/,]\s*[`*]*){0,3}$/;
/** After it: other codes of the cell, then the next bar. */
const CELL_CODES_RIGHT_RE = /[`*]*(?:\s*[/,]\s*[`*]*\d{3}[`*]*){0,3}[\s`*]*\|/y;
/** A table cell holding an HTTP method alone. */
// (or an endpoint's path in code: `| 401 | `/pair/finish` | HMAC mismatch |`)
const METHOD_CELL_RE = /\|\s*`?(?:GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)`?\s*\||\|\s*`\/[\w/*{}:.-]*`\s*\|/;

const JSON_BODY_CELL_RE = /\|\s*`\{\s*"/;
const MEDIA_TYPE_CELL_RE = /\|\s*`?(?:application|text)\/[\w.+-]+`?\s*\|/;

/**
 * A distinctive code inside a test's title: `describe('when 204', ...)`, `it('stubs all Ajax but fruits
 * with 404', ...)`, Ruby/Elixir `it "rejects ... with 403" do`. (A code right after the opening quote of a
 * call's title is read by the call rules.)
 */
function testTitleCode(line: string, s: number, e: number, code: number): boolean {
  // (a file name is a page, not a status: `test "renders 404.html" do`; a round code only after a verb that returns it, checked last)
  if (!isCommon(code) || (line.charCodeAt(e) === 46 && isAlpha(line.charCodeAt(e + 1)))) return false;
  // (or `with` a few words after such a verb: `it('rejects an invalid preset with 400')`)
  // (or right after the request's method as the title opens, whatever follows: `it("GET 200 Serves up endpoints", ...)`)
  const methodLed = line.charCodeAt(s - 1) === 32 && isUpper(line.charCodeAt(s - 2)) && METHOD_LED_TITLE_RE.test(line.slice(Math.max(0, s - 9), s));
  // (or opening the title, a response's word after it: `test('400 responds with err if invalid comment param', ...)`)
  const opensTitle = isQuote(line.charCodeAt(s - 1)) && line.charCodeAt(e) === 32 && TITLE_OPENING_NEXT_RE.test(line.slice(e, e + 16));
  if (!isDistinctive(code) && !methodLed && !opensTitle && !(line.charCodeAt(s - 1) === 32 && isAlpha(line.charCodeAt(s - 2)) && (RETURN_VERB_BEFORE_RE.test(line.slice(Math.max(0, s - 16), s)) || VERB_THEN_WITH_BEFORE_RE.test(line.slice(Math.max(0, s - 64), s))))) return false;
  const min = Math.max(0, s - 100);
  let q = s - 1;
  while (q >= min && !isQuote(line.charCodeAt(q))) q--;
  if (q < min + 2) return false;
  const quote = line.charCodeAt(q);
  const max = Math.min(line.length, e + 120);
  let r = e;
  while (r < max && line.charCodeAt(r) !== quote) r++;
  if (r >= max) return false;
  const j = skipSpacesBack(line, q - 1, min);
  if (j < min) return false;
  if (line.charCodeAt(j) === 40) {
    if (q === s - 1 && !opensTitle) return false; // right after the quote: the call rules decide
    const k = skipSpacesBack(line, j - 1, min);
    const ch = k >= min ? callChainBack(line, k, min) : undefined;
    if (!ch || !callInfo(ch.segs[0] ?? '').testTitle) return false;
  } else {
    // Ruby, Elixir, Crystal: `it "rejects ... with 403" do`, `test "rewrites ... for 303 requests" do`
    if (j === q - 1 || !isAlpha(line.charCodeAt(j))) return false;
    const st = identStart(line, j + 1, min);
    const head = line.slice(st, j + 1);
    // Kotlin test functions named in backticks: ``@Test fun `should return 404 when missing`() {`` (modifiers and annotations may come first)
    if (quote === 96 && head === 'fun') return proseRightOk(line, e, code);
    // (ScalaTest's infix titles: `it should "return 200 and a list" in {`, `"GET /links" should "return 404 ..." in {`)
    if ((head === 'should' || head === 'must' || head === 'can') && SCALATEST_IN_AFTER_RE.test(line.slice(r + 1, r + 8))) return proseRightOk(line, e, code);
    if (skipSpacesBack(line, st - 1, 0) >= 0 || !C.PARENLESS_TEST_CALLS.has(head)) return false;
  }
  return methodLed || opensTitle || proseRightOk(line, e, code);
}

// (and in Italian, `it('rifiuta JSON malformato con 400')`)
const VERB_THEN_WITH_BEFORE_RE = /\b(?:rejects?|rejected|fails?|failed|errors|errored|responds?|responded|answers?|answered|returns?|returned|aborts?|aborted)\b[^'"`]{0,40}\bwith $|\b(?:rifiuta|rifiutano|fallisce|falliscono|risponde|rispondono|restituisce|blocca)\b[^'"`]{0,40}\bcon $/;
const METHOD_LED_TITLE_RE = /["'`](?:GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS) $/;
// (an upstream's status handed on: `t.Run("upstream 400 propagates as 400", ...)`)
// (and a given-when-then title's outcome: ``fun `WHEN wrong day format  THEN 400`()``)
const RETURN_VERB_BEFORE_RE = /\b(?:return|returns|responds?\s+with|respond|fails?\s+with|rejects?\s+with|propagates?\s+as|propagated\s+as|upstream|then|THEN|Then)\s+(?:an?\s+)?$/;
/** A response's word after a code that opens a test's title. */
const TITLE_OPENING_NEXT_RE = /^ (?:responds?|returns?|returned|response|error|status|when|if|on|for|should)\b/;

// no nested quantifiers: the type (generics and `[]` included) is one class run, its name read after
const TYPED_KEY_RE = /^['"]?\s*:\s*([A-Z][\w<>[\]., ]*)([;,])\s*(?:$|\/\/)/;
const RESPONSE_TYPE_RE = /(?:Response|Error|Exception|Schema|Dto|DTO|Model|Result|Body|Payload|Problem|Details?)$/;

/** TypeScript response maps: a line `200: UserPublic;` (or `422: HTTPValidationError,`). */
function typedResponseKey(line: string, s: number, e: number, code: number): boolean {
  if (s > 40 || e + RIGHT_WINDOW < line.length || !blankBefore(line, s) || !/^\s*['"]?$/.test(line.slice(0, s))) return false;
  const m = TYPED_KEY_RE.exec(line.slice(e));
  if (!m) return false;
  void code;
  const name = /^[A-Z]\w*/.exec(m[1] ?? '')?.[0] ?? '';
  return m[2] === ';' || RESPONSE_TYPE_RE.test(name);
}

const NAME_KEY_RE = /^['"`]?\s*:\s*([A-Za-z][A-Za-z' _-]{2,40})/;

/** Quick necessary test for `/^\s*['"]?$/` on line[0, s): nothing there but spaces and a quote (or non-ASCII). */
function blankBefore(line: string, s: number): boolean {
  for (let k = 0; k < s; k++) {
    const c = line.charCodeAt(k);
    if (!(isSpace(c) || c === 11 || c === 12 || c >= 128 || ((c === 34 || c === 39) && k === s - 1))) return false;
  }
  return true;
}
/** Quick necessary test for `/^['"`]?\s*:/` at e: an optional quote, spaces (or non-ASCII), then `:`. */
function colonAfter(line: string, e: number): boolean {
  let k = e;
  if (k < line.length && isQuote(line.charCodeAt(k))) k++;
  for (; k < line.length; k++) {
    const c = line.charCodeAt(k);
    if (c === 58) return true;
    if (!(isSpace(c) || c === 11 || c === 12 || c >= 128)) return false;
  }
  return false;
}

/**
 * An error's text searched for a client or server error code: Go `strings.Contains(err.Error(), "404")`,
 * `err.message.includes("404")`, Python `"404" in str(e)`.
 */
function errorTextHasCode(line: string, s: number, e: number, code: number, lang: string): boolean {
  if (code < 400 || s < 1) return false;
  const q = line.charCodeAt(s - 1);
  if (!isQuote(q) || line.charCodeAt(e) !== q) return false;
  const left = line.slice(Math.max(0, s - 64), s - 1);
  if (ERROR_TEXT_SEARCH_RE.test(left)) return true;
  const right = line.slice(e + 1, e + 40);
  if (CODE_IN_ERROR_TEXT_RE.test(right) || (ASSERT_IN_LEFT_RE.test(left) && ASSERT_IN_ERROR_RIGHT_RE.test(right))) return true;
  // Python's membership test in more values named for an error, a message or a response's text: `if "429" not in str(e):`,
  // `"401" in err_str`, `elif "400" in ins_data:` (a registered code: not `"311" in prompt_lower`)
  return lang === 'python' && official(code) && ERROR_TEXT_MEMBERSHIP_AFTER_RE.test(line.slice(e + 1, e + 48));
}
const ERROR_TEXT = '\\b(?:err|error|e|ex|exc|exception|[a-z]\\w{0,30}(?:Error|Err|Exception))(?:\\??\\.(?:Error\\(\\)|message|Message|getMessage\\(\\)|msg|toString\\(\\)))';
/** A variable holding an error's text: `errorMsg`, `error_message`, `errMessage` (Dart `if (errorMsg.contains('400'))`). */
const ERROR_TEXT_NAME = '\\b(?:err|error)_?(?:[Mm]sg|[Mm]essage|[Tt]ext|[Ss]tr(?:ing)?)\\b(?:\\(\\))?';
// (optional chaining before the search: Dart `e.message?.contains('401')`, Kotlin `e.message!!.contains("401")`)
// (testify's `assert.Contains(t, err.Error(), "500")` and `require.ErrorContains(t, err, "401")`; Jest's `expect(err.message).toContain('404')`)
const ERROR_TEXT_SEARCH_RE = new RegExp('(?:(?:[Cc]ontains|ContainsAny|HasPrefix|HasSuffix)\\(\\s*(?:t\\s*,\\s*)?(?:' + ERROR_TEXT + '?|' + ERROR_TEXT_NAME + ')\\s*,\\s*|\\bErrorContains\\(\\s*t\\s*,\\s*(?:err|error|e)\\s*,\\s*|(?:' + ERROR_TEXT + '|' + ERROR_TEXT_NAME + ')(?:\\?|!!)?\\.(?:includes|contains|Contains|startsWith|StartsWith|indexOf|IndexOf|include\\?)\\s*\\(\\s*|\\bexpect\\(\\s*(?:' + ERROR_TEXT + '|' + ERROR_TEXT_NAME + ')\\s*\\)\\s*\\.(?:not\\.)?(?:toContain|toMatch)\\(\\s*)$');
const CODE_IN_ERROR_TEXT_RE = /^\s+in\s+(?:str\((?:e|err|error|ex|exc|exception)\)|(?:e|err|error|ex|exc)\.(?:message|args))/;
const ERROR_TEXT_MEMBERSHIP_AFTER_RE = /^ (?:not )?in (?:str\(\s*)?(?:[A-Za-z_][\w.]*[._])?(?:e|ex|exc|exception|err|error|errors|msg|message|reason|note|text|body|content|resp|response|data|output)(?:_?[a-z]*)?\b/;
/** unittest's `self.assertIn("403", str(ctx.exception))`: the code, then the error's text as the second argument. */
const ASSERT_IN_LEFT_RE = /\bassert(?:Not)?In\(\s*$/;
const ASSERT_IN_ERROR_RIGHT_RE = /^\s*,\s*str\((?:e|err|error|ex|exc|exception|\w+\.exception)\)/;

/** Istio `retryOn: connect-failure,refused-stream,503`, Envoy `retry_on: 5xx,503`: a code among the retry conditions. */
function retryConditionList(line: string, s: number, e: number): boolean {
  if (s > LEFT_WINDOW || s < 8) return false;
  const p = line.charCodeAt(s - 1);
  if (p !== 44 && p !== 32 && !isQuote(p)) return false;
  return retryKeyBefore(line, s) && RETRY_ON_LEFT_RE.test(line.slice(0, s)) && RETRY_ON_RIGHT_RE.test(line.slice(e, e + RIGHT_WINDOW));
}
/** Back over a list of conditions (`connect-failure,5xx,`), then `:` or `=`, then a name ending in `On`/`_on`/`-on`. */
function retryKeyBefore(line: string, s: number): boolean {
  let k = s - 1;
  const min = Math.max(0, s - LEFT_WINDOW);
  while (k >= min) {
    const c = line.charCodeAt(k);
    if (!(isIdentChar(c) || c === 44 || c === 45 || isQuote(c))) break;
    k--;
  }
  k = skipSpacesBack(line, k, min);
  const c = line.charCodeAt(k);
  if (c !== 58 && c !== 61) return false;
  k = skipSpacesBack(line, k - 1, min);
  if (isQuote(line.charCodeAt(k))) k--;
  return k >= 6 && (line.charCodeAt(k) | 0x20) === 110 && (line.charCodeAt(k - 1) | 0x20) === 111;
}
const RETRY_ON_LEFT_RE = /(?:^|[\s{,"'])["']?(?:retryOn|retry_on|retry-on)["']?\s*[:=]\s*["']?[\w,-]*$/;
const RETRY_ON_RIGHT_RE = /^[\w,-]*["']?\s*(?:$|#|,\s*["\w])/;

/**
 * A client or server error code keyed to a message of any language, as the first thing on its line:
 * `401: "Sesi Anda telah berakhir",`, `'404' => 'Seite nicht gefunden'` (error-message maps).
 */
function messageKey(line: string, s: number, e: number, code: number): boolean {
  if (code < 400 || !isDistinctive(code)) return false;
  let k = s - 1;
  if (k >= 0 && isQuote(line.charCodeAt(k))) k--;
  while (k >= 0 && isSpace(line.charCodeAt(k))) k--;
  return k < 0 && MESSAGE_VALUE_RE.test(line.slice(e, e + 16));
}
const MESSAGE_VALUE_RE = /^['"]?\s*(?::|=>)\s*['"`]\s*\p{L}[^\d\s'"`]*\s/u;

/** `404: NotFound`, `404: not-found`: the reason phrase after `NNN:`, whatever its case or separators. */
function reasonNameKey(line: string, e: number, code: number): boolean {
  if (!colonAfter(line, e)) return false;
  const m = NAME_KEY_RE.exec(line.slice(e, e + 48));
  if (!m) return false;
  const st = getStatus(code);
  if (!st || st.name === 'TODO') return false;
  const want = squash(st.name);
  const raw = m[1] ?? '';
  let got = 0;
  let i = 0;
  for (; i < raw.length && got < want.length; i++) {
    const c = raw.charCodeAt(i);
    if (!isAlpha(c)) continue;
    if ((c | 0x20) !== want.charCodeAt(got)) return false;
    got++;
  }
  if (got < want.length) return false;
  const n = raw.charCodeAt(i);
  return !(n >= 97 && n <= 122);
}

const LIST_STATUS_WORD_RE = /status|respons|\bcodes?\b|error|exception|\b(?:GET|POST|PUT|PATCH|DELETE)\b|\bhttps?\b|\b[1-5]xx\b/i;
const ARROW = 0x2192;

/** A neighbour code joined by `,`, `and`, `or` (or `, and`) before [s, e): its start, or -1. */
function listNeighbourBack(line: string, s: number, min: number): number {
  let k = skipSpacesBack(line, s - 1, min);
  let joined = false;
  if (k >= min && line.charCodeAt(k) === 44) { joined = true; k = skipSpacesBack(line, k - 1, min); }
  if (k >= min + 1 && isAlpha(line.charCodeAt(k))) {
    const w = letterWordBack(line, k, min).toLowerCase();
    if (!LIST_JOINERS.has(w)) return -1;
    joined = true;
    k = skipSpacesBack(line, wordStartOut - 1, min);
    // `201, but not 403`
    if (w === 'not' && k >= min + 2 && line.charCodeAt(k) === 116 && letterWordBack(line, k, min) === 'but') k = skipSpacesBack(line, wordStartOut - 1, min);
    // `201 (or 400`, `400 (validation) — NOT 403`
    if (k >= min && (line.charCodeAt(k) === 40 || isDash(line.charCodeAt(k)))) k = skipSpacesBack(line, k - 1, min);
    if (k >= min && line.charCodeAt(k) === 44) k = skipSpacesBack(line, k - 1, min);
    k = skipAsideBack(line, k, min);
  }
  if (!joined || k - 2 < min) return -1;
  const d = k - 2;
  if (!threeDigitsAt(line, d)) return -1;
  if (!known(codeAt(line, d)) || !standalone(line, d, k + 1)) return -1;
  return d;
}
/** A neighbour code joined after [s, e): its end, or -1. */
function listNeighbourFwd(line: string, e: number, max: number): number {
  let k = skipSpacesFwd(line, e, max);
  let joined = false;
  if (k < max && line.charCodeAt(k) === 44) { joined = true; k = skipSpacesFwd(line, k + 1, max); }
  let w = wordAfter(line, k);
  if (w === undefined && !joined) {
    // `201 (created) or 400`, `400 (validation) — NOT 403`, `201 (or 400`
    let a = skipAsideFwd(line, k, max);
    if (a < max && (line.charCodeAt(a) === 40 || isDash(line.charCodeAt(a)))) a = skipSpacesFwd(line, a + 1, max);
    const v = wordAfter(line, a);
    if (v !== undefined && LIST_JOINERS.has(v.toLowerCase())) { k = a; w = v; }
  }
  if (w !== undefined && w === 'but' && wordAfter(line, skipSpacesFwd(line, k + 3, max)) === 'not') { k = skipSpacesFwd(line, k + 3, max); w = 'not'; }
  if (w !== undefined && LIST_JOINERS.has(w.toLowerCase())) { joined = true; k = skipSpacesFwd(line, k + w.length, max); }
  if (!joined || k + 3 > max) return -1;
  if (!threeDigitsAt(line, k)) return -1;
  if (!known(codeAt(line, k)) || !standalone(line, k, k + 3)) return -1;
  return k + 3;
}
/** Words joining codes in a list: `201 or 400`, `403, not 404`, `NOT 403`. */
const LIST_JOINERS: ReadonlySet<string> = new Set(['and', 'or', 'not', 'nor']);
/** Before k (its last character), a short aside in parentheses such as `(created)`: the position before it, or k. */
function skipAsideBack(line: string, k: number, min: number): number {
  if (k < min || line.charCodeAt(k) !== 41) return k;
  let i = k - 1;
  const lim = Math.max(min, k - 24);
  while (i >= lim && (isAlpha(line.charCodeAt(i)) || line.charCodeAt(i) === 32)) i--;
  if (i < lim || line.charCodeAt(i) !== 40 || i === k - 1) return k;
  return skipSpacesBack(line, i - 1, min);
}
/** From k, a short aside in parentheses such as `(created)`: the position after it and its spaces, or k. */
function skipAsideFwd(line: string, k: number, max: number): number {
  if (k >= max || line.charCodeAt(k) !== 40) return k;
  let i = k + 1;
  const lim = Math.min(max, k + 24);
  while (i < lim && (isAlpha(line.charCodeAt(i)) || line.charCodeAt(i) === 32)) i++;
  if (i >= lim || line.charCodeAt(i) !== 41 || i === k + 1) return k;
  return skipSpacesFwd(line, i + 1, max);
}

/** Prose lists of codes: `example: 200, 201, 404`, `Added 201 and 204 as valid POST responses`, `→ 400, … → 404`. */
function proseCodeList(line: string, s: number, e: number, code: number, lang: string): boolean {
  const min = Math.max(0, s - LEFT_WINDOW);
  const max = Math.min(line.length, e + RIGHT_WINDOW);
  let first = s;
  let last = e;
  let members = 1;
  let distinctive = isDistinctive(code);
  for (let n = 0; n < 8; n++) {
    const d = listNeighbourBack(line, first, min);
    if (d < 0) break;
    if (!isCommon(codeAt(line, d))) return false;
    distinctive = distinctive || isDistinctive(codeAt(line, d));
    first = d;
    members++;
  }
  for (let n = 0; n < 8; n++) {
    const r = listNeighbourFwd(line, last, max);
    if (r < 0) break;
    if (!isCommon(codeAt(line, r - 3))) return false;
    distinctive = distinctive || isDistinctive(codeAt(line, r - 3));
    last = r;
    members++;
  }
  if (members < 2) {
    // `X → 400, Y → 404`: arrows mapping things to codes
    const b = skipSpacesBack(line, s - 1, min);
    if (b < min || line.charCodeAt(b) !== ARROW) return false;
    const w = line.slice(min, max);
    let arrows = 0;
    for (let k = w.indexOf('\u2192'); k >= 0 && arrows < 2; k = w.indexOf('\u2192', k + 1)) {
      const t = skipSpacesFwd(w, k + 1, Math.min(w.length, k + 4));
      if (threeDigitsAt(w, t) && known(codeAt(w, t))) arrows++;
    }
    if (arrows < 2) return false;
  } else if (!distinctive) {
    return false;
  }
  if (!inProse(line, s, e, lang)) return false;
  // quantities: `sizes 200, 401 and 404 px`, `up to 200, 201 or 404`
  const after = wordAfter(line, last);
  if (after !== undefined && (countWord(after) || quantityNoun(after))) return false;
  const pc = line.charCodeAt(last);
  if (pc === 37 || pc === 43) return false;
  if (quantityBefore(line, first, min)) return false;
  return LIST_STATUS_WORD_RE.test(line.slice(min, max));
}

const PAGE_LANGUAGES: ReadonlySet<string> = new Set([
  'html', 'handlebars', 'hbs', 'ejs', 'erb', 'blade', 'jinja', 'twig', 'vue', 'svelte', 'django-html', 'nunjucks',
  'liquid', 'mustache', 'razor', 'aspnetcorerazor', 'haml', 'slim', 'pug', 'php',
  // React's not-found pages: `<h1>404</h1>`, `<h2 className="title">404 - Page not found</h2>` (JSX in `.js` files
  // too, and HTML in strings: `` res.end(`<h1>403 Restricted</h1>`) ``)
  'javascriptreact', 'typescriptreact', 'javascript', 'typescript',
]);
const HEADING_OPEN_RE = /<(?:title|h1|h2|heading)\b[^<>]*>[^<>]*$/i;
/** An element holding nothing but the code, a not-found page's big number: `<span class="text-3xl">404</span>`. */
const CODE_ELEMENT_RE = /<(h[3-6]|span|div|p|strong|b|text)\b[^<>]*>$/i;
const NOT_FOUND_WORDING_RE = /not found|not exist|n't exist|nothing here|cannot be found|can't be found|could not be found|no such|\berror\b/i;

/** Error pages: `<title>… (404)</title>`, `<h1>404: nothing here</h1>`, `A 404 test, the requested file does not exist`. */
function errorPageText(line: string, s: number, e: number, code: number, lang: string): boolean {
  // unknown languages (handlebars, ...) arrive as '': only the heading form there
  if (!(PAGE_LANGUAGES.has(lang) || lang === '') || code < 400) return false;
  const min = Math.max(0, s - LEFT_WINDOW);
  // a title that is just the code: `<title>500</title>`, `<h1>404</h1>`
  if (line.charCodeAt(s - 1) === 62 && (line.startsWith('</', e) || (line.charCodeAt(e) === 58 && isSpace(line.charCodeAt(e + 1)))) && HEADING_OPEN_RE.test(line.slice(min, s))) return true; // (or `<h1>500: Internal Error</h1>`)
  // Rails' error pages: `<title>We're sorry, but something went wrong (500)</title>`
  if (line.charCodeAt(s - 1) === 40 && line.charCodeAt(e) === 41 && line.startsWith('</', e + 1) && HEADING_OPEN_RE.test(line.slice(min, s))) return true;
  if (!isDistinctive(code)) return false;
  // a translation key or a file name inside the heading: `<h1>{t('404.title')}</h1>`
  if (line.charCodeAt(e) === 46 && isAlpha(line.charCodeAt(e + 1))) return false;
  {
    // (spaces inside the element too: `<div class="number"> 404 </div>`)
    const gt = skipSpacesBack(line, s - 1, Math.max(min, s - 4));
    const lt = skipSpacesFwd(line, e, Math.min(line.length, e + 4));
    if (line.charCodeAt(gt) === 62 && line.startsWith('</', lt)) {
      const open = CODE_ELEMENT_RE.exec(line.slice(min, gt + 1));
      if (open && line.slice(lt + 2, lt + 2 + (open[1]?.length ?? 0)).toLowerCase() === open[1]?.toLowerCase()) return true;
    }
  }
  const bw = skipSpacesBack(line, s - 1, min);
  let k = bw;
  while (k >= min && !isAlpha(line.charCodeAt(k)) && k > bw - 3) k--;
  if (k >= min && isAlpha(line.charCodeAt(k)) && C.QUANTITY_BEFORE.has(letterWordBack(line, k, min))) return false;
  if (HEADING_OPEN_RE.test(line.slice(min, s))) return true;
  // (in script files only the tag forms above: `// Draw 404 particles when the error screen shows` is not a page)
  if (lang === '' || lang === 'javascript' || lang === 'typescript') return false;
  // the same sentence, outside any tag
  let a = s - 1;
  while (a >= min && line.charCodeAt(a) !== 62 && line.charCodeAt(a) !== 60 && !(line.charCodeAt(a) === 46 && isSpace(line.charCodeAt(a + 1)))) a--;
  if (a >= min && line.charCodeAt(a) === 60) return false;
  const max = Math.min(line.length, e + RIGHT_WINDOW);
  let b = e;
  while (b < max && line.charCodeAt(b) !== 60 && line.charCodeAt(b) !== 62 && !(line.charCodeAt(b) === 46 && (b + 1 >= line.length || isSpace(line.charCodeAt(b + 1))))) b++;
  if (b < max && line.charCodeAt(b) === 62) return false;
  return NOT_FOUND_WORDING_RE.test(line.slice(a + 1, b));
}

/**
 * Test tables pairing a code with a URL path: `(404, "/a")`, `("/x", "/x", 404)`, and rows of Go and
 * Elixir tables written in braces at the start of a line: `{"/sentry", "https://sentry.io/", 302},`; rows that name a request's
 * method (`{"GET", "/foo", 200}`).
 */
function pathTuple(line: string, s: number, e: number, code: number): boolean {
  if (!isCommon(code)) return false;
  // (a round code only in a row naming a method: most `200`s are not in one, so that is tested first)
  if (!isDistinctive(code) && !METHOD_NEAR_RE.test(line.slice(Math.max(0, s - 100), Math.min(line.length, e + 100)))) return false;
  const min = Math.max(0, s - 100);
  const max = Math.min(line.length, e + 100);
  let a = s - 1;
  while (a >= min && line.charCodeAt(a) !== 40 && line.charCodeAt(a) !== 91 && line.charCodeAt(a) !== 123) {
    const c = line.charCodeAt(a);
    if (c === 41 || c === 93 || c === 125 || c === 59) return false;
    a--;
  }
  if (a < min) return false;
  const opener = line.charCodeAt(a);
  const closer = opener === 40 ? 41 : opener === 91 ? 93 : 125;
  const j = skipSpacesBack(line, a - 1, Math.max(0, a - 8));
  if (opener === 123) {
    if (j >= 0 && line.charCodeAt(j) !== 44 && line.charCodeAt(j) !== 123) return false; // a row: `{` opens the line or follows `,` / `{`
  } else if (j >= 0 && (isIdentChar(line.charCodeAt(j)) || line.charCodeAt(j) === 41 || line.charCodeAt(j) === 93)) {
    return false; // a call or a subscript
  }
  let b = e;
  while (b < max && line.charCodeAt(b) !== closer) {
    const c = line.charCodeAt(b);
    if (c === 40 || c === 41 || c === 91 || c === 93 || c === 123 || c === 125 || c === 59) return false;
    b++;
  }
  if (b >= max) return false;
  // the number is an item of its own (maybe quoted), not a part of one (`"/?code=301"`)
  let p = s - 1;
  let q = e;
  if (isQuote(line.charCodeAt(p)) && line.charCodeAt(q) === line.charCodeAt(p)) { p--; q++; }
  p = skipSpacesBack(line, p, a);
  q = skipSpacesFwd(line, q, b);
  if ((p !== a && line.charCodeAt(p) !== 44) || (q !== b && line.charCodeAt(q) !== 44)) return false;
  const group = line.slice(a + 1, b);
  if (!/^\s*\S/.test(group) || group.indexOf(',') < 0) return false;
  // (or a request's method: a table-driven test's row, `{"etag", "GET", "If-None-Match", "\"v1\"", 304, "", ""}`, round codes included)
  if (METHOD_ITEM_RE.test(group)) return true;
  return isDistinctive(code) && /(?:^|,)\s*(["'])\/[^"'\s]*\1\s*(?:,|$)/.test(group) && !/\/[^"'\s]*\.[A-Za-z0-9]{2,4}["']/.test(group);
}
const METHOD_NEAR_RE = /["'](?:GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)["']|http\.Method[GPDHO]/;
const METHOD_ITEM_RE = /(?:^|,)\s*(?:(["'])(?:GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)\1|http\.Method(?:Get|Post|Put|Patch|Delete|Head|Options))\s*(?:,|$)/;

/** Shell: `... -w %{http_code} ...) -eq 200`. */
function curlCompare(line: string, s: number, e: number): boolean {
  // (in any language: compose files, CI workflows and Makefiles run the same checks)
  let k = skipSpacesBack(line, s - 1, Math.max(0, s - 4));
  if (k >= 0 && (line.charCodeAt(k) === 34 || line.charCodeAt(k) === 39)) k = skipSpacesBack(line, k - 1, Math.max(0, k - 4));
  const c = k >= 0 ? line.charCodeAt(k) : 0;
  if (c !== 61 /* = */ && c !== 113 /* -eq */ && c !== 101 /* -ne */) return false;
  if (!/(?:-eq|-ne|!=|==|=)\s*["']?$/.test(line.slice(Math.max(0, s - 8), s))) return false;
  return line.slice(Math.max(0, s - LEFT_WINDOW), Math.min(line.length, e + RIGHT_WINDOW)).includes('%{http_code}');
}

/** Shell: a message string `'not 200'` / `"non-200"` holding just the code. */
function shellNotString(line: string, s: number, e: number, lang: string): boolean {
  if (!C.SHELL_LANGUAGES.has(lang)) return false;
  return /["'](?:not |non-?)$/i.test(line.slice(Math.max(0, s - 6), s)) && /^[.!]?["']/.test(line.slice(e, e + 3));
}

// ---------------------------------------------------------------------------------------------
// Prose: comments, documentation text and sentence-like strings

/** `f(500)`, `x[404]`, `n = 200`, `'code': 100`, `c <= 102` written as code right before the number. */
function codeishBefore(line: string, s: number): boolean {
  let i = s - 1;
  if (i >= 0 && isQuote(line.charCodeAt(i))) i--;
  const adjacent = i;
  const min = Math.max(0, s - LEFT_WINDOW);
  i = skipSpacesBack(line, i, min);
  if (i < min + 1) return false;
  const c = line.charCodeAt(i);
  const p = line.charCodeAt(i - 1);
  if (c === 40 || c === 91) return i === adjacent && (isIdentChar(p) || p === 41 || p === 93 || p === 62);
  if (c !== 58 && c !== 61 && c !== 60 && c !== 62) return false;
  if (adjacent < s - 1 && sentenceString(line, s, s + 3)) return false; // `name: "404, route to any not found handler"`
  // a key, an assignment or a comparison keeps its verdict; prose `not found: 404`, `or >= 400`, `<BODY>503` does not
  let k = i;
  while (k >= min && (line.charCodeAt(k) === 61 || line.charCodeAt(k) === 60 || line.charCodeAt(k) === 62 || line.charCodeAt(k) === 33 || line.charCodeAt(k) === 58)) k--;
  if ((c === 60 || c === 62) && i === adjacent && k === i - 1) return false; // a tag: `<BODY>503`
  const kw = skipSpacesBack(line, k, min);
  if (kw < min) return true;
  const kc = line.charCodeAt(kw);
  if (isQuote(kc) || kc === 41 || kc === 93) return true; // `'code': 100`, `f() == 200`
  if (!isIdentChar(kc)) return true;
  const st = identStart(line, kw + 1, Math.max(0, kw - 40));
  const word = line.slice(st, kw + 1);
  if (PROSE_FUNCTION_WORDS.has(word)) return false;
  // (a space before the colon too, as French writes it and some messages do: `status code received : 400`)
  if (c === 58 && (kw === k || (kw === k - 1 && line.charCodeAt(k) === 32))) {
    // `found: 404` after other words is prose; a key opens its item (`{ code: 100`)
    const b = skipSpacesBack(line, st - 1, min);
    return b < min || !isAlpha(line.charCodeAt(b));
  }
  return true;
}
const PROSE_FUNCTION_WORDS = new Set(['or', 'and', 'than', 'is', 'be', 'if', 'when', 'to', 'are', 'was', 'not']);

/** Whether the number at [s, e) is read as prose: a documentation language, a comment, a sentence-like string, or a line that is a sentence. */
function inProse(line: string, s: number, e: number, lang: string): boolean {
  if (C.PROSE_LANGUAGES.has(lang)) return true;
  return commentOpenerBefore(line, s, lang) >= 0 || sentenceString(line, s, e) || sentenceLine(line, s, e) || (MARKUP_TEXT_LANGUAGES.has(lang) && elementText(line, s, e));
}

/** Languages whose elements hold text: a page's `<li>...</li>` reads as prose. */
const MARKUP_TEXT_LANGUAGES: ReadonlySet<string> = new Set(['html', 'vue', 'svelte', 'xml', 'php', 'blade', 'erb', 'handlebars', 'razor', 'aspnetcorerazor', 'jinja', 'django-html', 'twig', 'javascriptreact', 'typescriptreact', 'astro']);

/**
 * Inside an element's text, a sentence between a tag's `>` and the next `<` (or the line's end):
 * `<li>Invalid order statuses should return 400 rather than ...</li>` (not a cell's lone number, `<td>404</td>`, nor code:
 * the text holds no `=`, `;`, braces, brackets or `$`).
 */
function elementText(line: string, s: number, e: number): boolean {
  const min = Math.max(0, s - 160);
  let a = s - 1;
  while (a >= min && !MARKUP_STOP.has(line.charCodeAt(a))) a--;
  if (a < min || line.charCodeAt(a) !== 62 || line.charCodeAt(a - 1) === 45 || line.charCodeAt(a - 1) === 61) return false;
  const max = Math.min(line.length, e + 160);
  let b = e;
  while (b < max && !MARKUP_STOP.has(line.charCodeAt(b))) b++;
  if (b < line.length && line.charCodeAt(b) !== 60) return false;
  let words = 0;
  let inWord = false;
  for (let k = a + 1; k < b; k++) {
    const c = line.charCodeAt(k);
    if (isAlpha(c) || c > 127) {
      if (!inWord) words++;
      inWord = true;
    } else {
      inWord = false;
    }
  }
  return words >= 4;
}
/** What ends an element's text when read from a number: a tag's `<` or `>`, code's `=`, `;`, braces, brackets, `$`. */
const MARKUP_STOP: ReadonlySet<number> = new Set([60, 62, 61, 59, 123, 125, 91, 93, 36]);

/** Index of the comment opener (`//`, `/*`, `#`, `--`, a leading `*`) before s on the line, or -1. */
function commentOpenerBefore(line: string, s: number, lang: string): number {
  const min = Math.max(0, s - LEFT_WINDOW);
  // the nearest opener wins; each kind is found with a native backwards search in the window
  // (a slice, so a search never runs past the window on a huge line)
  const w = line.slice(min, s);
  const n = w.length;
  let best = -1;
  for (let k = w.lastIndexOf('/'); k >= 0; k = k > 0 ? w.lastIndexOf('/', k - 1) : -1) {
    if (k + 1 < n && w.charCodeAt(k + 1) === 42) { best = k; break; } // `/*`
    if (k > 0 && w.charCodeAt(k - 1) === 47 && (k < 2 ? min + k < 2 || line.charCodeAt(min + k - 2) !== 58 : w.charCodeAt(k - 2) !== 58)) { best = k - 1; break; } // `//`, not `http://`
  }
  if (C.HASH_COMMENT_LANGUAGES.has(lang)) {
    for (let k = w.lastIndexOf('#'); k > best && k > 0; k = w.lastIndexOf('#', k - 1)) {
      if (isSpace(w.charCodeAt(k - 1)) && (min + k + 1 >= line.length || isSpace(line.charCodeAt(min + k + 1)))) { best = k; break; }
    }
  }
  if (C.DASH_COMMENT_LANGUAGES.has(lang)) {
    for (let k = w.lastIndexOf('--'); k > best && k >= 0; k = k > 0 ? w.lastIndexOf('--', k - 1) : -1) {
      if (min + k + 2 >= line.length || isSpace(line.charCodeAt(min + k + 2))) { best = k; break; }
    }
  }
  if (best >= 0) return min + best;
  const hash = C.HASH_COMMENT_LANGUAGES.has(lang);
  if (min === 0 && s > 0) {
    const c = line.charCodeAt(0);
    if (hash && c === 35 && (s === 1 || isSpace(line.charCodeAt(1)) || line.charCodeAt(1) === 35)) return 0;
    // Python's `#create a 402 request`: a comment glued to its first word (not a shebang, nor a Markdown heading)
    if (c === 35 && GLUED_HASH_LANGUAGES.has(lang) && isAlpha(line.charCodeAt(1))) return 0;
    // a block-comment line: ` * text`
    const t = skipSpacesFwd(line, 0, s);
    if (t < s && line.charCodeAt(t) === 42 && (t + 1 === s || isSpace(line.charCodeAt(t + 1)))) return t;
  }
  return -1;
}

const GLUED_HASH_LANGUAGES: ReadonlySet<string> = new Set(['python', 'ruby', 'shellscript', 'perl', 'r', 'elixir']);

/** f r b u (either case): Python string prefixes. */
const STRING_PREFIX: ReadonlySet<number> = new Set([102, 70, 114, 82, 98, 66, 117, 85]);

/** Inside a string literal that reads as a sentence: `'Custom 404 Message'`, `"404, route to any ... handler"`. */
function sentenceString(line: string, s: number, e: number): boolean {
  const min = Math.max(0, s - 100);
  let q = s - 1;
  while (q >= min && !isQuote(line.charCodeAt(q))) q--;
  if (q < min) return false;
  const quote = line.charCodeAt(q);
  // an opening quote: after an opener, an operator, a comma or the line start, maybe with a
  // Python string prefix (`f"...`, `rb'...`)
  let p = q - 1;
  for (let n = 0; n < 2 && p >= min && STRING_PREFIX.has(line.charCodeAt(p)); n++) p--;
  if (p < q - 1 && p >= min && isIdentChar(line.charCodeAt(p))) p = q - 1; // a word ending in f, not a prefix
  const b = skipSpacesBack(line, p, min);
  if (b >= min) {
    const c = line.charCodeAt(b);
    if (!(c === 40 || c === 44 || c === 61 || c === 58 || c === 91 || c === 123 || c === 62 || c === 43 || c === 63)) return false;
  }
  const max = Math.min(line.length, e + 100);
  let r = e;
  while (r < max && line.charCodeAt(r) !== quote) r++;
  if (r >= max) return false;
  let spaces = 0;
  for (let k = q + 1; k < r; k++) if (line.charCodeAt(k) === 32) spaces++;
  return spaces >= 2;
}

/** A line that is a sentence (a docstring or comment continuation): words and light punctuation only. */
function sentenceLine(line: string, s: number, e: number): boolean {
  if (s > LEFT_WINDOW) return false;
  const end = Math.min(line.length, e + RIGHT_WINDOW);
  let t = skipSpacesFwd(line, 0, s);
  // a docstring's first line: `"""Raise a standard 404 HTTPException.`
  // (a docstring on one line is a sentence from three words: Flask's `"""Handle 500 errors"""`)
  let minWords = 5;
  if ((line.startsWith('"""', t) || line.startsWith("'''", t)) && t + 3 < s) {
    if (DOC_ONE_LINER_END_RE.test(line.slice(e, end))) minWords = 3;
    t += 3;
  }
  if (!isAlpha(line.charCodeAt(t))) return false;
  let words = 0;
  let inWord = false;
  for (let k = t; k < end; k++) {
    const c = line.charCodeAt(k);
    if (isAlpha(c) || isDigit(c) || c === 39 || c === 45 || c === 8217) {
      if (!inWord) words++;
      inWord = true;
    } else if (c === 32 || c === 44 || c === 46 || c === 58 || c === 33 || c === 63 || c === 34 || c === 96) {
      inWord = false;
    } else {
      return false;
    }
  }
  return words >= minWords;
}
const DOC_ONE_LINER_END_RE = /^[^"']*(?:"""|''')\s*$/;

/** line[k] is the dot of `e.g.` or `i.e.`: an abbreviation, not the end of a sentence. */
function abbreviationDot(line: string, k: number): boolean {
  if (k < 3 || line.charCodeAt(k - 2) !== 46) return false;
  const a = line.charCodeAt(k - 3) | 0x20;
  const b = line.charCodeAt(k - 1) | 0x20;
  return (a === 101 && b === 103) || (a === 105 && b === 101); // e.g. / i.e.
}

/** Lower-case word ending at i (inclusive), letters only; start in `wordStartOut`. */
let wordStartOut = 0;
function letterWordBack(line: string, i: number, min: number): string {
  let st = i;
  let accented = false;
  for (;;) {
    if (st <= min) break;
    const c = line.charCodeAt(st - 1);
    if (isAlpha(c)) st--;
    // (a Latin letter with an accent: Portuguese and Spanish `código`, `página`, `responderá`, read as `codigo`, `pagina`)
    else if (c >= 0xc0 && c <= 0x17f && c !== 0xd7 && c !== 0xf7) {
      st--;
      accented = true;
    } else break;
  }
  wordStartOut = st;
  const w = line.slice(st, i + 1).toLowerCase();
  return accented ? w.normalize('NFD').replace(COMBINING_MARKS_RE, '') : w;
}
const COMBINING_MARKS_RE = /[\u0300-\u036f]/g;

const STRONG_1XX_RE = /^(?:status|codes?|https?|responses?|informational|interim)$/;
const STRONG_SIGNAL_RE = /^(?:status(?:es)?|codes?|codigo|respon(?:se|ses|d|ds|ded|ding|de|da)|respuesta|respuestas|reponses?|respons|respostas?|antwort|odpowiedz|serverfehler|risposta|rispon(?:de|dono)|restituisce|respondera|respondeu|respondio|returns?|returned|returning|retorna|retornam|retornar|retornou|retornando|retornamos|retorne|devuelve|devuelven|devolver|devolve|devolvem|devuelva|renvoie|renvoient|retourne|retournent|liefert|redirect\w*|errors?|erro|erreur|fehler|errore|hata|chyba|fout|virhe|kesalahan|b\u0142ad|b\u0142edu|https?|non|intercept\w*|statuskoder?|statuskoden|statuskod|statukset|statuskoodi|palauttaa|palautetaan|palauttavat|teruggeven|returnen|errori)$/;

/**
 * A number in prose is a status when the words around it say so: an HTTP word nearby (C.PROSE_SIGNAL_RE;
 * the weaker ones such as `request` or `handler` only for distinctive codes), a class word (`2xx`),
 * its reason phrase before or after, a plural `404's`, or a trailing `// 409` comment after a constant
 * of that code. Quantities (`last 200`, `200 entries`) are not.
 */
function proseVerdict(line: string, s: number, e: number, code: number, lang: string): boolean {
  // Right gate: what follows must not make it a quantity.
  let r = e;
  while (r < line.length && (line.charCodeAt(r) === 42 || line.charCodeAt(r) === 96 || line.charCodeAt(r) === 41 || line.charCodeAt(r) === 34)) r++;
  const plural = (line.charCodeAt(r) === 39 || line.charCodeAt(r) === 8217) && (line.charCodeAt(r + 1) | 0x20) === 115 && !isAlpha(line.charCodeAt(r + 2));
  const rc = line.charCodeAt(e);
  if (rc === 43 /* 300+ */ || (rc === 40 && isAlpha(line.charCodeAt(e + 1))) /* 401(k) */) return false;
  // a file name: `a 404.html page`, `eine \`404.html\`-Datei`
  if (rc === 46 && isAlpha(line.charCodeAt(e + 1))) return false;
  // a number after a binary operator (`percent * 100`) or before another number (`509 2006-04-20`)
  const lb = skipSpacesBack(line, s - 1, Math.max(0, s - LEFT_WINDOW));
  if (lb >= 1) {
    const c = line.charCodeAt(lb);
    if ((c === 42 || c === 43 || c === 47 || c === 37) && lb < s - 1) {
      const b2 = skipSpacesBack(line, lb - 1, Math.max(0, s - LEFT_WINDOW));
      if (b2 >= 0 && (isIdentChar(line.charCodeAt(b2)) || line.charCodeAt(b2) === 41)) return false;
    }
  }
  {
    const f = skipSpacesFwd(line, e, Math.min(line.length, e + 4));
    // (but a code before its own class is no count: `on final non-404 4xx`)
    if (f > e && isDigit(line.charCodeAt(f)) && !(line.charCodeAt(f) === line.charCodeAt(s) && classWordAt(line, f))) return false;
    // or a factor of a product: `return 440 * std.math.pow(...)` (not Markdown's `**404**`, which touches the number)
    if (f > e && (line.charCodeAt(f) === 42 || line.charCodeAt(f) === 37) && PRODUCT_AFTER_RE.test(line.slice(e, f + 4))) return false;
  }
  const next = wordAfter(line, r);
  if (next !== undefined) {
    const lower = next.toLowerCase();
    // (a verb is no plural noun, after an official code: `# 404 stays an empty result`, `on 401 returns an error`)
    if (countWord(next) || (quantityNoun(next) && !(CODE_VERBS_AFTER.has(lower) && official(code)))) return false;
    // `300 nested levels`, `500 concurrent connections`
    if (next === lower && !C.PROSE_NEXT_OK.has(lower) && !C.STATUS_NOUNS.has(lower) && lower !== 'range' && lower !== 'class') {
      const at = skipSpacesFwd(line, r, Math.min(line.length, r + 4)) + next.length;
      const after = wordAfter(line, skipSpacesFwd(line, at, Math.min(line.length, at + 4)));
      if (after !== undefined && quantityNoun(after)) return false;
    }
  }
  // Left gate: the words right before must not make it a quantity (`up to 500`, `last 200`).
  const min = Math.max(0, s - 90);
  let k = s - 1;
  const before: string[] = [];
  let boundary = false;
  // (where the word right before ends: a comma after it closes its clause, `if all three are up, 503 if any are down`)
  let firstEnd = -1;
  for (let n = 0; n < 6 && k >= min; n++) {
    while (k >= min && !isAlpha(line.charCodeAt(k))) {
      const c = line.charCodeAt(k);
      if (c === 59 || c === 33 || c === 63 || (c === 46 && k + 1 < s && isSpace(line.charCodeAt(k + 1)) && !abbreviationDot(line, k))) { boundary = true; break; }
      if (c === 47 && ((k > 0 && (line.charCodeAt(k - 1) === 47 || line.charCodeAt(k - 1) === 42)) || (line.charCodeAt(k + 1) === 42 && isSpace(line.charCodeAt(k + 2))))) { boundary = true; break; }
      k--;
    }
    if (boundary || k < min) break;
    if (n === 0) firstEnd = k;
    const w = letterWordBack(line, k, min);
    // a word in a URL, a file name or a dotted name (`http://host`, `errors.py`) is not prose
    const dotted = line.charCodeAt(k + 1) === 58 && line.charCodeAt(k + 2) === 47 || (line.charCodeAt(k + 1) === 46 && isAlpha(line.charCodeAt(k + 2))) || line.charCodeAt(k + 1) === 95 || (wordStartOut > 0 && (line.charCodeAt(wordStartOut - 1) === 46 || line.charCodeAt(wordStartOut - 1) === 47 || line.charCodeAt(wordStartOut - 1) === 95));
    // (nor is an HTML tag's name, `<code>101-relationship.py</code>`, or a symbol, `:cowboy.start_http(:http, 100, opts)`)
    const tag = htmlTagName(line, wordStartOut, wordStartOut + w.length) || (wordStartOut > 0 && line.charCodeAt(wordStartOut - 1) === 58 && line.charCodeAt(wordStartOut - 2) !== 58);
    before.push(dotted || tag ? '' : w);
    k = wordStartOut - 1;
  }
  // (`after 429`, `retries 503`: an error code is retried after; a quantity would name its unit, checked above)
  const retried = (w: string | undefined): boolean => (w === 'after' || w === 'retry' || w === 'retries') && code >= 400 && isDistinctive(code);
  if ((C.QUANTITY_BEFORE.has(before[0] ?? '') && !retried(before[0]) && !(firstEnd >= 0 && CLAUSE_COMMA_RE.test(line.slice(firstEnd + 1, s)))) || ((before[0] === 'to' || before[0] === 'and') && C.QUANTITY_BEFORE.has(before[1] ?? ''))) return false;
  // (a Spanish or Portuguese comparison, a bound: `no pueden ser mayores a 400`, `deve ser menor que 500`)
  if ((before[0] === 'a' || before[0] === 'que' || before[0] === 'de') && C.FOREIGN_COMPARATIVES.has(before[1] ?? '')) return false;
  // a range of plain numbers: `between 0 and 100`, `1 to 500` (not two codes of a class: `100 and 101 responses`)
  if (RANGE_BEFORE_RE.test(line.slice(Math.max(0, s - 16), s)) && !(before[0] === 'and' && before[1] !== 'between' && codePairBefore(line, s, code))) return false;

  if (plural && isCommon(code) && (isDistinctive(code) || /\d\d\d['\u2019]s\s*(?:,|and|or)\s*$/.test(line.slice(Math.max(0, s - 14), s)))) return true;
  const distinctive = isDistinctive(code) || code === 101;
  // a code with an article and nothing after that would make it a count: `received a 429 despite ...`,
  // `the 200 is already sent`, `got a 500.` (not `the 500 limit`, `a 300 word essay`)
  if (code >= 200 && isCommon(code) && (before[0] === 'a' || before[0] === 'an' || before[0] === 'the') && articleRightBefore(line, s) && articleNextOk(line, r)) return true;
  // (or with a word for how it reads between: `return a clean 500 (never a stack trace)`, `instead of a generic 500.`)
  if (code >= 400 && isCommon(code) && official(code) && STATUS_ADJECTIVES.has(before[0] ?? '') && ARTICLE_ADJECTIVE_BEFORE_RE.test(line.slice(Math.max(0, s - 24), s)) && articleNextOk(line, r)) return true;
  // (in other languages the words after cannot be checked: only the quantity gates above apply)
  if (code >= 400 && distinctive && FOREIGN_ARTICLES.has(before[0] ?? '') && articleRightBefore(line, s)) return true;
  // a client or server error code after a conditional word: `// If 404 or empty, reset`, `# on 403, skip`
  if (code >= 400 && distinctive && (before[0] === 'if' || before[0] === 'on' || before[0] === 'unless')) return true;
  // or one a condition follows: `association, 404 if the granule can not be found`, `or 403 when the token is stale`
  if (code >= 400 && distinctive && (next === 'if' || next === 'when' || next === 'unless')) return true;
  // or one a sentence ends on after `with`: `then exit with 401`, `is rejected before any password work with 429.`
  if (code >= 400 && distinctive && before[0] === 'with' && sentenceEndAt(line, r)) return true;
  // (or a case it opens: `// For 404, prefer routes that matched`)
  if (code >= 400 && distinctive && before[0] === 'for' && before.length === 1 && line.charCodeAt(r) === 44) return true;
  // (or the cause of a failure: `back off due to 429`)
  if (code >= 400 && isCommon(code) && before[0] === 'to' && before[1] === 'due') return true;
  // (and `in case of 304`)
  if (code >= 300 && distinctive && before[0] === 'of' && before[1] === 'case') return true;
  // a default named in prose: ` * defaulting to 302.` (Express's res.redirect docs, vendored in many repositories)
  if (distinctive && before[0] === 'to' && DEFAULT_WORD_RE.test(before[1] ?? '')) return true;
  // a comment that opens with the code: `// 404`, `# 422 when the record is invalid`, `//409 Conflict`
  // (an unofficial code alone in a comment, `# 420`, is more often some other number; `/* 499, client has closed connection */` is not)
  if (distinctive && code >= 200 && before.length === 0 && (official(code) || skipSpacesFwd(line, e, line.length) < line.length) && commentLeadCode(line, s, e, lang)) return true;
  // two codes as a comment's opening alternatives, one of them distinctive: `// 200 or 404 (no suggestion)`, `// 200 ou 204 dependendo`
  if (code >= 200 && official(code) && commentLeadAlternatives(line, s, e, code, lang)) return true;
  // (a round code too, when a response's body follows: ` *   400 { message: "Image missing or too large" }`)
  if (code >= 200 && isCommon(code) && official(code) && before.length === 0 && COMMENT_BODY_AFTER_RE.test(line.slice(e, e + 24)) && commentLeadCode(line, s, e, lang)) return true;
  // (a round error code too, when a condition follows: `# 400 if framework slug is invalid`)
  if (code >= 400 && isCommon(code) && before.length === 0 && CONDITION_AFTER_RE.test(line.slice(e, e + 10)) && commentLeadCode(line, s, e, lang)) return true;
  // 1xx codes are rarely written bare in prose: only with a status word right next to them
  const strong = code < 200 ? STRONG_1XX_RE : STRONG_SIGNAL_RE;
  const reach = code < 200 ? 3 : before.length;
  for (let n = 0; n < reach && n < before.length; n++) {
    const w = before[n] ?? '';
    if (strong.test(w)) return true;
    if (distinctive && code >= 200 && n < 4 && C.PROSE_SIGNAL_RE.test(w)) return true;
  }
  // two error codes given as alternatives in code spans: `\`401\` or \`403\``
  if (code >= 400 && distinctive && line.charCodeAt(s - 1) === 96 && errorCodeAlternative(line, s, e, code)) return true;
  // words after, in the same clause
  const max = Math.min(line.length, e + 60);
  let j = r;
  let paired = false;
  for (let n = 0; n < 4 && j < max; n++) {
    while (j < max && !isAlpha(line.charCodeAt(j))) {
      const c = line.charCodeAt(j);
      if (c === 59 || c === 33 || c === 63 || ((c === 46 || c === 58 || c === 44) && (j + 1 >= line.length || isSpace(line.charCodeAt(j + 1))))) {
        // (a word for status in Chinese, Japanese or Korean beside it too: `경우, 204 상태코드로 응답합니다.`)
        return reasonPhraseFollows(line, r, code) || reasonPhraseBefore(line, s, code) || reasonPhraseNear(line, e, code) || classWordNear(line, s, e) || trailingCommentConstant(line, s, code, lang) || cjkSignalNear(line, s, e) || famousErrorInProse(line, s, e, code);
      }
      j++;
    }
    let m = j;
    while (m < max && isAlpha(line.charCodeAt(m))) m++;
    const dotted = (line.charCodeAt(m) === 58 && line.charCodeAt(m + 1) === 47) || (line.charCodeAt(m) === 46 && isAlpha(line.charCodeAt(m + 1))) || line.charCodeAt(m) === 95 || (j > 0 && (line.charCodeAt(j - 1) === 46 || line.charCodeAt(j - 1) === 47 || line.charCodeAt(j - 1) === 95));
    const w = dotted ? '' : line.slice(j, m).toLowerCase();
    // (for 1xx, `response` only right after, or after a second code: `100 user → response time` is a count,
    // `100 and 101 responses` names two)
    // (`non` after a round code is a count's, `200 non-AI sessions`; after another, `404 for non-existent routes`)
    if ((w !== 'non' || distinctive) && ((strong.test(w) && (code >= 200 || n === 0 || paired || !w.startsWith('respon'))) || (distinctive && code >= 200 && C.PROSE_SIGNAL_RE.test(w)))) return true;
    paired = n === 0 && (w === 'and' || w === 'or') && codePairAfter(line, m, code);
    j = m;
  }
  return reasonPhraseFollows(line, r, code) || reasonPhraseBefore(line, s, code) || reasonPhraseNear(line, e, code) || classWordNear(line, s, e) || trailingCommentConstant(line, s, code, lang) || sameCodeAccepted(line, s, e, code, lang) || cjkSignalNear(line, s, e) || famousErrorInProse(line, s, e, code);
}
/** The error codes a developer names in prose without a word for status beside them (`// Gin's own 404`, `generates 502`). */
const FAMOUS_ERROR_CODES: ReadonlySet<number> = new Set([401, 403, 404, 405, 409, 410, 413, 415, 422, 429, 502, 503, 504]);
/**
 * The last word of `proseVerdict`, once the quantity gates have passed: one of FAMOUS_ERROR_CODES named in prose, unless
 * what is around it makes it some other number (a table's row, other numbers, a name or an identifier before it).
 */
function famousErrorInProse(line: string, s: number, e: number, code: number): boolean {
  if (!FAMOUS_ERROR_CODES.has(code)) return false;
  const pc = line.charCodeAt(s - 1);
  const nc = line.charCodeAt(e);
  // (not glued to a bracket, a colon or a slice: `\ghit{409}`, `[401]:`, `401:end`, `(415) 555-4242`)
  if (pc === 123 || pc === 91 || nc === 125 || nc === 58 || nc === 93 || (pc === 40 && nc === 41 && /^\)\s*\d/.test(line.slice(e, e + 4)))) return false;
  // (nor in a table's row, nor beside other numbers: `| Stripe | 3.0.0 | JSON | 415 | 588 |`, `Total: 1,200 items, 404 skipped`)
  // (within its sentence: `+ 7-day refresh token. On a 401 the frontend refreshes`)
  // (looked for within those 40 characters only: a search back to the line's start took, for every code of a long line,
  // time in the square of its length)
  let a0 = Math.max(0, s - 40);
  for (let k = s - 3; k >= a0; k--) {
    if (line.charCodeAt(k) === 46 && line.charCodeAt(k + 1) === 32) {
      a0 = k + 2;
      break;
    }
  }
  const around = line.slice(a0, e + 40);
  const bar = around.indexOf('|');
  // (another of these codes is no quantity: `// Map unusual 403 used to indicate 404`)
  if ((bar >= 0 && around.indexOf('|', bar + 1) >= 0) || OTHER_NUMBER_RE.test((around.slice(0, s - a0) + ' ' + around.slice(s - a0 + 3)).replace(FAMOUS_CODE_G_RE, ' '))) return false;
  // (nor a rate or a file's name: `404 per day`, `404-page.css`)
  if (PER_OR_FILE_AFTER_RE.test(line.slice(e, e + 24))) return false;
  // (nor a value set off by commas with no other code beside it: `there is an integer in memory, 503, and it occupies`)
  if (nc === 44 && pc === 32 && line.charCodeAt(s - 2) === 44 && !CODE_NEAR_RE.test(line.slice(Math.max(0, s - 12), s) + ' ' + line.slice(e, e + 12))) return false;
  // (nor quoted alone, `echo '404';`, nor after an identifier, `process_windows_open_handles 504`, or a Cyrillic word, `строка кода 404`)
  if (isQuote(pc) && nc === pc) return false;
  // (nor alone after a prompt or a quote's mark: a REPL's output `> 502`)
  if (pc === 32 && line.charCodeAt(s - 2) === 62 && e + 3 >= line.length && LONE_AFTER_PROMPT_RE.test(line)) return false;
  const k = skipSpacesBack(line, s - 1, Math.max(0, s - 24));
  if (k >= 0 && k < s - 1 && (line.charCodeAt(k) === 95 || isDigit(line.charCodeAt(k)) || (line.charCodeAt(k) >= 0x400 && line.charCodeAt(k) <= 0x4ff))) return false;
  if (k < 0 || k === s - 1 || !isAlpha(line.charCodeAt(k))) return true;
  const w = letterWordBack(line, k, Math.max(0, s - 24));
  if (wordStartOut > 0 && line.charCodeAt(wordStartOut - 1) === 95) return false;
  // (nor a time waited for: `// wait for 404, then`)
  if (w === 'for' && WAIT_FOR_BEFORE_RE.test(line.slice(Math.max(0, wordStartOut - 12), wordStartOut))) return false;
  // (nor the second of a pair after a name: `Rooms 401 or 403 are free`)
  if (w === 'or' || w === 'and' || w === 'to') {
    const name = NAMED_CODE_BEFORE_RE.exec(line.slice(Math.max(0, wordStartOut - 32), wordStartOut))?.[1];
    if (name !== undefined && !STATUS_WORD_CAPS_RE.test(name.toLowerCase())) return false;
  }
  // (nor after a name: `Suite 405`, `JEP 502`, `Tompkins 405`, `CSM 422`; a sentence's first word is none, `When 429 is received`)
  return !(isUpper(line.charCodeAt(wordStartOut)) && !STATUS_WORD_CAPS_RE.test(w));
}
const CODE_NEAR_RE = /(?<!\d)[1-5]\d\d(?!\d)/;
/** A capitalised word, then a code, before the word that joins a second code to it (group 1 = the word). */
const NAMED_CODE_BEFORE_RE = /(?<![A-Za-z])([A-Z][A-Za-z]*)\s+\d{3}\s+$/;
const LONE_AFTER_PROMPT_RE = /^\s*> \d{3}\s*$/;
const WAIT_FOR_BEFORE_RE = /\b(?:wait|waits|waiting|sleep|sleeps|delay|pause)\s+$/i;
const PER_OR_FILE_AFTER_RE = /^(?:\s+per\b|-[\w-]*\.[a-z]{2,4}\b)/;
const OTHER_NUMBER_RE = /\d[\d,.]*\d|\b\d\b/;
/** Any of FAMOUS_ERROR_CODES standing alone (built from the set, so the two cannot drift apart). */
const FAMOUS_CODE_G_RE = new RegExp('(?<![\\w,.])(?:' + [...FAMOUS_ERROR_CODES].join('|') + ')(?![\\w,.])', 'g');
/** Capitalised words before a code that are no name: status words and a sentence's usual first words. */
const STATUS_WORD_CAPS_RE = /^(?:http|https|status|error|returns?|got|response|code|when|if|on|after|with|for|any|every|no|a|an|the|expect|expected|send|sends|see|otherwise|else|altrimenti|sinon|sonst|sino|senao|su|un|una|il|se|con|per)$/;

/**
 * Another distinctive 4xx/5xx code in a code span right before or after the code span [s, e), joined by
 * `or`, `and` or `/` (`\`401\` or \`403\``): two such codes side by side are alternatives of a response.
 * (Bare, `Rooms 401 or 403` is as likely.)
 */
function errorCodeAlternative(line: string, s: number, e: number, code: number): boolean {
  const after = ERROR_ALTERNATIVE_AFTER_RE.exec(line.slice(e, e + 12));
  const before = after ? undefined : ERROR_ALTERNATIVE_BEFORE_RE.exec(line.slice(Math.max(0, s - 12), s));
  const other = Number((after ?? before)?.[1] ?? 0);
  return other !== code && other >= 400 && isDistinctive(other);
}
const ERROR_ALTERNATIVE_AFTER_RE = /^`\s*(?:or|and|\/)\s*`([45]\d\d)`/;
const ERROR_ALTERNATIVE_BEFORE_RE = /`([45]\d\d)`\s*(?:or|and|\/)\s*`$/;

/** `default`, `defaults`, `defaulted`, `defaulting`: a word before `to NNN` naming a default (see `proseVerdict`). */
const DEFAULT_WORD_RE = /^default(?:s|ed|ing)?$/;

/** `NNN and ` right before s, NNN a known code of the same class as `code` (`100 and 101`). */
function codePairBefore(line: string, s: number, code: number): boolean {
  const m = /(\d{3})\s+and\s+$/.exec(line.slice(Math.max(0, s - 12), s));
  const low = m ? Number(m[1]) : 0;
  return known(low) && low < code && Math.floor(low / 100) === Math.floor(code / 100);
}
/** ` NNN` right after i (after `and`/`or`), NNN a known code of the same class as `code`, standing alone. */
function codePairAfter(line: string, i: number, code: number): boolean {
  const d = skipSpacesFwd(line, i, Math.min(line.length, i + 3));
  if (d === i || !threeDigitsAt(line, d) || isDigit(line.charCodeAt(d + 3))) return false;
  const other = codeAt(line, d);
  return known(other) && other > code && Math.floor(other / 100) === Math.floor(code / 100);
}

const COPULAS: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', 'be']);
/** `a`, `an` or `the` right before s, with only spaces between (`a 429`, not `Exchange A": [(100.1, 200`). */
/** Indefinite articles of the languages comments are written in after English: `einen \`403\``, `un 404`, `um 500`. */
const EMPHASISED_RESPONSE_BEFORE_RE = /(?:^|[\s>])([_*]{1,2})[Rr]esponses?\1 ?\($/;
function errorNamePairBefore(line: string, s: number, code: number): boolean {
  const m = ERROR_NAME_PAIR_BEFORE_RE.exec(line.slice(Math.max(0, s - 64), s));
  const name = m?.[2];
  return name !== undefined && (ERROR_CLASS_NAME_RE.test(name) || isOwnPhrase(name, code));
}
const ERROR_TUPLE_HEAD_RE = /\(\s*[A-Z]\w*(?:Error|Exception|DoesNotExist|404)\((?:[^()"']|"[^"]*"|'[^']*'){0,60}\)\s*,\s$/;
const QUOTED_NEXT_ARG_RE = /^,\s*[bfru]?["']/;
const ERROR_NAME_PAIR_BEFORE_RE = /\[\s*(["'])([A-Za-z][\w ]{2,48})\1\s*,\s$/;
const OWN_KEY_NUMBER_AFTER_RE = /^:\s*\d{3}\b/;
const SPOCK_FEATURE_LEFT_RE = /^\s*(?:def|void)\s+["']$/;
const SPRING_ERROR_MESSAGE_AFTER_RE = /^ : (?:\\?"|\[no body\])/;
const STATUS_ADJECTIVES: ReadonlySet<string> = new Set(['clean', 'generic', 'raw', 'plain', 'proper', 'bare', 'spurious', 'transient', 'silent', 'opaque', 'cryptic', 'real', 'genuine']);
const ARTICLE_ADJECTIVE_BEFORE_RE = /(?:^|[^\w])(?:a|an|the|A|An|The) [a-z]+ $/;
const FOREIGN_ARTICLES: ReadonlySet<string> = new Set(['ein', 'eine', 'einen', 'un', 'une', 'una', 'um', 'uma', 'een']);
function articleRightBefore(line: string, s: number): boolean {
  if (s >= 5 && line.charCodeAt(s - 1) === 47 && threeDigitsAt(line, s - 4)) s -= 4; // the second of `a 307/308`
  let k = s - 1;
  if (k >= 0 && line.charCodeAt(k) === 96) k--; // `a `400``
  const end = k;
  while (k >= 0 && isSpace(line.charCodeAt(k))) k--;
  if (k === end) return false;
  const st = identStart(line, k + 1, Math.max(0, k - 4));
  const w = line.slice(st, k + 1);
  return (w === 'a' || w === 'an' || w === 'the' || w === 'A' || w === 'An' || w === 'The' || FOREIGN_ARTICLES.has(w)) && (st === 0 || !isIdentChar(line.charCodeAt(st - 1)));
}
const CONDITION_AFTER_RE = /^ (?:if|when|unless|on) /;
const COMMENT_BODY_AFTER_RE = /^\s+\{\s*["']?(?:message|error|errors|detail|msg)["']?\s*:/;
/** Nothing but a sentence's end from r on: the line's end, or `.`, `;`, `!` or `)` before a space or the line's end. */
function sentenceEndAt(line: string, r: number): boolean {
  const k = skipSpacesFwd(line, r, line.length);
  if (k >= line.length) return true;
  const c = line.charCodeAt(k);
  return (c === 46 || c === 59 || c === 33 || c === 41) && (k + 1 >= line.length || isSpace(line.charCodeAt(k + 1)));
}
/** After `a 429`: the clause ends, or a word that cannot be what is counted (`despite`, `is`, `and`, `error`). */
function articleNextOk(line: string, r: number): boolean {
  const k = skipSpacesFwd(line, r, Math.min(line.length, r + 4));
  if (k >= line.length) return true;
  const c = line.charCodeAt(k);
  if (c === 46 || c === 44 || c === 59 || c === 41 || c === 33 || c === 63 || c === 58 || c === 0x2014 || (c === 45 && isSpace(line.charCodeAt(k + 1)))) return true;
  if (c === 47 && k === r && threeDigitsAt(line, k + 1)) return true; // `a 307/308`
  const w = wordAfter(line, k);
  if (w === undefined) return false;
  const lower = w.toLowerCase();
  return C.PROSE_NEXT_OK.has(lower) || C.STATUS_NOUNS.has(lower) || ARTICLE_NEXT_OK.has(lower);
}
/** Words that may follow `a 429` besides C.PROSE_NEXT_OK and the status nouns. */
const ARTICLE_NEXT_OK: ReadonlySet<string> = new Set(['range', 'class', 'family', 'despite', 'though', 'although', 'yet', 'rather', 'unlike', 'like', 'back', 'not', 'nor', 'until', 'whereas', 'responses', 'result', 'results', 'either', 'website', 'site', 'screen', 'crash', 'crashes']);

/** The code is the first word of a comment and stands alone: `// 404`, `# 429: retried`, `-- 412`. */
const NUMBER_BEFORE_COMMENT_RE = /(?:^|[^\w.])(?:0[xXbBoO][\dA-Fa-f_]+|\d[\d_]*)[uUlL]*\s*[;,]?$/;
function commentLeadCode(line: string, s: number, e: number, lang: string): boolean {
  const rc = e < line.length ? line.charCodeAt(e) : 32;
  if (!(isSpace(rc) || rc === 58 || rc === 44 || rc === 45 || rc === 41 || rc === 0x2014 || rc === 33 || (rc === 46 && (e + 1 >= line.length || isSpace(line.charCodeAt(e + 1)))))) return false;
  // a commented-out list item, the comma ending the line: `late num? epoch;   //425,`
  if (rc === 44 && skipSpacesFwd(line, e + 1, line.length) >= line.length) return false;
  // `# 401 is user dovecot`: a copula leaves it to the words after (`// 404 is returned when ...`)
  const next = wordAfter(line, e);
  if (next !== undefined && COPULAS.has(next)) return false;
  const o = commentOpenerBefore(line, s, lang);
  if (o < 0) return false;
  // the decimal value of the number before the comment: `PINGRESP byte = 0xD0    //208`
  const b = skipSpacesBack(line, o - 1, Math.max(0, o - 40));
  if (b >= 0 && NUMBER_BEFORE_COMMENT_RE.test(line.slice(Math.max(0, b - 24), b + 1))) return false;
  let k = o;
  while (k < s && (line.charCodeAt(k) === 47 || line.charCodeAt(k) === 42 || line.charCodeAt(k) === 35 || line.charCodeAt(k) === 45)) k++;
  if (k === o) return false;
  k = skipSpacesFwd(line, k, s);
  // a list item in the comment: `// - 400 might occur if ...`
  if (k + 1 < s && (line.charCodeAt(k) === 45 || line.charCodeAt(k) === 42) && isSpace(line.charCodeAt(k + 1))) k = skipSpacesFwd(line, k + 1, s);
  return k === s;
}

/** The joiners of two alternative codes at a comment's opening (English, Portuguese/French, Spanish, German, Finnish, Polish, Scandinavian). */
const ALTERNATIVE_JOINERS = '(?:or|ou|o|oder|tai|lub|eller)';
const ALTERNATIVE_AFTER_RE = new RegExp('^\\s+' + ALTERNATIVE_JOINERS + '\\s+([1-5]\\d\\d)(?![\\w.])');
const ALTERNATIVE_BEFORE_RE = new RegExp('(?<![\\w.])([1-5]\\d\\d)\\s+' + ALTERNATIVE_JOINERS + '\\s+$');
/** `code` and another official code, one of them distinctive, joined by `or` at the opening of a comment (either side). */
function commentLeadAlternatives(line: string, s: number, e: number, code: number, lang: string): boolean {
  const pair = (other: number): boolean => other !== code && official(other) && (isDistinctive(code) || isDistinctive(other));
  const after = ALTERNATIVE_AFTER_RE.exec(line.slice(e, e + 12));
  if (after) {
    // (not two counts: `// 300 or 301 lines`)
    const unit = wordAfter(line, e + after[0].length);
    return pair(Number(after[1])) && !(unit !== undefined && C.UNIT_WORDS.has(unit.toLowerCase())) && commentLeadCode(line, s, e, lang);
  }
  const from = Math.max(0, s - 12);
  const before = ALTERNATIVE_BEFORE_RE.exec(line.slice(from, s));
  if (!before) return false;
  const os = from + before.index;
  return pair(Number(before[1])) && commentLeadCode(line, os, os + 3, lang);
}

/**
 * Chinese, Japanese and Korean comments name the status with a word right next to the number, often
 * without spaces: `// 如果不是 401 错误`, `// 跳转403页面`, `// 404 エラー`.
 */
function cjkSignalNear(line: string, s: number, e: number): boolean {
  if (CJK_COUNTER_AFTER_RE.test(line.slice(e, e + 4))) return false; // `返回 500 条数据`: 500 rows
  const around = line.slice(Math.max(0, s - 8), Math.min(line.length, e + 8));
  if (CJK_SIGNAL_RE.test(around)) return true;
  // a note's table of status classes (`200-299\t\t表示成功接收请求`) or its "commonly used" codes (`常用302,307`): the
  // signal may be further along the clause
  const wide = (line.charCodeAt(e) === 45 && line.charCodeAt(s) !== 48 && line.charCodeAt(s + 1) === 48 && line.charCodeAt(s + 2) === 48 && line.charCodeAt(e + 2) === 57 && line.charCodeAt(e + 3) === 57)
    || CJK_COMMON_BEFORE_RE.test(line.slice(Math.max(0, s - 6), s));
  return wide && CJK_HAN_RE.test(line.slice(e, e + 12) + line.slice(Math.max(0, s - 4), s)) && CJK_SIGNAL_RE.test(line.slice(Math.max(0, s - 48), Math.min(line.length, e + 48)));
}
/** "Commonly used", "such as", before codes (a code list may follow: `常用302,307`). */
const CJK_COMMON_BEFORE_RE = /(?:常用|常见|常見|比如|例如|如)(?:\d{3},)*$/;
const CJK_HAN_RE = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/;
// (and the traditional 權限 / 未授權 / 重新登入 of Taiwanese messages; 遇到 / 触发, "on meeting" a code: `遇到 429 再降低`)
// (and Korean test titles' success and failure, `@DisplayName("조회 성공 200")`, `"생성 실패 400"`)
const CJK_SIGNAL_RE = /导致|導致|报错|報錯|错误|錯誤|状态|狀態|响应|回應|請求|请求|页面|頁面|跳转|重定向|权限|權限|未授权|未授權|未登录|重新登入|遇到|触发|觸發|异常|返回|エラー|ステータス|レスポンス|リクエスト|ページ|リダイレクト|返す|응답|오류|상태|페이지|에러|반환|케이스|반복|재시도|인증|권한|발생|난다|성공|실패/;

/** Verbs that read as plural nouns after a code: `404 stays ...`, `401 returns ...`. */
const CODE_VERBS_AFTER: ReadonlySet<string> = new Set(['returns', 'yields', 'stays']);
/** A unit or a counted thing after a number, in any case: `200 ms`, `404 PX`, `500 items`, `300 total`. */
function countWord(word: string): boolean {
  const lower = word.toLowerCase();
  return C.UNIT_WORDS.has(lower) || C.QUANTITY_AFTER.has(lower);
}
/** A lower-case plural noun after a number (`entries`, `levels`): a count, unless it names statuses. */
function quantityNoun(word: string): boolean {
  const lower = word.toLowerCase();
  return word === lower && lower.length >= 4 && lower.endsWith('s') && !lower.endsWith('ss') && !C.STATUS_NOUNS_PLURAL.has(lower) && !C.PROSE_NEXT_OK.has(lower);
}

/** A status class word (`2xx`, `5XX`) near the number. */
function classWordNear(line: string, s: number, e: number): boolean {
  // `404` next to `4xx`, or a class joined to it (`2xx or 304`); not a colour value in a `'3xx':` palette
  const w0 = Math.max(0, s - 40);
  const text = line.slice(w0, Math.min(line.length, e + 40));
  const first = line.charCodeAt(s);
  const re = CLASS_WORD_G_RE;
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (text.charCodeAt(m.index) === first) return true;
    const at = w0 + m.index;
    const gap = at < s ? line.slice(at + 3, s) : line.slice(e, at);
    if (CLASS_JOIN_RE.test(gap)) return true;
  }
  return false;
}
const CLASS_JOIN_RE = /^\s*(?:,|\/|or|and|&)\s*$/;
const CLASS_WORD_G_RE = /\b[1-5][xX][xX]\b/g;
/** Between a word and the number: a comma that closes the word's clause (`are up, 503 if ...`). */
const CLAUSE_COMMA_RE = /^[)"'`*]*,\s*$/;
/** A word that makes the number after it a bound or a size: `(max 200)`, `length 300`. */
const BOUND_WORD_BEFORE_RE = /(?:^|[^\w])(?:max|maximum|min|minimum|limit|about|around|approximately|per|size|length|width|height)\s$/i;
/** A range from a number below 100: `between 1 and `, `0 to `. */
const SMALL_RANGE_BEFORE_RE = /(?:^|[^\w.])\d{1,2}\s*(?:and|to)\s*$/;
const RANGE_BEFORE_RE = /(?:^|[^\w.])\d{1,4}\s*(?:and|to|-|\u2013|\.\.)\s*$/;

/**
 * A table's row with the code's reason phrase in the cell right before the code's own cell (Markdown, Gherkin examples):
 * `| Bad Request | 400 |`, `| NotFound        | 404              |`. The cells are read within 48 characters each.
 */
function phraseCellBefore(line: string, s: number, e: number, code: number): boolean {
  const close = skipSpacesFwd(line, e, Math.min(line.length, e + 48));
  if (line.charCodeAt(close) !== 124) return false;
  const bar = skipSpacesBack(line, s - 1, Math.max(0, s - 48));
  if (bar < 1 || line.charCodeAt(bar) !== 124) return false;
  let end = skipSpacesBack(line, bar - 1, Math.max(0, bar - 48));
  // (the name may be in a code span or bold: `| \`BadRequest\` | 400 |`, `| **Not Found** | 404 |`)
  while (end > 0 && (line.charCodeAt(end) === 96 || line.charCodeAt(end) === 42) && bar - end < 4) end--;
  if (end < 0 || !isAlpha(line.charCodeAt(end))) return false;
  let open = end;
  while (open > 0 && end - open < 48 && line.charCodeAt(open) !== 124) open--;
  if (line.charCodeAt(open) !== 124) return false;
  const cell = squash(line.slice(open + 1, end + 1));
  return cell.length >= 2 && phrasesOf(code).some((q) => squash(q) === cell);
}

/** `Bad Request (400)`, `Not Found: 404`: the reason phrase right before (multi-word or long names only). */
function reasonPhraseBefore(line: string, s: number, code: number): boolean {
  let i = s - 1;
  let seps = 0;
  while (i >= 0 && seps < 4) {
    const c = line.charCodeAt(i);
    if (c === 40 || c === 32 || c === 58 || c === 34 || c === 39 || c === 96 || c === 45 || c === 61 || c === 91) { i--; seps++; } else break;
  }
  if (i < 0 || !isAlpha(line.charCodeAt(i)) || seps === 0) return false;
  // (most words before a number end no reason phrase: compare the last word first)
  if (!lastWordsOf(code).has(letterWordBack(line, i, Math.max(0, i - 40)))) return false;
  const text = line.slice(Math.max(0, i - 40), i + 1).toLowerCase().replace(/[-']/g, ' ');
  for (const q of phrasesOf(code)) {
    if (!(q.includes(' ') || q.length >= 9)) continue;
    if (text.endsWith(q)) {
      const before = text.charCodeAt(text.length - q.length - 1);
      if (!(isAlpha(before) || isDigit(before))) return true;
    }
  }
  return false;
}

const ERROR_TYPE_AFTER_RE = /^ (?:[A-Z][A-Za-z]{0,30}(?:Error|Exception)|(?:[A-Z][A-Za-z]{0,30})?ProblemDetails)\b/;
const ERROR_WORD_AFTER_RE = /^ (?:[Ee]rror|ERROR)(?![\w-])/;
/** The word right before s (spaces between, read from `min` on) makes the number a quantity: `max 500 error messages`. */
function quantityBefore(line: string, s: number, min: number): boolean {
  const k = skipSpacesBack(line, s - 1, min);
  return k >= min && isAlpha(line.charCodeAt(k)) && C.QUANTITY_BEFORE.has(letterWordBack(line, k, min));
}

const LAST_WORDS: Record<number, ReadonlySet<string>> = {};
/** The last words of the code's reason phrases (`found` for 404), lower case. */
function lastWordsOf(code: number): ReadonlySet<string> {
  let set = LAST_WORDS[code];
  if (!set) {
    set = new Set(phrasesOf(code).map((q) => q.slice(q.lastIndexOf(' ') + 1)));
    LAST_WORDS[code] = set;
  }
  return set;
}

/** The code's reason phrase (multi-word or long) later in the same clause: `401 means "Unauthorized"`, `404, route to any not found handler`. */
function reasonPhraseNear(line: string, e: number, code: number): boolean {
  const text = line.slice(e, Math.min(line.length, e + 60)).toLowerCase().replace(/[-']/g, ' ');
  for (const q of phrasesOf(code)) {
    if (!(q.includes(' ') || q.length >= 9)) continue;
    const at = text.indexOf(q);
    if (at >= 0 && !isAlpha(text.charCodeAt(at - 1)) && !isAlpha(text.charCodeAt(at + q.length)) && !/[.;!?]\s/.test(text.slice(0, at))) return true;
  }
  return false;
}

const ERROR_SUFFIX_RE = /(?:Error|Exception)$/;
/** `ErrConflict = NewError(StatusConflict) // 409`: a comment holding the code of a constant on the line. */
function trailingCommentConstant(line: string, s: number, code: number, lang: string): boolean {
  const open = commentOpenerBefore(line, s, lang);
  if (open <= 0) return false;
  let k = open + 1;
  while (k < s && (line.charCodeAt(k) === 47 || line.charCodeAt(k) === 35 || line.charCodeAt(k) === 42 || isSpace(line.charCodeAt(k)))) k++;
  if (k !== s) return false;
  const min = Math.max(0, s - LEFT_WINDOW);
  for (let i = open - 1; i >= min; ) {
    if (!isIdentChar(line.charCodeAt(i))) { i--; continue; }
    const st = identStart(line, i + 1, min);
    // `NotFound, // 404`, `UnauthorizedError, // 401`
    const name = line.slice(st, i + 1);
    if (nameMeansCode(name, code) || (ERROR_SUFFIX_RE.test(name) && nameMeansCode(name.replace(ERROR_SUFFIX_RE, ''), code))) return true;
    // `console.log(err.status); // 400`: the comment says what a status expression holds
    if (isCommon(code) && st > 0 && line.charCodeAt(st - 1) === 46 && classify(name) === 'status') return true;
    i = st - 1;
  }
  return false;
}

/** The same code is an accepted status elsewhere in the statement (`c.text('Custom 404 Message', 404)`). */
function sameCodeAccepted(line: string, s: number, e: number, code: number, lang: string): boolean {
  const w = line.slice(e, Math.min(line.length, e + 60));
  const digits = line.slice(s, e);
  let k = w.indexOf(digits);
  for (let guard = 0; guard < 3 && k >= 0; guard++) {
    const at = e + k;
    if (standalone(line, at, at + 3) && !sentenceString(line, at, at + 3) && decideLeft(line, at, at + 3, code, lang, 2) === 'yes') return true;
    k = w.indexOf(digits, k + 3);
  }
  return false;
}

/** Request logs: `GET /api/users 200 12ms`, W3C `GET /images/a.jpg - 200` (bounded walk instead of a regex). */
function requestLogBefore(line: string, s: number): boolean {
  const min = Math.max(0, s - 100);
  let i = skipSpacesBack(line, s - 1, min);
  // `GET /not-found -> 404` (test logs)
  if (i - 2 >= min && line.charCodeAt(i) === 62 && line.charCodeAt(i - 1) === 45 && isSpace(line.charCodeAt(i - 2))) i = skipSpacesBack(line, i - 2, min);
  // W3C extended logs put the query (`-` when empty) between the path and the status
  // (ASP.NET Core's logs put up to three `-` there: `GET https://host/x - - - 200`)
  for (let n = 0; n < 3 && i - 1 >= min && line.charCodeAt(i) === 45 && isSpace(line.charCodeAt(i - 1)); n++) i = skipSpacesBack(line, i - 1, min);
  const tokenEnd = i;
  while (i >= min && !isSpace(line.charCodeAt(i))) i--;
  // (an absolute URL too: ASP.NET Core's `Request finished HTTP/1.1 GET http://host/x - 200`; or the URL quoted, a test
  // script's `test_rest_api GET "http://localhost:3001/products" 200`)
  let first = i + 1;
  if (isQuote(line.charCodeAt(first)) && tokenEnd > first && line.charCodeAt(tokenEnd) === line.charCodeAt(first)) first++;
  if ((line.charCodeAt(first) !== 47 /* / */ && !(line.startsWith('http://', first) || line.startsWith('https://', first))) || first > tokenEnd) return false;
  const j = skipSpacesBack(line, i, min);
  if (j < min) return false;
  const w = wordBack(line, j, min);
  return w !== undefined && HTTP_METHODS.has(w.word) && (w.start === 0 || !isIdentChar(line.charCodeAt(w.start - 1)));
}
const TIMES_AFTER_RE = /^\s+times\b/;
const ASPNET_FINISHED_BEFORE_RE = /\bRequest finished in \d+(?:\.\d+)?ms $/;
const SQUID_RESULT_RE = /(?:^|\s)(?:TCP|UDP|NONE)(?:_[A-Z]+)*\/$/;
/** A request line in quotes (`"GET /x HTTP/1.1"`, `"PUT https://host/x HTTP/1.1"`): the line is an access log. */
const QUOTED_REQUEST_RE = /"(?:GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS|CONNECT) \S+ HTTP\/\d/;
/**
 * Status fields of access-log formats that put them before the request (which follows within a few
 * fields): AWS ELB/ALB (`0.000073
 * 0.001048 0.000057 200 200 0 29 "GET ...`, three timings before the ELB and backend codes) and HAProxy
 * (`0/0/0/0/0 405 ...`, the timers before the code).
 */
function logStatusField(line: string, s: number): boolean {
  // (both formats put a number right before the code's space: a timing, a timer or the other code)
  if (s < 12 || line.length < 48) return false;
  const p = line.charCodeAt(s - 2);
  if (!isDigit(p) && p !== 45) return false;
  const before = line.slice(Math.max(0, s - 48), s);
  if (!ELB_TIMINGS_RE.test(before) && !HAPROXY_TIMERS_RE.test(before)) return false;
  return QUOTED_REQUEST_RE.test(line.slice(s, s + 2 * RIGHT_WINDOW));
}
const ELB_TIMINGS_RE = /(?:^|\s)-?\d+(?:\.\d+)? -?\d+(?:\.\d+)? -?\d+(?:\.\d+)? (?:[1-5]\d\d |- )?$/;
const HAPROXY_TIMERS_RE = /(?:^|\s)-?\d+\/-?\d+\/-?\d+\/-?\d+\/\+?\d+ $/;

function pipeLogField(line: string, s: number, e: number): boolean {
  const i = skipSpacesBack(line, s - 1, Math.max(0, s - 8));
  if (i < 0 || line.charCodeAt(i) !== 124) return false;
  const r = skipSpacesFwd(line, e, Math.min(line.length, e + 8));
  if (line.charCodeAt(r) !== 124) return false;
  return PIPE_METHOD_RE.test(line.slice(r, r + RIGHT_WINDOW));
}
const PIPE_METHOD_RE = /\|\s*(?:GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)\s/;
const HTTP_METHODS = new Set(['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS']);

const NAMES_BY_CODE = new Map<number, Set<string>>();
function squash(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]/g, '');
}
/** Whether an identifier is a spelling of the code's name (reason phrase, alias or library constant). */
function nameMeansCode(name: string, code: number): boolean {
  if (name.length < 2) return false;
  let set = NAMES_BY_CODE.get(code);
  if (!set) {
    set = new Set<string>();
    const st = getStatus(code);
    if (st) for (const n of [st.name, ...st.aliases]) if (n && n !== 'TODO') set.add(squash(n));
    for (const f of NAMING_FAMILIES) {
      for (const [member, c] of f.names) if (c === code) set.add(squash(member).replace(/^(?:httpstatus|status|http|sc)(?=[a-z])/, '').replace(/^\d{3}/, ''));
    }
    set.delete('');
    // (and British spellings: `UNAUTHORISED_ERROR = 401`)
    for (const n of [...set]) if (n.includes('authoriz')) set.add(n.replace('authoriz', 'authoris'));
    NAMES_BY_CODE.set(code, set);
  }
  let forms = NAME_FORMS.get(name);
  if (!forms) {
    const n = squash(name);
    // (and without a trailing `code`/`status`/`error`: `notFoundCode`, `NOT_FOUND_STATUS`, `notFoundError`)
    // (or without both: `HTTP_CREATED_CODE`)
    const bare = n.replace(/^(?:httpstatus|status|http|sc|response)(?=[a-z])/, '');
    forms = [n, bare, n.replace(/(?<=[a-z])(?:statuscode|httpcode|status|code|error)$/, ''), bare.replace(/(?<=[a-z])(?:statuscode|httpcode|status|code|error)$/, '')];
    // (and the phrase as the name's last words, a project's prefix before it: `PAGE_NOT_FOUND`, `errConflict`; six letters
    // or more, so no short word is read as a phrase: `IS_OK`, `X_GONE`)
    for (let i = 1; i < name.length; i++) {
      const c = name.charCodeAt(i);
      if (!(name.charCodeAt(i - 1) === 95 ? c !== 95 : isUpper(c) && !isUpper(name.charCodeAt(i - 1)))) continue;
      const tail = squash(name.slice(i));
      if (tail.length >= 6) forms.push(tail);
    }
    if (NAME_FORMS.size > 4096) NAME_FORMS.clear();
    NAME_FORMS.set(name, forms);
  }
  for (const f of forms) if (set.has(f)) return true;
  return false;
}
/** `code200`, `HTTP_404`, `STATUS_CODE_201`: a status word and the code itself. */
const NAME_WITH_CODE_RE = /^(?:http|status|code|sc|httpstatus|statuscode|httpcode|httpstatuscode|responsecode|response)(\d{3})$/;
function nameHoldsCode(name: string, code: number): boolean {
  if (name.length < 4) return false;
  if (!isDigit(name.charCodeAt(name.length - 1))) {
    // an enum of the project's own: `E200_OK = 200`, `E500_INT_SERVER_ERROR = 500` (the code, then its name)
    const m = CODE_THEN_NAME_RE.exec(name);
    return m !== null && Number(m[1]) === code && (nameMeansCode(m[2] ?? '', code) || /ERROR|STATUS|HTTP/i.test(m[2] ?? ''));
  }
  const m = NAME_WITH_CODE_RE.exec(squash(name));
  return m !== null && Number(m[1]) === code;
}
const CODE_THEN_NAME_RE = /^[A-Za-z]{1,4}_?(\d{3})_([A-Za-z][A-Za-z_]*)$/;
/** name -> its squashed forms (as written, without a `status`/`http` prefix, without a `code`/`status` suffix), for `nameMeansCode`. */
const NAME_FORMS = new Map<string, string[]>();

/** Reason phrases and aliases of a code, lower-cased, with `-` and `'` read as spaces. */
const PHRASES: (string[] | undefined)[] = [];
function phrasesOf(code: number): string[] {
  let list = PHRASES[code];
  if (!list) {
    const st = getStatus(code);
    list = [];
    if (st) {
      for (const n of [st.name, ...st.aliases]) {
        if (!n || n === 'TODO') continue;
        const q = n.toLowerCase().replace(/[-']/g, ' ');
        if (!list.includes(q)) list.push(q);
      }
    }
    PHRASES[code] = list;
  }
  return list;
}

/** `404 Not Found`, `"412 Precondition Failed"`, `| 200 | OK |`, `100 => 'Continue'`. */
function reasonPhraseFollows(line: string, e: number, code: number): boolean {
  let i = e;
  // (a column of an aligned table may be far: `100                 {{Continue}}`; other separators, a few)
  let limit = Math.min(line.length, e + 8);
  while (i < limit) {
    const c = line.charCodeAt(i);
    if (isSpace(c)) limit = Math.min(line.length, Math.max(limit, Math.min(i + 8, e + 48)));
    if (isSpace(c) || isQuote(c) || c === 58 || c === 61 || c === 62 || c === 45 || c === 44 || c === 124 || c === 42 || c === 40 || c === 123 || c === 8211 || c === 8212) i++;
    // (a full stop right after the code: `"404. Not found route: "`)
    else if (c === 46 && i === e && line.charCodeAt(i + 1) === 32) i++;
    else if (c === 60) {
      // the code's element closes first: `<strong>500</strong> Internal Server Error`
      CLOSING_TAG_RE.lastIndex = i;
      if (!CLOSING_TAG_RE.test(line)) break;
      limit = Math.min(line.length, Math.max(limit, CLOSING_TAG_RE.lastIndex + 2));
      i = CLOSING_TAG_RE.lastIndex;
    } else break;
  }
  if (i >= line.length || !isAlpha(line.charCodeAt(i))) return false;
  if (camelNameFollows(line, i, code)) return true; // `500 InternalServerError`
  const first = line.charCodeAt(i) | 0x20;
  let rest: string | undefined;
  for (const q of phrasesOf(code)) {
    if (q.charCodeAt(0) !== first) continue;
    const fast = phraseAt(line, i, q);
    // (not a file name: `'200-ok.json'`)
    if (fast === 1) return !(line.charCodeAt(i + q.length) === 46 && isAlpha(line.charCodeAt(i + q.length + 1)));
    if (fast === 2) {
      // the phrase wrapped onto the next line of a comment: `/// ... and a 400 BAD` (REQUEST follows)
      // (or of prose: a Markdown link's text or a parenthesis, `will cause a [400 Bad`, `a client error (400 Bad`, or two of its
      // words, `a [415 Unsupported Media`)
      if (isUpper(line.charCodeAt(i)) && (commentOpenerBefore(line, e - 3, '') >= 0 || line.charCodeAt(e - 4) === 91 || line.charCodeAt(e - 4) === 40 || line.includes(' ', i))) return true;
      continue;
    }
    if (fast === 0) continue;
    // a non-ASCII character in reach: lower-case it the way the text would be
    rest ??= line.slice(i, i + 64).toLowerCase().replace(/[-']/g, ' ');
    if (rest.startsWith(q)) {
      const after = rest.charCodeAt(q.length);
      if (!(isAlpha(after) || isDigit(after))) return true;
    }
  }
  return false;
}

const CLOSING_TAG_RE = /<\/[A-Za-z][A-Za-z0-9]{0,9}>/y;
/** The phrases of the most used error codes, 4xx in group 1 (a sibling's phrase after a code, see `literalKind`). */
function siblingPhraseAt(line: string, e: number): boolean {
  SIBLING_PHRASE_RE.lastIndex = e;
  return SIBLING_PHRASE_RE.test(line);
}
const SIBLING_PHRASE_RE = /\s(?:(Unauthori[sz]ed|Forbidden|Not Found|Bad Request|Conflict|Too Many Requests)|Internal Server Error|Service Unavailable|Bad Gateway|Gateway Time-?out)(?![\w-])/y;
/** `, reasonPhrase: "OK"`, `, reason="Not Found"` right after the code at e: the phrase, whole, in the quotes. */
function labelledPhraseAfter(line: string, e: number, code: number): boolean {
  LABELLED_ARGUMENT_RE.lastIndex = e;
  const m = LABELLED_ARGUMENT_RE.exec(line);
  if (!m) return false;
  const q = e + m[0].length;
  const close = line.slice(q, q + 41).indexOf(m[1] ?? '"');
  return close > 0 && nameMeansCode(line.slice(q, q + close), code) && isAlpha(line.charCodeAt(q));
}
const LABELLED_ARGUMENT_RE = /,\s*[A-Za-z_]\w{0,23}\s*[:=]\s*(["'])/y;

/** A camel-case identifier at i that names the code: `InternalServerError`, `NotFound`. */
function camelNameFollows(line: string, i: number, code: number): boolean {
  let j = i;
  let humps = false;
  const limit = Math.min(line.length, i + 40);
  while (j < limit && (isAlpha(line.charCodeAt(j)) || line.charCodeAt(j) === 95)) {
    const c = line.charCodeAt(j);
    // (`InternalServerError`, or an upper-case name in words: llhttp's `XX(400, BAD_REQUEST, BAD_REQUEST)`)
    if (j > i && ((c >= 65 && c <= 90 && line.charCodeAt(j - 1) >= 97) || (c === 95 && isUpper(line.charCodeAt(j - 1)) && isUpper(line.charCodeAt(j + 1))))) humps = true;
    j++;
  }
  if (!humps || (j < line.length && isIdentChar(line.charCodeAt(j)))) return false;
  return nameMeansCode(line.slice(i, j), code);
}
/**
 * Whether the phrase `q` (lower case, `-` and `'` as spaces) is written at line[i] and not followed
 * by a letter or digit, read in place: 1 = yes, 0 = no, -1 = a non-ASCII character decides
 * (`toLowerCase` may change it, or the length of the text before it).
 */
function phraseAt(line: string, i: number, q: string): number {
  const n = q.length;
  if (n >= 64) return -1;
  for (let k = 0; k <= n; k++) {
    // (2: the line ends after whole words of a phrase of several)
    if (i + k >= line.length) return k === n ? 1 : k >= 3 && q.charCodeAt(k) === 32 ? 2 : 0;
    let c = line.charCodeAt(i + k);
    if (c >= 128) return -1;
    if (k === n) return isAlpha(c) || isDigit(c) ? 0 : 1;
    if (c >= 65 && c <= 90) c += 32;
    else if (c === 45 || c === 39) c = 32;
    if (c !== q.charCodeAt(k)) return 0;
  }
  return 0;
}

function wordAfter(line: string, e: number): string | undefined {
  let i = e;
  const limit = Math.min(line.length, e + 4);
  while (i < limit && (line.charCodeAt(i) === 32 || line.charCodeAt(i) === 9)) i++;
  if (i >= line.length || !isAlpha(line.charCodeAt(i))) return undefined;
  let j = i;
  const lim2 = Math.min(line.length, i + 24);
  while (j < lim2 && isAlpha(line.charCodeAt(j))) j++;
  return line.slice(i, j);
}

interface Chain {
  /** Segments, last first: `res.status` -> ['status', 'res']. */
  segs: string[];
  start: number;
  /** Written on a receiver or after a leading dot (`.expect(200)`). */
  receiver: boolean;
  /** The chain text ends with `()`. */
  called: boolean;
  quotedKey: boolean;
}

/** The identifier a subscript is taken on, ending at pos (`res` of `res["status"]`), pushed to segs: its start, or pos + 1 if none. */
function subscriptOwner(line: string, pos: number, min: number, segs: string[]): number {
  if (pos < min || !isIdentChar(line.charCodeAt(pos))) return pos + 1;
  const st = identStart(line, pos + 1, min);
  segs.push(line.slice(st, pos + 1));
  return st;
}

/** Reads an identifier chain ending at index `i` (inclusive), backwards. */
function readChainBack(line: string, i: number, min: number): Chain | undefined {
  const segs: string[] = [];
  let receiver = false;
  let called = false;
  let quotedKey = false;
  let pos = i;
  for (let guard = 0; guard < 8 && pos >= min; guard++) {
    let c = line.charCodeAt(pos);
    // empty call `status()` / macro `assert_eq!`
    if (c === 41 /* ) */ && pos - 1 >= min && line.charCodeAt(pos - 1) === 40) {
      if (segs.length === 0) called = true;
      pos -= 2;
      c = line.charCodeAt(pos);
    }
    if (c === 33 /* ! */ && segs.length === 0) {
      pos--;
      c = line.charCodeAt(pos);
    }
    let name: string | undefined;
    if (isQuote(c)) {
      // quoted key: "status": / 'status' => / ["status"]
      let k = pos - 1;
      const stop = Math.max(min, pos - 40);
      while (k >= stop && line.charCodeAt(k) !== c) k--;
      if (k < stop) return segs.length ? { segs, start: pos + 1, receiver, called, quotedKey } : undefined;
      name = line.slice(k + 1, pos);
      if (!/^[\w$@:.-]*$/.test(name)) return undefined;
      quotedKey = segs.length === 0;
      pos = k - 1;
      if (pos >= min && line.charCodeAt(pos) === 91 /* [ */) pos--;
      segs.push(stripSigils(name, true));
      // subscript on an identifier: res["status"]
      const start = subscriptOwner(line, pos, min, segs);
      return { segs, start, receiver: receiver || start <= pos, called, quotedKey };
    }
    if (c === 93 /* ] */ && pos - 1 >= min && isQuote(line.charCodeAt(pos - 1))) {
      pos--;
      continue;
    }
    // a Ruby symbol key, read like a quoted one: `content[:status_code].should`
    if (c === 93 /* ] */ && segs.length > 0 && pos - 1 >= min && isIdentChar(line.charCodeAt(pos - 1))) {
      const st = identStart(line, pos, min);
      if (st - 2 >= min && line.charCodeAt(st - 1) === 58 && line.charCodeAt(st - 2) === 91 && !isDigit(line.charCodeAt(st))) {
        segs.push(line.slice(st, pos));
        const start = subscriptOwner(line, st - 3, min, segs);
        return { segs, start, receiver: receiver || start <= st - 3, called, quotedKey };
      }
    }
    if (c === 125 /* } shell ${x} */) {
      const open = line.lastIndexOf('{', pos);
      if (open < min || open < pos - 40) return undefined;
      name = line.slice(open + 1, pos);
      if (!/^[\w]+$/.test(name)) return undefined;
      segs.push(name);
      pos = open - 1;
      if (pos >= min && line.charCodeAt(pos) === 36) pos--;
      return { segs, start: pos + 1, receiver, called, quotedKey };
    }
    if (!isIdentChar(c)) {
      if (segs.length === 0) return undefined;
      break;
    }
    const st = identStart(line, pos + 1, min);
    name = line.slice(st, pos + 1);
    if (isDigit(name.charCodeAt(0))) return segs.length ? { segs, start: pos + 1, receiver, called, quotedKey } : undefined;
    segs.push(stripSigils(name, false));
    pos = st - 1;
    // Ruby symbol key `:status =>`
    if (pos >= min && line.charCodeAt(pos) === 58 && !(pos - 1 >= min && line.charCodeAt(pos - 1) === 58)) {
      if (segs.length === 1) pos--;
      break;
    }
    if (pos >= min && line.charCodeAt(pos) === 46) {
      receiver = true;
      pos--;
      if (pos >= min && line.charCodeAt(pos) === 63) pos--; // ?.
      if (pos >= min && line.charCodeAt(pos) === 33) pos--; // !.
      if (pos < min || isSpace(line.charCodeAt(pos))) break; // leading dot: `.expect(`
      continue;
    }
    if (pos - 1 >= min && ((line.charCodeAt(pos) === 58 && line.charCodeAt(pos - 1) === 58) || (line.charCodeAt(pos) === 62 && line.charCodeAt(pos - 1) === 45))) {
      receiver = true;
      pos -= 2;
      continue;
    }
    break;
  }
  if (segs.length === 0) return undefined;
  return { segs, start: pos + 1, receiver, called, quotedKey };
}

/** `name` without leading `$` / `@` (and `:` when `colon`), like `name.replace(/^[$@]+/, '')`. */
function stripSigils(name: string, colon: boolean): string {
  let i = 0;
  while (i < name.length) {
    const c = name.charCodeAt(i);
    if (c === 36 || c === 64 || (colon && c === 58)) i++;
    else break;
  }
  return i === 0 ? name : name.slice(i);
}

type NameClass = 'status' | 'other';

const CLASS_CACHE = new Map<string, NameClass>();
function classify(name: string): NameClass {
  let c = CLASS_CACHE.get(name);
  if (c === undefined) {
    c = classifyUncached(name);
    if (CLASS_CACHE.size > 4096) CLASS_CACHE.clear();
    CLASS_CACHE.set(name, c);
  }
  return c;
}

function classifyUncached(name: string): NameClass {
  // (a trailing counter is left out: `code2`, `status_1`)
  const lower = name.toLowerCase().replace(/[_\-$@]/g, '').replace(/(?<=[a-z])\d+$/, '');
  if (!lower || C.NON_STATUS_NAMES.has(lower)) return 'other';
  // an identifier's number, `CAST_PROXY_STATUS_ID`, `statusId`, is not a status
  if (ID_SUFFIX_RE.test(name)) return 'other';
  // a duration or a size named after statuses: `GITTAB_MERGE_REQUEST_STATUSES_TTL=300`, `statusPollInterval`
  if (QUANTITY_SUFFIX_RE.test(name)) return 'other';
  // (a user interface's status bar: `GuiStatusbar = 103`, `status_bar_height`)
  // (nor a game's status effects: Minecraft's `new StatusEffectInstance(StatusEffects.REGENERATION, 200, 0)`)
  if (lower.includes('statusbar') || lower.includes('statuseffect')) return 'other';
  if (lower.includes('status')) return 'status';
  // (Spanish and Portuguese names of the HTTP code: `codigoEstadoHttp`, `codigoHttp`)
  if (lower.includes('estadohttp') || lower.includes('codigohttp') || lower.includes('códigohttp')) return 'status';
  if (lower === 'code' || lower.startsWith('httpcode')) return 'status'; // `HTTP_CODE_UPSTREAM_UNAVAILABLE`
  // OpenWeatherMap's status field, in every weather app: `"cod": 200`, `if (data.cod === "404")`; Boost.Beast `res.result_int()`
  if (name === 'cod' || name === 'result_int') return 'status';
  // the Servlet API's name for a status, `sendError(int sc)`, and code that follows it: `if (sc > 399 && sc != 404)`
  if (name === 'sc') return 'status';
  // Laravel Shift Blueprint's controller statements: `respond: 204`, `'respond' => 204`
  if (name === 'respond') return 'status';
  // API notes and log fields: `response: 200`, Logstash's `"response" => 304`; a load balancer health check's
  // `matcher = "200"` (Terraform aws_lb_target_group, `matcher: "200-299"` in CloudFormation and CDK)
  // (and a module's variable for it: `healthcheck_matcher = "200"`, `health_check_matcher`)
  if (name === 'response' || name === 'RESPONSE' || name === 'matcher' || name === 'Matcher' || name === 'HttpCode' || lower.endsWith('checkmatcher')) return 'status';
  // a test helper's expected response, its status: `def patch(self, path, data, expected_response=204):`
  if (lower === 'expectedresponse') return 'status';
  // Istio `retryOn: 5xx,503`, Envoy `retry_on: 5xx,503`: the conditions to retry on, status codes among them
  if (lower === 'retryon') return 'status';
  // excon's expected statuses (and fog's, built on it): `expects: [200, 204]`
  if (name === 'expects') return 'status';
  // error pages keyed by the status they answer: Spark's `CustomErrorPages.add(404, page)`
  if (lower.endsWith('errorpages')) return 'status';
  if (lower.endsWith('code') || lower.endsWith('codes')) {
    const stem = lower.endsWith('codes') ? lower.slice(0, -5) : lower.slice(0, -4);
    if (/(?:http|response|resp|res|respond|error|err|expected|expect|exp|want|wanted|got|actual|header|return|result|ok|success|successful|successfulon|successon|okon|retry|stat|allowed|allowable|accepted|valid|redirect|server|client|failure|retryable|default|rejected|reject|denied|deny|blocked|fallback|unauthori[sz]ed?|forbidden|notfound|badrequest|healthcheck)$/.test(stem)) {
      // (a process's `returnCode` is not a status; `httpReturnCode` is)
      return stem.endsWith('return') && !stem.startsWith('http') ? 'other' : 'status';
    }
    if (stem === '' || stem === 'r' || stem === 'get' || stem === 'getresponse' || stem === 'gethttp') return 'status'; // `rcode`: response code
    // `configureResponseWithCode(200, response)`, `setResponseCode`
    if (stem.includes('response')) return 'status';
  }
  // the responses a client accepts or retries, listed by code: `AllowedResponses = [200, 401, 403, 429]`
  if (lower.endsWith('responses') && ACCEPTED_RESPONSES_RE.test(lower)) return 'status';
  // a result code named for its outcome: `RESULT_CODE_SUCCESS`, `CODE_NOT_LOGIN`, `HTTP_CODE_BAD_REQUEST`
  if (CODE_OUTCOME_RE.test(lower)) return 'status';
  // lists of HTTP errors: Traefik `customHTTPErrors=404,503`, `http_errors`
  // (and Flask-Principal's `permission.require(http_exception=403)`)
  if (lower.endsWith('httperrors') || lower.endsWith('httperror') || lower.endsWith('httpexception')) return 'status';
  return 'other';
}

const HTTP_ERRORS_KEY_RE = /(?:^|[\s"'/])(?:[a-z]+-)?http-$/;
// (or several, or the id of a status record: `statusIds.Equals("101")`, `statusTO.IdStatus == 503`)
const ID_SUFFIX_RE = /(?:_IDS?|_ids?|[a-z]Ids?|[a-z]IDs?)$|^(?:id|Id|ID)_?(?:[Ss]tatus|STATUS)/;
const QUANTITY_SUFFIX_RE = /(?:_|[a-z])(?:TTL|Ttl|ttl|TIMEOUT|Timeout|timeout|SECONDS|Seconds|seconds|SECS|Secs|secs|MILLIS|Millis|millis|MS|Ms|ms|DELAY|Delay|delay|INTERVAL|Interval|interval|DURATION|Duration|duration|SIZE|Size|size|LENGTH|Length|length|COUNT|Count|count)$/;
const ACCEPTED_RESPONSES_RE = /(?:allowed|accepted|acceptable|expected|valid|ok|success|successful|retry|retryable|retriable)responses$/;
const CODE_OUTCOME_RE = /^(?:result|response|resp|res|http|api|biz|error|err)?codes?[a-z]*(?:success|succeeded|ok|error|err|fail|failed|failure|notfound|unauthori[sz]ed|forbidden|badrequest|notlogin|nologin|unlogin|auth|unauth)$/;

function chainIsStatus(ch: Chain): boolean {
  const last = ch.segs[0] ?? '';
  if (classify(last) === 'status') return true;
  // the number of a status object: Ktor `response.status.value`, `getStatusCode().value()`; a status converted, Ruby's
  // `response.code.to_s != '200'`, `res.status.to_i == 404`
  // (or RSpec's old `last_response.status.should == 404`)
  return (last === 'value' || last === 'intValue' || last === 'to_s' || last === 'to_i' || last === 'should') && classify(ch.segs[1] ?? '') === 'status';
}

/** Statement boundary: `;`, or a brace next to whitespace (so `%{http_code}` does not cut). */
function isBoundary(line: string, k: number): boolean {
  const c = line.charCodeAt(k);
  if (c === 59) return true;
  if (c !== 123 && c !== 125) return false;
  const before = k > 0 ? line.charCodeAt(k - 1) : 32;
  const after = k + 1 < line.length ? line.charCodeAt(k + 1) : 32;
  return isSpace(before) || isSpace(after);
}

// `statementMentionsStatus` needs a status/code word in the text it reads. Most lines of ordinary
// code have none, so each `scan` tests its region once (lazily) and answers "no" at once for every
// call whose text lies inside that region. Calls reading outside it take the normal path.
let wordLine = '';
let wordFrom = 0;
let wordTo = 0;
/** -1 = not tested yet, 0 = no status/code word in [wordFrom, wordTo), 1 = there may be one. */
let wordState = -1;

function noStatusWordAround(line: string, s: number, e: number): boolean {
  return noStatusWordIn(line, s - LEFT_WINDOW, e + RIGHT_WINDOW);
}
/** Whether line[a, b) surely holds no status/code word (false: it may). */
function noStatusWordIn(line: string, a: number, b: number): boolean {
  if (line !== wordLine || a < wordFrom && wordFrom > 0 || b > wordTo && wordTo < line.length) return false;
  if (wordState < 0) {
    const text = wordFrom === 0 && wordTo === line.length ? line : line.slice(wordFrom, wordTo);
    wordState = STATUS_OR_CODE_RE.test(text) ? 1 : 0;
  }
  return wordState === 0;
}

/** Any status-ish word in the same statement (bounded, cut at statement boundaries). */
function statementMentionsStatus(line: string, s: number, e: number): boolean {
  if (noStatusWordAround(line, s, e)) return false;
  let a = Math.max(0, s - LEFT_WINDOW);
  for (let k = s - 1; k >= a; k--) {
    if (isBoundary(line, k)) {
      a = k + 1;
      break;
    }
  }
  let b = Math.min(line.length, e + RIGHT_WINDOW);
  for (let k = e; k < b; k++) {
    if (isBoundary(line, k)) {
      b = k;
      break;
    }
  }
  // The words of [a, s) and [e, b), read in place (no substring unless a word may be a status).
  return statusWordIn(line, a, s) || statusWordIn(line, e, b);
}

/** Whether a word of line[lo, hi) (read as `[A-Za-z_$][\w$]*`, cut at hi) is a status name. */
function statusWordIn(line: string, lo: number, hi: number): boolean {
  // (the quick test reads [lo, hi) only: a search from lo over the whole line would make a long line of
  // numbers quadratic)
  if (hi <= lo || !STATUS_OR_CODE_RE.test(lo === 0 && hi === line.length ? line : line.slice(lo, hi))) return false;
  let k = lo;
  while (k < hi) {
    const c = line.charCodeAt(k);
    if (!(isAlpha(c) || c === 95 || c === 36)) {
      k++;
      continue;
    }
    let j = k + 1;
    while (j < hi && isIdentChar(line.charCodeAt(j))) j++;
    // (an HTML tag's name is not a word of the statement: `<code>101-relationship.py</code>`)
    const tag = htmlTagName(line, k, j);
    // (nor the tables Go's stringer generates for a status enum: `_StatusCode_index_1 = [...]uint8{0, 12, 41, 128, 204}`)
    if (!tag && mayNameStatus(line, k, j) && !(c === 95 && STRINGER_TABLE_RE.test(line.slice(k, j))) && classify(line.slice(k, j)) === 'status') return true;
    k = j;
  }
  return false;
}

const STRINGER_TABLE_RE = /^_\w+_(?:index|name|map)(?:_\d+)?$/;

/** line[k, j) is the name of an HTML tag, `<code>` or `</code>` (lower case, unlike a type argument `<StatusCode, 201>`). */
function htmlTagName(line: string, k: number, j: number): boolean {
  const c = line.charCodeAt(k);
  if (k < 1 || !(c >= 97 && c <= 122) || !(line.charCodeAt(j) === 62 || line.charCodeAt(j) === 32)) return false;
  return line.charCodeAt(k - 1) === 60 || (line.charCodeAt(k - 1) === 47 && k > 1 && line.charCodeAt(k - 2) === 60);
}

/** `/status|code$|codes$/i.test(line.slice(k, j))` without the substring. */
function mayNameStatus(line: string, k: number, j: number): boolean {
  const n = j - k;
  if (n >= 4 && endsWithFolded(line, j, 'code')) return true;
  if (n >= 5 && (line.charCodeAt(j - 1) | 0x20) === 115 /* s */ && endsWithFolded(line, j - 1, 'code')) return true;
  for (let i = k; i + 6 <= j; i++) if (endsWithFolded(line, i + 6, 'status')) return true;
  return false;
}

/** line[end - word.length, end) equals the lower-case ASCII `word`, ignoring ASCII case. */
function endsWithFolded(line: string, end: number, word: string): boolean {
  const start = end - word.length;
  for (let i = 0; i < word.length; i++) {
    const c = line.charCodeAt(start + i);
    const w = word.charCodeAt(i);
    if (c !== w && !(c >= 65 && c <= 90 && c + 32 === w)) return false;
  }
  return true;
}

const STATUS_OR_CODE_RE = /status|code/i;

const ERROR_LIST_RE = /^\s*['"]?\d{3}(?:u16)?['"]?(?:\s*,\s*['"]?\d{3}['"]?)+\s*,?\s*$/;

/** `[502, 503]`, `(429, 500, 502)`: a bracketed list of error codes, two or more of them distinctive. */
function errorCodeList(line: string, open: number): boolean {
  const c = line.charCodeAt(open);
  const close = c === 91 ? 93 : c === 40 ? 41 : c === 123 ? 125 : 0;
  if (!close) return false;
  const limit = Math.min(line.length, open + RIGHT_WINDOW);
  let k = open + 1;
  while (k < limit && line.charCodeAt(k) !== close && line.charCodeAt(k) !== c) k++;
  if (k >= limit || line.charCodeAt(k) !== close) return false;
  const body = line.slice(open + 1, k);
  if (!ERROR_LIST_RE.test(body)) return false;
  const nums = body.match(/\d{3}/g) ?? [];
  // all errors, at least two different ones distinctive: `[502, 503]`, `["400", "401", "403", "422"]` (a pair of the same
  // number is a size, pdfkit's `fit: [420, 420]`)
  let distinctive = 0;
  let first = 0;
  for (const n of nums) {
    const v = Number(n);
    if (!(v >= 400 && v <= 599 && known(v))) return false;
    if (v % 100 === 0) continue;
    if (distinctive === 0) first = v;
    if (distinctive === 0 || v !== first) distinctive++;
  }
  return distinctive >= 2;
}

function skipSpacesFwd(line: string, i: number, max: number): number {
  while (i < max && isSpace(line.charCodeAt(i))) i++;
  return i;
}

/** The called chain ending at j, skipping generic arguments (`.Produces<CreateResponse>(201)`). */
function callChainBack(line: string, j: number, min: number): Chain | undefined {
  if (line.charCodeAt(j) === 62 /* > */ && j - 1 >= min && line.charCodeAt(j - 1) !== 61 && line.charCodeAt(j - 1) !== 45) {
    let depth = 0;
    const stop = Math.max(min, j - 80);
    for (let k = j; k >= stop; k--) {
      const c = line.charCodeAt(k);
      if (c === 62) depth++;
      else if (c === 60) {
        depth--;
        if (depth === 0) return k - 1 >= min && isIdentChar(line.charCodeAt(k - 1)) ? readChainBack(line, k - 1, min) : undefined;
      } else if (c === 40 || c === 41 || c === 59 || c === 61 || c === 123 || c === 125) return undefined;
    }
    return undefined;
  }
  return readChainBack(line, j, min);
}

function skipSpacesBack(line: string, i: number, min: number): number {
  while (i >= min && isSpace(line.charCodeAt(i))) i--;
  return i;
}

/** The text after [.., e) holds the same code followed by its reason phrase (`label: '404 - Not Found'`). */
function labelNamesCode(line: string, e: number, code: number): boolean {
  const digits = String(code);
  const w = line.slice(e, Math.min(line.length, e + RIGHT_WINDOW));
  for (let i = w.indexOf(digits); i >= 0; i = w.indexOf(digits, i + 3)) {
    const k = e + i;
    if (!isDigit(line.charCodeAt(k - 1)) && !isDigit(line.charCodeAt(k + 3)) && reasonPhraseFollows(line, k + 3, code)) return true;
  }
  return false;
}
/**
 * The two branches of a ternary are a success and an error code (`cond ? 404 : 200`, `ok ? 201 : 409`):
 * [s, e) is one branch, the other is read after `:` or before `?`.
 */
function ternaryCodePair(line: string, s: number, e: number, code: number): boolean {
  let other = -1;
  const after = TERNARY_THEN_CODE_RE.exec(line.slice(e, e + 8));
  if (after) other = codeAt(line, e + after[0].length - 3);
  else {
    const before = TERNARY_ELSE_CODE_RE.exec(line.slice(Math.max(0, s - 10), s));
    if (before) other = Number(before[1]);
  }
  if (!known(other) || !isCommon(other) || other === code) return false;
  const ok = (c: number): boolean => c >= 200 && c < 300;
  const err = (c: number): boolean => c >= 400 && c < 600 && isDistinctive(c);
  return (ok(code) && err(other)) || (err(code) && ok(other)) || (err(code) && err(other));
}
const TERNARY_THEN_CODE_RE = /^\s*:\s*[1-5]\d\d(?!\d)/;
const TERNARY_ELSE_CODE_RE = /([1-5]\d\d)\s*:\s*$/;

/**
 * A ternary that is a whole argument of a status call: `res.redirect(permanent ? 308 : 307, url)`. The
 * call is found by walking back to the unclosed `(` (a bounded, bracket-counting walk).
 */
function ternaryArgOfStatusCall(line: string, s: number, e: number, code: number, lang: string, min: number): boolean {
  const ch = calleeAt(line, openerBack(line, s - 1, min), min);
  const commas = openerCommasOut;
  if (!ch || isKeyword(ch)) return false;
  return decideCall(line, s, e, ch, commas, code, lang) === 'yes';
}

/** Whether the call whose `)` is at j is an HTTP helper named for the request it makes (`http_get(...)`, `httpPost(...)`). */
function httpHelperResult(line: string, j: number, min: number): boolean {
  const ch = calleeAt(line, openerBack(line, j - 1, min), min);
  return ch !== undefined && HTTP_HELPER_RE.test(ch.segs[0] ?? '');
}
/** The call whose `(` is at `open` (an index from `openerBack`, or -1): `res.status(`, `http_get(`. */
function calleeAt(line: string, open: number, min: number): Chain | undefined {
  if (open < min || line.charCodeAt(open) !== 40) return undefined;
  const j = skipSpacesBack(line, open - 1, min);
  return j >= min ? callChainBack(line, j, min) : undefined;
}
const HTTP_HELPER_RE = /^http_?(?:get|post|put|patch|delete|head|request|req|call|chunk|send|fetch)/i;

/**
 * Walks back from `from` (inclusive, down to `min`) to the unclosed `(`, `[` or `{`, skipping balanced
 * brackets: its index, or -1 when a top-level `;` or `min` comes first. Sets `openerCommasOut` (top-level
 * commas passed) and `openerSemicolonOut` (the `;` that ended the walk, or -1).
 */
let openerCommasOut = 0;
let openerSemicolonOut = -1;
function openerBack(line: string, from: number, min: number): number {
  let depth = 0;
  openerCommasOut = 0;
  openerSemicolonOut = -1;
  for (let k = from; k >= min; k--) {
    const c = line.charCodeAt(k);
    if (c === 34 || c === 39 || c === 96) {
      // a string is one argument: skip to its opening quote (`c.text("name, subdomain", 400)`)
      let j = k - 1;
      while (j >= min && (line.charCodeAt(j) !== c || line.charCodeAt(j - 1) === 92)) j--;
      if (j >= min) k = j;
      continue;
    }
    if (c === 41 || c === 93 || c === 125) depth++;
    else if (c === 40 || c === 91 || c === 123) {
      if (depth === 0) return k;
      depth--;
    } else if (c === 44 && depth === 0) openerCommasOut++;
    else if (c === 59 && depth === 0) {
      openerSemicolonOut = k;
      return -1;
    }
  }
  return -1;
}
const GENERIC_STATUS_TYPE_RE = /(?:Error|Exception|Response|Status)$/;
const STATUS_CODE_PHRASE_RE = /status code|response code|http code/i;
/** `instanceof` (and PHP's leading namespace separator) right before a class name. */
const INSTANCEOF_BEFORE_RE = /\binstanceof\s+\\?$/;
/** Getters that return a size, not a status: `body.length() > 500` next to a status check is still a size. */
const SIZE_GETTERS: ReadonlySet<string> = new Set(['length', 'size', 'count', 'len', 'getLength', 'getSize', 'byteLength', 'contentLength', 'getContentLength', 'char_length', 'character_length', 'octet_length', 'strlen', 'mb_strlen']);
/** The call whose closing parenthesis is at j measures a size: `char_length(note)`, `len(items)`, `strlen($name)`. */
function lengthCallBefore(line: string, j: number, min: number): boolean {
  const open = openerBack(line, j - 1, min);
  if (open <= min || line.charCodeAt(open) !== 40) return false;
  const name = readChainBack(line, skipSpacesBack(line, open - 1, min), min)?.segs[0];
  return name !== undefined && SIZE_GETTERS.has(name);
}
const COMPARE_OPS = new Set(['==', '===', '!=', '!==', '<', '<=', '>', '>=', '<>', '-eq', '-ne', '-lt', '-le', '-gt', '-ge', 'is', 'in', 'eq', 'ne']);
const SHELL_OPS = new Set(['eq', 'ne', 'lt', 'le', 'gt', 'ge']);

interface Op {
  op: string;
  /** Index of the last char before the operator. */
  at: number;
}

function readOpBack(line: string, i: number, min: number): Op | undefined {
  if (i < min) return undefined;
  const c = line.charCodeAt(i);
  const p = i - 1 >= min ? line.charCodeAt(i - 1) : 0;
  const pp = i - 2 >= min ? line.charCodeAt(i - 2) : 0;
  switch (c) {
    case 40: return { op: '(', at: i - 1 };
    case 44: return { op: ',', at: i - 1 };
    case 91: return { op: '[', at: i - 1 };
    case 123: return { op: '{', at: i - 1 };
    case 124: return p === 124 ? { op: '||', at: i - 2 } : { op: '|', at: i - 1 };
    case 63: return p === 63 ? { op: '??', at: i - 2 } : { op: '?', at: i - 1 };
    case 61: // =
      if (p === 61) return pp === 61 ? { op: '===', at: i - 3 } : pp === 33 ? { op: '!==', at: i - 3 } : { op: '==', at: i - 2 };
      if (p === 33 || p === 126) return { op: '!=', at: i - 2 }; // (Lua writes `~=`)
      if (p === 60) return { op: '<=', at: i - 2 };
      if (p === 62) return { op: '>=', at: i - 2 };
      if (p === 58) return { op: ':=', at: i - 2 };
      if (p === 43 || p === 45 || p === 42 || p === 47 || p === 37 || p === 38 || p === 94 || p === 126) return { op: 'op=', at: i - 2 };
      return { op: '=', at: i - 1 };
    case 62: // >
      if (p === 61) return { op: '=>', at: i - 2 };
      if (p === 45) return { op: '->', at: i - 2 };
      if (p === 60) return { op: '<>', at: i - 2 };
      return { op: '>', at: i - 1 };
    case 60: return { op: '<', at: i - 1 };
    case 58: // :
      if (p === 58) return { op: '::', at: i - 2 };
      return { op: ':', at: i - 1 };
    case 38: return p === 38 ? { op: '&&', at: i - 2 } : { op: '&', at: i - 1 };
  }
  if (isDigit(c)) return undefined;
  if (isAlpha(c)) {
    const st = identStart(line, i + 1, min);
    const w = line.slice(st, i + 1);
    if (st - 1 >= min && line.charCodeAt(st - 1) === 45 && SHELL_OPS.has(w)) return { op: '-' + w, at: st - 2 };
    if (w === 'is' || w === 'in' || w === 'not') {
      // `status is 200`, `status_code in (200, 201)`, `x is not 200`
      let at = st - 1;
      if (w === 'not') {
        const j = skipSpacesBack(line, at, min);
        const st2 = identStart(line, j + 1, min);
        const w2 = line.slice(st2, j + 1);
        if (w2 !== 'is' && w2 !== 'in') return undefined; // prose `that's not 200`
        at = st2 - 1;
      }
      return { op: w === 'not' ? 'is' : w, at };
    }
    return undefined; // a word, handled by the caller
  }
  return { op: String.fromCharCode(c), at: i - 1 };
}

/** The word (or number) right before position i (inclusive end), skipping markup. */
function wordBack(line: string, i: number, min: number): { word: string; start: number } | undefined {
  if (i < min) return undefined;
  const c = line.charCodeAt(i);
  if (!isIdentChar(c) && c !== 45) return undefined;
  let st = i;
  while (st > min && (isIdentChar(line.charCodeAt(st - 1)) || line.charCodeAt(st - 1) === 45 || line.charCodeAt(st - 1) === 39)) st--;
  while (st < i && (line.charCodeAt(st) === 39 || line.charCodeAt(st) === 45)) st++;
  return { word: line.slice(st, i + 1), start: st };
}

function codeAt(line: string, s: number): number {
  return (line.charCodeAt(s) - 48) * 100 + (line.charCodeAt(s + 1) - 48) * 10 + (line.charCodeAt(s + 2) - 48);
}

function isCommon(code: number): boolean {
  return code >= 200 && code <= 599;
}
function isDistinctive(code: number): boolean {
  return isCommon(code) && code % 100 !== 0;
}

/**
 * Left-context decision for the literal at [s, e). The nested calls (depth > 0) ask about a list's
 * first item or a sibling code once per later item, so their answers are kept for the current line:
 * the decision reads only the line around [s, e), so an answer holds for as long as the line does.
 */
function decideLeft(line: string, s: number, e: number, code: number, lang: string, depth: number): Verdict {
  if (depth === 0) return decideLeftUncached(line, s, e, code, lang, depth);
  if (line !== memoLine || lang !== memoLang) {
    memoLine = line;
    memoLang = lang;
    if (MEMO.size) MEMO.clear();
  }
  const key = ((s * 64 + Math.min(63, e - s)) * 16 + Math.min(15, depth)) * 1024 + code;
  const hit = MEMO.get(key);
  if (hit !== undefined || MEMO.has(key)) return hit;
  const v = decideLeftUncached(line, s, e, code, lang, depth);
  MEMO.set(key, v);
  return v;
}
/**
 * Names that mean a status only for codes from 200 up; an error's code is never an informational one (`response.ErrorCode
 * = "100"` is an application's own failure code).
 */
const WEAK_STATUS_NAME_RE = /^(?:cod|expect_?codes?|err(?:or)?_?codes?)$/i;
/** `, Name = "Indexes"` right after the code: a named record whose name is not the code's reason phrase. */
function namedRecordAfter(line: string, e: number, code: number): boolean {
  const m = NAMED_RECORD_AFTER_RE.exec(line.slice(e, e + 80));
  if (!m) return false;
  const text = (m[1] ?? '').toLowerCase().replace(/[-']/g, ' ').trim();
  // (the HTTP words looked for within LINE_REACH)
  return !phrasesOf(code).includes(text) && !RECORD_HTTP_WORD_RE.test(nearText(line, e, e));
}
const RECORD_HTTP_WORD_RE = /status|http|respon|error|fail|success|\bok\b|\bres\b|json|send|reply|render|abort/i;
const NAMED_RECORD_AFTER_RE = /^\s*,\s*["']?(?:Name|name|Title|title|Label|label)["']?\s*[:=]\s*["']([^"']{1,40})["']/;

/** `name` compared with 199-599 (or 999) elsewhere on the line: the other bound of a range check. */
function rangeCheckOf(line: string, name: string, s: number): boolean {
  if (!/^\w+$/.test(name)) return false;
  // (within LINE_REACH either side, the window starting between identifiers)
  let from = Math.max(0, s - LINE_REACH);
  while (from > 0 && from > s - LINE_REACH - 40 && isIdentChar(line.charCodeAt(from - 1))) from--;
  const text = line.slice(from, Math.min(line.length, s + LINE_REACH));
  const re = new RegExp('(?<![\\w.])' + name + '\\s*[<>]=?\\s*(?:[1-5]\\d\\d|999)(?!\\d)', 'g');
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const at = from + m.index + m[0].length - 3;
    if (at !== s && (codeAt(line, at) >= 199 || line.startsWith('999', at))) return true;
  }
  return false;
}

function weakNameBelow200(name: string, code: number): boolean {
  return code < 200 && WEAK_STATUS_NAME_RE.test(name);
}
/** The segments of a written chain, a trailing empty call dropped: `res?.status()` → `res`, `status`. */
function chainSegments(text: string): string[] {
  return text.replace(/\(\)$/, '').split(/\??\./);
}
const EXPECTATION_TYPE_RE = /^(?:want|wants|expected|expect|expectation)$/;
const HTML_TAG_BEFORE_RE = /<\/?[A-Za-z][\w:-]*(?:\s[^<>]*)?$/;
/** An arithmetic operator and an identifier after a number: `100 - status`, `200 * n`. */
const ARITHMETIC_OPERAND_RE = /^ +[-+*/%] +[A-Za-z_$]/;
/** Go's integer types, written between a typed constant's name and its value (`NOT_FOUND int = 404`). */
const GO_INT_TYPES: ReadonlySet<string> = new Set(['int', 'int16', 'int32', 'int64', 'uint', 'uint16', 'uint32']);
let memoLine = '';
let memoLang = '';
const MEMO = new Map<number, Verdict>();

function decideLeftUncached(line: string, s: number, e: number, code: number, lang: string, depth: number): Verdict {
  const min = Math.max(0, s - LEFT_WINDOW);
  let i = skipSpacesBack(line, s - 1, min);
  // Haskell infix assertions: ``get "/x" `shouldRespondWith` 404``
  if (i - 1 > min && i < s - 1 && line.charCodeAt(i) === 96) {
    const st = identStart(line, i, min);
    if (st > min && line.charCodeAt(st - 1) === 96 && INFIX_STATUS_CALLS.has(line.slice(st, i))) return 'yes';
  }
  if (i >= min && isQuote(line.charCodeAt(i))) i = skipSpacesBack(line, i - 1, min);
  if (i >= min && (line.charCodeAt(i) === 42 || line.charCodeAt(i) === 95)) {
    // markdown emphasis `**404**`, `**head** 404` (the run touches the number or the word before it; a lone
    // operator between spaces is a product: `head * 100`)
    const last = i;
    while (i >= min && (line.charCodeAt(i) === 42 || line.charCodeAt(i) === 95)) i--;
    if (last === s - 1 || (i >= min && !isSpace(line.charCodeAt(i)))) i = skipSpacesBack(line, i, min);
    else i = last;
  }
  if (i < min) return undefined;

  const op = readOpBack(line, i, min);
  if (!op) return decideWord(line, s, e, i, min, code, lang, depth);

  // the end of an HTML tag, not a comparison: `<summary> 404 Error Page`
  if (op.op === '>' && HTML_TAG_BEFORE_RE.test(line.slice(Math.max(min, i - 80), i))) return undefined;
  const j = skipSpacesBack(line, op.at, min);
  switch (op.op) {
    case '=': case ':': case ':=': case '=>': case '==': case '===': case '!=': case '!==': case '<': case '<=':
    case '>': case '>=': case '<>': case '-eq': case '-ne': case '-lt': case '-le': case '-gt': case '-ge':
    case 'is': case 'in': {
      let ch = j >= min ? readChainBack(line, j, min) : undefined;
      // ingress-nginx's hyphenated key: `custom-http-errors: 404,503`, the statuses its default backend serves
      if (ch && op.op === ':' && ch.segs.length === 1 && ch.segs[0] === 'errors' && isCommon(code) && HTTP_ERRORS_KEY_RE.test(line.slice(Math.max(0, ch.start - 20), ch.start))) return 'yes';
      if (ch && op.op === '=' && ch.segs.length === 1 && !ch.receiver) {
        // typed declaration `status_code: int = 200`, `const status: number = 200`
        // (the type a union: `status: int | None = 200`, Crystal's `status : ::HTTP::Status | Int32 = 200`)
        let k = skipSpacesBack(line, ch.start - 1, min);
        for (let n = 0; n < 4 && k - 1 > min && line.charCodeAt(k) === 124 && line.charCodeAt(k - 1) !== 124; n++) {
          const member = readChainBack(line, skipSpacesBack(line, k - 1, min), min);
          if (!member) break;
          let b = member.start;
          if (b - 2 >= min && line.charCodeAt(b - 1) === 58 && line.charCodeAt(b - 2) === 58 && isSpace(line.charCodeAt(b - 3))) b -= 2;
          k = skipSpacesBack(line, b - 1, min);
        }
        if (k >= min && line.charCodeAt(k) === 58 && !(k - 1 >= min && line.charCodeAt(k - 1) === 58)) {
          const typed = readChainBack(line, skipSpacesBack(line, k - 1, min), min);
          // (not when the name after the colon is the status itself: a docstring's `Assert: status_code = 200`)
          if (typed && !chainIsStatus(ch)) ch = typed;
        }
      }
      // Elixir `def status(_), do: 500`: the value of a function named for the status
      if (ch && op.op === ':' && ch.segs.length === 1 && ch.segs[0] === 'do' && (lang === 'elixir' || C.PROSE_LANGUAGES.has(lang))) {
        const def = ELIXIR_DEF_RE.exec(line.slice(Math.max(0, ch.start - LEFT_WINDOW), ch.start));
        if (def && classify(def[1] ?? '') === 'status') return 'yes';
      }
      if (ch && ch.segs.length === 1 && !ch.receiver && COMPARE_OPS.has(op.op)) {
        const w = ch.segs[0];
        if ((w === 'must_' || w === 'should_') && op.op === '==') {
          // specs2's `responses(0).status must_== 100`: the subject is before the matcher
          const k = skipSpacesBack(line, ch.start - 1, min);
          const subject = k >= min ? readChainBack(line, k, min) : undefined;
          if (subject && chainIsStatus(subject)) return 'yes';
        } else if (w === 'is') {
          // C# relational pattern: `(int)response.StatusCode is >= 300`
          const k = skipSpacesBack(line, ch.start - 1, min);
          const subject = k >= min ? readChainBack(line, k, min) : undefined;
          if (subject && chainIsStatus(subject)) return 'yes';
        } else if ((w === 'and' || w === 'or') && depth < 3) {
          // `is >= 300 and < 400`: the bound before the combinator decides
          const k = skipSpacesBack(line, ch.start - 1, min);
          if (k - 2 >= min && threeDigitsAt(line, k - 2)) {
            const d = k - 2;
            const c2 = codeAt(line, d);
            // (or a class's top: `is > 399 and < 500`)
            if ((known(c2) || c2 % 100 === 99) && standalone(line, d, k + 1) && decideLeft(line, d, k + 1, c2, lang, depth + 1) === 'yes') return 'yes';
          }
        }
      }
      // nginx `try_files $uri $uri/ =404;`, `error_page 401 =200 /login;` (the code to answer with)
      if (op.op === '=' && j < op.at && s <= LEFT_WINDOW && TRY_FILES_RE.test(line.slice(0, s))) return 'yes';
      if (ch) {
        // a bare `code` (`{ 'code': 100 }`) is too generic for 1xx; ESLint's `"max-len": ["error", { "code": 120 }]` is a line length
        // (OpenWeatherMap's `cod` answers 200 or an error, `{ cod: 100 }` is a cash-on-delivery fee; an
        // `expectCode` compared with 100 bounds a reply code's digits, Go's textproto)
        if (chainIsStatus(ch)) {
          const name = ch.segs[0] ?? '';
          // a record's own code beside its name: `new Market { Code = 200, Name = "Indexes" }` (seed data, not a status)
          if ((name === 'Code' || name === 'code') && namedRecordAfter(line, e, code)) return 'no';
          if ((isCommon(code) || !/^codes?$/i.test(name)) && !weakNameBelow200(name, code) && !(name === 'code' && LINE_LENGTH_RULE_RE.test(line.slice(Math.max(0, s - LEFT_WINDOW), s)))) return 'yes';
          // the low bound of a range check whose other bound is a status: `code >= 100 && code < 200`, `code < 100 || code > 599`
          return code === 100 && COMPARE_OPS.has(op.op) && op.op !== '==' && op.op !== '===' && rangeCheckOf(line, name, s) ? 'yes' : 'no';
        }
        // a name bound to a status earlier on the line, or the protocol's name as the subject (`HTTP >= 500 server side error.`)
        if (ch.segs.length === 1 && !ch.receiver && COMPARE_OPS.has(op.op) && (ch.segs[0] === 'HTTP' || aliasIsStatus(line, ch.segs[0] ?? '', ch.start))) return 'yes';
        // a response variable holding the status itself, tested for an error code: `if (res === 403)`
        if (ch.segs.length === 1 && !ch.receiver && EQUALITY_OPS.has(op.op) && (ch.segs[0] === 'res' || ch.segs[0] === 'resp') && code >= 400 && isDistinctive(code)) return 'yes';
        if (op.op.charCodeAt(0) === 45 && /resp|http|code|status|result|(?:^|_)rc$/i.test(ch.segs[0] ?? '') && !NOT_HTTP_CODE_NAME_RE.test(ch.segs[0] ?? '')) return 'yes'; // shell -eq (`$rc`, not `$percentage`)
        if ((ch.segs[0] === 'R' || ch.segs[0] === 'r') && op.op === '=' && ch.start > 0 && /[[,]/.test(line.charAt(ch.start - 1))) return 'yes'; // Apache [R=301,L]
        // Go: a typed constant, `NOT_FOUND int = 404` (the name before the type)
        if (op.op === '=' && lang === 'go' && ch.segs.length === 1 && GO_INT_TYPES.has(ch.segs[0] ?? '')) {
          const k = skipSpacesBack(line, ch.start - 1, min);
          const named = k >= min && k < ch.start - 1 ? readChainBack(line, k, min) : undefined;
          if (named && named.segs.length === 1 && (nameMeansCode(named.segs[0] ?? '', code) || nameHoldsCode(named.segs[0] ?? '', code))) return 'yes';
        }
        // a definition named after the status: `NotFound = 404`, `HTTP_BAD_REQUEST = 400`, `MULTI_STATUS: 207`
        if ((op.op === '=' || op.op === ':' || op.op === '=>' || op.op === ':=') && (nameMeansCode(ch.segs[0] ?? '', code) || nameHoldsCode(ch.segs[0] ?? '', code) || outcomeNameFor(ch.segs[0] ?? '', code) || httpCodeNamedFor(ch.segs[0] ?? '', code) || httpClassBoundName(ch.segs[0] ?? '', code))) return 'yes';
        if (ch.called && ch.segs.length > 1 && COMPARE_OPS.has(op.op) && !SIZE_GETTERS.has(ch.segs[0] ?? '') && statementMentionsStatus(line, s, e)) return 'yes';
        // RSpec's comparison matcher on a status: `expect(response.status).to be >= 400` (or after another matcher, `.to eq(0).or be >= 400`)
        if (ch.segs[0] === 'be' && ch.segs.length === 1 && !ch.receiver && COMPARE_OPS.has(op.op) && op.op !== 'is' && op.op !== 'in') {
          const subject = RSPEC_EXPECT_RE.exec(line.slice(Math.max(0, ch.start - 120), ch.start));
          if (subject && classify(subject[1] ?? '') === 'status') return 'yes';
        }
        // a status as a type argument: TypeScript `class NotFoundError extends APIError<404, Headers>`
        if (op.op === '<' && j === op.at && isCommon(code) && GENERIC_STATUS_TYPE_RE.test(ch.segs[0] ?? '')) return 'yes';
        // exception classes mapped to their status: PHP `AuthenticationException::class => 401`
        if ((op.op === '=>' || op.op === ':') && isCommon(code) && ch.segs[0] === 'class' && ERROR_SUFFIX_RE.test(ch.segs[1] ?? '')) return 'yes';
        // (or tested in a match arm: `$exception instanceof ConflictException => 409,`)
        if (op.op === '=>' && isCommon(code) && ERROR_SUFFIX_RE.test(ch.segs[0] ?? '') && INSTANCEOF_BEFORE_RE.test(line.slice(Math.max(0, ch.start - 16), ch.start))) return 'yes';
        // select options: `{ value: 404, label: '404 - Not Found' }`: the label names the same status
        if (op.op === ':' && ch.segs[0] === 'value' && isCommon(code) && labelNamesCode(line, e, code)) return 'yes';
        // a dataclass field's default under a status name: `status_code: int = field(default=302)`, pydantic's `status: int = Field(default=200)`
        // (or a doc's default after the words for a status: `HTTP status code (default=200)`)
        if (op.op === '=' && ch.segs[0] === 'default' && ch.segs.length === 1 && isCommon(code)) {
          const field = FIELD_DEFAULT_BEFORE_RE.exec(line.slice(Math.max(0, ch.start - 80), ch.start));
          if ((field && classify(field[1] ?? '') === 'status') || (line.charCodeAt(ch.start - 1) === 40 && STATUS_CODE_PHRASE_RE.test(line.slice(Math.max(0, s - LEFT_WINDOW), s)))) return 'yes';
        }
        // option docs: `The status code to return. (Default: 403)`
        if (op.op === ':' && isCommon(code) && /^default$/i.test(ch.segs[0] ?? '') && (STATUS_CODE_PHRASE_RE.test(line.slice(Math.max(0, s - LEFT_WINDOW), s)) || STATUS_SCHEMA_RE.test(line.slice(Math.max(0, s - 80), s)))) return 'yes';
        // an `error` field holding a distinctive 4xx/5xx code: `{ success: false, error: 404 }`, `res.error === 401`
        if ((ch.segs[0] === 'error' || ch.segs[0] === 'err') && code >= 400 && isDistinctive(code)) return 'yes';
        // test tables of errors and the status they map to: `{ error: new Error('Forbidden'), expected: 403 }`
        if (ch.segs[0] === 'expected' && op.op === ':' && code >= 400 && code <= 599 && ERROR_ENTRY_RE.test(line.slice(Math.max(0, s - LEFT_WINDOW), s))) return 'yes';
        // (in a comment, `=>` is an arrow from a case to its code: `// Number parsing error => 400`)
        if (op.op === '=>' && docArrowCode(line, s, e, code, lang)) return 'yes';
        return 'no';
      }
      // a match arm on an error variant with fields: Rust `HandlerError::BadRequest(_) => 400`, `Self::Forbidden { .. } => 403`
      if (op.op === '=>' && j > min && (line.charCodeAt(j) === 41 || line.charCodeAt(j) === 125) && code >= 400 && isCommon(code)) {
        const open = openerBack(line, j - 1, min);
        const pat = open > min && line.charCodeAt(open) === (line.charCodeAt(j) === 41 ? 40 : 123) ? readChainBack(line, skipSpacesBack(line, open - 1, min), min) : undefined;
        const variant = pat?.segs[0] ?? '';
        if (pat && pat.segs.length > 1 && (nameMeansCode(variant, code) || ERROR_SUFFIX_RE.test(variant))) return 'yes';
      }
      if (op.op === ':' || op.op === '=>' || op.op === '=') {
        // ternary `ok ? 200 : 500`, shell `[ "$(curl ...)" = "200" ]`
        if (op.op === ':' && j >= min && isDigit(line.charCodeAt(j))) return statementMentionsStatus(line, s, e) || ternaryArgOfStatusCall(line, s, e, code, lang, min) || ternaryCodePair(line, s, e, code) ? 'yes' : undefined;
        if (op.op === '=' && j >= min && (line.charCodeAt(j) === 41 || isQuote(line.charCodeAt(j)))) return statementMentionsStatus(line, s, e) ? 'yes' : 'no';
        return undefined;
      }
      // an HTTP helper's result tested against a code: C's `if (http_post(io, fn, &args) != 200)`
      if (EQUALITY_OPS.has(op.op) && isCommon(code) && j > min && line.charCodeAt(j) === 41 && httpHelperResult(line, j, min)) return 'yes';
      // (a length compared, whatever else the statement says: SQL's `if char_length(note) > 500 then raise exception ...`)
      if (j > min && line.charCodeAt(j) === 41 && lengthCallBefore(line, j, min)) return 'no';
      return statementMentionsStatus(line, s, e) ? 'yes' : 'no';
    }
    case '||': case '??': case '?': case 'or':
      // (`?` is a ternary only with its `:` branch after: `params?200 HTTP/1.1` is a query string)
      if (op.op === '?' && line.charCodeAt(s - 1) === 63 && !TERNARY_ELSE_RE.test(line.slice(e, e + 8))) return undefined;
      return statementMentionsStatus(line, s, e) || (op.op === '?' && (ternaryArgOfStatusCall(line, s, e, code, lang, min) || ternaryCodePair(line, s, e, code))) ? 'yes' : undefined;
    case '(': {
      const ch = j >= min ? callChainBack(line, j, min) : undefined;
      // `ngx.HTTP_NOT_FOUND (404)`: a constant followed by its code in parentheses
      if (ch && j < op.at && nameMeansCode(ch.segs[0] ?? '', code) && line.charCodeAt(e) === 41) return 'yes';
      const info = ch ? callInfo(ch.segs[0] ?? '') : undefined;
      if (ch && info && !(info.keyword && ch.segs.length === 1 && !ch.receiver)) {
        if (info.testTitle && s > 0 && isQuote(line.charCodeAt(s - 1))) {
          return isDistinctive(code) || (isCommon(code) && proseRightOk(line, e, code)) ? 'yes' : 'no';
        }
        // `listOf("301", "302")`, `array(429)`: a collection, read like a bracketed list
        if (info.list) return decideList(line, s, e, code, lang, depth, op.at, skipSpacesBack(line, ch.start - 1, min), min);
        // `float64(500)`: the conversion is transparent
        if (info.conversion && depth < 3 && ch.start > min) {
          let r = e;
          if (r < line.length && isQuote(line.charCodeAt(r))) r++;
          r = skipSpacesFwd(line, r, Math.min(line.length, e + 8));
          if (line.charCodeAt(r) === 41) {
            const v = decideLeft(line, ch.start, r + 1, code, lang, depth + 1);
            if (v === 'yes') return v;
          }
        }
        return decideCall(line, s, e, ch, 0, code, lang);
      }
      // a sum in parentheses: `(100 - status[12].to_f)` (a percentage), not a list holding a status
      if (ARITHMETIC_OPERAND_RE.test(line.slice(e, e + 6))) return 'no';
      return decideList(line, s, e, code, lang, depth, op.at, j, min);
    }
    case '[': {
      // requests' repr of a response, of a subclass too: `<NewResponse [200]>`
      if (line.charCodeAt(e) === 93 && line.charCodeAt(e + 1) === 62 && REPR_RESPONSE_BEFORE_RE.test(line.slice(Math.max(0, s - 40), s))) return 'yes';
      if (isSubscript(line, j, min, lang)) {
        // `s.Responses[400] = ...`, `ResponseExamples[200]`, `<Response [200]>`
        const ch = readChainBack(line, j, min);
        if (ch && C.STATUS_INDEXER_RE.test(ch.segs[0] ?? '')) return 'yes';
        // a table from codes to their phrases: `mapErrorCode[404] = "Not Found";`
        if (isCommon(code) || code < 200) {
          const v = SUBSCRIPT_PHRASE_RE.exec(line.slice(e, e + 64));
          if (v && phrasesOf(code).some((q) => (v[1] ?? '').toLowerCase().replace(/[-']/g, ' ').startsWith(q))) return 'yes';
          // or to the error classes named for them: WebOb's `HTTPError.code_map[404] = HTTPNotFound`
          const named = v ? undefined : SUBSCRIPT_NAME_RE.exec(line.slice(e, e + 64));
          if (named && nameMeansCode(named[1] ?? '', code)) return 'yes';
        }
        return 'no'; // arr[404]
      }
      return decideList(line, s, e, code, lang, depth, op.at, j, min);
    }
    case '{':
      // a Go test table's expectation led by the status: `want{201, "2", ...}`, `expected{404, ""}`
      if (isCommon(code) && j >= min && isIdentChar(line.charCodeAt(j)) && EXPECTATION_TYPE_RE.test(line.slice(identStart(line, j + 1, min), j + 1)) && /^\s*[,}]/.test(line.slice(e, e + 4))) return 'yes';
      // an Elixir error's status and its translated message: Mobilizon's `do: {404, dgettext("errors", "Resource not found")}`
      if (code >= 400 && isCommon(code) && GETTEXT_AFTER_RE.test(line.slice(e, e + 16))) return 'yes';
      return decideList(line, s, e, code, lang, depth, op.at, j, min);
    case ',':
      return decideComma(line, s, e, code, lang, depth, op.at, min);
    case '|': {
      // `409 | 422)` (shell case), `400 | 401` (union): same verdict as the code before
      let d = j;
      if (d >= min && isQuote(line.charCodeAt(d))) d--;
      const d0 = d;
      while (d >= min && isDigit(line.charCodeAt(d))) d--;
      if (d0 - d === 3 && depth < 4 && known(codeAt(line, d + 1)) && standalone(line, d + 1, d0 + 1)) {
        return siblingAccepted(line, d + 1, d0 + 1, lang, depth + 1) ? 'yes' : undefined;
      }
      // a union member alone on its line: `  | 429`
      if (j < min && s - LEFT_WINDOW <= 0 && UNION_LANGUAGES.has(lang) && isDistinctive(code) && /^\s*[;,]?\s*$/.test(line.slice(e, e + 20))) return 'yes';
      return undefined;
    }
    case 'op=':
      return 'no';
    case '&&':
      // `ok && 200 <= res.status`: the comparison after the number decides
      return yodaStatusAfter(line, e, code) ? 'yes' : 'no';
    default:
      return undefined;
  }
}

/** ` HTTP/1.1` right after e (spaces, then the version): the end of a request target. */
function requestTargetEnd(line: string, e: number): boolean {
  let k = e;
  while (k < line.length && line.charCodeAt(k) === 32) k++;
  return line.charCodeAt(k) === 72 && line.startsWith('HTTP/', k) && isDigit(line.charCodeAt(k + 5));
}
const EXCEPTION_CELL_RE = /(?:Exception|Error)`?\s*(?:\([^|]*\))?\s*\|/;
const ERROR_ENTRY_RE = /\berror\s*:/i;
const RESPONSE_ARG_LAST_RE = /^\s*,\s*(?:res|resp|response|reply)\s*\)/;
const FORMAT_CALL_RE = /^(?:Errorf|Fatalf|Logf|Printf|Sprintf|Fprintf|Infof|Warnf|Debugf|printf|sprintf|fprintf|format|Format|fail|failf|Fail|assertf|Assertf)$/;
/** A format string with a placeholder (`%d`, `%v`, `%s`, `{}`, `{0}`) among the arguments before the number. */
const FORMAT_STRING_RE = /["'`][^"'`]*(?:%[-+ #0-9.]*[a-zA-Z]|\{\d*\})[^"'`]*["'`]/;
const INFORMATIONAL_WORD_RE = /[Ss]tatus|[Ii]nformational|1xx|[Rr]esponse|HTTP|[Hh]ttp/;
/** The schema of a status field, open before the number: `statusCode: {type: 'integer', default: 200}`. */
const STATUS_SCHEMA_RE = /[Ss]tatus(?:_?[Cc]ode)?['"]?\s*:\s*\{[^{}]*$/;
/** A field declared with a default, before `default=`: `status_code: int = field(` (group 1 = the field's name). */
const FIELD_DEFAULT_BEFORE_RE = /\b([A-Za-z_]\w{0,40})\s*(?::\s*[\w.[\], |]{1,40})?=\s*(?:dataclasses\.|pydantic\.|attr\.)?(?:field|Field|ib|attrib)\(\s*$/;
const LINE_LENGTH_RULE_RE = /max-len|max_line_length|max-line-length|maxLineLength|line-length/;
const SUBSCRIPT_PHRASE_RE = /^['"]?\s*\]\s*=\s*["'`]([^"'`]{2,60})/;
/** After a code's key, a page named for a code: `: ('404.html', {})`, ` => 'errors/500.html'` (group 1 = the page's code). */
const PAGE_FOR_CODE_AFTER_RE = /^\s?(?::|=>)\s*\(?\s*["'][\w./-]{0,60}?\b(\d{3})\.html?["']/;
const CLASS_AFTER_DASH_RE = /^ - (?::(?:class|exc):)?`?~?(?:[\w]+\.)*([A-Z]\w{1,60})`?(?:$|[\s,.;])/;
const JSON_BODY_AFTER_RE = /^\s+\{\s*"/;
/** The later codes of an arm after its first, up to the arrow (group 1 = the text before the last code). */
const ARM_ITEMS_BEFORE_RE = /^\s*(?:\d{3}\s*,\s*){0,6}$/;
const ARM_CODES_AFTER_RE = /^((?:\s*,\s*\d{3})*\s*,\s*)\d{3}\s*->/;
const ASSERT_TUPLE_BEFORE_RE = /\bassert\s+\{$/;
const GO_HTTP_ERROR_LITERAL_BEFORE_RE = /\bHTTP\w*Error\{[^{}]*$/;
const CLASS_ENUM_ROW_RE = /^\s*(INFORMATIONAL|SUCCESS(?:FUL)?|REDIRECT(?:ION)?|CLIENT_ERROR|SERVER_ERROR)\((\d00),\s?(\d00)\)/d;
const WRAPPED_VALUE_KEY_BEFORE_RE = /\b(\w{2,40}):\s*&?[\w.]{1,40}\{\s*Value:\s*$/;
const RESPONSES_ENTRY_AFTER_RE = /^:\s*[\w.]*(?:RESPONSES|[Rr]esponses)\[(\d{3})\]/;
const I18N_ERROR_KEY_AFTER_RE = /^:\s*['"`]errors?\.[A-Za-z]/;
const DOC_ERROR_NAME_AFTER_RE = /^:\s+[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*_(?:ERROR|EXCEPTION|FAILED|FAILURE|DENIED|INVALID|NOT_FOUND|CONFLICT|FORBIDDEN|UNAUTHORI[SZ]ED)\b/;
const THROW_PATTERN_BEFORE_RE = /\.toThrow(?:Error)?\(\/$/;
const GO_CONTAINS_BEFORE_RE = /\bstrings\.Contains\(\s*(?!line\b|lines\b)[\w.()]{1,40},\s*"$/;
const REQUEST_ARG_LINE_BEFORE_RE = /^\s*(?:req|request),\s*$/;
const MESSAGE_ARG_AFTER_RE = /^,\s*(?:_\(\s*)?["'`]/;
const REQ_RES_BEFORE_RE = /[(,]\s*(?:req|request),\s*(?:res|response),\s*$/;
const OPERATOR_BEFORE_RE = /[<>=+\-*/%]\s*$/;
const RATE_WORD_RE = /retr(?:y|ies|ied|ying)|rate[-_ ]?limit|throttl|quota|back-?off|too many requests/i;
const UNIT_AFTER_RE = /^\s*(?:ms|s|sec|secs|seconds?|minutes?|mins?|hours?|bytes?|[kKmMgG][bB]|items?|times|x)\b/;
const TUPLE_MESSAGE_AFTER_RE = /^,\s*["'][A-Z]/;
const CLASS_RANGE_WORD_AFTER_RE = /^\s+range\b/;
const CALLBACK_BEFORE_RE = /\b(?:callback|cb|done)\($/;
const CALLBACK_ERROR_BODY_AFTER_RE = /^,\s*\{\s*['"]?(?:error|err|errors|msg|message)['"]?\s*:/;
/** RSpec's subject before a matcher: `expect(response.status).to ` (group 1 = the chain's last name). */
const RSPEC_EXPECT_RE = /\bexpect\(\s*(?:[\w@$]{1,40}\.){0,4}([\w$]{1,40})\s*\)\s*\.(?:to|not_to|to_not)\b/;
const SUBSCRIPT_NAME_RE = /^['"]?\s*\]\s*=\s*([A-Za-z_]\w{3,60})\s*(?:[;,]|$)/;
const TERNARY_ELSE_RE = /^['"]?\s*:(?!:)/;
const INFIX_STATUS_CALLS: ReadonlySet<string> = new Set(['shouldRespondWith']);
const UNION_LANGUAGES = new Set(['typescript', 'typescriptreact']);

/** Whether the code at [s, e) is a status by its own context (for `a | b`, `a and b` siblings). */
function siblingAccepted(line: string, s: number, e: number, lang: string, depth: number): boolean {
  const code = codeAt(line, s);
  const v = decideLeft(line, s, e, code, lang, depth);
  if (v !== undefined) return v === 'yes';
  return decideRight(line, s, e, code, lang);
}

const KEYWORDS_BEFORE_LIST: ReadonlySet<string> = new Set(['return', 'in', 'of', 'yield', 'await', 'case', 'when', 'then', 'else', 'do', 'and', 'or', 'not', 'is', 'if', 'elif', 'unless', 'puts', 'print', 'echo']);

/** Languages where `name [a, b]` (a space before the bracket) is a call with a list argument. */
const SPACE_CALL_LANGUAGES = new Set(['ruby', 'crystal', 'erb', 'markdown', 'plaintext', '', 'perl', 'elixir', 'shellscript']);

/** `[` right after an expression (`arr[404]`), not after a keyword (`return [200, 201]`). */
function isSubscript(line: string, j: number, min: number, lang = ''): boolean {
  if (j < min) return false;
  const pc = line.charCodeAt(j);
  if (pc === 41 || pc === 93) return true;
  if (!isIdentChar(pc)) return false;
  // Ruby `assert_includes [301, 302], status`: a paren-less call
  if (SPACE_CALL_LANGUAGES.has(lang) && isSpace(line.charCodeAt(j + 1))) {
    const st0 = identStart(line, j + 1, min);
    if (!C.STATUS_INDEXER_RE.test(line.slice(st0, j + 1))) return false;
  }
  const st = identStart(line, j + 1, min);
  return !KEYWORDS_BEFORE_LIST.has(line.slice(st, j + 1));
}

const CALL_KEYWORDS: ReadonlySet<string> = new Set(['in', 'return', 'if', 'while', 'and', 'or', 'not', 'case', 'when', 'elif', 'elseif', 'elsif', 'else', 'yield', 'await', 'typeof', 'of', 'switch', 'match', 'assert']);

function isKeyword(ch: Chain): boolean {
  if (ch.segs.length !== 1 || ch.receiver) return false;
  return callInfo(ch.segs[0] ?? '').keyword;
}

/** The number is argument `arg` of a call to `ch`. */
function decideCall(line: string, s: number, e: number, ch: Chain, arg: number, code: number, lang: string): Verdict {
  const last = ch.segs[0] ?? '';
  // Rust's `Option::expect` / `Result::expect` take a panic message: `best.expect("417")`
  if (last === 'expect' && lang === 'rust') return 'no';
  // a success code first in an error's constructor numbers the application's own errors: `new APIError(203, message)`
  // (an API's errors for an invalid base currency, amount or date, 201 to 207)
  if (arg === 0 && code > 200 && code < 300 && ERROR_CLASS_NAME_RE.test(last) && newBefore(line, ch)) return 'no';
  // an Express error reporter given the middleware's `next` and a status last: `reportError(err, next, 'Invalid endpoint', 400)`
  if (arg >= 2 && code >= 400 && isCommon(code) && JS_FAMILY.has(lang) && EXPRESS_NEXT_ARG_RE.test(line.slice(Math.max(ch.start, s - LEFT_WINDOW), s)) && /^\s*\)/.test(line.slice(e, e + 4))) return 'yes';
  // a response object's method given the code first: redkale's `response.finish(304, null)`, `res.end(404)`
  if (arg === 0 && isCommon(code) && official(code) && RESPONSE_RECEIVER_RE.test(ch.segs[1] ?? '') && ch.segs.length === 2 && !NOT_STATUS_RESPONSE_METHOD_RE.test(last)) return 'yes';
  // Express 3's `res.send(body, status)`, the body first: `return res.send('invalid client_id', 400);`
  if (arg === 1 && last === 'send' && ch.segs.length === 2 && RESPONSE_RECEIVER_RE.test(ch.segs[1] ?? '') && isCommon(code) && official(code) && /^\s*\)/.test(line.slice(e, e + 4))) return 'yes';
  // a response class's factory given the status first: `Response.create(500)`, `Response.create(200).body(body)`, `HttpResponse.of(404)`
  if (arg === 0 && isCommon(code) && official(code) && ch.segs.length === 2 && RESPONSE_CLASS_RE.test(ch.segs[1] ?? '') && RESPONSE_FACTORY_RE.test(last)) return 'yes';
  // nightingale's ginx panics with a status and a message: `ginx.Bomb(403, "no permission")`
  if (arg === 0 && last === 'Bomb' && ch.segs[1] === 'ginx') return 'yes';
  // an HTTP error class's factory given the code first: datakernel's `HttpException.ofCode(416, "Invalid range header")`
  if (arg === 0 && isCommon(code) && ch.segs.length === 2 && HTTP_ERROR_CLASS_RE.test(ch.segs[1] ?? '') && ERROR_FACTORY_RE.test(last)) return 'yes';
  // ESPAsyncWebServer's answer with the status alone: `request->send(200);`, or the web server's, whatever follows: FluidNC's
  // `_webserver->send(304);`, ESP8266WebServer's `server.send(404, "text/plain", msg)`; Laravel's `return back(303);` (its status defaults to 302)
  if (arg === 0 && last === 'send' && ch.segs.length === 2 && (lang === 'cpp' || lang === 'c') && isCommon(code) && official(code)
    && (ch.segs[1] === 'request' ? /^\s*\)/.test(line.slice(e, e + 4)) : WEB_SERVER_RECEIVER_RE.test(ch.segs[1] ?? ''))) return 'yes';
  if (arg === 0 && last === 'back' && !ch.receiver && lang === 'php' && code >= 300 && code <= 308 && official(code)) return 'yes';
  // a test client's request given the status it expects last: tempesta-test's `client.send_request(request, "200")`
  if (arg >= 1 && (last === 'send_request' || last === 'sendRequest') && isQuote(line.charCodeAt(s - 1)) && isCommon(code) && official(code) && /^["']\s*\)/.test(line.slice(e, e + 4))) return 'yes';
  // an application's response class given a body and then the status: `new Caldera_Forms_API_Response( $data, 404, array() )`, `new TextResponse('x', 200)`
  // (not a page of items and its size: `new PagedResponse(items, 200)`; nor a 100 or a 300, a size as often)
  // (unquoted: `new ApiResponse(false, "500", message)` is an application's own code field)
  if (arg === 1 && isCommon(code) && official(code) && code !== 100 && code !== 300 && !isQuote(line.charCodeAt(s - 1)) && APP_RESPONSE_CLASS_RE.test(last) && !PAGE_RESPONSE_RE.test(last) && newBefore(line, ch)) return 'yes';
  // an RFC 9457 problem built from its status: `new Problem(404)`, `new Problem(429, { detail: 'Too many requests' })`
  if (arg === 0 && last === 'Problem' && isCommon(code) && newBefore(line, ch) && PROBLEM_ARGS_AFTER_RE.test(line.slice(e, e + 24))) return 'yes';
  // a test's checker of responses given the request and then the status: `responseValidator(validPost, 201, null, null)`
  if (arg >= 1 && arg <= 2 && isCommon(code) && official(code) && RESPONSE_CHECKER_NAME_RE.test(last)) return 'yes';
  // a project's sender given the body and then the status: `self::sendJson($data, 404, false)`, `$this->sendResponse($result, 201)`
  if (arg >= 1 && arg <= 2 && isCommon(code) && official(code) && SEND_BODY_NAME_RE.test(last) && SEND_STATUS_AFTER_RE.test(line.slice(e, e + 24))) return 'yes';
  const info = callInfo(last);
  if (info.status) return arg === 0 || info.assertLike || isCommon(code) || (info.spec !== undefined && (info.spec === '*' || info.spec.includes(arg))) ? 'yes' : 'no';
  if (arg === 0 && info.statusAssert) return 'yes'; // `assertCode(200)`, `expectStatus(404)`
  // a request's end recorded with its status (metrics, tracing): `monitor.endRequest(requestId, 200)`, `recordResponse(res, 404)`
  if (isCommon(code) && (info.named & NAMED_REQUEST_END) !== 0) return 'yes';
  // Ruby's constructors of a response or an error from its status: `Koala::HTTPService::Response.new(200, "", {})`, `APIError.new(400, body)`
  // (and an error's factory: Rust's `ApiError::create(507, err::MSG_DATABASE, &e)`)
  if (arg === 0 && last === 'new' && isCommon(code) && ch.segs[1] !== undefined && (RUBY_RESPONSE_CLASS_RE.test(ch.segs[1]) || (code >= 400 && RUBY_ERROR_CLASS_RE.test(ch.segs[1])))) return 'yes';
  if (arg === 0 && last === 'create' && code >= 400 && isCommon(code) && ch.segs[1] !== undefined && RUBY_ERROR_CLASS_RE.test(ch.segs[1])) return 'yes';
  // (or the message first, the status last: `raise ApiError.new("Invalid puzzle identifier", 400)`, `ApiError.new(msg, 401, errors)`)
  if (arg === 1 && last === 'new' && code >= 400 && isCommon(code) && official(code) && ch.segs[1] !== undefined && RUBY_ERROR_CLASS_RE.test(ch.segs[1]) && (lang === 'ruby' || lang === 'crystal')) return 'yes';
  // a status read from a map with the code as its default: `response.get("status_code", 500)`, Java's `getOrDefault("status", 200)`
  if (arg === 1 && (last === 'get' || last === 'getOrDefault' || last === 'fetch') && isCommon(code)) {
    const key = DEFAULT_GET_KEY_BEFORE_RE.exec(line.slice(Math.max(0, s - 48), s))?.[1];
    if (key !== undefined && classify(key) === 'status') return 'yes';
  }
  // an error a helper makes and the line throws, from an error code and a message: `throw generateErrorUtils(400, 'MISSING_PARAMETERS', 'Faltan parámetros')`
  // (a helper's call, not a constructor: `throw new RangeError(404, 'index out of range')` numbers something else)
  if (arg === 0 && code >= 400 && isCommon(code) && official(code) && ch.segs.length === 1 && ERROR_HELPER_NAME_RE.test(last) && THROW_BEFORE_RE.test(line.slice(Math.max(0, ch.start - 12), ch.start)) && MESSAGE_ARG_RE.test(line.slice(e, e + 40))) return 'yes';
  // a helper that raises an HTTP error, given the status last: `raise_http(exc, 429)`, `throwHttpError(err, 404)`
  if (arg >= 1 && code >= 400 && isCommon(code) && official(code) && RAISE_HTTP_NAME_RE.test(last) && /^\s*\)/.test(line.slice(e, e + 4))) return 'yes';
  // a server's error built from a message and the status: moonraker's `raise self.server.error("Invalid JWT Issuer", 401)`
  if (arg >= 1 && last === 'error' && ch.segs[1] === 'server' && code >= 400 && isCommon(code)) return 'yes';
  // an `err` helper given the status first and then its message: flapjack's `halt(err(403, "Validation failed"))` (not `err(res, 404, ...)`)
  if (arg === 0 && last === 'err' && code >= 400 && isCommon(code) && QUOTED_ARG_AFTER_RE.test(line.slice(e, e + 8))) return 'yes';
  // Meteor's errors, identified by the status by a wide convention: `throw new Meteor.Error(403, 'Not authorized')`
  if (arg === 0 && last === 'Error' && ch.segs[1] === 'Meteor' && code >= 400 && isCommon(code)) return 'yes';
  // a helper that replies with a status, or answers with an error's: `simpleReply(200)`, `errorReply(404)`, `errorOut(400, 'msg')`, `handleErr(ctx, 500, err)`
  if (arg <= 2 && isCommon(code) && ((info.named & NAMED_REPLY) !== 0 || (code >= 400 && (info.named & NAMED_ERROR_OUT) !== 0))) return 'yes';
  // the status first, then the body: Express 3's `res.json(404, {...})`, a handler's own `json(400, { error }, headers)`
  if (arg === 0 && last === 'json' && isCommon(code) && JSON_BODY_SECOND_RE.test(line.slice(e, e + 48))) return 'yes';
  // (after the request's event or context: an h3-style handler's own `json(event, 401, { message: "Authentication required" })`)
  if (arg === 1 && last === 'json' && !ch.receiver && isCommon(code) && official(code) && JSON_EVENT_FIRST_RE.test(line.slice(Math.max(0, s - 16), s)) && JSON_OBJECT_SECOND_RE.test(line.slice(e, e + 8))) return 'yes';
  // a responder given the status alone: `Self::respond(501)`, `respond(404)`
  if (arg === 0 && last === 'respond' && isCommon(code) && line.charCodeAt(skipSpacesFwd(line, e, Math.min(line.length, e + 3))) === 41) return 'yes';
  const prev = ch.segs[1];
  if (prev && info.converter && classify(prev) === 'status') return arg === 0 ? 'yes' : 'no';
  if (arg === 0 && isCommon(code)) {
    // a response object's code setter: `(new Response())->setCode(200)->setBody($result)`, `$response->setCode(404)`
    if (last === 'setCode' && ch.receiver && RESPONSE_WORD_RE.test(line.slice(Math.max(0, ch.start - 24), s))) return 'yes';
    // a collection of statuses asked about or given a code: `walledStatuses.has(403)`, `retryCodes.add(503)`
    if (prev && COLLECTION_CALLS.has(last) && classify(prev) === 'status') return 'yes';
    // response registries: `operation.Responses.TryAdd("401", ...)`, and asked about one: `operation.Responses.ContainsKey("401")`
    if (prev && (info.registry || RESPONSES_LOOKUP_CALLS.has(last)) && RESPONSES_RECEIVER_RE.test(prev)) return 'yes';
    // test doubles: `->getStatusCode()->willReturn(200)`
    if (prev && info.stub && classify(prev) === 'status') return 'yes';
    // Mockito and mocktail: `when(response.statusCode).thenReturn(200)`, `when(conn.getResponseCode()).thenReturn(404)`
    // (and BDDMockito's `given(response.getStatusCode()).willReturn(404)`)
    if (info.stub && WHEN_STATUS_RE.test(line.slice(Math.max(0, ch.start - LEFT_WINDOW), s))) return 'yes';
    // RSpec: `allow(res).to receive(:code).and_return(404)`, `@mock_response.stub(:code).and_return(404)`
    // Mockito's other order: `doReturn(404).when(response).getStatus()`
    if (last === 'doReturn' && DO_RETURN_STATUS_AFTER_RE.test(line.slice(e, e + 80))) return 'yes';
    if (info.stub && last === 'and_return' && RSPEC_STUBBED_STATUS_RE.test(line.slice(Math.max(0, ch.start - LEFT_WINDOW), s))) return 'yes';
    // `setNextResponse(304, [], '')`: a response builder whose first argument is a code
    if (info.responseBuilder && !/^\s*,\s*-?\d/.test(line.slice(e, e + 8)) && /^\s*,/.test(line.slice(e, e + 8))) return 'yes';
    // `api_error_response(404)`, `errorResponse(500)`: an error response built from the code alone
    if (info.responseBuilder && ERROR_WORD_RE.test(last) && /^\s*\)/.test(line.slice(e, e + 8))) return 'yes';
    // (or one a factory builds from the code alone: `return create_response(200)`, `makeResponse(404)`, a builder's `.withResponse(201)`)
    if (info.responseBuilder && RESPONSE_FACTORY_PREFIX_RE.test(last) && official(code) && /^\s*\)/.test(line.slice(e, e + 8))) return 'yes';
  }
  if (arg === 0 && isCommon(code) && CONSTRUCTOR_DELEGATION.has(last) && (MESSAGE_ARG_RE.test(line.slice(e, e + 40)) || (code >= 400 && CODE_THEN_MESSAGE_ARGS_RE.test(line.slice(e, e + 48))))) return 'yes';
  // a response type of the application's own, built from a status and a message: `new ResponseRegister(200, "logged in", token)`
  if (arg === 0 && isCommon(code) && APP_RESPONSE_RE.test(last) && MESSAGE_ARG_RE.test(line.slice(e, e + 40)) && newBefore(line, ch)) return 'yes';
  // an application's result type built from a status and an error body: `LLMNonStreamResult(401, errorJson("invalid_token", ...))`
  if (arg === 0 && isCommon(code) && RESULT_TYPE_RE.test(last) && ERROR_BODY_ARG_RE.test(line.slice(e, e + 24))) return 'yes';
  // `throw new NotFoundError(404, 'no such user')`: an error type built from a status and a message
  // (an application's own error type needs no message after it: `new AppError(404, code, message)`)
  // a Go-style error constructor given the status and a message: `util.NewErrorf(404, "key %q not found", key)`
  if (arg === 0 && code >= 400 && isCommon(code) && (info.named & NAMED_GO_ERROR) !== 0 && MESSAGE_ARG_RE.test(line.slice(e, e + 40))) return 'yes';
  // go-swagger's default responders, built from the status: `flag.NewFindFlagsDefault(500).WithPayload(...)`
  if (arg === 0 && lang === 'go' && isCommon(code) && (info.named & NAMED_SWAGGER_DEFAULT) !== 0) return 'yes';
  // an error package's constructor or wrapper given the status and a message: inngest's `publicerr.Wrap(err, 500, "Error saving function")`
  if (arg <= 1 && code >= 400 && isCommon(code) && prev !== undefined && (info.named & NAMED_ERROR_PACKAGE_CALL) !== 0 && ERROR_PACKAGE_RE.test(prev) && MESSAGE_ARG_RE.test(line.slice(e, e + 40))) return 'yes';
  if (arg === 0 && code >= 400 && code <= 599 && (ERROR_SUFFIX_RE.test(last) || last === 'Err') && !BUILTIN_ERRORS.has(last)
    && (MESSAGE_AFTER_CODE_RE.test(line.slice(e, e + 48)) || (APP_ERROR_RE.test(last) && /^\s*[,)]/.test(line.slice(e, e + 4))))
    && newBefore(line, ch)) return 'yes';
  if (arg === 0 && code >= 400 && code <= 599 && isCommon(code)) {
    // (past the quote of a quoted code: `Error("401", "...")`)
    const rest = line.slice(isQuote(line.charCodeAt(e)) && line.charCodeAt(e) === line.charCodeAt(s - 1) ? e + 1 : e, e + 40);
    // an error body of the application's own, built from a status and a message: `ErrorObject(400, "malformed request")`
    if (ERROR_PAYLOAD_RE.test(last) && MESSAGE_ARG_RE.test(rest)) return 'yes';
    // a UI state's error case given a status and a message: Kotlin `ModifyDataState.Error("401", "No auth token found")`
    // (a type's case, not a logger's method: `Log.Error("500", "ms")`)
    if (ERROR_CASES.has(last) && STATE_TYPE_RE.test(ch.segs[1] ?? '') && ERROR_CASE_MESSAGE_RE.test(rest)) return 'yes';
  }
  // a helper or exception named for an error, given a 4xx/5xx code among its first arguments:
  // `mockAxiosError(404)`, `fetch_expect_error(fetch, 404)`, `UnknownObjectException(404, data)`
  // (not a retry or a wait, whose numbers are delays: `calls.retryException(method, 3, 500)`)
  if (arg <= 2 && code >= 400 && code <= 599 && (errorNamed(last) || ERROR_VIEW_RE.test(last)) && !BUILTIN_ERRORS.has(last) && !DELAY_CALL_RE.test(last)) return 'yes';
  // the response handed in first, the code last: Slim `$view->render($response, ['data' => $d], 200)`; a `*_response`
  // helper with the code last: `process_text_response(msg, 'text/html', 500)`
  // (or any helper given the response first and the code third or later: a much-copied Express boilerplate's `ReE(res, err, 500)`,
  // `ReS(res, {'All brands': brand}, 200)`; not one named for a size or a page, `paginate(res, items, 100)`)
  if (arg >= 1 && isCommon(code) && /^\s*\)/.test(line.slice(e, e + 4)) && (((RESPONSE_WRITER_NAME_RE.test(last) || (arg >= 2 && code !== 100 && code !== 300 && official(code) && !NOT_STATUS_RESPONSE_METHOD_RE.test(last) && !DELAY_CALL_RE.test(last) && !PAGER_OR_TIMER_NAME_RE.test(last))) && RESPONSE_FIRST_ARG_RE.test(line.slice(ch.start, s))) || (info.responseBuilder && code >= 200 && ch.segs.length === 1 && /_response$/.test(last)))) return 'yes';
  // (or Ruby's, the code and its symbol first: `super(401, :unauthorized, message)`)
  if (arg === 0 && isCommon(code) && last === 'super' && SYMBOL_ARG_AFTER_RE.test(line.slice(e, e + 48))) return 'yes';
  // a C# response or error type's constructor handing its status to the base class: `public ApiResponseDetail() : base(400)`
  if (arg === 0 && isCommon(code) && official(code) && last === 'base' && lang === 'csharp' && BASE_CTOR_OF_RESPONSE_RE.test(line.slice(Math.max(0, ch.start - 120), ch.start))) return 'yes';
  // a tutorial's response utility, the status then a message: `util.setSuccess(201, 'Petition created', petition)`, `util.setError(404, msg)`
  if (arg === 0 && isCommon(code) && (last === 'setSuccess' || last === 'setError') && MESSAGE_ARG_RE.test(line.slice(e, e + 40))) return 'yes';
  // (or the status first and then its name and message, or the response: `super(404, name, message, { cause })`, `super(422, response)`)
  if (arg === 0 && code >= 400 && code <= 599 && isCommon(code) && last === 'super' && SUPER_STATUS_FIRST_RE.test(line.slice(e, e + 48))) return 'yes';
  // an error type's constructor handing its status up: `super(message, 'VALIDATION_ERROR', 400, meta)`, `super(message, ErrorCode.NOT_FOUND, 404)`
  // (or its error code first: `super('LOBBY_NOT_FOUND', 'No active lobby found', 404)`, `super('INVALID_NICKNAME', reason, 400)`)
  if (arg >= 1 && code >= 400 && code <= 599 && isCommon(code) && last === 'super' && SUPER_ERROR_ARGS_RE.test(line.slice(ch.start, s))) return 'yes';
  // a test's stand-in for an HTTP client, told the status to answer with: `makeMockHttpClient(mockSolcastResponse, 429, callTracker)`
  if (arg <= 2 && code >= 200 && code !== 300 && isCommon(code) && MOCK_HTTP_CLIENT_RE.test(last)) return 'yes';
  // a PHP API trait's responders, the code last: `$this->error('', $th->getMessage(), 403)`, `$this->success($data, 'ok', 200)`
  // (`$this->onSuccess($resource, 'created', 201)`; its `onMessage(200, 'logged out')` takes the code first)
  if (arg >= 1 && isCommon(code) && (info.named & NAMED_TRAIT_RESPONDER) !== 0 && prev === 'this' && /^\s*\)/.test(line.slice(e, e + 4))) return 'yes';
  // (an error one's code name after the status: `$this->error('Bid validation failed.', 422, 'bid_invalid', $e->errors())`)
  if (arg === 1 && code >= 400 && isCommon(code) && last === 'error' && prev === 'this' && lang === 'php' && ERROR_NAME_ARG_AFTER_RE.test(line.slice(e, e + 40)) && MESSAGE_FIRST_RE.test(line.slice(line.indexOf('(', ch.start) + 1, s).replace(/,\s*$/, ''))) return 'yes';
  // a Python exception given a message and then the status: `GQLException("Some exception", 500)`
  if (arg === 1 && code >= 400 && isCommon(code) && lang === 'python' && EXCEPTION_NAME_RE.test(last) && !BUILTIN_ERRORS.has(last) && /^\s*\)/.test(line.slice(e, e + 4)) && EXCEPTION_MESSAGE_FIRST_RE.test(line.slice(ch.start, s))) return 'yes';
  if (arg === 0 && isCommon(code) && last === 'onMessage' && prev === 'this' && MESSAGE_ARG_RE.test(line.slice(e, e + 40))) return 'yes';
  // a bare `error` helper given the stream or response, the code and a message: Rust `return error(stream, 403, "...")`
  if (arg >= 1 && arg <= 2 && code >= 400 && isCommon(code) && last === 'error' && ch.segs.length === 1 && MESSAGE_ARG_RE.test(line.slice(e, e + 40))) return 'yes';
  // a check named for a status, given the code it expects: `checkUnauthorised(await client.get(path), 403)`, `checkNotFound(res, 404)`
  if (arg <= 3 && code >= 400 && isCommon(code) && statusCheckNamed(last)) return 'yes';
  // Speakeasy-generated SDKs' response matchers: `M.json(200, schema)`, `M.fail([400, "4XX"])`
  if (arg === 0 && isCommon(code) && prev === 'M' && SDK_MATCHERS.has(last)) return 'yes';
  // an application's `err("Invalid API key", 403)` helper: a message, then an error code
  if (arg === 1 && code >= 400 && isCommon(code) && last === 'err' && !ch.receiver && ERR_MESSAGE_RE.test(line.slice(ch.start, s))) return 'yes';
  // a framework's `$this->di->exception('controller class does not exist: ' . $name, 500)`: a message first, the code last
  if (arg >= 1 && code >= 400 && isCommon(code) && last === 'exception' && ch.receiver && EXCEPTION_MESSAGE_RE.test(line.slice(ch.start, s)) && /^\s*\)/.test(line.slice(e, e + 4))) return 'yes';
  // lists of codes given to a helper named for responses or statuses: `getStandardResponses(400, 401, 404)`
  if (isCommon(code) && PLURAL_RESPONSES_RE.test(last)) return 'yes';
  // PHP `throw new RuntimeException($message, 502)`: the exception code of web code is its status
  if (arg >= 1 && lang === 'php' && isCommon(code) && EXCEPTION_NAME_RE.test(last) && newBefore(line, ch)) return 'yes';
  // a (status, headers, body) triple handed to a constructor: `CreateDouble.new(302, {'Location' => url}, '')`
  if (arg === 0 && isCommon(code) && line.charCodeAt(skipSpacesFwd(line, isQuote(line.charCodeAt(e)) ? e + 1 : e, Math.min(line.length, e + 4))) === 44 && STATUS_HEADERS_ARGS_RE.test(line.slice(e, e + 48))) return 'yes';
  // a later argument, then the response's headers: a crawler's `new Page(request.getUrl(), 200, headers, resource)`
  if (arg >= 1 && isCommon(code) && HEADERS_ARG_AFTER_RE.test(line.slice(e, e + 32))) return 'yes';
  // a key named for the status, then the code: `setAttribute(RequestDispatcher.ERROR_STATUS_CODE, "404")`
  if (arg === 1 && isCommon(code)) {
    const key = keyArgBefore(line, s);
    // (a key, not a status constant handed first: `c.String(http.StatusTeapot, "404")` sends "404" as the body)
    if (key !== undefined && classify(key) === 'status' && !MEMBER_NAMES.has(key)) return 'yes';
  }
  // an attribute path named for the status, then the code as its value: Terraform's
  // `resource.TestCheckResourceAttr("kong_route.route", "https_redirect_status_code", "301")`, `"...healthy.0.http_statuses.1", "302"`
  if (arg >= 1 && isCommon(code) && isQuote(line.charCodeAt(s - 1)) && statusAttributePathBefore(line, s - 1)) return 'yes';
  // Ruby `Net::HTTPNotFound.new('1.1', 404, 'Not Found')`: a Net::HTTP response built by hand (test stubs)
  if (arg === 1 && isCommon(code) && last === 'new' && prev !== undefined && NET_HTTP_RESPONSE_RE.test(prev)) return 'yes';
  // Dart package:http `http.Response.bytes(body, 200)`
  if (arg === 1 && isCommon(code) && last === 'bytes' && prev === 'Response') return 'yes';
  // Rack `Rack::Response.new(body, 204, headers)`, Saloon's `MockResponse::make([], 204)`
  if (arg === 1 && isCommon(code) && ((last === 'new' && prev === 'Response') || (last === 'make' && prev === 'MockResponse'))) return 'yes';
  // parametrised test data led by a distinctive code: NUnit `[TestCase(301, true)]`, xUnit `[InlineData(404)]`, `pytest.param(409, ...)`
  if (arg === 0 && isDistinctive(code) && C.TEST_DATA_CALLS.has(last) && (last !== 'of' || prev === 'Arguments') && (last !== 'param' || prev === 'pytest')) return 'yes';
  // an enum entry named for its status: Kotlin `NotFound(404),`, Java `NOT_FOUND(404, "Not Found")`
  if (arg === 0 && !ch.receiver && ch.segs.length === 1 && nameMeansCode(last, code)) return 'yes';
  // Rust `ResponseTemplate::new(304)`, `Response::new(404)`, `Response::json(201, json!(...))`, `tiny_http::Response::empty(401)`,
  // `Self::html(200, ...)` in a response type: a response built from its status (also in docs that write a `Response::` path)
  // (the path looked for within LINE_REACH)
  if (arg === 0 && isCommon(code) && (lang === 'rust' || nearText(line, s, e).includes('Response::')) && prev !== undefined && RUST_RESPONSE_CONSTRUCTORS.has(last) && ((prev === 'Self' && last !== 'new') || RESPONSE_TYPE_NAME_RE.test(prev))) return 'yes';
  // Kong's PDK `kong.response.exit(404, { message = "Not found" })`
  if (arg === 0 && isCommon(code) && last === 'exit' && prev === 'response') return 'yes';
  // a test helper asserting a request's outcome, the code last: `s.assertHeaderRequest("X-Key", token, s.auth.RequireAdmin, 403)`
  if (arg >= 1 && isCommon(code) && ASSERT_REQUEST_HELPER_RE.test(last) && /^\s*\)/.test(line.slice(e, e + 4))) return 'yes';
  // a Go test helper given the test, the recorder and the status expected: `testhelper.AssertAndLogErrors(t, w, 201)`
  if (arg === 2 && lang === 'go' && isCommon(code) && /^[Aa]ssert/.test(last) && GO_ASSERT_RECORDER_BEFORE_RE.test(line.slice(Math.max(0, s - 80), s)) && /^\s*\)/.test(line.slice(e, e + 4))) return 'yes';
  // a test helper asserting that an operation fails with an error status, the code first: `builder.user.trucks.assertCreateFail(403, truckData)`
  if (arg === 0 && code >= 400 && isCommon(code) && official(code) && ASSERT_FAIL_HELPER_RE.test(last)) return 'yes';
  // an application's exception built from an error status and a message: `throw OpenAIException(500, "No choices in response")`
  if (arg === 0 && code >= 400 && isCommon(code) && EXCEPTION_CLASS_RE.test(last) && /^\s*,\s*["'`]/.test(line.slice(e, e + 8))) return 'yes';
  // a test's mocked fetch or response, the status first: `mockFetch(400, {})`, OkHttp's `MockResponse(200)`
  if (arg === 0 && isCommon(code) && MOCK_RESPONSE_RE.test(last)) return 'yes';
  // or second and last, after the body: Python tests' `MockResponse(self.payload, 200)` (a `(json_data, status_code)` class)
  if (arg === 1 && isCommon(code) && MOCK_RESPONSE_RE.test(last) && /Response$/.test(last) && /^\s*\)/.test(line.slice(e, e + 4))) return 'yes';
  // PHPUnit mocks of a status method: `->method('statusCode')->with(500)`, `->method('getStatusCode')->willReturn(500)`
  if (arg === 0 && isCommon(code) && (last === 'with' || last === 'willReturn') && MOCKED_STATUS_METHOD_RE.test(line.slice(Math.max(0, ch.start - 60), s))) return 'yes';
  // Rocket `Catcher::new(500, handle_500)`
  if (arg === 0 && isCommon(code) && last === 'new' && prev === 'Catcher') return 'yes';
  // Apache HttpCore `new BasicHttpResponse(200)`, AWS Lambda's `APIGatewayV2HTTPResponse(200)`: a response type built from the code alone
  if (arg === 0 && isCommon(code) && HTTP_RESPONSE_TYPE_RE.test(last) && /^\s*[,)]/.test(line.slice(e, e + 4))) return 'yes';
  // dio `ResponseBody.fromString('Welcome', 200)`, `ResponseBody.fromBytes(bytes, 404)`
  if (arg === 1 && isCommon(code) && prev === 'ResponseBody' && (last === 'fromString' || last === 'fromBytes' || last === 'fromStream')) return 'yes';
  // Rails `ActionDispatch::Response.new(200, headers, body)` (status first; Rack's own `Rack::Response.new(body, 204)` is read below)
  if (arg === 0 && isCommon(code) && last === 'new' && prev === 'Response' && ch.segs[2] === 'ActionDispatch') return 'yes';
  // Laravel's redirector, the status after the target: `redirect()->route('topics.show', [$topic], 301)`, `redirect()->to($url, 302)`
  // (a redirect's code right after a route without parameters: `redirect()->route('forum.index', 301)`)
  if (isCommon(code) && (prev === 'redirect' || prev === 'Redirect') && (((last === 'route' || last === 'action') && (arg === 2 || (arg === 1 && code >= 301 && code <= 308))) || ((last === 'to' || last === 'away') && arg === 1))) return 'yes';
  // Grape `error!('message', 404)`, `error! :not_found, 404`
  if (arg === 1 && isCommon(code) && last === 'error' && !ch.receiver && BANG_ERROR_RE.test(line.slice(ch.start, Math.min(s, ch.start + 12)))) return 'yes';
  const spec = info.spec;
  let missed = false;
  if (spec !== undefined && (spec === '*' || spec.includes(arg))) {
    // (a PHP controller's own `$this->abort(500)`; not Python's `self.abort(400)`, which a transaction or a job may have; Slim 2's
    // application ends a response with its status, `$app->halt(404, $message)`)
    const receiverOk = C.RECEIVER_ONLY_CALLS.has(last) ? ch.receiver : C.BARE_ONLY_CALLS.has(last) ? !ch.receiver || last === 'redirect' || (last === 'header' && lang === 'php' && PHP_HEADER_RECEIVERS.has(prev ?? '')) || (last === 'halt' && lang === 'php' && prev === 'app') || (last === 'abort' && (prev === 'App' || ABORT_RECEIVERS.has(prev ?? '') || (code >= 400 && lang === 'php' && PHP_ABORT_RECEIVERS.has(prev ?? '')))) : true;
    if (receiverOk && !(info.statusThenBody && !/^\s*,/.test(line.slice(e, e + 8)))) return 'yes';
    // SvelteKit / express examples `error(404, 'Not found')`, `error(403, { message: 'Admins only' })`: bare, with a message after
    // (or an error it got, `if (investorsReq.error) error(500, investorsReq.error)`)
    if (last === 'error' && arg === 0 && /^\s*,\s*(?:['"`{]|[\w$.]*(?:\.error|\.message|\b(?:err|error|message|msg))\s*\))/.test(line.slice(e, e + 40))) return 'yes';
    // and alone, with an error code: a server's `error(404);` (CS50's server.c)
    if (last === 'error' && arg === 0 && code >= 400 && /^\s*\)/.test(line.slice(e, e + 4))) return 'yes';
    missed = true;
  }
  // a response's error helper given a message, then the status: entropic's `response.error(\`Could not find ...\`, 404)`
  // (and a project's outcome helpers on the response, `res.failure('Order not found', 404)`, `res.success(order, 'Created', 201)`)
  if (arg >= 1 && isCommon(code) && prev !== undefined && RESPONSE_ERROR_RECEIVER_RE.test(prev) && (RESPONSE_OUTCOME_METHODS.get(last) ?? 0) === (code >= 400 ? 2 : code >= 200 && code < 300 ? 1 : -1) && /^\s*\)/.test(line.slice(e, e + 4))) return 'yes';
  // `res.send(403, 'no')`, Hono `c.text('x', 500)`, Laravel `->push(['ok'], 200)`
  const rspec = info.receiverSpec;
  if (rspec !== undefined && rspec.includes(arg) && ch.receiver && isCommon(code)) {
    if (prev ? C.RESPONSE_RECEIVER_RE.test(prev) : last === 'push' ? lang === 'php' : true) {
      // `send(300)` alone is a payload: a status comes before a body
      const after = line.slice(e, e + 8);
      if (/^\s*,\s*-?\d/.test(after)) return 'no'; // coordinates: `c.text('Score', 200, 50)`
      // (PDFKit's `doc.text('Wartość', 430, tableTopY, { width: 100 })`, continued from the line before: a position)
      if (last === 'text' && /^\s*,\s*[\w.]+\s*,\s*\{/.test(line.slice(e, e + 40))) return 'no';
      // `send(300)` alone is a payload, except Express's own `res.send(404)` (3.x; 4.x still sets the status, with a deprecation warning)
      if (last === 'send' && !/^\s*,/.test(after)) return (prev === 'res' || prev === 'response') && lang !== 'python' && /^\s*\)\s*(?:;|$|\/\/)/.test(after) ? 'yes' : 'no';
      if (last !== 'push' || /\(\s*[['"]/.test(line.slice(ch.start, s))) return 'yes';
    }
  }
  const kind = info.kind;
  if (kind === 1) return isCommon(code) ? 'yes' : 'no';
  if (kind === 2) return statementMentionsStatus(line, s, e) || (isCommon(code) && RESPONSE_NAMED_RE.test(last)) || HTTP_ERROR_NAME_RE.test(line.slice(Math.max(0, s - LEFT_WINDOW), s)) || (code === 429 && EXPECT_LINE_RE.test(line)) ? 'yes' : 'no';
  // `ctx.status = _.defaultTo(status, 422)`: the call's result becomes the status
  if (isCommon(code) && !noStatusWordIn(line, ch.start - 2 * LEFT_WINDOW, s) && assignedToStatus(line, ch.start)) return 'yes';
  return missed ? undefined : 'no';
}
const RESPONSES_RECEIVER_RE = /^\w*[Rr]esponses$/;
const RESPONSES_LOOKUP_CALLS: ReadonlySet<string> = new Set(['ContainsKey', 'containsKey', 'Remove', 'remove', 'TryGetValue', 'has', 'get']);
/** Speakeasy's response matchers (`M.json(200, schema)`). */
const SDK_MATCHERS: ReadonlySet<string> = new Set(['json', 'text', 'nil', 'fail', 'sse', 'stream', 'bytes', 'jsonl', 'jsonErr', 'textErr']);
/** `...exception('a message'`: a call named `exception` whose first argument is a quoted message. */
const EXCEPTION_MESSAGE_RE = /(?:^|[^\w$])exception\s*\(\s*['"]/;
/** `err("a message", ` up to the code: a quoted message as the first argument. */
const ERR_MESSAGE_RE = /^err\s*\(\s*(?:"[^"]*"|'[^']*')\s*,\s*$/;
/** An application's own exception class (not a language's built-in one, `new RangeError(404, 'index out of range')`). */
const EXCEPTION_CLASS_RE = /^(?!(?:Range|Type|Syntax|Reference|Eval|URI|Internal|Aggregate|Value|Key|Index|Attribute|Lookup|Runtime|OS|IO|Arithmetic|Overflow|ZeroDivision|Argument|ArgumentOutOfRange|ArgumentNull|InvalidOperation|InvalidCast|NotImplemented|NotSupported|IllegalArgument|IllegalState|IndexOutOfBounds|ArrayIndexOutOfBounds|NullPointer|NullReference|UnsupportedOperation|Assertion|Format|Parse|Number|NumberFormat|Security|Timeout|Interrupted)?(?:Exception|Error)$)[A-Z]\w*(?:Exception|Error)$/;
/** PHP receivers of a controller's or a response's `abort(404)`: `$this->`, `static::`, `self::`, `Response::`. */
const PHP_ABORT_RECEIVERS: ReadonlySet<string> = new Set(['this', 'static', 'self', 'Response']);
/** Classes that wrap PHP's `header($line, $replace, $code)` with the same arguments: Workerman's `Http::header('', true, 404)`, a subclass's `static::header(...)`. */
const PHP_HEADER_RECEIVERS: ReadonlySet<string> = new Set(['static', 'self', 'Http']);
const HEADERS_ARG_AFTER_RE = /^\s*,\s*(?:(?:headers|responseHeaders|respHeaders|response_headers)\s*[,)]|[[{]\s*['"][Cc]ontent-[Tt]ype['"])/;
const STATUS_HEADERS_ARGS_RE = /^['"]?\s*,\s*(?:\{\s*['"][A-Z][\w-]*['"]\s*(?:=>|:)|headers\b)/;
/** Every member name of every constant family (`StatusTeapot`, `NOT_FOUND`, `notFound`). */
const MEMBER_NAMES: ReadonlySet<string> = new Set(NAMING_FAMILIES.flatMap((f) => [...f.names.keys()]));
const NET_HTTP_RESPONSE_RE = /^HTTP[A-Z][A-Za-z]*$/;
/**
 * The quoted argument before the one opening at q (a quote) is an attribute path whose last named segment is a
 * status's name, list indexes aside: `"healthchecks.0.active.0.healthy.0.http_statuses.0"`, `"https_redirect_status_code"`.
 */
function statusAttributePathBefore(line: string, q: number): boolean {
  let k = skipSpacesBack(line, q - 1, Math.max(0, q - 6));
  if (k < 1 || line.charCodeAt(k) !== 44) return false;
  k = skipSpacesBack(line, k - 1, Math.max(0, k - 6));
  if (k < 1 || !isQuote(line.charCodeAt(k))) return false;
  let end = k;
  for (let n = 0; n < 4; n++) {
    let st = end;
    while (st > 0 && end - st < 8 && isDigit(line.charCodeAt(st - 1))) st--;
    if (st === end || line.charCodeAt(st - 1) !== 46) break;
    end = st - 1;
  }
  const st = identStart(line, end, Math.max(0, end - 60));
  return st < end && (isQuote(line.charCodeAt(st - 1)) || line.charCodeAt(st - 1) === 46) && classify(line.slice(st, end)) === 'status';
}
/** The argument right before the number when it is a name (possibly quoted or qualified): `ERROR_STATUS_CODE` in `f(X.ERROR_STATUS_CODE, "404")`. */
function keyArgBefore(line: string, s: number): string | undefined {
  let k = s - 1;
  if (k >= 0 && isQuote(line.charCodeAt(k))) k--;
  k = skipSpacesBack(line, k, Math.max(0, s - 8));
  if (k < 0 || line.charCodeAt(k) !== 44) return undefined;
  k = skipSpacesBack(line, k - 1, Math.max(0, s - 16));
  if (k >= 0 && isQuote(line.charCodeAt(k))) k--;
  if (k < 0 || !isIdentChar(line.charCodeAt(k))) return undefined;
  const st = identStart(line, k + 1, Math.max(0, k - 60));
  const p = st > 0 ? line.charCodeAt(st - 1) : 40;
  if (!(p === 40 || p === 44 || p === 46 || isSpace(p) || isQuote(p))) return undefined;
  return line.slice(st, k + 1);
}
/** Another `case N:` on the line whose N is no status code (`case 196: case 197: case 200:`: parser states). */
function otherCaseNotACode(line: string, s: number): boolean {
  const w = line.slice(Math.max(0, s - LEFT_WINDOW), Math.min(line.length, s + RIGHT_WINDOW));
  const re = CASE_NUMBER_G_RE;
  re.lastIndex = 0;
  for (let m = re.exec(w); m; m = re.exec(w)) {
    const n = m[1] ?? '';
    if (n.length !== 3 || !known(Number(n))) return true;
  }
  // (a G-code's number, as its comment says: Smoothieware's `case 204: // M204 Snnn - set default acceleration`)
  const g = GCODE_COMMENT_RE.exec(line.slice(s + 3, s + 16));
  return g !== null && g[1] === line.slice(s, s + 3);
}
const CASE_NUMBER_G_RE = /\bcase\s+(\d+)\b/g;
const GCODE_COMMENT_RE = /^:?\s*\/\/\s*[MG](\d{3})\b/;
/** `, "4xx"` / `=> "1xx"` right after the code, naming its own class. */
function classLabelAfter(line: string, e: number, code: number): boolean {
  const c = line.charCodeAt(skipSpacesFwd(line, e, Math.min(line.length, e + 4)));
  if (c !== 44 && c !== 61 && c !== 45 && c !== 58) return false; // , = - :
  const m = CLASS_LABEL_AFTER_RE.exec(line.slice(e, e + 12));
  return m !== null && Number(m[1]) === Math.floor(code / 100);
}
const CLASS_LABEL_AFTER_RE = /^\s*(?:,|=>|->|:)\s*["'`]([1-5])[xX][xX]["'`]/;
/**
 * A PHP/Ruby array entry (`=>`; Kotlin and Scala arms `->` keep their verdict) whose value is a plain string that says nothing of a status:
 * `404 => 'application/vnd.iptc.g2.newsmessage+xml'`, `500 => 'Falkland Islands (+500)'` (lookup tables
 * keyed by numbers). `404 => 'Not Found'`, `500 => 'Server error'` and non-string values stay statuses.
 */
function plainStringArm(right: string, code: number): boolean {
  const m = ARM_STRING_RE.exec(right);
  if (!m) return false;
  const v = m[1] ?? '';
  // (a dialling code such as `(+500)` says so even when it holds the number)
  // (an exception class named for the status: `404 => 'ResourceNotFoundException'`)
  return (!C.KEY_VALUE_RE.test(v) && !reasonPhraseIn(v, code) && !/error|Exception$/i.test(v) && !v.includes(String(code))) || /\(\+\d+\)/.test(v);
}
const ARM_STRING_RE = /^['"]?\s*=>\s*["']([^"']*)["']\s*[,;)\]]?\s*(?:$|\/\/|#)/;
/** `mockAxiosError`, `fetch_expect_error`, `UnknownObjectException`: named for an error (not a timeout). */
function errorNamed(name: string): boolean {
  const c = name.charCodeAt(name.length - 1);
  // (a project's class named in the plural reads the same: `new SongRatingExceptions('No ratings found', 404)`)
  if (c === 115 && name.endsWith('Exceptions')) return ERROR_NAMED_CALL_RE.test(name.slice(0, -1));
  return (c === 114 || c === 110) && ERROR_NAMED_CALL_RE.test(name); // ...r, ...n
}
/** An error's view or page built from a code: `ErrorView("timeout", "a timeout occured", 500)`; the error class of a much-copied Express tutorial, `new ErrorHandler("User not found", 404)`. */
// (and the mern-estate tutorial's helper in lower case: `next(errorHandler(404, 'User not found!'))`)
const ERROR_VIEW_RE = /^(?:\w*Error|error)(?:View|Page|Result|Reply|Handler)$/;
/** An error body type: `ErrorObject`, `ErrorDto`, `ErrorInfo`, `ErrorMessage`, `ApiErrorDetails`. */
const ERROR_PAYLOAD_RE = /^\w*Error(?:Object|Dto|DTO|Info|Body|Details?|Message|Model|Data|Payload)$/;
/** The error case of a result or state type (`UiState.Error`, `Result.Failure`). */
const ERROR_CASES: ReadonlySet<string> = new Set(['Error', 'Failure', 'Failed', 'Fail']);
/** A type that holds an error case: `UiState`, `ModifyDataState`, `Result`, `Resource`, `NetworkResult`. */
const STATE_TYPE_RE = /^(?=[A-Z])\w*(?:State|Result|Resource|Response|Outcome|Status|Event)$/;
/** A message after it: a string, or a name or property named for a message (`e.message ?: "Unknown error"`). */
const ERROR_CASE_MESSAGE_RE = /^\s*,\s*(?:["'`]|[\w$.?]*(?:message|msg|reason|detail|Message|Msg|Reason|Detail))/;
// (and their Italian, Spanish and Portuguese names: `RispondiToken(res, payload, "Codice errato", 411)`, `responder(res, 404)`, `enviar(res, 500)`)
const RESPONSE_WRITER_NAME_RE = /^(?:render|json|withJson|write|send|respond|reply|view|html|text|xml|redirect|rispondi|responder|enviar|invia)\w*$|^[a-z]\w*Response$/i;
const RESPONSE_FIRST_ARG_RE = /^[\w$.>-]*\(\s*\$?(?:response|res|resp|rsp)\s*,/;
/** Helpers given the response and a page size or a wait: `paginate(res, items, 100)`, `throttling(res, fn, 300)`. */
const PAGER_OR_TIMER_NAME_RE = /^(?:pag|throttl|debounc)/i;
/** After a status given first: the body, an object literal or a name (`json(400, { error }, headers)`, `res.json(200, data)`). */
const THROW_BEFORE_RE = /\bthrow\s+$/;
const ERROR_HELPER_NAME_RE = /^[a-z]\w*(?:Error|Http)/;
const RAISE_HTTP_NAME_RE = /^(?:raise|throw)_?[Hh]ttp(?:_?[Ee]rror|_?[Ee]xception)?$/;
const JSON_EVENT_FIRST_RE = /\bjson\(\s*(?:event|evt|ctx|context|c|req|request|res|reply)\s*,\s*$/;
const JSON_OBJECT_SECOND_RE = /^\s*,\s*\{/;
const JSON_BODY_SECOND_RE = /^\s*,\s*(?:\{|[A-Za-z_$][\w$.]*\s*[,)])/;
const SYMBOL_ARG_AFTER_RE = /^\s*,\s*:[a-z_]+\s*[,)]/;
const PHP_TRAIT_RESPONDER_RE = /^(?:on)?(?:[Ee]rror|[Ss]uccess|[Ff]ail(?:ure)?)$/;
const SUPER_ERROR_ARGS_RE = /^super\s*\(\s*(?:\w*(?:message|msg|Message)\w*\s*,\s*(?:(?:["'`][A-Z][A-Z0-9_]*["'`]|\w*Error_?Codes?\.[A-Z]\w*)\s*,\s*)?|["'`][A-Z][A-Z0-9]*_[A-Z0-9_]*["'`]\s*,\s*(?:'[^']*'|"[^"]*"|`[^`]*`|\w*(?:message|msg|reason|Message|Reason))\s*,\s*)$/;
const ERROR_NAMED_CALL_RE = /^(?!\w*[Tt]ime(?:out|dOut))\w*(?:[a-z0-9](?:Error|Exception)|_(?:[Ee]rror|[Ee]xception))$/;
/** Python web frameworks' `abort` helpers, and flask-restx's on its API or namespace: `pecan.abort(404)`, `ns.abort(400, 'x')`. */
const ABORT_RECEIVERS: ReadonlySet<string> = new Set(['flask', 'pecan', 'bottle', 'quart', 'werkzeug', 'api', 'ns', 'app']);
const GO_ERROR_CONSTRUCTOR_RE = /^(?:New|Make)\w*Err(?:or)?f?$/;
const HTTP_CLIENT_SEG_RE = /^_?(?:http_?client|httpClient|HttpClient)$/;
const EXPECT_LINE_RE = /^\s*(?:expect|assert)/;
const SWAGGER_DEFAULT_RE = /^New[A-Z]\w*Default$/;
const RESPONSE_RECEIVER_RE = /^(?:response|resp|res|httpResponse|httpResp)$/;
/** An HTTP error class or error response (`HttpException`, `HTTPError`, `ApiErrorResp`) and the names of its static factories (`ofCode`, `fromStatus`, `create`). */
const HTTP_ERROR_CLASS_RE = /^(?:Http|HTTP)\w*(?:Exception|Error)$|^\w*Err(?:or)?Resp(?:onse)?$/;
/** A class named for a response (`TextResponse`, `Caldera_Forms_API_Response`). */
const APP_RESPONSE_CLASS_RE = /^[A-Z]\w*Response$/;
const PAGE_RESPONSE_RE = /Pag(?:e|ed|inated)|List|Collection|Batch|Image|Chunk/;
const ERROR_FACTORY_RE = /^(?:of|from|for|with|create|make|build)(?:[A-Z]\w*)?$/;
/** A problem's status alone, or followed by its members (RFC 9457: `detail`, `title`, `type`, `instance`), maybe on the next lines. */
const PROBLEM_ARGS_AFTER_RE = /^\s*(?:\)|,\s*\{\s*(?:(?:detail|title|type|instance)\b|$))/;
/** Methods of a response that take a size, a time, a count or a template's name (Express's `res.render('404')`), not a status. */
const NOT_STATUS_RESPONSE_METHOD_RE = /(?:[Ss]ize|[Ll]ength|[Tt]imeout|[Dd]elay|[Ll]imit|[Cc]ount|[Ww]idth|[Hh]eight|[Mm]ax\w*|[Mm]in\w*|sleep|wait|write|print|slice|substring|substr|get|at|read|skip|take|render|view|sendFile|sendfile|download|attachment|type|format|cookie|header|set|append|location|links|vary|json|jsonp|Number|[a-z]Id|Price|Amount|Quantity|Index|Page)$/;
const JS_FAMILY: ReadonlySet<string> = new Set(['javascript', 'typescript', 'javascriptreact', 'typescriptreact']);
const EXPRESS_NEXT_ARG_RE = /\(\s*(?:(?:new\s+)?[\w.]+(?:\([^()]*\))?\s*,\s*)?next\s*,/;
/** An error package (`publicerr`, `apperrors`) and its constructors and wrappers (see `decideCall`). */
const ERROR_PACKAGE_RE = /^[a-z]*(?:err|errors?)$/;
const ERROR_PACKAGE_CALL_RE = /^(?:Wrap|Wrapf|Errorf|New|Newf|WithCode|WithStatus)$/;
const DEFAULT_GET_KEY_BEFORE_RE = /\(\s*["':]([\w-]{2,40})["']?\s*,\s*$/;
const QUOTED_ARG_AFTER_RE = /^\s*,\s*["'`]/;
const RUBY_RESPONSE_CLASS_RE = /^(?:\w*Response|Net::HTTPResponse)$/;
const RUBY_ERROR_CLASS_RE = /^\w*(?:Error|Exception)$/;
// (and a test's empty response given its status: `emptyResponse(204)`; a JSON message's: `json_message(200, "Subscribed")`,
// `GlobalScope::returnJSONMessage(204, "Order deleted")`)
const REPLY_HELPER_RE = /^(?:simple|error|json|text|send|http|status)[Rr]eply$|^http_?[Rr]esponse$|^empty_?[Rr]esponse$|^send(?:Json|JSON|Text|Html|HTML|Error)Response$|^json(?:Success|Ok|OK|Fail|Failure)$|^(?:return|send|respond)?(?:json|JSON|Json)_?[Mm](?:essage|sg)$/;
// (Rails' `render_error_json(403)`, `render_error(404)`; Rust's `error_resp(400, "Invalid request body")`)
const ERROR_OUT_HELPER_RE = /^(?:error_?[Rr]esp(?:onse)?|error(?:Out|Output|Exit)|handleErr(?:or)?|sendErr(?:or)?|replyErr(?:or)?|render_?[Ee]rror(?:_?[Jj]son)?)$/;
const RESPONSE_WORD_RE = /[Rr]esponse|\bres(?:p)?\b/;
/** Calls that close a request's record: `endRequest`, `finishRequest`, `recordResponse`, `trackHttpResponse`. */
const REQUEST_END_CALL_RE = /^(?:end|finish|complete|record|track|observe)(?:Http|HTTP)?(?:Request|Response)$/;
/** A collection's membership and update calls. */
const COLLECTION_CALLS: ReadonlySet<string> = new Set(['has', 'includes', 'contains', 'Contains', 'add', 'Add', 'delete', 'remove', 'Remove', 'push', 'push_back', 'emplace_back', 'insert', 'append', 'indexOf', 'include?', 'member?']);
/** Error types of the languages themselves: their first argument is never a status. */
const BUILTIN_ERRORS: ReadonlySet<string> = new Set(['Error', 'RangeError', 'TypeError', 'SyntaxError', 'ReferenceError', 'EvalError', 'URIError', 'AggregateError', 'Exception', 'RuntimeException', 'IllegalArgumentException', 'IllegalStateException', 'ValueError', 'KeyError', 'IndexError', 'ArgumentException', 'InvalidOperationException']);
const RESPONSE_TYPE_NAME_RE = /^\w*Response(?:Template|Builder)?$/;
const ASSERT_REQUEST_HELPER_RE = /^assert\w*(?:Request|Response|Status)$/;
/** A Go test helper's first arguments, the test and the response recorder: `AssertAndLogErrors(t, w, `. */
const GO_ASSERT_RECORDER_BEFORE_RE = /\b[Aa]ssert\w*\(\s*t\s*,\s*(?:w|rr|rec|recorder|resp|res|response)\s*,\s*$/;
const ASSERT_FAIL_HELPER_RE = /^assert(?!\w*(?:Time|Delay|Size|Length|Count|Limit|Range))[A-Z]\w*Fail(?:s|ed|ure)?$/;
/** A test's mock of a fetch or response given the status first: `mockFetch(400, {})`, `mockResponse(404)`. */
// (or one built by a helper: `buildMockResp(200, b)`)
const MOCK_RESPONSE_RE = /^(?:(?:build|make|create|new|get)_?)?mock\w*(?:Fetch|Response|Resp|Request|Reply)(?:From[A-Z]\w*)?$/i;
// (or stubbed to answer it: `->method('getStatusCode')->willReturn(500)`)
const MOCKED_STATUS_METHOD_RE = /method\(\s*['"]\w*(?:[Ss]tatus|StatusCode|ResponseCode)\w*['"]\s*\)\s*->\s*(?:with|willReturn)\(\s*$/;
const HTTP_RESPONSE_TYPE_RE = /^\w*(?:Http|HTTP)(?:Servlet)?Response$/;
const RUST_RESPONSE_CONSTRUCTORS: ReadonlySet<string> = new Set(['new', 'json', 'html', 'text', 'binary', 'empty', 'with_status', 'from_status', 'status', 'redirect', 'bytes']);
const PLURAL_RESPONSES_RE = /Responses$|Statuses$|StatusCodes$/;
const REGISTRY_CALL_RE = /^(?:add|Add|tryAdd|TryAdd|set|Set|put|Put|insert|Insert|append)$/;
const REPR_RESPONSE_BEFORE_RE = /<\w*Response \[$/;
const TEST_CLIENT_FIRST_RE = /^\s*(?:self\.)?(?:client|test_client|api_client)\s*(?:,\s*f?(['"])\/[^'"]*\1\s*$|\.\s*(?:get|post|put|patch|delete|head|options)\s*\()/;
const WHEN_STATUS_RE = /\b(?:when|given)\s*\(\s*[\w$.]*(?:[Ss]tatus(?:Code)?|[Rr]esponseCode|getStatus|getStatusCode|getResponseCode|status_code)\s*(?:\(\s*\))?\s*\)\s*\.\s*\w+\s*\(\s*$/;
const STUB_CALL_RE = /^(?:willReturn|thenReturn|andReturn|and_return|returns|Returns|ReturnsAsync|mockReturnValue|mockReturnValueOnce|mockResolvedValue|returnValue)$/;
// (or a static class of them, PHP's `Reply::error(trans('app.errors.not_found'), 404)`)
const RESPONSE_ERROR_RECEIVER_RE = /^(?:response|res|resp|reply|ctx|Reply|Response)$/;
/** A response's helpers named for an outcome: 1 = success (a 2xx status), 2 = failure (an error status). */
const RESPONSE_OUTCOME_METHODS: ReadonlyMap<string, number> = new Map([['error', 2], ['fail', 2], ['failure', 2], ['success', 1]]);
const DO_RETURN_STATUS_AFTER_RE = /^\s*\)\s*\.\s*when\s*\([\w$.]*\)\s*\.\s*(?:getStatus|getStatusCode|getResponseCode|status|statusCode)\s*\(/;
/** RSpec's doubles of a response's code: `allow(res).to receive(:code).and_return(`, `@response.stub(:status).and_return(`. */
const RSPEC_STUBBED_STATUS_RE = /\b(?:receive|stub)\s*\(\s*:(?:code|status|status_code|response_code|http_status|http_code)\s*\)\s*\.\s*and_return\s*\(\s*['"]?$/;
/** An HTTP error type named in the statement (`catch (HttpRequestException e) when (e.Message.Contains("404"))`). */
const HTTP_ERROR_NAME_RE = /Http\w*(?:Exception|Error)\b/;

/** What a called name's spelling alone says; computed once per name (names repeat across a file). */
interface CallInfo {
  /** classify(name) === 'status' */
  status: boolean;
  /** `assertStatus`, `expectStatus`, `toHaveStatus`: a status-named assertion */
  assertLike: boolean;
  /** `assertCode`, `expectStatus`, `checkStatusCode` (C.STATUS_ASSERT_CALL_RE) */
  statusAssert: boolean;
  converter: boolean;
  registry: boolean;
  stub: boolean;
  /** `setNextResponse`: ends with `Response` */
  responseBuilder: boolean;
  /** `jsonError`, `errorResponse`, `sendError`: a response for an error, the status among its arguments */
  errorResponder: boolean;
  spec: readonly number[] | '*' | undefined;
  receiverSpec: readonly number[] | undefined;
  /** 1 = an HTTP-error call (`C.ERROR_CALL_RE`), 2 = an assertion (`C.ASSERT_RE`), 0 = neither */
  kind: number;
  /** `if (`, `return (`: a keyword, not a call (when written alone) */
  keyword: boolean;
  /** `listOf(`, `array(`: a collection */
  list: boolean;
  /** `float64(`, `int(`: a transparent conversion */
  conversion: boolean;
  /** `it('...`, `test('...`: a test title */
  testTitle: boolean;
  /** gin/echo renderers: the status comes with a body after it */
  statusThenBody: boolean;
  /** Call-name patterns, tested once per name (NAMED_* bits). */
  named: number;
}
const CALL_INFO = new Map<string, CallInfo>();
function callInfo(name: string): CallInfo {
  let info = CALL_INFO.get(name);
  if (info === undefined) {
    // a private method reads as the public one it wraps: `this._redirect(301, location)`, `self._send_response(404)`
    if (name.charCodeAt(0) === 95 && name.length > 1) {
      const bare = name.replace(/^_+/, '');
      if (bare !== '') {
        info = callInfo(bare);
        CALL_INFO.set(name, info);
        return info;
      }
    }
    info = {
      status: classify(name) === 'status',
      assertLike: /^(?:assert|expect|should|to|have)/i.test(name),
      statusAssert: C.STATUS_ASSERT_CALL_RE.test(name),
      converter: C.CONVERTER_SEGMENTS.has(name),
      registry: REGISTRY_CALL_RE.test(name),
      stub: STUB_CALL_RE.test(name),
      responseBuilder: RESPONSE_BUILDER_RE.test(name),
      errorResponder: ERROR_RESPONDER_RE.test(name),
      spec: Object.prototype.hasOwnProperty.call(C.STATUS_CALLS, name) ? C.STATUS_CALLS[name] : undefined,
      receiverSpec: Object.prototype.hasOwnProperty.call(C.RECEIVER_STATUS_CALLS, name) ? C.RECEIVER_STATUS_CALLS[name] : undefined,
      kind: C.ERROR_CALL_RE.test(name) ? 1 : C.ASSERT_RE.test(name) ? 2 : 0,
      keyword: CALL_KEYWORDS.has(name),
      list: C.LIST_CALLS.has(name),
      conversion: C.CONVERSION_CALLS.has(name),
      testTitle: C.TEST_TITLE_CALLS.has(name),
      statusThenBody: C.STATUS_THEN_BODY_CALLS.has(name),
      named: namedBits(name),
    };
    if (CALL_INFO.size > 4096) CALL_INFO.clear();
    CALL_INFO.set(name, info);
  }
  return info;
}

const NAMED_REQUEST_END = 1;
const NAMED_REPLY = 2;
const NAMED_ERROR_OUT = 4;
const NAMED_GO_ERROR = 8;
const NAMED_TRAIT_RESPONDER = 16;
const NAMED_ABORT = 32;
const NAMED_VERIFY_CALLBACK = 64;
const NAMED_RESPONSE_MAKER = 128;
const NAMED_SWAGGER_DEFAULT = 256;
const NAMED_ERROR_PACKAGE_CALL = 512;
function namedBits(name: string): number {
  return (REQUEST_END_CALL_RE.test(name) ? NAMED_REQUEST_END : 0) | (REPLY_HELPER_RE.test(name) ? NAMED_REPLY : 0)
    | (ERROR_OUT_HELPER_RE.test(name) ? NAMED_ERROR_OUT : 0) | (GO_ERROR_CONSTRUCTOR_RE.test(name) ? NAMED_GO_ERROR : 0)
    | (PHP_TRAIT_RESPONDER_RE.test(name) ? NAMED_TRAIT_RESPONDER : 0) | (ABORT_NAMED_RE.test(name) ? NAMED_ABORT : 0)
    | (VERIFY_CALLBACK_RE.test(name) ? NAMED_VERIFY_CALLBACK : 0) | (RESPONSE_MAKER_RE.test(name) ? NAMED_RESPONSE_MAKER : 0)
    | (SWAGGER_DEFAULT_RE.test(name) ? NAMED_SWAGGER_DEFAULT : 0) | (ERROR_PACKAGE_CALL_RE.test(name) ? NAMED_ERROR_PACKAGE_CALL : 0);
}
const BANG_ERROR_RE = /^error!/;
// (and a helper building the response's object or body from the code first: `createResponseObject(200, data)`)
const RESPONSE_FACTORY_PREFIX_RE = /^(?:create|make|build|new|with)_?[A-Za-z]*[Rr]esponse$/;
const RESPONSE_BUILDER_RE = /(?:(?:Response|_response)(?:Object|Obj|Body)?|ResponseHeaders?)$/;
/** A redirect's code, then the `Location` header it goes with: `# POST /exec → 302 Location: script.googleusercontent.com/...` */
function redirectThenLocation(line: string, e: number, code: number): boolean {
  return code > 300 && code < 309 && line.startsWith(' Location', e) && !isIdentChar(line.charCodeAt(e + 9) | 0);
}
/** A response's header set right after the call that took the code: Laravel `], 201)->header('Location', $location);` */
function headerSetAfterCall(line: string, e: number): boolean {
  return line.charCodeAt(e) === 41 && HEADER_CALL_AFTER_RE.test(line.slice(e, e + 24));
}
/** A response object's status set in its initializer: `new MagicResponse { Result = 401 }` (RESPONSE_INITIALIZER_RE). */
function responseInitializerCode(line: string, s: number): boolean {
  const p = line.charCodeAt(s - 1);
  return (p === 32 || p === 61) && RESPONSE_INITIALIZER_RE.test(line.slice(Math.max(0, s - 120), s));
}
/** GoConvey's assertion on a recorder's code: `So(w.Code, ShouldEqual, 200)`. */
function goConveyStatus(line: string, s: number): boolean {
  return line.charCodeAt(s - 1) === 32 && GOCONVEY_STATUS_RE.test(line.slice(Math.max(0, s - 80), s));
}
/** NelmioApiDocBundle's `statusCodes` entry: ` *   200="Returned when successful",`. */
function apiDocStatusEntry(line: string, s: number, e: number): boolean {
  return line.charCodeAt(e) === 61 && line.charCodeAt(e + 1) === 34 && API_DOC_STATUS_LEFT_RE.test(line.slice(Math.max(0, s - 40), s));
}
/** Dart shelf's request log: `0:00:00.000158 GET     [200] /echo`. */
function shelfLogCode(line: string, s: number, e: number): boolean {
  return line.charCodeAt(s - 1) === 91 && line.charCodeAt(e) === 93 && line.startsWith(' /', e + 1) && SHELF_LOG_METHOD_RE.test(line.slice(Math.max(0, s - 16), s));
}
const HEADER_CALL_AFTER_RE = /^\)\s*(?:->|\.)\s*(?:header|withHeaders?|cookie|withCookie)\(/;
/** Dart shelf's `logRequests()` line, the method then the code in brackets: `0:00:00.000158 GET     [200] /echo` */
const SHELF_LOG_METHOD_RE = /\b(?:GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)\s+\[$/;
/** NelmioApiDocBundle's `@ApiDoc(statusCodes={ 200="Returned when successful", ... })`, one entry per doc-comment line or after the key. */
const API_DOC_STATUS_LEFT_RE = /(?:^\s*\*+\s*|statusCodes\s*=\s*\{\s*(?:\d{3}\s*=\s*"[^"]*"\s*,\s*)*)$/;
/** `checkNotFound`, `expectUnauthorised`, `assertBadRequest`: a check's verb, then a reason phrase (British spellings too). */
function statusCheckNamed(name: string): boolean {
  const m = STATUS_CHECK_NAME_RE.exec(name);
  return m !== null && codeOfPhraseLetters((m[1] ?? '').replace(/is(e|ation)/g, 'iz$1')) !== undefined;
}
const STATUS_CHECK_NAME_RE = /^(?:check|expect|assert|verify|ensure)([A-Z][A-Za-z]+)$/;
/** A response object's initializer setting its status: C# `new MagicResponse { Result = 401 }`, `new ApiResponse { StatusCode = 404, ... }`. */
const RESPONSE_INITIALIZER_RE = /\bnew\s+\w*Response\s*\{\s*(?:\w+\s*=\s*[^,{}=]{1,40},\s*)*(?:Result|Status|StatusCode|Code)\s*=\s*$/;
/** GoConvey's assertion on a recorder's code: `So(w.Code, ShouldEqual, 200)`. */
const GOCONVEY_STATUS_RE = /\bSo\(\s*[\w.]*(?:Code|Status)(?:\(\))?\s*,\s*Should(?:Equal|NotEqual)\s*,\s*$/;
/**
 * An Elixir case arm from an outcome's atom to its status, the code ending the line: `:not_found -> 404`,
 * `:malformed_data -> 400` (the atom a status's name or an outcome's word: not `:small -> 200`).
 */
function elixirAtomArm(line: string, s: number, e: number): boolean {
  if (line.charCodeAt(s - 1) !== 32 || skipSpacesFwd(line, e, line.length) < line.length) return false;
  const m = ELIXIR_ATOM_ARM_RE.exec(line.slice(0, s));
  return m !== null && (RAILS?.names.has(m[1] ?? '') === true || OUTCOME_ATOM_RE.test(m[1] ?? ''));
}
const ELIXIR_ATOM_ARM_RE = /^\s*:([a-z_]{2,40})\s*->\s*$/;
const OUTCOME_ATOM_RE = /error|fail|forbid|auth|found|invalid|malformed|denied|conflict|missing|unavailable|timeout/;
/** A test named for the error a server answers with, as a verb: `it('404s for an unknown join code', ...)`. */
const TITLE_VERB_AFTER_RE = /^s (?:for|when|on|if|with|without|unless)\b/;
const TEST_TITLE_OPEN_RE = /\b(?:it|test|describe|context|specify)\s*\(\s*['"`]$/;
const MOCK_HTTP_CLIENT_RE = /^(?:(?:make|create|build|new|get|setup|setUp|stub)?[Mm]ock(?:Http\w*|Fetch\w*|ApiClient)|mock(?:ed)?_requests?|mock(?:ed)?_responses?|responses?_with|fake_response)$/;
const ERROR_WORD_RE = /error/i;
const EXCEPTION_NAME_RE = /(?:Exception|^Error)$/;
const ERROR_NAME_ARG_AFTER_RE = /^\s*,\s*(['"])[a-z]+(?:_[a-z]+)+\1\s*[,)]/;
/** An exception's name without a receiver, one quoted argument and its comma: `GQLException("Some exception", ` (as `ERR_MESSAGE_RE` reads `err(`). */
const EXCEPTION_MESSAGE_FIRST_RE = /^\w+\(\s*(?:'[^']*'|"[^"]*")\s*,\s*$/;
/** A call that waits or retries: its numbers are delays and counts (`retryException(m, 3, 500)`, `sleepOnError(500)`). */
const DELAY_CALL_RE = /^(?:retry|sleep|wait|delay|backoff|throttle)/i;
const NEW_BEFORE_RE = /\bnew\s+\\?$/;
/** The call is a constructor: `new` right before it (`throw new NotFoundError(...)`). */
function newBefore(line: string, ch: Chain): boolean {
  return NEW_BEFORE_RE.test(line.slice(Math.max(0, ch.start - 8), ch.start));
}
const REQUESTS_ERROR_RE = /^ (?:Client|Server) Error\b/;
const OK_TUPLE_RE = /\{:?ok,\s*\{?\s*$/;
/** `{:error, 409, headers, body}`: an HTTP client's error tuple carries the status, then more fields. */
const ERROR_TUPLE_RE = /\{:error,\s*$/;
const ERLANG_STATUS_TUPLE_RE = /\{\s*(?:halt|_?(?:HTTP|Http|HttpVersion|Version|Vsn|Vers)\w*)\s*,\s*$/;
const OK_TUPLE_LANGUAGES: ReadonlySet<string> = new Set(['elixir', 'erlang', 'markdown', 'plaintext', '']);
const TRY_FILES_RE = /(?:^|[\s{;`])(?:try_files|error_page)\s/;
/** An assertion named for the response or its status: `AssertGetResponse(url, 200)`, `assertStatusIs(404)`. */
const RESPONSE_NAMED_RE = /Respon|Status/;
const ELIXIR_DEF_RE = /\bdefp?\s+(\w+)\s*(?:\([^()]*\))?\s*,\s*$/;
/**
 * An exception's constructor handing a status and a message to its parent: Java `this(500, message)`
 * / `super(404, msg)`, PHP `parent::__construct(400, $message)`, Python `super().__init__(599, message=m)`.
 */
/** After an error's status in its base constructor: a name and then a message (`, name, message`, `, 'NotFound', msg)`). */
const SUPER_STATUS_FIRST_RE = /^\s*,\s*(?:(?:\w+|(['"])\w+\1)\s*,\s*\w*(?:message|msg)\b|(?:response|body|errors?|payload)\s*\))/i;
const CONSTRUCTOR_DELEGATION: ReadonlySet<string> = new Set(['this', 'super', '__construct', '__init__', 'base']);
const APP_RESPONSE_RE = /^(?:Response|ApiResponse|HttpResponse)[A-Z]\w*$/;
/** A type named for a result or a response (`LLMNonStreamResult`, `ApiResult`). */
const RESULT_TYPE_RE = /^[A-Z]\w*(?:Result|Response)$/;
/** The next argument builds an error body: `, errorJson(`, `, errorBody(`, `, ErrorResponse(`. */
const ERROR_BODY_ARG_RE = /^\s*,\s*(?:error\w*|\w*Error\w*)\s*\(/;
const APP_ERROR_RE = /^(?!\w*[Tt]ime(?:out|dOut))(?:App|Api|API|Custom|Base|Service|Server|Client|Request|Response|Rest|Web|Business|Domain|Application)\w*(?:Error|Exception)$/;
/** A helper whose name ends in aborting: `job_new_abort`, `requestAbort` (not `abort` itself, see BARE_ONLY_CALLS). */
const ABORT_NAMED_RE = /(?:_abort|[a-z]Abort)$/;
/** An item naming an error class: `NotFoundError`, `ValidationException`. */
const ERROR_CLASS_ITEM_RE = /(?:^|,)\s*(?:\w+\.)*[A-Z]\w*(?:Error|Exception)\s*(?=,|$)/;
/** The callback ws hands `verifyClient`, under the names it is given. */
const VERIFY_CALLBACK_RE = /^(?:cb|callback|done|next|verified|accept)$/;
/** A helper named for the response it builds (not a list of them, not a getter): `helper_response_main`, `makeResponse`, `buildJsonResponse`. */
const RESPONSE_MAKER_RE = /^(?!get|fetch|list|load|read|count|parse)\w*(?:_response(?:_|$)|^response_|[a-z]Response$|[a-z]Response[A-Z])/i;
/** (C#'s `$"..."` and `@"..."` strings too) */
/** An error's own code, then the message: `super(400, code, message)`. */
const CODE_THEN_MESSAGE_ARGS_RE = /^\s*,\s*\$?\w*(?:code|Code)\s*,\s*(?:\$?\w*(?:message|msg|reason|detail)|[$@]?['"`])/i;
const MESSAGE_ARG_RE = /^\s*,\s*(?:\w+\s*=\s*)?(?:\$?\w*(?:message|msg|reason|detail)|[$@]?['"`])/i;

/**
 * An exception's message as the first argument: a name or a string, or a string built from one more value
 * (`"Unable to send an email to " + recipient`, Java's `"Unsupported method: %s".formatted(method)`).
 */
const MESSAGE_FIRST_RE = /^\s*(?:\$?\w*(?:message|msg|reason|detail)|(['"])[^'"]*\1(?:\s*\+\s*[\w.$]+|\.formatted\([\w.$]*\))?)\s*$/i;
/** Helpers that write a response (`sendResponse`, `writeJSON`, `respondWithError`, `replyError`). */
const ERROR_RESPONDER_RE = /^(?=\w*(?:[Ee]rror|[Ff]ail|[Dd]eny|[Dd]enied|[Rr]eject|[Rr]efuse|Exception))(?=\w*(?:[Jj]son|JSON|[Rr]espon|[Rr]ender|[Rr]eply|[Ss]end))/;
// (diegohaz/rest's `success(res, 201)` too)
// (and a Gin handler's `ok(c, 201, u)`)
const RESPONSE_HELPER_RE = /send|write|respon|reply|render|json|error|status|abort|fail|success|^resp$|^ok$/i;
const RESPONDER_NAME_RE = /respon|reply/i;
const ERROR_CLASS_NAME_RE = /^[A-Z]\w*(?:Error|Exception)$/;
const BASE_CTOR_OF_RESPONSE_RE = /\b[A-Z]\w*(?:Response|Error|Exception)\w*\s*\([^()]*\)\s*:\s*$/;
const RESPONSE_CHECKER_NAME_RE = /^response(?!\w*(?:Size|Time|Length|Delay))\w*(?:Validator|Checker|Check|Assert|Assertion|Verifier)$/i;
const SEND_BODY_NAME_RE = /^send(?:Json|JSON|Response|Error|Success|Result|Data)$/;
const SEND_STATUS_AFTER_RE = /^\s*(?:\)|,\s*(?:true|false)\s*\))/;
const JSEND_OUTCOME_ARG_RE = /^\s*(["'])(?:success|fail|failure|error)\1\s*$/;
/** The arguments between the response and the code: strings and names (`res, "", 401`). */
const SIMPLE_ARGS_RE = /^(?:\s*(?:(['"])[^'"]*\1|[\w$.]+)\s*,)*\s*(?:(['"])[^'"]*\2|[\w$.]+)\s*$/;
const EXPRESS_RES_FIRST_RE = /^\s*res\s*$/;
const CALLBACK_AFTER_RE = /^\s*,\s*(?:async\s*)?(?:\([^()]*\)\s*=>|\w+\s*=>|function\b)/;
/** Their first argument: the response or its writer. */
// (shellinabox's `httpSendReply(http, 404, "File Not Found", NO_MSG)`: the connection named `http`)
const RESPONSE_UTIL_RE = /^(?:Api|Http|Json)?Response(?:Util|Utils|Helper|Helpers|Handler|Builder)?$/;
const RESPONSE_ARG_FIRST_RE = /^\s*(?:res|resp|response|w|rw|writer|reply|conn|ctx|context|c|http|\$response)\s*$/;

/** The expression starting at `start` is assigned to a status-named target (`status = `, `statusCode: `). */
function assignedToStatus(line: string, start: number): boolean {
  const min = Math.max(0, start - LEFT_WINDOW);
  const i = skipSpacesBack(line, start - 1, min);
  const op = readOpBack(line, i, min);
  if (!op || (op.op !== '=' && op.op !== ':=' && op.op !== ':')) return false;
  const j = skipSpacesBack(line, op.at, min);
  const ch = j >= min ? readChainBack(line, j, min) : undefined;
  return ch !== undefined && chainIsStatus(ch);
}

/** `status in ` (Python, Kotlin, Elixir ...) right before the opener at k: a status tested for membership. */
function statusMembershipBefore(line: string, k: number, min: number): boolean {
  const op = readOpBack(line, skipSpacesBack(line, k - 1, min), min);
  if (op?.op !== 'in') return false;
  const j = skipSpacesBack(line, op.at, min);
  const ch = j >= min ? readChainBack(line, j, min) : undefined;
  return ch !== undefined && chainIsStatus(ch);
}

/** After a comma: an argument of a call, an item of a list, or a `return body, 404` tuple. */
function decideComma(line: string, s: number, e: number, code: number, lang: string, depth: number, at: number, min: number): Verdict {
  // Walk back to the enclosing opener, counting top-level commas.
  const open = openerBack(line, at, min);
  const k = open >= 0 ? open : min - 1;
  const commas = 1 + openerCommasOut; // and the comma right before the number
  const stmt = openerSemicolonOut >= 0 ? openerSemicolonOut + 1 : min === 0 ? 0 : -1;
  let allCodes = true;
  let itemStart = -1;
  // httpbin-style URL builders: `httpbin("status", "500")`
  {
    let q = skipSpacesBack(line, at, min);
    if (q >= min && isQuote(line.charCodeAt(q))) {
      q--;
      if (q - 6 >= min && endsWithFolded(line, q + 1, 'status') && isQuote(line.charCodeAt(q - 6))) return 'yes';
    }
  }
  // Check whether the previous items are codes (a list of statuses).
  {
    let t = at;
    let count = 0;
    while (t > k && count < 48) {
      let q = skipSpacesBack(line, t, k + 1);
      if (q > k && isQuote(line.charCodeAt(q))) q = skipSpacesBack(line, q - 1, k + 1);
      if (q - 3 > k && line.startsWith('u16', q - 2)) q -= 3; // Rust `502u16`
      let d = q;
      while (d > k && isDigit(line.charCodeAt(d))) d--;
      if (q - d !== 3 || !known(codeAt(line, d + 1))) { allCodes = false; break; }
      itemStart = d + 1;
      let r = skipSpacesBack(line, d, k + 1);
      if (r > k && isQuote(line.charCodeAt(r))) r = skipSpacesBack(line, r - 1, k + 1);
      count++;
      if (r <= k) break;
      if (line.charCodeAt(r) !== 44) break; // first item
      t = r - 1;
    }
  }
  // a status tested against a set that mixes codes with an API's error names: `if code in {"NoSuchKey", "404"}:`
  if (k >= min && isCommon(code) && statusMembershipBefore(line, k, min)) return 'yes';
  if (k >= min) {
    const opener = line.charCodeAt(k);
    const j = skipSpacesBack(line, k - 1, min);
    if (opener === 40 && j >= min) {
      const ch = callChainBack(line, j, min);
      const info = ch ? callInfo(ch.segs[0] ?? '') : undefined;
      // http-assert `assert(user, 422, 'no such user')` (Koa's `ctx.assert`, imported bare): a value, a code, then a message
      if (commas === 1 && code >= 400 && isCommon(code) && ch && isKeyword(ch) && ch.segs[0] === 'assert' && j === k - 1 && MESSAGE_ARG_RE.test(line.slice(e, e + 40))) return 'yes';
      // Flask `return (body, 200, {'Content-Type': ...})`: the tuple in parentheses, a body first or headers after
      // (or kept for a later return: `response = ({}, 404)`)
      if (commas === 1 && isCommon(code) && C.TUPLE_RETURN_LANGUAGES.has(lang)
        && ((ch && ch.segs[0] === 'return' && isKeyword(ch)) || (!ch && line.charCodeAt(j) === 61 && RESPONSE_TUPLE_NAME_RE.test(line.slice(Math.max(0, j - 24), j + 1))))
        && (TUPLE_HEADERS_AFTER_RE.test(line.slice(e, e + 24)) || TUPLE_BODY_FIRST_RE.test(line.slice(k + 1, at + 1)))) return 'yes';
      if (ch && info && !isKeyword(ch) && !info.list) {
        const v = decideCall(line, s, e, ch, commas, code, lang);
        if (v === 'yes') return v;
        // an exception's constructor handed a message, then the status: `parent::__construct($message, 404)`
        if (commas === 1 && isCommon(code) && CONSTRUCTOR_DELEGATION.has(ch.segs[0] ?? '') && MESSAGE_FIRST_RE.test(line.slice(k + 1, at + 1))) return 'yes';
        // an error responder given the status last: `$this->jsonError($message, 400)`, `errorResponse('expired', 403)`
        if (isCommon(code) && info.errorResponder && (/^\s*\)/.test(line.slice(e, e + 4)) || code >= 400)) return 'yes';
        // a test helper handed the test client or its request first: `check(client.post("/index/"), 401)`, `check(client, "/index/", 403, "...")`
        if (isCommon(code) && TEST_CLIENT_FIRST_RE.test(line.slice(k + 1, at + 1))) return 'yes';
        // a response helper handed the response first: `sendResponse(res, 404, body)`, `writeJSON(w, 500, err)`
        // (or the response and a message: `responseData(res, "", 401, false, "Unauthorized")`)
        if (commas <= 3 && isCommon(code) && (RESPONSE_HELPER_RE.test(ch.segs[0] ?? '') || (commas === 1 && info.kind === 2))) {
          const args = line.slice(k + 1, at + 1);
          const comma = args.indexOf(',');
          if (comma < 0 ? RESPONSE_ARG_FIRST_RE.test(args) : RESPONSE_ARG_FIRST_RE.test(args.slice(0, comma)) && SIMPLE_ARGS_RE.test(args.slice(comma + 1))) return 'yes';
          // (or a JSend outcome first: `ResponseManager.standardResponse("fail", 401, \`Invalid credentials\`, null)`)
          if (comma < 0 && RESPONDER_NAME_RE.test(ch.segs[0] ?? '') && JSEND_OUTCOME_ARG_RE.test(args)) return 'yes';
        }
        // a response utility's method handed the response first and the status last: `ResponseUtil.error(res, err.message || 'Failed', 500)`
        if (commas >= 1 && isCommon(code) && ch.segs.length === 2 && RESPONSE_UTIL_RE.test(ch.segs[1] ?? '') && /^\s*\)/.test(line.slice(e, e + 4))) {
          const args = line.slice(k + 1, at + 1);
          if (RESPONSE_ARG_FIRST_RE.test(args.slice(0, args.indexOf(',')))) return 'yes';
        }
        // Express's response handed on with a status and a callback: `attempt(res, 200, () => ...)`
        if (commas === 1 && isCommon(code) && JS_FAMILY.has(lang) && EXPRESS_RES_FIRST_RE.test(line.slice(k + 1, at + 1)) && CALLBACK_AFTER_RE.test(line.slice(e, e + 24)) && !DELAY_CALL_RE.test(ch.segs[0] ?? '')) return 'yes';
        if (allCodes && itemStart >= 0 && depth === 0) {
          // `status_in(200, 201)`-style: same verdict as the first item
          const first = decideLeft(line, itemStart, itemStart + 3, codeAt(line, itemStart), lang, depth + 1);
          if (first === 'yes') return 'yes';
        }
        // a helper handed the response after the code: `createSendToken(user, 201, res)`
        if (commas >= 1 && isCommon(code) && RESPONSE_ARG_LAST_RE.test(line.slice(e, e + 16))) return 'yes';
        // a helper named for aborting, given the code and maybe a message: `job_new_abort(job, 403, "Invalid GitHub payload")`
        if (code >= 200 && isCommon(code) && (info.named & NAMED_ABORT) !== 0 && (MESSAGE_ARG_RE.test(line.slice(e, e + 40)) || /^\s*\)/.test(line.slice(e, e + 4)))) return 'yes';
        // a test row mapping an error class to its status: `pytest.param(TypeError, BadRequestError, 400, id="Type error")`
        if (isCommon(code) && C.TEST_DATA_CALLS.has(ch.segs[0] ?? '') && ERROR_CLASS_ITEM_RE.test(line.slice(k + 1, at + 1))) return 'yes';
        // ws's `verifyClient` refusing a handshake: `cb(false, 401, 'Unauthorized')` (a verdict, the status, its message)
        if (commas === 1 && code >= 400 && isCommon(code) && (info.named & NAMED_VERIFY_CALLBACK) !== 0 && ch.segs.length === 1 && /^\s*false\s*$/.test(line.slice(k + 1, at + 1)) && MESSAGE_ARG_RE.test(line.slice(e, e + 40))) return 'yes';
        // a project's response helper given the status last: `helper_response_main('created', $result, '', 201)`
        if (commas >= 2 && isCommon(code) && (info.named & NAMED_RESPONSE_MAKER) !== 0 && /^\s*\)/.test(line.slice(e, e + 4))) return 'yes';
        // a formatted message about the status: `t.Errorf("status = %d; want %d", res.StatusCode, 308)`
        if (commas >= 1 && isCommon(code) && FORMAT_CALL_RE.test(ch.segs[0] ?? '') && FORMAT_STRING_RE.test(line.slice(k + 1, at + 1)) && statementMentionsStatus(line, s, e)) return 'yes';
        return 'no';
      }
    }
    if (opener === 91 && isSubscript(line, j, min)) return 'no';
    if (allCodes && itemStart >= 0 && depth === 0) {
      const first = decideLeft(line, itemStart, itemStart + 3, codeAt(line, itemStart), lang, depth + 1);
      if (first === 'yes') return 'yes';
      if (errorCodeList(line, k)) return 'yes';
      if (first === 'no' && !statementMentionsStatus(line, s, e)) return 'no';
      return statementMentionsStatus(line, s, e) ? 'yes' : undefined;
    }
    return undefined;
  }
  // Top level: `return jsonify(error), 404` / `case 401, 403:` / `when 200, 201`
  if (allCodes && itemStart >= 0 && depth === 0) {
    const first = decideLeft(line, itemStart, itemStart + 3, codeAt(line, itemStart), lang, depth + 1);
    if (first === 'yes') return 'yes';
  }
  // a paren-less call at the statement start: Sinatra `redirect "/login/", 303`
  if (stmt >= 0 && SPACE_CALL_LANGUAGES.has(lang)) {
    const p0 = skipSpacesFwd(line, stmt, s);
    let p1 = p0;
    while (p1 < s && (isIdentChar(line.charCodeAt(p1)) || line.charCodeAt(p1) === 46)) p1++;
    if (p1 > p0 && p1 + 1 < s && line.charCodeAt(p1) === 33 /* Ruby `error! ...` */) p1++;
    if (p1 > p0 && p1 < s && isSpace(line.charCodeAt(p1))) {
      const n = line.charCodeAt(skipSpacesFwd(line, p1, s));
      const ch = n !== 61 && n !== 40 ? readChainBack(line, p1 - 1, p0) : undefined;
      if (ch && !isKeyword(ch) && decideCall(line, s, e, ch, commas, code, lang) === 'yes') return 'yes';
    }
  }
  // PHP: the last line of a multi-line `response()->json([...], 422);`
  if (lang === 'php' && isCommon(code) && s <= LEFT_WINDOW && PHP_ARRAY_TAIL_LEFT_RE.test(line.slice(0, s)) && PHP_ARRAY_TAIL_RIGHT_RE.test(line.slice(e, e + RIGHT_WINDOW))) return 'yes';
  if (lang === 'php' && isCommon(code) && s <= LEFT_WINDOW && PHP_CLOSURE_TAIL_LEFT_RE.test(line.slice(0, s)) && PHP_HEADERS_TAIL_RIGHT_RE.test(line.slice(e, e + RIGHT_WINDOW))) return 'yes';
  // Python: a (body, status) pair kept for a later return: `result = json.dumps(msg), 405`, or returned over several lines
  if (lang === 'python' && isCommon(code) && s <= LEFT_WINDOW && PY_BODY_TUPLE_RE.test(line.slice(0, s)) && /^\s*(?:$|#)/.test(line.slice(e, e + 40))) return 'yes';
  // Python: the last line of a multi-line `return jsonify({...}), 201` / `return {...}, 201`
  if (lang === 'python' && isCommon(code) && s <= LEFT_WINDOW && PY_TUPLE_TAIL_LEFT_RE.test(line.slice(0, s)) && /^\s*(?:$|#)/.test(line.slice(e, e + 40))) return 'yes';
  // (or of a multi-line call's last line, a message's dict then the status: Flask-RESTful's `{'message': 'No such question'}, 404)`)
  if (lang === 'python' && isCommon(code) && s <= LEFT_WINDOW && PY_MESSAGE_DICT_LEFT_RE.test(line.slice(0, s)) && /^\s*\)?\s*(?:$|#)/.test(line.slice(e, e + 40))) return 'yes';
  if (C.TUPLE_RETURN_LANGUAGES.has(lang)) {
    const head = line.slice(Math.max(0, s - LEFT_WINDOW), s);
    if (/^\s*return\s/.test(head) && s - LEFT_WINDOW <= 0 || /(?:^|[:;]\s*)return\s[^=]*$/.test(head)) {
      const tail = line.slice(e, e + 40);
      if (/^\s*(?:$|#|,|\))/.test(tail)) return isCommon(code) ? 'yes' : undefined;
    }
  }
  return undefined;
}

// (the body may close a call too: `]), 403);`, `)), 400);`)
const PHP_ARRAY_TAIL_LEFT_RE = /^\s*[\])]{1,3}\s*,\s*$/;
/** A closure's end before the code, then the response's headers: Laravel's `}, 200, ['Content-Type' => 'image/svg+xml']);`. */
const PHP_CLOSURE_TAIL_LEFT_RE = /^\s*\}\s*,\s*$/;
/** A response's headers written as an array after its status: `['Content-Type' => 'image/svg+xml']`. */
const PHP_HEADERS_ARRAY_SOURCE = String.raw`\[\s*['"][\w-]+['"]\s*=>[^\]]{0,80}\]`;
const PHP_HEADERS_TAIL_RIGHT_RE = new RegExp(String.raw`^\s*,\s*(?:(?:\$headers|${PHP_HEADERS_ARRAY_SOURCE})\s*\)|\[\s*$)`);
/** After the code of a returned tuple: its headers (`, {'Content-Type': ...}`, `, headers`). */
const TUPLE_HEADERS_AFTER_RE = /^\s*,\s*(?:\{\s*(?:$|['"])|\w*[Hh]eaders\b)/;
/** A variable named for a response, assigned (not compared): `response =`, `resp =`. */
const RESPONSE_TUPLE_NAME_RE = /(?:^|[^\w.])(?:response|resp|res|rv|reply)\s*=$/;
/** The first item of a returned tuple when it is a body: a string, a dict, a rendered or serialised value, a body-named variable. */
const TUPLE_BODY_FIRST_RE = /^\s*(?:[rfb]?["']|\{|(?:jsonify|render_template|make_response|json\.dumps|dumps|body|resp|response|data|msg|message|result|content|payload|html|text|output|error|err)\b)/;
const RSPEC_LET_RE = /\blet!?\(:(\w+)\)$/;
// (or the middle line of a multi-line `return (\n jsonify({...}), 400\n)`)
const PY_BODY_TUPLE_RE = /^\s*(?:\w+\s*=\s*)?(?:json\.dumps|jsonify|render_template|make_response|dumps|Response)\(.*\)\s*,\s*$/;
const PY_MESSAGE_DICT_LEFT_RE = /^\s*\{\s*['"](?:message|error|msg|detail|errors)['"]\s*:.*\}\s*,\s*$/;
const PY_TUPLE_TAIL_LEFT_RE = /^\s*(?:[}\])]+|"""|''')\s*,\s*$/;
// (and maybe one more argument: the helper's flag or message, `], 406, false);`, `], 401, 'Invalid API key');`;
// and maybe the call around it closed too, `abort(response()->json([...], 403));`)
const PHP_ARRAY_TAIL_RIGHT_RE = new RegExp(String.raw`^\s*(?:,\s*(?:true|false|null|\$\w+|'[^']*'|"[^"]*"|\[\s*\]|${PHP_HEADERS_ARRAY_SOURCE})\s*)?\)(?:\s*\))?\s*(?:->\s*\w+\(\s*\)\s*)*[;,]?\s*(?:$|\/\/|#)`);

/** First item of a bracketed group: `in (200, 201)`, `[200, 201].includes(x.status)`, `status: [200, 201]`. */
function decideList(line: string, s: number, e: number, code: number, lang: string, depth: number, at: number, j: number, min: number): Verdict {
  // RSpec `let(:response_status) { 200 }`: a value named for the status
  if (line.charCodeAt(at + 1) === 123 && j >= min && line.charCodeAt(j) === 41) {
    const let_ = RSPEC_LET_RE.exec(line.slice(Math.max(0, j - 60), j + 1));
    if (let_ && classify(let_[1] ?? '') === 'status' && /^['"]?\s*\}/.test(line.slice(e, e + 8))) return 'yes';
  }
  // What precedes the opener?
  if (j >= min && depth < 2) {
    const op = readOpBack(line, j, min);
    if (op && (COMPARE_OPS.has(op.op) || op.op === '=' || op.op === ':' || op.op === '=>')) {
      const k = skipSpacesBack(line, op.at, min);
      let ch = k >= min ? readChainBack(line, k, min) : undefined;
      // Python's `status_code not in {307, 308}`: the subject is before the `not`
      if (ch && op.op === 'in' && ch.segs.length === 1 && !ch.receiver && ch.segs[0] === 'not') {
        const k2 = skipSpacesBack(line, ch.start - 1, min);
        ch = k2 >= min && k2 < ch.start - 1 ? readChainBack(line, k2, min) : undefined;
      }
      if (ch && chainIsStatus(ch)) return 'yes';
    }
    if (!op) {
      const w = wordBack(line, j, min);
      if (w && C.CASE_WORDS.has(w.word)) return isCommon(code) ? 'yes' : undefined;
    }
  }
  if (j >= min && line.charCodeAt(j) === 40 && depth < 2) {
    // a list argument: `.expect([200, 404])`
    const k = skipSpacesBack(line, j - 1, min);
    const ch = k >= min ? callChainBack(line, k, min) : undefined;
    if (ch && !isKeyword(ch) && decideCall(line, s, e, ch, 0, code, lang) === 'yes') return 'yes';
  }
  // the statuses an HTTP client's call accepts, a later argument: sparkmagic's `self._http_client.get("/sessions", [200])`
  // (and its mocks' `http_client.get.assert_called_once_with("/sessions", [200])`)
  if (j >= min && depth < 2 && line.charCodeAt(j) === 44 && isCommon(code)) {
    const ch = calleeAt(line, openerBack(line, j - 1, min), min);
    if (ch && ch.segs.some((g) => HTTP_CLIENT_SEG_RE.test(g))) return 'yes';
    // (or a helper named for the status it checks: `self._ensure_status("login start", response, {200, 302})`)
    if (ch && classify(ch.segs[0] ?? '') === 'status') return 'yes';
  }
  if (errorCodeList(line, at + 1)) return 'yes';
  // the item rules below all need a next item: `[200, {...}]`, `[409, 'body']`, `(500, Exception)`
  let n = e;
  if (n < line.length && isQuote(line.charCodeAt(n))) n++;
  n = skipSpacesFwd(line, n, Math.min(line.length, n + 4));
  if (line.charCodeAt(n) !== 44) return statementMentionsStatus(line, s, e) ? 'yes' : undefined;
  const right = line.slice(e, e + 40);
  // Rack triplet `[200, { 'Content-Type' => ... }, [body]]`, PSGI's `[404, ['Content-Type' => 'text/plain'], [...]]`
  const first = line.charCodeAt(skipSpacesBack(line, s - 1, min)) === 91;
  if (first && /^\s*,\s*(?:\{|headers\b|\[\s*['"][Cc]ontent-[Tt]ype['"])/.test(right)) return isCommon(code) ? 'yes' : undefined;
  // Rack pair returned from a block: `get('/') { [409, 'body'] }`
  if (first && C.SYMBOL_LANGUAGES.has(lang) && /^\s*,\s*['"]/.test(right) && j >= min && line.charCodeAt(j) === 123 && line.charCodeAt(skipSpacesBack(line, j - 1, min)) === 41) {
    return isCommon(code) ? 'yes' : undefined;
  }
  // exception-handler keys: `if key in (500, Exception):`
  const item = /^['"]?\s*,\s*([A-Z]\w*)\s*[)\]},]/.exec(right);
  if (item && C.EXCEPTION_ITEM_RE.test(item[1] ?? '') && j >= min) {
    const op = readOpBack(line, j, min);
    if (op && (op.op === 'in' || op.op === '==' || op.op === 'is')) return isCommon(code) ? 'yes' : undefined;
  }
  return statementMentionsStatus(line, s, e) ? 'yes' : undefined;
}

/** A word (no operator) right before the number. */
function decideWord(line: string, s: number, e: number, i: number, min: number, code: number, lang: string, depth: number): Verdict {
  const w = wordBack(line, i, min);
  if (!w) return undefined;
  const word = w.word;
  // space-separated list: `error_page 500 502 503 /50x.html`
  if (/^\d{3}$/.test(word) && depth < 12) {
    let st = w.start;
    for (let guard = 0; guard < 40; guard++) {
      const k = skipSpacesBack(line, st - 1, min);
      const w2 = wordBack(line, k, min);
      if (!w2) return undefined;
      if (/^\d{3}$/.test(w2.word)) {
        st = w2.start;
        continue;
      }
      return C.SPACE_LIST_KEYWORDS.has(w2.word) ? 'yes' : undefined;
    }
    return undefined;
  }
  if (C.KEYWORDS_BEFORE.has(word)) return 'yes';
  // a paren-less test title that starts with the code: RSpec `it '405' do`
  if (C.TEST_TITLE_CALLS.has(word) && s > 0 && isQuote(line.charCodeAt(s - 1)) && SPACE_CALL_LANGUAGES.has(lang)) {
    return isDistinctive(code) || (isCommon(code) && proseRightOk(line, e, code)) ? 'yes' : 'no';
  }
  if ((word === 'or' || word === 'and' || word === 'nor' || word === 'vs') && depth < 3) {
    // `HTTP 403 or 429`, `301 and 302`: same verdict as the code before
    const k = skipSpacesBack(line, w.start - 1, min);
    let d = k;
    while (d >= min && isDigit(line.charCodeAt(d))) d--;
    if (k - d === 3 && known(codeAt(line, d + 1)) && standalone(line, d + 1, k + 1)) {
      const prev = decideLeft(line, d + 1, k + 1, codeAt(line, d + 1), lang, depth + 1);
      if (prev === 'yes' || reasonPhraseFollows(line, k + 1, codeAt(line, d + 1))) return 'yes';
    }
  }
  // a Ruby helper called without parentheses, the status then the body: Sinatra `json_response 200, { data: x }`
  if ((lang === 'ruby' || lang === 'crystal') && isCommon(code) && RUBY_RESPONSE_HELPER_RE.test(word) && JSON_BODY_SECOND_RE.test(line.slice(e, e + 48))) return 'yes';
  // (a Rack helper named for the response takes any body: Puma's `rack_response 404, "{ ... }"`, `rack_response 200, resp_type`)
  if ((lang === 'ruby' || lang === 'crystal') && isCommon(code) && word.endsWith('_response') && /^\s*,\s*\S/.test(line.slice(e, e + 8))) return 'yes';
  // (or one named for an error, the status then a message: kitsu's `render_jsonapi_error 400, 'Invalid card'`)
  // (or one that renders an error, with any second argument: samson's `render_json_error 422, @deploy.errors`)
  if ((lang === 'ruby' || lang === 'crystal') && code >= 400 && isCommon(code) && word.endsWith('_error') && (MESSAGE_ARG_RE.test(line.slice(e, e + 40)) || (word.startsWith('render_') && /^\s*,\s*\S/.test(line.slice(e, e + 8))))) return 'yes';
  // Plug's calls on a connection without parentheses: `conn.resp 200, "world"`
  if (lang === 'elixir' && isCommon(code) && ELIXIR_CONN_CALL_RE.test(line.slice(Math.max(0, s - 32), s))) return 'yes';
  const lower = word.toLowerCase();
  if (C.CASE_WORDS.has(word)) return isCommon(code) && !otherCaseNotACode(line, s) ? 'yes' : undefined;
  if (word === 'return') {
    // (nginx `return 301 https://...;`, `return 404;`; in a file of unknown language, `return 440 * pow(...)` is a product)
    if (C.DIRECTIVE_LANGUAGES.has(lang)) return PRODUCT_AFTER_RE.test(line.slice(e, e + 6)) ? undefined : 'yes';
    // a Rack-style route's `return 404, 'Not found'` (Ruby returns the pair: status, then a body that is not a number)
    if ((lang === 'ruby' || lang === 'crystal') && isCommon(code) && RUBY_STATUS_BODY_AFTER_RE.test(line.slice(e, e + 6))) return 'yes';
    return isDistinctive(code) && proseRightOk(line, e, code) ? 'yes' : undefined;
  }
  if (/^(?:eq|eql|equal|be)$/.test(word)) return statementMentionsStatus(line, s, e) ? 'yes' : undefined; // RSpec `to eq 200`
  // Minitest `assert_equal 303, @response.first`: the other argument is the response (or its status)
  if (/^(?:assert|refute)_\w+$/.test(word) && RESPONSE_ARG_RE.test(line.slice(e, e + 60))) return 'yes';
  if (classify(word) === 'status') return 'yes';
  // Prose
  if (C.PROSE_STRONG.has(lower)) return 'yes';
  if (lower === 'error' || lower === 'err' || FOREIGN_ERROR_WORDS.has(lower)) return code >= 400 && code <= 599 ? 'yes' : undefined;
  const words = [lower];
  let k = w.start - 1;
  for (let n = 0; n < 2; n++) {
    k = skipSpacesBack(line, k, min);
    while (k >= min && (line.charCodeAt(k) === 42 || line.charCodeAt(k) === 96)) k--;
    const w2 = wordBack(line, k, min);
    if (!w2) break;
    words.push(w2.word.toLowerCase());
    k = w2.start - 1;
  }
  const [w1 = '', w2 = '', w3 = ''] = words;
  const verbNear = C.PROSE_VERBS.has(w1) || (C.PROSE_LINKS.has(w1) && (C.PROSE_VERBS.has(w2) || (C.PROSE_LINKS.has(w2) && C.PROSE_VERBS.has(w3))));
  if (verbNear && isCommon(code) && proseRightOk(line, e, code)) return 'yes';
  if ((w1 === 'a' || w1 === 'an' || w1 === 'the') && isDistinctive(code) && code >= 400 && proseRightOk(line, e, code)) return 'yes';
  return undefined;
}

/** A product's operator and operand after a number: `440 * std.math.pow(...)` (not `/`: nginx's `return 301 /path`). */
const PRODUCT_AFTER_RE = /^ *[*%] *[\w(]/;
/** A shell variable named for another kind of code: `$VERSION_CODE -lt 100`, `$EXIT_CODE -ne 0`. */
const NOT_HTTP_CODE_NAME_RE = /(?:version|exit|build|zip|postal|country|lang(?:uage)?|area|key|char|colou?r)_?codes?$/i;
const EQUALITY_OPS: ReadonlySet<string> = new Set(['==', '===', '!=', '!==']);
const RUBY_STATUS_BODY_AFTER_RE = /^\s*,\s*(?![\d.+-])\S/;
/** A Ruby helper named for a JSON body or a response: `json_response`, `render_json`, `error_response`, `respond_with_json`. */
const RUBY_RESPONSE_HELPER_RE = /^(?:json|\w*_json|\w*_response|json_\w+|respond\w*)$/;
const SHELL_RESPONSE_VAR_RE = /(?:^|_)(?:response|resp|status|code|http|http_code|httpcode|rc)$/i;
/**
 * `Erro 400` (Portuguese), `Erreur 404` (French), `Fehler 500` (German), `Errore 404` (Italian), `Hata 500` (Turkish), `Chyba 404`
 * (Czech), `Fout 500` (Dutch), `Virhe 404` (Finnish), `Blad 500` (Polish without its letters), and the plurals `errores 500`
 * (Spanish), `erros`, `erreurs`.
 */
const FOREIGN_ERROR_WORDS: ReadonlySet<string> = new Set(['erro', 'erreur', 'fehler', 'errore', 'errores', 'erros', 'erreurs', 'hata', 'chyba', 'fout', 'virhe', 'blad']);

function unitComment(line: string, e: number): boolean {
  let i = e;
  const max = Math.min(line.length, e + 4);
  while (i < max && (isSpace(line.charCodeAt(i)) || line.charCodeAt(i) === 44 || line.charCodeAt(i) === 59)) i++;
  const c = line.charCodeAt(i);
  return (c === 47 || c === 35 || c === 45) && UNIT_COMMENT_RE.test(line.slice(e, e + 24));
}
const UNIT_COMMENT_RE = /^[,;]?\s*(?:\/\/|#|--|\/\*)\s*(?:ms|s|sec|secs|seconds?|millis(?:econds)?|minutes?|mins?|hours?|days?|px|bytes?|kb|mb|gb|chars|characters|lines|rows|items|entries|records|percent|%)\b/i;
const RESPONSE_ARG_RE = /^\s*,\s*@?\w*(?:response|resp)\b(?:\.first|\[0\])?\s*(?:$|[,)#;])/i;

function proseRightOk(line: string, e: number, code: number): boolean {
  void code;
  let i = e;
  while (i < line.length && (line.charCodeAt(i) === 42 || line.charCodeAt(i) === 96)) i++;
  while (i < line.length && isSpace(line.charCodeAt(i))) i++;
  if (i >= line.length) return true;
  const c = line.charCodeAt(i);
  // a file name: `serve 404.php`, `return 404.html` (a page, not the status)
  if (c === 46 && i === e && isAlpha(line.charCodeAt(i + 1))) return false;
  if (!isAlpha(c)) return c !== 37 && c !== 42 && c !== 120 && c !== 43; // punctuation ok (not `300+`)
  const w = (wordAfter(line, i) ?? '').toLowerCase();
  // (an adverb: `should handle 404 gracefully`; not a rate, `500 daily`)
  return C.PROSE_NEXT_OK.has(w) || (w.length >= 6 && w.endsWith('ly') && !RATE_ADVERBS.has(w));
}
const RATE_ADVERBS: ReadonlySet<string> = new Set(['hourly', 'weekly', 'monthly', 'yearly', 'quarterly', 'annually', 'nightly']);

/**
 * Yoda comparison after the number: `200 === res.status`, `200 <= r.status_code`. The regex runs only
 * when the first character after ASCII spaces can start one: an operator character or a non-ASCII
 * character, which `\s` may match.
 */
function yodaStatusAfter(line: string, e: number, code: number): boolean {
  let r = e;
  while (r < line.length && (isSpace(line.charCodeAt(r)) || line.charCodeAt(r) === 11 || line.charCodeAt(r) === 12)) r++;
  const r0 = r < line.length ? line.charCodeAt(r) : 0;
  if (!(r0 > 127 || r0 === 61 || r0 === 33 || r0 === 60 || r0 === 62 || r0 === 45)) return false;
  const yoda = YODA_RE.exec(line.slice(e, e + RIGHT_WINDOW));
  if (!yoda || !yoda[1]) return false;
  // (PHP's calls along a chain: `403 === $e->getResponse()->getStatusCode()`; a key read, `200 <> $nfo['http_code']`)
  const text = yoda[1].endsWith(']') ? yoda[1].replace(/\[\s*['"]([\w-]+)['"]\s*\]$/, '.$1') : yoda[1];
  const segs = chainSegments(text.includes('->') ? text.replace(/\(\)(?=->)/g, '').replace(/->/g, '.') : text);
  const last = segs[segs.length - 1] ?? '';
  if (classify(last) === 'status') return !weakNameBelow200(last, code);
  return segs.length === 1 && aliasIsStatus(line, segs[0] ?? '', e);
}

/** A long enum name with an HTTP-code word and the code's phrase at its end: `FIRInstallationsRegistrationHTTPCodeProjectNotFound = 404`. */
function httpCodeNamedFor(name: string, code: number): boolean {
  if (name.length < 12 || !HTTP_CODE_WORD_RE.test(name)) return false;
  const n = squash(name);
  return phrasesOf(code).some((q) => q.length >= 4 && n.endsWith(squash(q)));
}
const HTTP_CODE_WORD_RE = /HTTP_?(?:Status_?)?Code|Http_?(?:Status_?)?Code|HttpStatus|HTTPStatus|StatusCode/;

/**
 * The first code of a class, named with HTTP and the class: `HTTP_SERVER_ERROR_MIN = 500`, `httpClientErrorStart = 400`
 * (a range bound kept as a constant).
 */
function httpClassBoundName(name: string, code: number): boolean {
  if (code % 100 !== 0 || name.length < 10 || !/HTTP|Http|http/.test(name)) return false;
  const m = HTTP_CLASS_WORD_RE.exec(name);
  if (!m) return false;
  const cls = m[1] ? 2 : m[2] ? 3 : m[3] ? 4 : 5;
  return Math.floor(code / 100) === cls;
}
const HTTP_CLASS_WORD_RE = /(SUCCESS|Success)|(REDIRECT|Redirect)|(CLIENT_?ERROR|Client_?Error)|(SERVER_?ERROR|Server_?Error)/;

/**
 * A constant named for the outcome its code stands for: `SUCCESS = 200`, `FAIL: 500` (not `SUCCESS = 100`;
 * not `ERROR = 400`, which is Monolog's and syslog-style log level).
 */
function outcomeNameFor(name: string, code: number): boolean {
  const lower = name.toLowerCase();
  return code >= 200 && code < 300 ? lower === 'success' : code >= 400 && (lower === 'fail' || lower === 'failure');
}

/**
 * Whether `name` was bound to a status member earlier on the line, so comparing it compares the status:
 * Go `if c := r.StatusCode; 200 <= c && c <= 299`, CoffeeScript's `(ref = xhr.status) === 0 || ref === 200`.
 */
function aliasIsStatus(line: string, name: string, before: number): boolean {
  if (name.length === 0 || name.length > 24) return false;
  // (the binding is looked for within ALIAS_REACH characters, a little more than LINE_REACH: `x === 307 || ...`)
  const min = Math.max(0, before - ALIAS_REACH);
  const head = min > 0 ? line.slice(min, Math.min(line.length, before + name.length + 2)) : line;
  const back = (text: string, at: number): number => {
    if (at < min) return -1;
    const r = head.lastIndexOf(text, at - min);
    return r < 0 ? -1 : r + min;
  };
  // a closure over a status: Rust `e.status().is_some_and(|s| s == 429)`, `res.status.map(s => s == 404)`
  if (name.length <= 12) {
    const bar = back('|' + name + '|', before);
    if (bar > 0 && CLOSURE_HEAD_RE.test(line.slice(Math.max(0, bar - 60), bar))) return true;
    const arrow = back('=>', before);
    if (arrow > 0) {
      const head = line.slice(Math.max(0, arrow - 70), arrow);
      const m = ARROW_PARAM_RE.exec(head);
      if (m && m[1] === name && CLOSURE_HEAD_RE.test(head.slice(0, m.index))) return true;
    }
  }
  for (let i = back(name, before - 1), guard = 0; i >= 0 && guard < 16; i = i > 0 ? back(name, i - 1) : -1, guard++) {
    if ((i > 0 && isIdentChar(line.charCodeAt(i - 1))) || isIdentChar(line.charCodeAt(i + name.length))) continue;
    let k = skipSpacesFwd(line, i + name.length, Math.min(line.length, i + name.length + 4));
    if (line.charCodeAt(k) === 58 && line.charCodeAt(k + 1) === 61) k += 2; // :=
    else if (line.charCodeAt(k) === 61 && line.charCodeAt(k + 1) !== 61) k += 1; // = (not ==)
    else continue;
    ALIAS_VALUE_RE.lastIndex = skipSpacesFwd(line, k, Math.min(line.length, k + 4));
    const m = ALIAS_VALUE_RE.exec(line);
    if (!m) return false;
    const segs = chainSegments(m[1] ?? '');
    return segs.length > 1 && classify(segs[segs.length - 1] ?? '') === 'status';
  }
  return false;
}
const ALIAS_REACH = LINE_REACH + 40;
/** What a closure over a status is handed to: `status().is_some_and(`, `.status.map(`. */
const CLOSURE_HEAD_RE = /(?:status(?:_?[Cc]ode)?|Status(?:Code)?|status_int|result_int)(?:\(\))?\s*\??\.\s*\w+\(\s*\(?\s*$/;
const ARROW_PARAM_RE = /(\w+)\s*\)?\s*$/;
const ALIAS_VALUE_RE = /([A-Za-z_$][\w$]*(?:\??\.[A-Za-z_$][\w$]*)+(?:\(\))?)\s*(?:[;)]|$)/y;
const HANDLER_VALUE_RE = /^(?:async\s+)?(?:function\b|\([\w\s,]*\)\s*=>|\w+\s*=>)/;
const YODA_RE = /^\s*(?:===?|!==?|<>|<=?|>=?|-eq|-ne)\s*([A-Za-z_$][\w$.?]*(?:\(\))?(?:->[A-Za-z_]\w*(?:\(\))?){0,4}(?:\[\s*['"][\w-]+['"]\s*\])?)(?:\(\s*\$?[\w$.]{1,40}\s*\))?/;

// (or the type of its body, a list of it too: `//		200: []Plant`, `//   200: body:Plant`)
const GO_SWAGGER_RESPONSE_NAME_RE = /^[a-z]\w*$|^(?:body:)?(?:\[\])?[A-Z]\w*$/;
const GO_SWAGGER_KEY_LEFT_RE = /^\s*\/\/\s+$/;
const ERRORISH_VALUE_RE = /^['"]?[^'"]{0,40}\b(?:error|invalid|fail\w*|unknown|missing|denied|wrong|does not exist)\b/i;
/** Hangul, CJK, kana or Cyrillic at the start of a text. */
const NON_LATIN_START_RE = /^[\u0400-\u04FF\u3040-\u30FF\u4E00-\u9FFF\uAC00-\uD7AF]/;
/** Right-context rules: Yoda comparisons, `404:` keys, match arms, `404 error`. */
function decideRight(line: string, s: number, e: number, code: number, lang: string): boolean {
  const right = line.slice(e, e + RIGHT_WINDOW);
  if (yodaStatusAfter(line, e, code)) return true;
  const atClauseStart = clauseStart(line, s);
  if (atClauseStart) {
    // key: `'404':`, `404: {`, `"200": {"description": ...}`
    const key = /^['"]?\s*:(?!:)\s*(.*)$/.exec(right);
    if (key) {
      let value = (key[1] ?? '').trim();
      if (value.startsWith('{')) {
        // `404: {` opens a block, `'200': {}` is an empty response; `500: { value: '#a0aec0' }` is a palette entry
        value = value.slice(1).trim();
        const opens = value === '' || value.startsWith('//') || value.startsWith('#');
        // (a bare 1xx key opening a block is more often some other table's id: `100: {` among `125: {`, `132: {`)
        if (opens && code < 200 && !isQuote(right.charCodeAt(0))) return false;
        if (opens || (value.startsWith('}') && isCommon(code))) return true;
      }
      // (the keys of an openapi-generator Python client's inline map: `response_types_map = {201: "object"}`)
      if (lang === 'python' && RESPONSE_TYPES_MAP_BEFORE_RE.test(line.slice(Math.max(0, s - 80), s))) return true;
      // (a 1xx key with an error's message is some other API's error code: Synology's `100: 'Unknown error'`)
      if (code < 200 && ERRORISH_VALUE_RE.test(value) && !reasonPhraseIn(value, code)) return false;
      if (C.KEY_VALUE_RE.test(value) || reasonPhraseIn(value, code)) return true;
      // a handler per status: jQuery's `statusCode: { 404: function(data) {`, `500: (res) => ...`
      if (isCommon(code) && code >= 200 && HANDLER_VALUE_RE.test(value)) return true;
      // go-swagger's route annotations, a response's name per status: `//	  200: oidcConfiguration`
      if (lang === 'go' && atClauseStart === COMMENT_CLAUSE && isCommon(code) && GO_SWAGGER_RESPONSE_NAME_RE.test(value) && GO_SWAGGER_KEY_LEFT_RE.test(line.slice(0, s))) return true;
      // a quoted key alone in a doc comment, a response list's entry: go-swagger `//   '200':`
      if (value === '' && atClauseStart === COMMENT_CLAUSE && isQuote(right.charCodeAt(0)) && isCommon(code)) return true;
      // a doc comment's key explained in a script other than Latin: Javadoc's `* 400 : 회원 가입 양식 잘못된 경우`
      if (atClauseStart === COMMENT_CLAUSE && isCommon(code) && official(code) && NON_LATIN_START_RE.test(value)) return true;
      // (in documentation a key can be a code explained in any language: `401: no hay credenciales validas`)
      if (!DOC_LANGUAGES.has(lang)) return false;
    }
    // match arms: `404 => ...`, `404 -> ...`, shell `200)` (not in a comment block: `#   400 => "#399EE5"` is a palette)
    if (atClauseStart === CODE_CLAUSE) {
      // (not a table of numbers: `200 => 200 ,`, a maximum's choices)
      // (nor a table keyed by other numbers too: `{ 100 => "Admin", 150 => "AdmCamp", 200 => "Merchant" }`, a category's ids)
      if (/^['"]?\s*(?:=>|->)/.test(right)) return isCommon(code) && !plainStringArm(right, code) && !/^['"]?\s*(?:=>|->)\s*\d+\s*[,\]]/.test(right) && !unknownNumberIn(line.slice(Math.max(0, s - LEFT_WINDOW), e + RIGHT_WINDOW));
      // (a case pattern opens its line, or follows other patterns: `200|201)`; not a tuple's last item, `width = (300, 400)`)
      if (C.SHELL_LANGUAGES.has(lang) && /^['"]?\s*[|)]/.test(right)) return isCommon(code) && SHELL_ARM_LEFT_RE.test(line.slice(Math.max(0, s - 40), s));
    }
  }
  // documentation lists: `- **401** – missing token`, `404: not found`
  // (not a table row of numbers: a Pokédex's `| 306 | Aggron | 306 | 21 | 3600 | 265 |`)
  // (an unregistered code with its own phrase only: `| 420 | The withdraw was successful. |` is an exercise's amount)
  // (or the condition it answers: `- 400 if the message is malformed`)
  if (DOC_LANGUAGES.has(lang) && isCommon(code) && s <= LEFT_WINDOW && DOC_ITEM_LEFT_RE.test(line.slice(0, s)) && (DOC_ITEM_RIGHT_RE.test(right) || (code !== 300 && DOC_ITEM_CONDITION_RE.test(right))) && !numberCellsAfter(line, e) && (official(code) || reasonPhraseNear(line, e, code))) return true;
  // `404 page`, `500 error`, `429 responses`
  const w = wordAfter(line, e);
  // a link checker's report, the code then the URL it got it from: `404 https://perl.org/python` (`http://` is a noun below)
  // and a handler named for the code it answers: Django's `Default 404 handler.`
  if ((w === 'https' && line.startsWith('://', skipSpacesFwd(line, e, e + 4) + 5)) || (w === 'handler' && code >= 400)) return isCommon(code);
  if (w && C.STATUS_NOUNS_PLURAL.has(w.toLowerCase()) && isDistinctive(code)) return true;
  // what a 429 means, after it: `429 rate limited`, `429 rate-limit`, `429 too many requests`
  if (code === 429 && w && RATE_LIMIT_AFTER_RE.test(line.slice(e, e + 20))) return true;
  // a list of errors and what each is for: `429 for rate limit exceeded, 400 for disabled provider,` (two error codes at least,
  // one of them not round: `use 400 for small, 500 for large` are sizes)
  if (w === 'for' && code >= 400 && official(code) && isCommon(code) && otherCodeFor(line, s, code)) return true;
  if (w && C.STATUS_NOUNS.has(w.toLowerCase()) && isCommon(code)) {
    // not `limit: 500 requests` (units handled earlier); avoid `x = 200 status` in code by requiring no binding op
    // (a count of pages seen: `over 200 page views`, `500 page loads`)
    return !(w.toLowerCase() === 'page' && PAGE_COUNT_AFTER_RE.test(line.slice(e, e + 16)));
  }
  return false;
}
/** What may come before a shell case pattern's code on its line: nothing, or other patterns (`200|`, `"201" | `). */
const SHELL_ARM_LEFT_RE = /(?:^|[^\w,(\s])\s*(?:['"]?\d{3}['"]?\s*\|\s*)*['"]?$/;
/** Another official error code on the line (within reach), followed by ` for `, after a separator: `, 400 for disabled provider`. */
function otherCodeFor(line: string, s: number, code: number): boolean {
  const lo = Math.max(0, s - LINE_REACH);
  const near = line.slice(lo, Math.min(line.length, s + LINE_REACH));
  CODE_FOR_RE.lastIndex = 0;
  for (let m = CODE_FOR_RE.exec(near); m; m = CODE_FOR_RE.exec(near)) {
    const c = Number(m[1]);
    // (`m[0]` ends with the code and ` for `, eight characters: not the number at s itself)
    if (c !== code && c >= 400 && c <= 599 && official(c) && (c % 100 !== 0 || code % 100 !== 0) && lo + m.index + m[0].length - 8 !== s) return true;
  }
  return false;
}
const CODE_FOR_RE = /(?:^\s*|(?:^|\s)(?:\/\/|#|\*)\s*|[,;:(]\s*|\bor\s|\band\s)([45]\d\d) for /g;
/** `429 rate limited`, `429 (rate limit)`, `429 too many`. */
const RATE_LIMIT_AFTER_RE = /^\W{1,3}(?:rate[\s_-]?limit|too many\b)/i;
const PAGE_COUNT_AFTER_RE = /^\s+page\s*(?:views?|loads?|visits?|hits|impressions)\b/i;

function reasonPhraseIn(value: string, code: number): boolean {
  const st = getStatus(code);
  if (!st || st.name === 'TODO') return false;
  if (value.toLowerCase().includes(st.name.toLowerCase())) return true;
  // `305: ("use_proxy",)`: the name written as an identifier
  const m = /^[([{]?\s*['"]([a-z_]{4,40})['"]/.exec(value);
  return m !== null && squash(m[1] ?? '') === squash(st.name);
}

const CODE_CLAUSE = 1;
const COMMENT_CLAUSE = 2;
/** Whether the number opens a clause: after `{`, `,` or at the line start (CODE_CLAUSE), or after a comment marker opening the line (COMMENT_CLAUSE); 0 otherwise. */
function clauseStart(line: string, s: number): number {
  let i = s - 1;
  const min = Math.max(0, s - LEFT_WINDOW);
  if (i >= min && isQuote(line.charCodeAt(i))) i--;
  while (i >= min && isSpace(line.charCodeAt(i))) i--;
  if (i < min) return s - LEFT_WINDOW <= 0 ? CODE_CLAUSE : 0;
  const c = line.charCodeAt(i);
  if (c === 123 || c === 44) return CODE_CLAUSE;
  // a key written in a comment block (swagger-jsdoc ` *   "201":`, `#   404:`, go-swagger `//   '200':`): the marker opens the line
  if (c === 47 && i >= 1 && line.charCodeAt(i - 1) === 47) {
    let k = i - 2;
    if (k >= 0 && line.charCodeAt(k) === 47) k--;
    return skipSpacesBack(line, k, 0) < 0 ? COMMENT_CLAUSE : 0;
  }
  return (c === 42 || c === 35) && skipSpacesBack(line, i - 1, 0) < 0 ? COMMENT_CLAUSE : 0;
}
