import * as assert from 'assert';
import { constantFamilies, findStatusMentions, findStatusMentionAt, getStatus, type StatusMention } from '../../src/core';
import { DENSE_CORPUS_SHARE, GENERATOR_CORPUS_ROWS, MEASURED_DENSITY, generateCorpusDocument, generateMixedDocument } from '../../bench/index';
import { loadCorpus } from '../../bench/corpus';

// The scanner rejects most lines with one regex pass (number candidates plus constant triggers
// derived from the family tables). These tests pin down that the shortcut never loses a mention.

suite('detect: fast rejection keeps every mention', () => {
  test('every member of every family is found through every qualifier the family lists', () => {
    for (const f of constantFamilies) {
      if (f.separator === ':') continue;
      for (const q of f.qualifiers) {
        // (a dotted qualifier's segments are joined by the family's separator: Crystal's `HTTP::Status::OK`)
        const qualifier: string = q === '*' ? 'anyPackage' : q.split('.').join(f.separator);
        for (const [name, code] of f.names) {
          if (!getStatus(code)) continue;
          const text: string = `${f.onlyNearStatus ? 'r.status_code' : 'x'} = ${qualifier}${f.separator}${name};`;
          const lang: string = f.languageIds[0] ?? '';
          const m: StatusMention | undefined = findStatusMentions(text, lang).find((x) => x.kind === 'constant');
          assert.ok(m, `${f.id}: ${text}`);
          assert.ok(text.slice(m.start, m.end).endsWith(name), `${f.id}: span of ${text}`);
          const memberAt: number = text.indexOf(f.separator + name) + f.separator.length;
          assert.deepStrictEqual(findStatusMentionAt(text, lang, memberAt), m, `${f.id}: hover on ${text}`);
        }
      }
    }
  });

  test('the benchmark documents: hover answers match the full scan', () => {
    for (const doc of [generateMixedDocument(2000, 7, DENSE_CORPUS_SHARE), generateCorpusDocument(500, 7)]) {
      doc.lines.forEach((line, i) => {
        const lang = doc.langs[i] ?? '';
        const all = findStatusMentions(line, lang);
        for (let c = 0; c < line.length; c++) {
          const want = all.find((m) => m.start <= c && c < m.end);
          assert.deepStrictEqual(findStatusMentionAt(line, lang, c), want, `${lang}@${c}: ${line}`);
        }
      });
    }
  });

  test('long lines: hover (window scan) matches the whole-line scan, so both passes find the same candidates', () => {
    // Lines longer than the hover window take a different pass (a window may cut a number or a
    // trigger) than the whole-line scan (LINE_RE); padding the benchmark lines compares the two.
    const pads: [string, string][] = [[' '.repeat(300), ' '.repeat(300)], ['x = 1; '.repeat(45), ' // '.repeat(80)], ['', ' $_'.repeat(120)]];
    const extra = ['$404 _404 404_ 4040 x404 404x é404 404é ٤٠٤ 404', 'a.B:C::D HTTP_ HTTP_404_ :not_found status.OK Status.OK .SC_OK 1,200 200,000 [200,201]', 'import HTTP_404_NOT_FOUND', 'x = HTTP_201_CREATED'];
    for (const doc of [generateMixedDocument(1500, 11, DENSE_CORPUS_SHARE), generateCorpusDocument(400, 11)]) {
      [...doc.lines, ...extra].forEach((raw, i) => {
        const lang = doc.langs[i] ?? 'plaintext';
        for (const [left, right] of pads) {
          const line = left + raw + right;
          for (const mode of ['context', 'anyNumber'] as const) {
            const all = findStatusMentions(line, lang, { mode });
            for (let c = left.length - 8; c < left.length + raw.length + 8; c++) {
              const want = all.find((m) => m.start <= c && c < m.end);
              assert.deepStrictEqual(findStatusMentionAt(line, lang, c, { mode }), want, `${lang} ${mode} @${c}: ${raw}`);
            }
          }
        }
      });
    }
  });

  test('the realistic document is calibrated on real handler files: at least their density of status numbers and mentions', () => {
    const { mix, lines } = generateMixedDocument();
    assert.strictEqual(lines.length, 10_000);
    assert.ok(mix.corpusMentions > 0 && mix.corpusTraps > 0);
    // the corpus lines alone carry the measured mention density (within sampling noise)
    const mentionShare = mix.corpusMentions / mix.nonBlank;
    assert.ok(Math.abs(mentionShare - MEASURED_DENSITY.handlerFiles.mentionLines) < 0.006, `corpus mention lines ${mentionShare.toFixed(4)}`);
    const numberShare = mix.bareCandidateLines / mix.nonBlank;
    assert.ok(numberShare >= MEASURED_DENSITY.handlerFiles.statusNumberLines, `status-number lines ${numberShare.toFixed(4)}`);
  });

  test('the realistic document is the one earlier sessions measured (relabelling a frozen row would change it)', () => {
    const { mix, lines } = generateMixedDocument();
    assert.deepStrictEqual([mix.ordinary, mix.corpusMentions, mix.corpusTraps, mix.bareCandidateLines], [9607, 217, 176, 665]);
    // FNV-1a over the lines: any edit of a drawn row (or of the templates) changes it
    let h = 2166136261;
    for (const line of lines) {
      for (let i = 0; i < line.length; i++) h = Math.imul(h ^ line.charCodeAt(i), 16777619) >>> 0;
      h = Math.imul(h ^ 10, 16777619) >>> 0;
    }
    assert.strictEqual(h.toString(16), 'ceb002fa');
  });

  test('the generated documents draw from a frozen prefix of the corpus (new test lines do not move the benchmark)', () => {
    const corpus = loadCorpus();
    assert.ok(corpus.length >= GENERATOR_CORPUS_ROWS, 'rows were removed from mentions.txt: the generated documents changed');
    const a = generateMixedDocument(3000, 5);
    const b = generateMixedDocument(3000, 5);
    assert.deepStrictEqual(a.lines, b.lines);
    // every drawn line comes from the frozen rows, none from rows appended after them
    const frozen = new Set(corpus.slice(0, GENERATOR_CORPUS_ROWS).map((row) => `${row.lang}\t${row.line}`));
    const doc = generateCorpusDocument(5000, 5);
    const later = doc.lines.filter((line, i) => !frozen.has(`${doc.langs[i] ?? ''}\t${line}`));
    assert.deepStrictEqual(later, []);
  });
});
