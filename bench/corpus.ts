// Labelled detection corpus: parsing and scoring. Node-only (reads the fixture file).
import * as fs from 'fs';
import * as path from 'path';
import { findStatusMentions, getStatus, type StatusMention } from '../src/core';

export interface ExpectedMention {
  code: number;
  start: number;
  end: number;
}

export interface CorpusLine {
  lang: string;
  line: string;
  expected: ExpectedMention[];
  /** 1-based line number in the fixture file. */
  source: number;
}

export const CORPUS_PATH = 'test/fixtures/corpus/mentions.txt';

/** Strips `[[404]]` / `[[HTTPStatus.NOT_FOUND|404]]` markers and records their spans. */
export function parseMarked(marked: string): { line: string; expected: ExpectedMention[] } {
  let out = '';
  const expected: ExpectedMention[] = [];
  let i = 0;
  while (i < marked.length) {
    const open = marked.indexOf('[[', i);
    // `[[[200]], ...]` : an array that starts with a marker; the marker is the last `[[` of the run
    if (open < 0) {
      out += marked.slice(i);
      break;
    }
    let o = open;
    while (marked.charAt(o + 2) === '[') o++;
    if (/\s/.test(marked.charAt(o + 2))) {
      // shell `[[ ... ]]`, not a marker
      out += marked.slice(i, o + 2);
      i = o + 2;
      continue;
    }
    const close = marked.indexOf(']]', o + 2);
    if (close < 0) throw new Error(`unclosed marker in: ${marked}`);
    out += marked.slice(i, o);
    const body = marked.slice(o + 2, close);
    const bar = body.lastIndexOf('|');
    const text = bar >= 0 ? body.slice(0, bar) : body;
    const code = Number(bar >= 0 ? body.slice(bar + 1) : (/\d{3}/.exec(body)?.[0] ?? 'NaN'));
    const start = out.length;
    out += text;
    // a literal marker around a reason phrase (`404 Not Found|404`) spans only the digits
    if (bar >= 0 && /^\d{3}\b/.test(text) && !/^\d{3}$/.test(text)) {
      expected.push({ code, start, end: start + 3 });
    } else {
      expected.push({ code, start, end: start + text.length });
    }
    i = close + 2;
  }
  return { line: out, expected };
}

/** Real lines from public repositories, labelled by hand (`# source:` comments name each one). */
export const REAL_WORLD_PATH = 'test/fixtures/corpus/real-world.txt';

/** A second set of real lines, from repositories not in REAL_WORLD_PATH. */
export const HELD_OUT_PATH = 'test/fixtures/corpus/held-out.txt';

/** A third set, from repositories in neither of the two above, scored first before any rule was tuned on it. */
export const THIRD_SET_PATH = 'test/fixtures/corpus/third-set.txt';

/** A fourth set, from 16 more repositories, scored first before any rule was tuned on it (recall below target: see the file). */
export const FOURTH_SET_PATH = 'test/fixtures/corpus/fourth-set.txt';

/** A fifth set, from 16 open-source applications, scored first before any rule was tuned on it. */
export const FIFTH_SET_PATH = 'test/fixtures/corpus/fifth-set.txt';

/** A sixth set, from 16 API clients, SDKs and DevOps/test tools, scored first before any rule was tuned on it (recall below target). */
export const SIXTH_SET_PATH = 'test/fixtures/corpus/sixth-set.txt';
/** A seventh set, from 16 repositories in languages the others had few of (Clojure, Scala, C, Perl, R, Lua), scored first (recall below target). */
export const SEVENTH_SET_PATH = 'test/fixtures/corpus/seventh-set.txt';
/** An eighth set, from 16 applications in mainstream web stacks and three admin frontends, scored first (recall below target). */
export const EIGHTH_SET_PATH = 'test/fixtures/corpus/eighth-set.txt';
/** A ninth set, from API docs, configs, logs and servers in Erlang, Haskell, OCaml, Julia, F#, Crystal, scored first (recall far below target). */
export const NINTH_SET_PATH = 'test/fixtures/corpus/ninth-set.txt';
/** A tenth set, from 16 backend applications and libraries, scored first (recall below target). */
export const TENTH_SET_PATH = 'test/fixtures/corpus/tenth-set.txt';
/** An eleventh set, from 16 clients, SDKs and tools, scored first (recall below target). */
export const ELEVENTH_SET_PATH = 'test/fixtures/corpus/eleventh-set.txt';
/** A twelfth set, from 16 popular projects of every kind, scored first (recall below target). */
export const TWELFTH_SET_PATH = 'test/fixtures/corpus/twelfth-set.txt';
/** A thirteenth set, for precision: 16 repositories full of numbers that are mostly not statuses, scored first. */
export const THIRTEENTH_SET_PATH = 'test/fixtures/corpus/thirteenth-set.txt';
/** A fourteenth set, from 16 ordinary mid-sized repositories in the most used languages, scored first. */
export const FOURTEENTH_SET_PATH = 'test/fixtures/corpus/fourteenth-set.txt';
/** A fifteenth set, from docs and configuration of 16 repositories, scored first (recall below target). */
export const FIFTEENTH_SET_PATH = 'test/fixtures/corpus/fifteenth-set.txt';
/** A sixteenth set, from 16 ordinary projects in C#, Java, PHP, Ruby, Swift and Go, scored first (recall below target). */
export const SIXTEENTH_SET_PATH = 'test/fixtures/corpus/sixteenth-set.txt';
/** A seventeenth set, from the test files and mocks of 16 repositories, scored first (recall below target). */
export const SEVENTEENTH_SET_PATH = 'test/fixtures/corpus/seventeenth-set.txt';
/** An eighteenth set, from the source files of 16 ordinary production projects, scored first (recall below target). */
export const EIGHTEENTH_SET_PATH = 'test/fixtures/corpus/eighteenth-set.txt';
/** A nineteenth set, from configs, infrastructure files, logs and docs of 16 repositories, scored first (recall below target). */
export const NINETEENTH_SET_PATH = 'test/fixtures/corpus/nineteenth-set.txt';
/** A twentieth set, from 16 small web applications and API services, scored first. */
export const TWENTIETH_SET_PATH = 'test/fixtures/corpus/twentieth-set.txt';
/** A twenty-first set, from 16 repositories in less common languages, scored first (recall far below target). */
export const TWENTY_FIRST_SET_PATH = 'test/fixtures/corpus/twenty-first-set.txt';
/** A twenty-second set, from 16 repositories picked the way a random crawl would, scored first (recall below target). */
export const TWENTY_SECOND_SET_PATH = 'test/fixtures/corpus/twenty-second-set.txt';
/** A twenty-third set, from 16 JavaScript/TypeScript and Python projects, scored first (recall below target). */
export const TWENTY_THIRD_SET_PATH = 'test/fixtures/corpus/twenty-third-set.txt';
/** A twenty-fourth set, from 16 repositories found the way a random crawl would, scored first. */
export const TWENTY_FOURTH_SET_PATH = 'test/fixtures/corpus/twenty-fourth-set.txt';
/** A twenty-fifth set, from 16 more repositories found the way a random crawl would, scored first (recall below target). */
export const TWENTY_FIFTH_SET_PATH = 'test/fixtures/corpus/twenty-fifth-set.txt';
/** A twenty-sixth set, from 16 repositories found the way a random crawl would, scored first (recall below target). */
export const TWENTY_SIXTH_SET_PATH = 'test/fixtures/corpus/twenty-sixth-set.txt';
/** A twenty-seventh set, from 16 more repositories found the way a random crawl would, scored first. */
export const TWENTY_SEVENTH_SET_PATH = 'test/fixtures/corpus/twenty-seventh-set.txt';
/** A twenty-eighth set, from 16 repositories found the way a random crawl would, scored first (recall below target). */
export const TWENTY_EIGHTH_SET_PATH = 'test/fixtures/corpus/twenty-eighth-set.txt';
/** A twenty-ninth set, from 16 more repositories found the way a random crawl would, scored first. */
export const TWENTY_NINTH_SET_PATH = 'test/fixtures/corpus/twenty-ninth-set.txt';
/** A thirtieth set, from 16 repositories found the way a random crawl would, scored first. */
export const THIRTIETH_SET_PATH = 'test/fixtures/corpus/thirtieth-set.txt';
/** A thirty-first set, from 16 more repositories found the way a random crawl would, scored first. */
export const THIRTY_FIRST_SET_PATH = 'test/fixtures/corpus/thirty-first-set.txt';
/** A thirty-second set, from 16 small repositories found the way a random crawl would, scored first. */
export const THIRTY_SECOND_SET_PATH = 'test/fixtures/corpus/thirty-second-set.txt';
/** A thirty-third set, from 16 more small repositories found the way a random crawl would, scored first. */
export const THIRTY_THIRD_SET_PATH = 'test/fixtures/corpus/thirty-third-set.txt';
/** A thirty-fourth set, from 16 small repositories found the way a random crawl would, scored first. */
export const THIRTY_FOURTH_SET_PATH = 'test/fixtures/corpus/thirty-fourth-set.txt';
/** A thirty-fifth set, from 16 more small repositories found the way a random crawl would, scored first. */
export const THIRTY_FIFTH_SET_PATH = 'test/fixtures/corpus/thirty-fifth-set.txt';
/** A thirty-sixth set, from 16 small repositories found the way a random crawl would, scored first. */
export const THIRTY_SIXTH_SET_PATH = 'test/fixtures/corpus/thirty-sixth-set.txt';
/** A thirty-seventh set, from 16 more small repositories found the way a random crawl would, scored first. */
export const THIRTY_SEVENTH_SET_PATH = 'test/fixtures/corpus/thirty-seventh-set.txt';
/** A thirty-eighth set, from 16 more small repositories found the way a random crawl would, scored first. */
export const THIRTY_EIGHTH_SET_PATH = 'test/fixtures/corpus/thirty-eighth-set.txt';
/** A thirty-ninth set, from 16 more small repositories found the way a random crawl would, scored first. */
export const THIRTY_NINTH_SET_PATH = 'test/fixtures/corpus/thirty-ninth-set.txt';
/** A fortieth set, from 16 more small repositories found the way a random crawl would, scored first. */
export const FORTIETH_SET_PATH = 'test/fixtures/corpus/fortieth-set.txt';
/** A forty-first set, from 16 more small repositories found the way a random crawl would, scored first (recall below target). */
export const FORTY_FIRST_SET_PATH = 'test/fixtures/corpus/forty-first-set.txt';
/** A forty-second set, from 16 more small repositories found the way a random crawl would, scored first. */
export const FORTY_SECOND_SET_PATH = 'test/fixtures/corpus/forty-second-set.txt';
/** A forty-third set, from 16 more small repositories found the way a random crawl would, scored first. */
export const FORTY_THIRD_SET_PATH = 'test/fixtures/corpus/forty-third-set.txt';
/** A forty-fourth set, from 16 more small repositories found the way a random crawl would, scored first. */
export const FORTY_FOURTH_SET_PATH = 'test/fixtures/corpus/forty-fourth-set.txt';
/** A forty-fifth set, from 16 more small repositories found the way a random crawl would, scored first (recall below target). */
export const FORTY_FIFTH_SET_PATH = 'test/fixtures/corpus/forty-fifth-set.txt';
/** A forty-sixth set, from 16 more small repositories found the way a random crawl would, scored first. */
export const FORTY_SIXTH_SET_PATH = 'test/fixtures/corpus/forty-sixth-set.txt';
/** A forty-seventh set, from 16 more small repositories found the way a random crawl would, scored first. */
export const FORTY_SEVENTH_SET_PATH = 'test/fixtures/corpus/forty-seventh-set.txt';
/** A forty-eighth set, from 16 more small repositories found the way a random crawl would, scored first. */
export const FORTY_EIGHTH_SET_PATH = 'test/fixtures/corpus/forty-eighth-set.txt';
/** A forty-ninth set, from 16 small repositories that talk HTTP (searches for HTTP tools), scored first. */
export const FORTY_NINTH_SET_PATH = 'test/fixtures/corpus/forty-ninth-set.txt';
/** A fiftieth set, from 16 small web applications (searches for web frameworks), scored first. */
export const FIFTIETH_SET_PATH = 'test/fixtures/corpus/fiftieth-set.txt';
/** A fifty-first set, from 16 more small repositories found the way a random crawl would, scored first. */
export const FIFTY_FIRST_SET_PATH = 'test/fixtures/corpus/fifty-first-set.txt';
/** A fifty-second set, from 16 more small repositories found the way a random crawl would, scored first (recall below target). */
export const FIFTY_SECOND_SET_PATH = 'test/fixtures/corpus/fifty-second-set.txt';
/** A fifty-third set, from 16 small repositories that talk HTTP (searches about APIs and servers), scored first. */
export const FIFTY_THIRD_SET_PATH = 'test/fixtures/corpus/fifty-third-set.txt';
/** A small fifty-fourth set (84 lines, 9 repositories found the way a random crawl would), scored first. */
export const FIFTY_FOURTH_SET_PATH = 'test/fixtures/corpus/fifty-fourth-set.txt';
/** A small fifty-fifth set (103 lines, 17 repositories found the way a random crawl would), scored first. */
export const FIFTY_FIFTH_SET_PATH = 'test/fixtures/corpus/fifty-fifth-set.txt';
/** A fifty-sixth set, from 16 small repositories of test code and API request collections, scored first. */
export const FIFTY_SIXTH_SET_PATH = 'test/fixtures/corpus/fifty-sixth-set.txt';
/** A fifty-seventh set, from 16 small repositories (5 from everyday searches, 11 from unused crawl snapshots), scored first (recall below target). */
export const FIFTY_SEVENTH_SET_PATH = 'test/fixtures/corpus/fifty-seventh-set.txt';
/** A fifty-eighth set, from 16 small repositories that talk HTTP, scored first. */
export const FIFTY_EIGHTH_SET_PATH = 'test/fixtures/corpus/fifty-eighth-set.txt';
/** A fifty-ninth set, from 15 small repositories (5 from everyday searches, 10 from unused crawl snapshots), scored first. */
export const FIFTY_NINTH_SET_PATH = 'test/fixtures/corpus/fifty-ninth-set.txt';
/** A sixtieth set, from 16 small repositories found with everyday code searches (as a random crawl picks them), scored first (recall below target). */
export const SIXTIETH_SET_PATH = 'test/fixtures/corpus/sixtieth-set.txt';
/** A sixty-first set, from 16 small repositories found with everyday code searches (as a random crawl picks them), scored first. */
export const SIXTY_FIRST_SET_PATH = 'test/fixtures/corpus/sixty-first-set.txt';
/** A sixty-second set, from 16 small repositories found with everyday code searches (as a random crawl picks them), scored first (recall below target). */
export const SIXTY_SECOND_SET_PATH = 'test/fixtures/corpus/sixty-second-set.txt';
/** A sixty-third set, from 16 small repositories found with everyday code searches (as a random crawl picks them), scored first. */
export const SIXTY_THIRD_SET_PATH = 'test/fixtures/corpus/sixty-third-set.txt';
/** A sixty-fourth set, from 16 small repositories found with everyday code searches (as a random crawl picks them), scored first. */
export const SIXTY_FOURTH_SET_PATH = 'test/fixtures/corpus/sixty-fourth-set.txt';
/** A sixty-fifth set, from 20 small repositories found with everyday code searches (as a random crawl picks them), scored first (recall below target). */
export const SIXTY_FIFTH_SET_PATH = 'test/fixtures/corpus/sixty-fifth-set.txt';
/** A sixty-sixth set, from 16 small repositories found with everyday code searches (as a random crawl picks them), scored first (recall below target). */
export const SIXTY_SIXTH_SET_PATH = 'test/fixtures/corpus/sixty-sixth-set.txt';
/** A sixty-seventh set, from 16 small repositories found with everyday code searches (as a random crawl picks them), scored first. */
export const SIXTY_SEVENTH_SET_PATH = 'test/fixtures/corpus/sixty-seventh-set.txt';
/** A sixty-eighth set, from 16 small repositories found with everyday code searches (as a random crawl picks them), scored first. */
export const SIXTY_EIGHTH_SET_PATH = 'test/fixtures/corpus/sixty-eighth-set.txt';
/** A sixty-ninth set, from 16 small repositories found with everyday code searches (as a random crawl picks them), scored first. */
export const SIXTY_NINTH_SET_PATH = 'test/fixtures/corpus/sixty-ninth-set.txt';
/** A seventieth set, from 16 small repositories found with everyday code searches (as a random crawl picks them), scored first. */
export const SEVENTIETH_SET_PATH = 'test/fixtures/corpus/seventieth-set.txt';
/** A seventy-first set, from 16 small repositories found with everyday code searches (as a random crawl picks them), scored first. */
export const SEVENTY_FIRST_SET_PATH = 'test/fixtures/corpus/seventy-first-set.txt';
/** A seventy-second set, from 16 small repositories found with everyday code searches (as a random crawl picks them), scored first. */
export const SEVENTY_SECOND_SET_PATH = 'test/fixtures/corpus/seventy-second-set.txt';
/** A seventy-third set, from 16 small repositories found with everyday code searches (as a random crawl picks them), scored first. */
export const SEVENTY_THIRD_SET_PATH = 'test/fixtures/corpus/seventy-third-set.txt';
/** A seventy-fourth set, from 16 small repositories found with everyday code searches (as a random crawl picks them), scored first. */
export const SEVENTY_FOURTH_SET_PATH = 'test/fixtures/corpus/seventy-fourth-set.txt';
/** A seventy-fifth set, from 16 small repositories found with everyday code searches (as a random crawl picks them), scored first. */
export const SEVENTY_FIFTH_SET_PATH = 'test/fixtures/corpus/seventy-fifth-set.txt';
/** A seventy-sixth set, from 16 small repositories found with everyday code searches (as a random crawl picks them), scored first. */
export const SEVENTY_SIXTH_SET_PATH = 'test/fixtures/corpus/seventy-sixth-set.txt';
/** A seventy-seventh set, from 16 small repositories that use web frameworks, scored first. */
export const SEVENTY_SEVENTH_SET_PATH = 'test/fixtures/corpus/seventy-seventh-set.txt';
/** A seventy-eighth set, from 16 small repositories found with everyday code searches (as a random crawl picks them), scored first. */
export const SEVENTY_EIGHTH_SET_PATH = 'test/fixtures/corpus/seventy-eighth-set.txt';
/** A seventy-ninth set, from 16 small repositories found with everyday code searches (as a random crawl picks them), scored first. */
export const SEVENTY_NINTH_SET_PATH = 'test/fixtures/corpus/seventy-ninth-set.txt';
/** A eightieth set, from 16 small repositories found with everyday code searches (as a random crawl picks them), scored first. */
export const EIGHTIETH_SET_PATH = 'test/fixtures/corpus/eightieth-set.txt';
/** A eighty-first set, from 16 small repositories that serve or test HTTP, scored first. */
export const EIGHTY_FIRST_SET_PATH = 'test/fixtures/corpus/eighty-first-set.txt';
/** A eighty-second set, from 16 small repositories that serve or test HTTP, scored first. */
export const EIGHTY_SECOND_SET_PATH = 'test/fixtures/corpus/eighty-second-set.txt';
/** A eighty-third set, from 16 small repositories that serve or test HTTP, scored first. */
export const EIGHTY_THIRD_SET_PATH = 'test/fixtures/corpus/eighty-third-set.txt';
/** An eighty-fourth set, from 16 small projects that serve, call or test HTTP (some from unused crawl snapshots), scored first. */
export const EIGHTY_FOURTH_SET_PATH = 'test/fixtures/corpus/eighty-fourth-set.txt';
/** An eighty-fifth set, from 16 small projects that serve, call or test HTTP (some from unused crawl snapshots), scored first. */
export const EIGHTY_FIFTH_SET_PATH = 'test/fixtures/corpus/eighty-fifth-set.txt';
/** An eighty-sixth set, from 16 small projects that serve, call or test HTTP (some from unused crawl snapshots), scored first. */
export const EIGHTY_SIXTH_SET_PATH = 'test/fixtures/corpus/eighty-sixth-set.txt';
/** An eighty-seventh set, from 16 small projects that serve, call or test HTTP (some from unused crawl snapshots), scored first. */
export const EIGHTY_SEVENTH_SET_PATH = 'test/fixtures/corpus/eighty-seventh-set.txt';
/** An eighty-eighth set, from 13 small projects that serve, call or test HTTP (some from unused crawl snapshots), scored first. */
export const EIGHTY_EIGHTH_SET_PATH = 'test/fixtures/corpus/eighty-eighth-set.txt';
/** An eighty-ninth set, from 15 small projects that serve, call or test HTTP (some from unused crawl snapshots), scored first. */
export const EIGHTY_NINTH_SET_PATH = 'test/fixtures/corpus/eighty-ninth-set.txt';
/** A ninetieth set, from 16 repositories taken in random order from unused crawl snapshots, scored first. */
export const NINETIETH_SET_PATH = 'test/fixtures/corpus/ninetieth-set.txt';
/** A ninety-first set, from 16 repositories taken in random order from unused crawl snapshots, scored first. */
export const NINETY_FIRST_SET_PATH = 'test/fixtures/corpus/ninety-first-set.txt';
/** A ninety-second set, from 16 repositories taken in random order from unused crawl snapshots, scored first. */
export const NINETY_SECOND_SET_PATH = 'test/fixtures/corpus/ninety-second-set.txt';
/** A ninety-third set, from 16 repositories taken in random order from unused crawl snapshots, scored first. */
export const NINETY_THIRD_SET_PATH = 'test/fixtures/corpus/ninety-third-set.txt';
/** A ninety-fourth set, from 16 repositories taken in random order from unused crawl snapshots, scored first. */
export const NINETY_FOURTH_SET_PATH = 'test/fixtures/corpus/ninety-fourth-set.txt';
/** A ninety-fifth set, from 16 repositories taken in random order from unused crawl snapshots, scored first. */
export const NINETY_FIFTH_SET_PATH = 'test/fixtures/corpus/ninety-fifth-set.txt';
/** A ninety-sixth set, from 16 small repositories picked as a random crawl would, scored first. */
export const NINETY_SIXTH_SET_PATH = 'test/fixtures/corpus/ninety-sixth-set.txt';
/** A ninety-seventh set, from 16 small repositories picked as a random crawl would, scored first. */
export const NINETY_SEVENTH_SET_PATH = 'test/fixtures/corpus/ninety-seventh-set.txt';
/** A ninety-eighth set, from 16 small repositories picked as a random crawl would, scored first. */
export const NINETY_EIGHTH_SET_PATH = 'test/fixtures/corpus/ninety-eighth-set.txt';
/** A ninety-ninth set, from 16 small repositories picked as a random crawl would, scored first. */
export const NINETY_NINTH_SET_PATH = 'test/fixtures/corpus/ninety-ninth-set.txt';
/** A hundredth set, from 16 small repositories picked as a random crawl would, scored first. */
export const HUNDREDTH_SET_PATH = 'test/fixtures/corpus/hundredth-set.txt';
/** A hundred-and-first set, from 16 small repositories picked as a random crawl would, scored first. */
export const HUNDRED_AND_FIRST_SET_PATH = 'test/fixtures/corpus/hundred-and-first-set.txt';
/** A hundred-and-second set, from 16 small repositories picked as a random crawl would, scored first. */
export const HUNDRED_AND_SECOND_SET_PATH = 'test/fixtures/corpus/hundred-and-second-set.txt';
/** A hundred-and-third set, from 16 small repositories picked as a random crawl would, scored first. */
export const HUNDRED_AND_THIRD_SET_PATH = 'test/fixtures/corpus/hundred-and-third-set.txt';
/** A hundred-and-fourth set, from 16 small repositories picked as a random crawl would, scored first. */
export const HUNDRED_AND_FOURTH_SET_PATH = 'test/fixtures/corpus/hundred-and-fourth-set.txt';
/** A hundred-and-fifth set, from 16 small repositories picked as a random crawl would, scored first. */
export const HUNDRED_AND_FIFTH_SET_PATH = 'test/fixtures/corpus/hundred-and-fifth-set.txt';
/** A hundred-and-sixth set, from 16 small repositories picked as a random crawl would, scored first. */
export const HUNDRED_AND_SIXTH_SET_PATH = 'test/fixtures/corpus/hundred-and-sixth-set.txt';
/** A hundred-and-seventh set, from 16 small repositories picked as a random crawl would, scored first. */
export const HUNDRED_AND_SEVENTH_SET_PATH = 'test/fixtures/corpus/hundred-and-seventh-set.txt';
/** A hundred-and-eighth set, from 16 small repositories picked as a random crawl would, scored first. */
export const HUNDRED_AND_EIGHTH_SET_PATH = 'test/fixtures/corpus/hundred-and-eighth-set.txt';
/** A hundred-and-ninth set, from 16 small repositories picked as a random crawl would, scored first. */
export const HUNDRED_AND_NINTH_SET_PATH = 'test/fixtures/corpus/hundred-and-ninth-set.txt';
/** A hundred-and-tenth set, from 16 small repositories picked as a random crawl would, scored first. */
export const HUNDRED_AND_TENTH_SET_PATH = 'test/fixtures/corpus/hundred-and-tenth-set.txt';
/** A hundred-and-eleventh set, from 16 small repositories picked as a random crawl would, scored first. */
export const HUNDRED_AND_ELEVENTH_SET_PATH = 'test/fixtures/corpus/hundred-and-eleventh-set.txt';
/** A hundred-and-twelfth set, from 16 small repositories picked as a random crawl would, scored first. */
export const HUNDRED_AND_TWELFTH_SET_PATH = 'test/fixtures/corpus/hundred-and-twelfth-set.txt';
/** A hundred-and-thirteenth set, from 16 small repositories picked as a random crawl would, scored first. */
export const HUNDRED_AND_THIRTEENTH_SET_PATH = 'test/fixtures/corpus/hundred-and-thirteenth-set.txt';
/** A hundred-and-fourteenth set, from 16 small projects built on web frameworks, scored first. */
export const HUNDRED_AND_FOURTEENTH_SET_PATH = 'test/fixtures/corpus/hundred-and-fourteenth-set.txt';
/** A hundred-and-fifteenth set, from 16 small projects built on web frameworks, scored first. */
export const HUNDRED_AND_FIFTEENTH_SET_PATH = 'test/fixtures/corpus/hundred-and-fifteenth-set.txt';
/** A hundred-and-sixteenth set, from 16 small projects built on web frameworks, scored first. */
export const HUNDRED_AND_SIXTEENTH_SET_PATH = 'test/fixtures/corpus/hundred-and-sixteenth-set.txt';
/** A hundred-and-seventeenth set, from 16 small projects built on web frameworks, scored first. */
export const HUNDRED_AND_SEVENTEENTH_SET_PATH = 'test/fixtures/corpus/hundred-and-seventeenth-set.txt';
/** A hundred-and-eighteenth set, from 16 small projects built on web frameworks, scored first. */
export const HUNDRED_AND_EIGHTEENTH_SET_PATH = 'test/fixtures/corpus/hundred-and-eighteenth-set.txt';
/** A hundred-and-nineteenth set, from 16 small projects built on web frameworks, scored first. */
export const HUNDRED_AND_NINETEENTH_SET_PATH = 'test/fixtures/corpus/hundred-and-nineteenth-set.txt';
/** A hundred-and-twentieth set, from 16 repositories from unused crawl snapshots, scored first. */
export const HUNDRED_AND_TWENTIETH_SET_PATH = 'test/fixtures/corpus/hundred-and-twentieth-set.txt';
/** A hundred-and-twenty-first set, from 16 repositories from unused crawl snapshots, scored first. */
export const HUNDRED_AND_TWENTY_FIRST_SET_PATH = 'test/fixtures/corpus/hundred-and-twenty-first-set.txt';
/** A hundred-and-twenty-second set, from 16 repositories from unused crawl snapshots, scored first. */
export const HUNDRED_AND_TWENTY_SECOND_SET_PATH = 'test/fixtures/corpus/hundred-and-twenty-second-set.txt';
/** A hundred-and-twenty-third set, from 13 repositories read through the code index, scored first. */
export const HUNDRED_AND_TWENTY_THIRD_SET_PATH = 'test/fixtures/corpus/hundred-and-twenty-third-set.txt';
/** A hundred-and-twenty-fourth set, from 16 repositories read through the code index, scored first. */
export const HUNDRED_AND_TWENTY_FOURTH_SET_PATH = 'test/fixtures/corpus/hundred-and-twenty-fourth-set.txt';
/** A hundred-and-twenty-fifth set, from 7 repositories read through the code index, scored first. */
export const HUNDRED_AND_TWENTY_FIFTH_SET_PATH = 'test/fixtures/corpus/hundred-and-twenty-fifth-set.txt';
/** A hundred-and-twenty-sixth set, from 16 repositories from unused crawl snapshots, scored first. */
export const HUNDRED_AND_TWENTY_SIXTH_SET_PATH = 'test/fixtures/corpus/hundred-and-twenty-sixth-set.txt';
/** A hundred-and-twenty-seventh set, from 16 repositories from unused crawl snapshots, scored first. */
export const HUNDRED_AND_TWENTY_SEVENTH_SET_PATH = 'test/fixtures/corpus/hundred-and-twenty-seventh-set.txt';
/** A hundred-and-twenty-eighth set, from 17 repositories found by everyday code searches, scored first. */
export const HUNDRED_AND_TWENTY_EIGHTH_SET_PATH = 'test/fixtures/corpus/hundred-and-twenty-eighth-set.txt';
/** A hundred-and-twenty-ninth set, from 17 repositories found by everyday code searches, scored first. */
export const HUNDRED_AND_TWENTY_NINTH_SET_PATH = 'test/fixtures/corpus/hundred-and-twenty-ninth-set.txt';
/** A hundred-and-thirtieth set, from 16 repositories found by everyday code searches, scored first. */
export const HUNDRED_AND_THIRTIETH_SET_PATH = 'test/fixtures/corpus/hundred-and-thirtieth-set.txt';
/** A hundred-and-thirty-first set, from 16 repositories found by everyday code searches, scored first. */
export const HUNDRED_AND_THIRTY_FIRST_SET_PATH = 'test/fixtures/corpus/hundred-and-thirty-first-set.txt';
/** A hundred-and-thirty-second set, from 16 repositories found by everyday code searches, scored first. */
export const HUNDRED_AND_THIRTY_SECOND_SET_PATH = 'test/fixtures/corpus/hundred-and-thirty-second-set.txt';
/** A hundred-and-thirty-third set, from 16 repositories found by everyday code searches, scored first. */
export const HUNDRED_AND_THIRTY_THIRD_SET_PATH = 'test/fixtures/corpus/hundred-and-thirty-third-set.txt';
/** A hundred-and-thirty-fourth set, from 16 repositories found by everyday code searches, scored first. */
export const HUNDRED_AND_THIRTY_FOURTH_SET_PATH = 'test/fixtures/corpus/hundred-and-thirty-fourth-set.txt';
/** A hundred-and-thirty-fifth set, from 16 repositories found by everyday code searches, scored first. */
export const HUNDRED_AND_THIRTY_FIFTH_SET_PATH = 'test/fixtures/corpus/hundred-and-thirty-fifth-set.txt';
/** A hundred-and-thirty-sixth set, from 16 repositories found by everyday code searches, scored first. */
export const HUNDRED_AND_THIRTY_SIXTH_SET_PATH = 'test/fixtures/corpus/hundred-and-thirty-sixth-set.txt';
/** A hundred-and-thirty-seventh set, from 18 repositories found by everyday code searches, scored first. */
export const HUNDRED_AND_THIRTY_SEVENTH_SET_PATH = 'test/fixtures/corpus/hundred-and-thirty-seventh-set.txt';
/** A hundred-and-thirty-eighth set, from 16 repositories found by everyday code searches, scored first. */
export const HUNDRED_AND_THIRTY_EIGHTH_SET_PATH = 'test/fixtures/corpus/hundred-and-thirty-eighth-set.txt';
/** A hundred-and-thirty-ninth set, from 16 repositories found by everyday code searches, scored first. */
export const HUNDRED_AND_THIRTY_NINTH_SET_PATH = 'test/fixtures/corpus/hundred-and-thirty-ninth-set.txt';
/** A hundred-and-fortieth set, from 16 repositories found by everyday code searches, scored first. */
export const HUNDRED_AND_FORTIETH_SET_PATH = 'test/fixtures/corpus/hundred-and-fortieth-set.txt';
/** A hundred-and-forty-first set, from 17 repositories found by everyday code searches, scored first. */
export const HUNDRED_AND_FORTY_FIRST_SET_PATH = 'test/fixtures/corpus/hundred-and-forty-first-set.txt';
/** A hundred-and-forty-second set, from 16 repositories found by everyday code searches, scored first. */
export const HUNDRED_AND_FORTY_SECOND_SET_PATH = 'test/fixtures/corpus/hundred-and-forty-second-set.txt';
/** A hundred-and-forty-third set, from 16 repositories found by everyday code searches, scored first. */
export const HUNDRED_AND_FORTY_THIRD_SET_PATH = 'test/fixtures/corpus/hundred-and-forty-third-set.txt';
/** A hundred-and-forty-fourth set, from 16 repositories found by everyday code searches, scored first. */
export const HUNDRED_AND_FORTY_FOURTH_SET_PATH = 'test/fixtures/corpus/hundred-and-forty-fourth-set.txt';
/** A hundred-and-forty-fifth set, from 16 repositories found by everyday code searches, scored first. */
export const HUNDRED_AND_FORTY_FIFTH_SET_PATH = 'test/fixtures/corpus/hundred-and-forty-fifth-set.txt';
/** A hundred-and-forty-sixth set, from 16 repositories found by everyday code searches, scored first. */
export const HUNDRED_AND_FORTY_SIXTH_SET_PATH = 'test/fixtures/corpus/hundred-and-forty-sixth-set.txt';
/** A hundred-and-forty-seventh set, from 16 repositories found by everyday code searches, scored first. */
export const HUNDRED_AND_FORTY_SEVENTH_SET_PATH = 'test/fixtures/corpus/hundred-and-forty-seventh-set.txt';
/** A hundred-and-forty-eighth set, from 16 repositories found by everyday code searches, scored first. */
export const HUNDRED_AND_FORTY_EIGHTH_SET_PATH = 'test/fixtures/corpus/hundred-and-forty-eighth-set.txt';
/** A hundred-and-forty-ninth set, from 18 repositories found by everyday code searches, scored first. */
export const HUNDRED_AND_FORTY_NINTH_SET_PATH = 'test/fixtures/corpus/hundred-and-forty-ninth-set.txt';
/** A hundred-and-fiftieth set, from 16 repositories found by everyday code searches, scored first. */
export const HUNDRED_AND_FIFTIETH_SET_PATH = 'test/fixtures/corpus/hundred-and-fiftieth-set.txt';
/** A hundred-and-fifty-first set, from 19 repositories found by everyday code searches, scored first. */
export const HUNDRED_AND_FIFTY_FIRST_SET_PATH = 'test/fixtures/corpus/hundred-and-fifty-first-set.txt';
/** A hundred-and-fifty-second set, from 16 repositories found by everyday code searches, scored first. */
export const HUNDRED_AND_FIFTY_SECOND_SET_PATH = 'test/fixtures/corpus/hundred-and-fifty-second-set.txt';
/** A hundred-and-fifty-third set, from 16 repositories found by everyday code searches, scored first. */
export const HUNDRED_AND_FIFTY_THIRD_SET_PATH = 'test/fixtures/corpus/hundred-and-fifty-third-set.txt';
/** A hundred-and-fifty-fourth set, from 16 repositories found by everyday code searches, scored first. */
export const HUNDRED_AND_FIFTY_FOURTH_SET_PATH = 'test/fixtures/corpus/hundred-and-fifty-fourth-set.txt';
/** A hundred-and-fifty-fifth set, from 16 repositories found by everyday code searches, scored first. */
export const HUNDRED_AND_FIFTY_FIFTH_SET_PATH = 'test/fixtures/corpus/hundred-and-fifty-fifth-set.txt';
/** A hundred-and-fifty-sixth set, from 16 repositories found by everyday code searches, scored first. */
export const HUNDRED_AND_FIFTY_SIXTH_SET_PATH = 'test/fixtures/corpus/hundred-and-fifty-sixth-set.txt';
/** A hundred-and-fifty-seventh set, from 15 repositories found by everyday code searches, scored first. */
export const HUNDRED_AND_FIFTY_SEVENTH_SET_PATH = 'test/fixtures/corpus/hundred-and-fifty-seventh-set.txt';
/** A hundred-and-fifty-eighth set, from 15 repositories found by everyday code searches, scored first. */
export const HUNDRED_AND_FIFTY_EIGHTH_SET_PATH = 'test/fixtures/corpus/hundred-and-fifty-eighth-set.txt';
/** A hundred-and-fifty-ninth set, from 16 repositories found by everyday code searches, scored first. */
export const HUNDRED_AND_FIFTY_NINTH_SET_PATH = 'test/fixtures/corpus/hundred-and-fifty-ninth-set.txt';
/** A hundred-and-sixtieth set, from 16 repositories found by everyday code searches, scored first. */
export const HUNDRED_AND_SIXTIETH_SET_PATH = 'test/fixtures/corpus/hundred-and-sixtieth-set.txt';
/** A hundred-and-sixty-first set, from 16 repositories found by everyday code searches, scored first. */
export const HUNDRED_AND_SIXTY_FIRST_SET_PATH = 'test/fixtures/corpus/hundred-and-sixty-first-set.txt';
/** A hundred-and-sixty-second set, from 16 repositories found by everyday code searches, scored first. */
export const HUNDRED_AND_SIXTY_SECOND_SET_PATH = 'test/fixtures/corpus/hundred-and-sixty-second-set.txt';
/** A hundred-and-sixty-third set, from 16 repositories found by everyday code searches, scored first. */
export const HUNDRED_AND_SIXTY_THIRD_SET_PATH = 'test/fixtures/corpus/hundred-and-sixty-third-set.txt';
/** A hundred-and-sixty-fourth set, from 16 repositories found by everyday code searches, scored first. */
export const HUNDRED_AND_SIXTY_FOURTH_SET_PATH = 'test/fixtures/corpus/hundred-and-sixty-fourth-set.txt';
/** A hundred-and-sixty-fifth set, from 16 repositories found by everyday code searches, scored first. */
export const HUNDRED_AND_SIXTY_FIFTH_SET_PATH = 'test/fixtures/corpus/hundred-and-sixty-fifth-set.txt';
/** A hundred-and-sixty-sixth set, from 16 repositories found by everyday code searches, scored first. */
export const HUNDRED_AND_SIXTY_SIXTH_SET_PATH = 'test/fixtures/corpus/hundred-and-sixty-sixth-set.txt';
/** A hundred-and-sixty-seventh set, from 16 repositories found by everyday code searches, scored first. */
export const HUNDRED_AND_SIXTY_SEVENTH_SET_PATH = 'test/fixtures/corpus/hundred-and-sixty-seventh-set.txt';
/** A hundred-and-sixty-eighth set, from 16 repositories found by everyday code searches, scored first. */
export const HUNDRED_AND_SIXTY_EIGHTH_SET_PATH = 'test/fixtures/corpus/hundred-and-sixty-eighth-set.txt';
/** A hundred-and-sixty-ninth set, from 16 repositories found by everyday code searches, scored first. */
export const HUNDRED_AND_SIXTY_NINTH_SET_PATH = 'test/fixtures/corpus/hundred-and-sixty-ninth-set.txt';
/** A hundred-and-seventieth set, from 16 repositories found by everyday code searches, scored first. */
export const HUNDRED_AND_SEVENTIETH_SET_PATH = 'test/fixtures/corpus/hundred-and-seventieth-set.txt';
/** A hundred-and-seventy-first set, from 16 repositories found by everyday code searches, scored first. */
export const HUNDRED_AND_SEVENTY_FIRST_SET_PATH = 'test/fixtures/corpus/hundred-and-seventy-first-set.txt';
/** A hundred-and-seventy-second set, from 16 repositories found by everyday code searches, scored first. */
export const HUNDRED_AND_SEVENTY_SECOND_SET_PATH = 'test/fixtures/corpus/hundred-and-seventy-second-set.txt';
/** A hundred-and-seventy-third set, from 16 repositories found by everyday code searches, scored first. */
export const HUNDRED_AND_SEVENTY_THIRD_SET_PATH = 'test/fixtures/corpus/hundred-and-seventy-third-set.txt';
/** A hundred-and-seventy-fourth set, from 16 repositories found by everyday code searches, scored first. */
export const HUNDRED_AND_SEVENTY_FOURTH_SET_PATH = 'test/fixtures/corpus/hundred-and-seventy-fourth-set.txt';
/** A hundred-and-seventy-fifth set, from 16 repositories found by everyday code searches, scored first. */
export const HUNDRED_AND_SEVENTY_FIFTH_SET_PATH = 'test/fixtures/corpus/hundred-and-seventy-fifth-set.txt';
/** A hundred-and-seventy-sixth set, from 16 repositories found by everyday code searches, scored first. */
export const HUNDRED_AND_SEVENTY_SIXTH_SET_PATH = 'test/fixtures/corpus/hundred-and-seventy-sixth-set.txt';
/** A hundred-and-seventy-seventh set, from 16 repositories found by everyday code searches, scored first. */
export const HUNDRED_AND_SEVENTY_SEVENTH_SET_PATH = 'test/fixtures/corpus/hundred-and-seventy-seventh-set.txt';
/** A hundred-and-seventy-eighth set, from 16 repositories found by everyday code searches, scored first. */
export const HUNDRED_AND_SEVENTY_EIGHTH_SET_PATH = 'test/fixtures/corpus/hundred-and-seventy-eighth-set.txt';
/** A hundred-and-seventy-ninth set, from 16 repositories found by everyday code searches, scored first. */
export const HUNDRED_AND_SEVENTY_NINTH_SET_PATH = 'test/fixtures/corpus/hundred-and-seventy-ninth-set.txt';
/** A hundred-and-eightieth set, from 16 repositories found by everyday code searches, scored first. */
export const HUNDRED_AND_EIGHTIETH_SET_PATH = 'test/fixtures/corpus/hundred-and-eightieth-set.txt';
/** A hundred-and-eighty-first set, from 16 repositories found by everyday code searches, scored first. */
export const HUNDRED_AND_EIGHTY_FIRST_SET_PATH = 'test/fixtures/corpus/hundred-and-eighty-first-set.txt';
/** A hundred-and-eighty-second set, from 16 repositories found by everyday code searches, scored first. */
export const HUNDRED_AND_EIGHTY_SECOND_SET_PATH = 'test/fixtures/corpus/hundred-and-eighty-second-set.txt';
/** A hundred-and-eighty-third set, from 22 repositories found by everyday code searches, scored first. */
export const HUNDRED_AND_EIGHTY_THIRD_SET_PATH = 'test/fixtures/corpus/hundred-and-eighty-third-set.txt';
/** A hundred-and-eighty-fourth set, from 16 repositories found by everyday code searches, scored first. */
export const HUNDRED_AND_EIGHTY_FOURTH_SET_PATH = 'test/fixtures/corpus/hundred-and-eighty-fourth-set.txt';
/** A hundred-and-eighty-fifth set, from 16 repositories found by everyday code searches, scored first. */
export const HUNDRED_AND_EIGHTY_FIFTH_SET_PATH = 'test/fixtures/corpus/hundred-and-eighty-fifth-set.txt';
/** A hundred-and-eighty-sixth set, from 16 repositories found by everyday code searches, scored first. */
export const HUNDRED_AND_EIGHTY_SIXTH_SET_PATH = 'test/fixtures/corpus/hundred-and-eighty-sixth-set.txt';
/** A hundred-and-eighty-seventh set, from 16 repositories found by everyday code searches, scored first. */
export const HUNDRED_AND_EIGHTY_SEVENTH_SET_PATH = 'test/fixtures/corpus/hundred-and-eighty-seventh-set.txt';
/** A hundred-and-eighty-eighth set, from 16 repositories found by everyday code searches, scored first. */
export const HUNDRED_AND_EIGHTY_EIGHTH_SET_PATH = 'test/fixtures/corpus/hundred-and-eighty-eighth-set.txt';
/** A hundred-and-eighty-ninth set, from 17 repositories found by everyday code searches, scored first. */
export const HUNDRED_AND_EIGHTY_NINTH_SET_PATH = 'test/fixtures/corpus/hundred-and-eighty-ninth-set.txt';
/** A hundred-and-ninetieth set, from 14 repositories found by everyday code searches, scored first. */
export const HUNDRED_AND_NINETIETH_SET_PATH = 'test/fixtures/corpus/hundred-and-ninetieth-set.txt';
/** A hundred-and-ninety-first set, from 12 repositories found by everyday code searches, scored first. */
export const HUNDRED_AND_NINETY_FIRST_SET_PATH = 'test/fixtures/corpus/hundred-and-ninety-first-set.txt';
/** A hundred-and-ninety-second set, from 13 repositories found by everyday code searches, scored first. */
export const HUNDRED_AND_NINETY_SECOND_SET_PATH = 'test/fixtures/corpus/hundred-and-ninety-second-set.txt';

/** The repositories a real-line corpus file names in its `# source: owner/repo path` comments. */
export function corpusSources(file: string, root = process.cwd()): Set<string> {
  const text = fs.readFileSync(path.resolve(root, file), 'utf8');
  return new Set(
    text
      .split('\n')
      .filter((l) => l.startsWith('# source: '))
      .map((l) => l.slice('# source: '.length).split(' ')[0] ?? ''),
  );
}

/** A labelled corpus file (by default our own `mentions.txt`). */
export function loadCorpus(file = CORPUS_PATH, root = process.cwd()): CorpusLine[] {
  const text = fs.readFileSync(path.resolve(root, file), 'utf8');
  const rows: CorpusLine[] = [];
  text.split('\n').forEach((raw, idx) => {
    if (!raw.trim() || raw.startsWith('#')) return;
    const tab = raw.indexOf('\t');
    if (tab < 0) throw new Error(`${file} line ${idx + 1}: missing language`);
    const { line, expected } = parseMarked(raw.slice(tab + 1));
    rows.push({ lang: raw.slice(0, tab), line, expected, source: idx + 1 });
  });
  return rows;
}

export interface Score {
  lines: number;
  traps: number;
  expected: number;
  found: number;
  truePositives: number;
  precision: number;
  recall: number;
  falsePositives: { source: number; line: string; mention: StatusMention }[];
  falseNegatives: { source: number; line: string; mention: ExpectedMention }[];
}

/** Scores `detect` on the corpus: a hit needs the same code and the same span. */
export function scoreCorpus(
  rows: readonly CorpusLine[],
  detect: (line: string, lang: string) => readonly StatusMention[] = (l, lang) => findStatusMentions(l, lang),
): Score {
  let expectedCount = 0;
  let found = 0;
  let tp = 0;
  const falsePositives: Score['falsePositives'] = [];
  const falseNegatives: Score['falseNegatives'] = [];
  let traps = 0;
  for (const row of rows) {
    // codes without a catalog entry (e.g. unofficial ones not added yet) cannot be found
    const exp = row.expected.filter((m) => getStatus(m.code) !== undefined);
    if (row.expected.length === 0) traps++;
    const got = detect(row.line, row.lang);
    expectedCount += exp.length;
    found += got.length;
    const matched = new Set<number>();
    for (const g of got) {
      const k = exp.findIndex((x, idx) => !matched.has(idx) && x.code === g.code && x.start === g.start && x.end === g.end);
      if (k >= 0) {
        matched.add(k);
        tp++;
      } else {
        falsePositives.push({ source: row.source, line: row.line, mention: g });
      }
    }
    exp.forEach((x, idx) => {
      if (!matched.has(idx)) falseNegatives.push({ source: row.source, line: row.line, mention: x });
    });
  }
  return {
    lines: rows.length,
    traps,
    expected: expectedCount,
    found,
    truePositives: tp,
    precision: found === 0 ? 1 : tp / found,
    recall: expectedCount === 0 ? 1 : tp / expectedCount,
    falsePositives,
    falseNegatives,
  };
}

/** Every figure of a score, then each false positive and false negative with its corpus line and span. */
export function scoreDetail(s: Score): string {
  const where = (f: { source: number; mention: { code: number; start: number; end: number }; line: string }): string =>
    `line ${f.source}: ${f.mention.code} [${f.mention.start},${f.mention.end}) in ${f.line}`;
  return [
    `lines ${s.lines}, traps ${s.traps}, expected ${s.expected}, found ${s.found}, true positives ${s.truePositives}`,
    `precision ${s.precision.toFixed(3)}, recall ${s.recall.toFixed(3)}`,
    ...s.falsePositives.map((f) => `FP ${where(f)}`),
    ...s.falseNegatives.map((f) => `FN ${where(f)}`),
  ].join('\n');
}
