// The third to hundred-and-ninety-second sets of real lines (test/fixtures/corpus/*-set.txt): repositories used by no other
// set, labelled by hand in passes that never ran the detector. Each file's header records its score at
// first contact, before any rule was written for it. The fourth, sixth, seventh, ninth, tenth, eleventh,
// thirteenth, fifteenth, eighteenth, nineteenth, twenty-first, twenty-third, twenty-fifth, twenty-sixth,
// twenty-eighth, forty-first, forty-fifth, fifty-second, fifty-seventh, hundred-and-twenty-fourth, hundred-and-twenty-seventh, hundred-and-twenty-eighth, hundred-and-forty-eighth, hundred-and-eighty-fifth and hundred-and-eighty-sixth sets stay below the recall target after their rules: their tests hold precision to the
// target and recall to today's value (a regression guard, not the goal) and say so. The ninety-fifth, hundred-and-twenty-first,
// hundred-and-twenty-second, hundred-and-fifty-eighth, hundred-and-seventy-eighth, hundred-and-eighty-fifth and hundred-and-eighty-sixth sets stay below the precision target (each because of lines a line alone cannot tell from HTTP, named at their entries).
import * as assert from 'assert';
import {
  FIFTH_SET_PATH, FOURTH_SET_PATH, HELD_OUT_PATH, REAL_WORLD_PATH, SEVENTH_SET_PATH, SIXTH_SET_PATH, THIRD_SET_PATH, EIGHTH_SET_PATH, NINTH_SET_PATH, TENTH_SET_PATH, ELEVENTH_SET_PATH, TWELFTH_SET_PATH, THIRTEENTH_SET_PATH, FOURTEENTH_SET_PATH, FIFTEENTH_SET_PATH, SIXTEENTH_SET_PATH, SEVENTEENTH_SET_PATH,
  EIGHTEENTH_SET_PATH, NINETEENTH_SET_PATH, TWENTIETH_SET_PATH, TWENTY_FIRST_SET_PATH, TWENTY_SECOND_SET_PATH, TWENTY_THIRD_SET_PATH, TWENTY_FOURTH_SET_PATH, TWENTY_FIFTH_SET_PATH, TWENTY_SIXTH_SET_PATH, TWENTY_SEVENTH_SET_PATH, TWENTY_EIGHTH_SET_PATH, TWENTY_NINTH_SET_PATH, THIRTIETH_SET_PATH, THIRTY_FIRST_SET_PATH, THIRTY_SECOND_SET_PATH, THIRTY_THIRD_SET_PATH, THIRTY_FOURTH_SET_PATH, THIRTY_FIFTH_SET_PATH, THIRTY_SIXTH_SET_PATH, THIRTY_SEVENTH_SET_PATH, THIRTY_EIGHTH_SET_PATH, THIRTY_NINTH_SET_PATH, FORTIETH_SET_PATH, FORTY_FIRST_SET_PATH, FORTY_SECOND_SET_PATH, FORTY_THIRD_SET_PATH, FORTY_FOURTH_SET_PATH, FORTY_FIFTH_SET_PATH, FORTY_SIXTH_SET_PATH, FORTY_SEVENTH_SET_PATH, FORTY_EIGHTH_SET_PATH, FORTY_NINTH_SET_PATH, FIFTIETH_SET_PATH, FIFTY_FIRST_SET_PATH, FIFTY_SECOND_SET_PATH, FIFTY_THIRD_SET_PATH, FIFTY_FOURTH_SET_PATH, FIFTY_FIFTH_SET_PATH, FIFTY_SIXTH_SET_PATH, FIFTY_SEVENTH_SET_PATH, FIFTY_EIGHTH_SET_PATH, FIFTY_NINTH_SET_PATH, SIXTIETH_SET_PATH, SIXTY_FIRST_SET_PATH, SIXTY_SECOND_SET_PATH, SIXTY_THIRD_SET_PATH, SIXTY_FOURTH_SET_PATH, SIXTY_FIFTH_SET_PATH, SIXTY_SIXTH_SET_PATH, SIXTY_SEVENTH_SET_PATH, SIXTY_EIGHTH_SET_PATH, SIXTY_NINTH_SET_PATH, SEVENTIETH_SET_PATH, SEVENTY_FIRST_SET_PATH, SEVENTY_SECOND_SET_PATH, SEVENTY_THIRD_SET_PATH, SEVENTY_FOURTH_SET_PATH, SEVENTY_FIFTH_SET_PATH, SEVENTY_SIXTH_SET_PATH, SEVENTY_SEVENTH_SET_PATH, SEVENTY_EIGHTH_SET_PATH, SEVENTY_NINTH_SET_PATH, EIGHTIETH_SET_PATH, EIGHTY_FIRST_SET_PATH, EIGHTY_SECOND_SET_PATH, EIGHTY_THIRD_SET_PATH, EIGHTY_FOURTH_SET_PATH, EIGHTY_FIFTH_SET_PATH, EIGHTY_SIXTH_SET_PATH, EIGHTY_SEVENTH_SET_PATH, EIGHTY_EIGHTH_SET_PATH, EIGHTY_NINTH_SET_PATH, NINETIETH_SET_PATH, NINETY_FIRST_SET_PATH, NINETY_SECOND_SET_PATH, NINETY_THIRD_SET_PATH, NINETY_FOURTH_SET_PATH, NINETY_FIFTH_SET_PATH, NINETY_SIXTH_SET_PATH, NINETY_SEVENTH_SET_PATH, NINETY_EIGHTH_SET_PATH, NINETY_NINTH_SET_PATH, HUNDREDTH_SET_PATH, HUNDRED_AND_FIRST_SET_PATH, HUNDRED_AND_SECOND_SET_PATH, HUNDRED_AND_THIRD_SET_PATH, HUNDRED_AND_FOURTH_SET_PATH, HUNDRED_AND_FIFTH_SET_PATH, HUNDRED_AND_SIXTH_SET_PATH, HUNDRED_AND_SEVENTH_SET_PATH, HUNDRED_AND_EIGHTH_SET_PATH, HUNDRED_AND_NINTH_SET_PATH, HUNDRED_AND_TENTH_SET_PATH, HUNDRED_AND_ELEVENTH_SET_PATH, HUNDRED_AND_TWELFTH_SET_PATH, HUNDRED_AND_THIRTEENTH_SET_PATH, HUNDRED_AND_FOURTEENTH_SET_PATH, HUNDRED_AND_FIFTEENTH_SET_PATH, HUNDRED_AND_SIXTEENTH_SET_PATH, HUNDRED_AND_SEVENTEENTH_SET_PATH, HUNDRED_AND_EIGHTEENTH_SET_PATH, HUNDRED_AND_NINETEENTH_SET_PATH, HUNDRED_AND_TWENTIETH_SET_PATH, HUNDRED_AND_TWENTY_FIRST_SET_PATH, HUNDRED_AND_TWENTY_SECOND_SET_PATH, HUNDRED_AND_TWENTY_THIRD_SET_PATH, HUNDRED_AND_TWENTY_FOURTH_SET_PATH, HUNDRED_AND_TWENTY_FIFTH_SET_PATH, HUNDRED_AND_TWENTY_SIXTH_SET_PATH, HUNDRED_AND_TWENTY_SEVENTH_SET_PATH, HUNDRED_AND_TWENTY_EIGHTH_SET_PATH, HUNDRED_AND_TWENTY_NINTH_SET_PATH, HUNDRED_AND_THIRTIETH_SET_PATH, HUNDRED_AND_THIRTY_FIRST_SET_PATH, HUNDRED_AND_THIRTY_SECOND_SET_PATH, HUNDRED_AND_THIRTY_THIRD_SET_PATH, HUNDRED_AND_THIRTY_FOURTH_SET_PATH, HUNDRED_AND_THIRTY_FIFTH_SET_PATH, HUNDRED_AND_THIRTY_SIXTH_SET_PATH, HUNDRED_AND_THIRTY_SEVENTH_SET_PATH, HUNDRED_AND_THIRTY_EIGHTH_SET_PATH, HUNDRED_AND_THIRTY_NINTH_SET_PATH, HUNDRED_AND_FORTIETH_SET_PATH, HUNDRED_AND_FORTY_FIRST_SET_PATH, HUNDRED_AND_FORTY_SECOND_SET_PATH, HUNDRED_AND_FORTY_THIRD_SET_PATH, HUNDRED_AND_FORTY_FOURTH_SET_PATH, HUNDRED_AND_FORTY_FIFTH_SET_PATH, HUNDRED_AND_FORTY_SIXTH_SET_PATH, HUNDRED_AND_FORTY_SEVENTH_SET_PATH, HUNDRED_AND_FORTY_EIGHTH_SET_PATH, HUNDRED_AND_FORTY_NINTH_SET_PATH, HUNDRED_AND_FIFTIETH_SET_PATH, HUNDRED_AND_FIFTY_FIRST_SET_PATH, HUNDRED_AND_FIFTY_SECOND_SET_PATH, HUNDRED_AND_FIFTY_THIRD_SET_PATH, HUNDRED_AND_FIFTY_FOURTH_SET_PATH, HUNDRED_AND_FIFTY_FIFTH_SET_PATH, HUNDRED_AND_FIFTY_SIXTH_SET_PATH, HUNDRED_AND_FIFTY_SEVENTH_SET_PATH, HUNDRED_AND_FIFTY_EIGHTH_SET_PATH, HUNDRED_AND_FIFTY_NINTH_SET_PATH, HUNDRED_AND_SIXTIETH_SET_PATH, HUNDRED_AND_SIXTY_FIRST_SET_PATH, HUNDRED_AND_SIXTY_SECOND_SET_PATH, HUNDRED_AND_SIXTY_THIRD_SET_PATH, HUNDRED_AND_SIXTY_FOURTH_SET_PATH, HUNDRED_AND_SIXTY_FIFTH_SET_PATH, HUNDRED_AND_SIXTY_SIXTH_SET_PATH, HUNDRED_AND_SIXTY_SEVENTH_SET_PATH, HUNDRED_AND_SIXTY_EIGHTH_SET_PATH, HUNDRED_AND_SIXTY_NINTH_SET_PATH, HUNDRED_AND_SEVENTIETH_SET_PATH, HUNDRED_AND_SEVENTY_FIRST_SET_PATH, HUNDRED_AND_SEVENTY_SECOND_SET_PATH, HUNDRED_AND_SEVENTY_THIRD_SET_PATH, HUNDRED_AND_SEVENTY_FOURTH_SET_PATH, HUNDRED_AND_SEVENTY_FIFTH_SET_PATH, HUNDRED_AND_SEVENTY_SIXTH_SET_PATH, HUNDRED_AND_SEVENTY_SEVENTH_SET_PATH, HUNDRED_AND_SEVENTY_EIGHTH_SET_PATH, HUNDRED_AND_SEVENTY_NINTH_SET_PATH, HUNDRED_AND_EIGHTIETH_SET_PATH, HUNDRED_AND_EIGHTY_FIRST_SET_PATH, HUNDRED_AND_EIGHTY_SECOND_SET_PATH, HUNDRED_AND_EIGHTY_THIRD_SET_PATH, HUNDRED_AND_EIGHTY_FOURTH_SET_PATH, HUNDRED_AND_EIGHTY_FIFTH_SET_PATH, HUNDRED_AND_EIGHTY_SIXTH_SET_PATH, HUNDRED_AND_EIGHTY_SEVENTH_SET_PATH, HUNDRED_AND_EIGHTY_EIGHTH_SET_PATH, HUNDRED_AND_EIGHTY_NINTH_SET_PATH, HUNDRED_AND_NINETIETH_SET_PATH, HUNDRED_AND_NINETY_FIRST_SET_PATH, HUNDRED_AND_NINETY_SECOND_SET_PATH,
  corpusSources, loadCorpus, scoreCorpus, scoreDetail,
} from '../../bench/corpus';

interface FreshSet {
  name: string;
  file: string;
  minLanguages: number;
  /** Rows the set must hold (400 unless stated). */
  minLines?: number;
  /** The share of trap rows the set must hold (0.4 unless stated). */
  minTraps?: number;
  /** The recall the test holds: the target (0.93), or today's value where the target is not reached. */
  minRecall: number;
  /** Precision to hold (0.97 unless a set's header explains a lower one). */
  minPrecision?: number;
}

const SETS: readonly FreshSet[] = [
  { name: 'third set (14 framework repositories)', file: THIRD_SET_PATH, minLanguages: 15, minRecall: 0.93 },
  { name: 'fourth set (16 more frameworks and tools; recall below target)', file: FOURTH_SET_PATH, minLanguages: 20, minRecall: 0.9 },
  { name: 'fifth set (16 open-source applications)', file: FIFTH_SET_PATH, minLanguages: 20, minRecall: 0.93 },
  { name: 'sixth set (16 API clients, SDKs and DevOps/test tools; recall below target)', file: SIXTH_SET_PATH, minLanguages: 20, minRecall: 0.89 },
  { name: 'seventh set (16 repositories in Clojure, Scala, C, Perl, R, Lua and more; recall below target)', file: SEVENTH_SET_PATH, minLanguages: 20, minRecall: 0.89 },
  { name: 'eighth set (16 web applications and frontends)', file: EIGHTH_SET_PATH, minLanguages: 20, minRecall: 0.93 },
  { name: 'ninth set (16 repositories of docs, configs, logs and rarer languages; recall far below target)', file: NINTH_SET_PATH, minLanguages: 20, minRecall: 0.77 },
  { name: 'tenth set (16 backend applications and libraries; recall below target)', file: TENTH_SET_PATH, minLanguages: 15, minRecall: 0.9 },
  { name: 'eleventh set (16 clients, SDKs and tools; recall below target)', file: ELEVENTH_SET_PATH, minLanguages: 20, minRecall: 0.84 },
  { name: 'twelfth set (16 popular projects, 312 lines, 37% traps)', file: TWELFTH_SET_PATH, minLanguages: 15, minLines: 300, minTraps: 0.35, minRecall: 0.93 },
  { name: 'thirteenth set (precision: 16 repositories whose numbers are mostly not statuses; recall below target)', file: THIRTEENTH_SET_PATH, minLanguages: 15, minTraps: 0.6, minRecall: 0.91 },
  { name: 'fourteenth set (16 ordinary mid-sized projects)', file: FOURTEENTH_SET_PATH, minLanguages: 15, minRecall: 0.93 },
  { name: 'fifteenth set (docs and configuration of 16 repositories; recall below target)', file: FIFTEENTH_SET_PATH, minLanguages: 15, minRecall: 0.91 },
  { name: 'sixteenth set (16 ordinary C#, Java, PHP, Ruby, Swift and Go projects)', file: SIXTEENTH_SET_PATH, minLanguages: 12, minRecall: 0.93 },
  { name: 'seventeenth set (test files and mocks of 16 repositories, a quarter traps)', file: SEVENTEENTH_SET_PATH, minLanguages: 12, minTraps: 0.2, minRecall: 0.93 },
  { name: 'eighteenth set (source files of 16 ordinary production projects; recall below target)', file: EIGHTEENTH_SET_PATH, minLanguages: 12, minRecall: 0.9 },
  { name: 'nineteenth set (configs, infrastructure, logs and docs of 16 repositories; recall below target)', file: NINETEENTH_SET_PATH, minLanguages: 15, minRecall: 0.9 },
  { name: 'twentieth set (16 small web applications and API services)', file: TWENTIETH_SET_PATH, minLanguages: 15, minRecall: 0.93 },
  { name: 'twenty-first set (16 repositories in less common languages; recall far below target)', file: TWENTY_FIRST_SET_PATH, minLanguages: 15, minRecall: 0.7 },
  { name: 'twenty-second set (16 repositories picked as a random crawl would, 373 lines)', file: TWENTY_SECOND_SET_PATH, minLanguages: 15, minLines: 370, minRecall: 0.93 },
  { name: 'twenty-third set (16 JavaScript/TypeScript and Python projects; recall below target)', file: TWENTY_THIRD_SET_PATH, minLanguages: 12, minRecall: 0.91 },
  { name: 'twenty-fourth set (16 repositories picked as a random crawl would)', file: TWENTY_FOURTH_SET_PATH, minLanguages: 15, minRecall: 0.93 },
  { name: 'twenty-fifth set (16 more repositories picked as a random crawl would, 356 lines; recall below target)', file: TWENTY_FIFTH_SET_PATH, minLanguages: 15, minLines: 350, minRecall: 0.92 },
  { name: 'twenty-sixth set (16 repositories picked as a random crawl would; recall below target)', file: TWENTY_SIXTH_SET_PATH, minLanguages: 15, minRecall: 0.92 },
  { name: 'twenty-seventh set (16 more repositories picked as a random crawl would)', file: TWENTY_SEVENTH_SET_PATH, minLanguages: 15, minRecall: 0.93 },
  { name: 'twenty-eighth set (16 repositories picked as a random crawl would, 343 lines; recall below target)', file: TWENTY_EIGHTH_SET_PATH, minLanguages: 15, minLines: 340, minRecall: 0.92 },
  { name: 'twenty-ninth set (16 more repositories picked as a random crawl would, 240 lines, 107 with a status)', file: TWENTY_NINTH_SET_PATH, minLanguages: 15, minLines: 240, minRecall: 0.93 },
  { name: 'thirtieth set (16 repositories picked as a random crawl would, 365 lines)', file: THIRTIETH_SET_PATH, minLanguages: 15, minLines: 360, minRecall: 0.93 },
  { name: 'thirty-first set (16 more repositories picked as a random crawl would, 283 lines)', file: THIRTY_FIRST_SET_PATH, minLanguages: 15, minLines: 280, minRecall: 0.93 },
  { name: 'thirty-second set (16 small repositories picked as a random crawl would)', file: THIRTY_SECOND_SET_PATH, minLanguages: 15, minRecall: 0.93 },
  { name: 'thirty-third set (16 more small repositories picked as a random crawl would, 348 lines)', file: THIRTY_THIRD_SET_PATH, minLanguages: 15, minLines: 340, minRecall: 0.93 },
  { name: 'thirty-fourth set (16 small repositories picked as a random crawl would, 349 lines)', file: THIRTY_FOURTH_SET_PATH, minLanguages: 15, minLines: 340, minRecall: 0.93 },
  { name: 'thirty-fifth set (16 more small repositories picked as a random crawl would, 262 lines)', file: THIRTY_FIFTH_SET_PATH, minLanguages: 15, minLines: 260, minRecall: 0.93 },
  { name: 'thirty-sixth set (16 small repositories picked as a random crawl would, 376 lines)', file: THIRTY_SIXTH_SET_PATH, minLanguages: 15, minLines: 370, minRecall: 0.93 },
  { name: 'thirty-seventh set (16 more small repositories picked as a random crawl would)', file: THIRTY_SEVENTH_SET_PATH, minLanguages: 15, minRecall: 0.93 },
  { name: 'thirty-eighth set (16 more small repositories picked as a random crawl would, 364 lines)', file: THIRTY_EIGHTH_SET_PATH, minLanguages: 15, minLines: 360, minRecall: 0.93 },
  { name: 'thirty-ninth set (16 more small repositories picked as a random crawl would)', file: THIRTY_NINTH_SET_PATH, minLanguages: 15, minRecall: 0.93 },
  { name: 'fortieth set (16 more small repositories picked as a random crawl would, 323 lines)', file: FORTIETH_SET_PATH, minLanguages: 15, minLines: 320, minRecall: 0.93 },
  { name: 'forty-first set (16 more small repositories picked as a random crawl would, 282 lines; recall below target)', file: FORTY_FIRST_SET_PATH, minLanguages: 15, minLines: 280, minRecall: 0.88 },
  { name: 'forty-second set (16 more small repositories picked as a random crawl would, 69% traps)', file: FORTY_SECOND_SET_PATH, minLanguages: 15, minTraps: 0.6, minRecall: 0.93 },
  { name: 'forty-third set (16 more small repositories picked as a random crawl would)', file: FORTY_THIRD_SET_PATH, minLanguages: 15, minRecall: 0.93 },
  { name: 'forty-fourth set (16 more small repositories picked as a random crawl would, 331 lines)', file: FORTY_FOURTH_SET_PATH, minLanguages: 15, minLines: 330, minRecall: 0.93 },
  { name: 'forty-fifth set (16 more small repositories picked as a random crawl would, 333 lines; recall below target)', file: FORTY_FIFTH_SET_PATH, minLanguages: 15, minLines: 330, minRecall: 0.87 },
  { name: 'forty-sixth set (16 more small repositories picked as a random crawl would)', file: FORTY_SIXTH_SET_PATH, minLanguages: 15, minRecall: 0.93 },
  { name: 'forty-seventh set (16 more small repositories picked as a random crawl would, 253 lines, 70% traps)', file: FORTY_SEVENTH_SET_PATH, minLanguages: 15, minLines: 250, minTraps: 0.6, minRecall: 0.93 },
  { name: 'forty-eighth set (16 more small repositories picked as a random crawl would)', file: FORTY_EIGHTH_SET_PATH, minLanguages: 15, minRecall: 0.93 },
  { name: 'forty-ninth set (16 small repositories that talk HTTP, 388 lines)', file: FORTY_NINTH_SET_PATH, minLanguages: 15, minLines: 380, minRecall: 0.93 },
  { name: 'fiftieth set (16 small web applications, 366 lines)', file: FIFTIETH_SET_PATH, minLanguages: 15, minLines: 360, minRecall: 0.93 },
  { name: 'fifty-first set (16 more small repositories picked as a random crawl would, 286 lines, 61% traps)', file: FIFTY_FIRST_SET_PATH, minLanguages: 15, minLines: 280, minTraps: 0.6, minRecall: 0.93 },
  { name: 'fifty-second set (16 more small repositories picked as a random crawl would, 323 lines; recall below target)', file: FIFTY_SECOND_SET_PATH, minLanguages: 15, minLines: 320, minRecall: 0.88 },
  { name: 'fifty-third set (16 small repositories that talk HTTP)', file: FIFTY_THIRD_SET_PATH, minLanguages: 15, minRecall: 0.93 },
  { name: 'fifty-fourth set (small: 84 lines from 9 repositories picked as a random crawl would, 36% traps)', file: FIFTY_FOURTH_SET_PATH, minLanguages: 12, minLines: 80, minTraps: 0.35, minRecall: 0.93 },
  { name: 'fifty-fifth set (small: 103 lines from 17 repositories picked as a random crawl would)', file: FIFTY_FIFTH_SET_PATH, minLanguages: 15, minLines: 100, minRecall: 0.93 },
  { name: 'fifty-sixth set (16 repositories of test code and request collections, 213 lines, 22% traps)', file: FIFTY_SIXTH_SET_PATH, minLanguages: 15, minLines: 210, minTraps: 0.2, minRecall: 0.93 },
  { name: 'fifty-seventh set (16 small repositories, 236 lines; recall below target)', file: FIFTY_SEVENTH_SET_PATH, minLanguages: 15, minLines: 230, minRecall: 0.78 },
  { name: 'fifty-eighth set (16 small repositories that talk HTTP, 362 lines, 35% traps)', file: FIFTY_EIGHTH_SET_PATH, minLanguages: 15, minLines: 360, minTraps: 0.3, minRecall: 0.93 },
  { name: 'fifty-ninth set (15 small repositories, 302 lines, 66% traps)', file: FIFTY_NINTH_SET_PATH, minLanguages: 15, minLines: 300, minTraps: 0.6, minRecall: 0.93 },
  { name: 'sixtieth set (16 small repositories picked as a random crawl would, 257 lines, 57% traps; recall below target)', file: SIXTIETH_SET_PATH, minLanguages: 15, minLines: 250, minTraps: 0.5, minRecall: 0.92 },
  { name: 'sixty-first set (16 small repositories picked as a random crawl would, 264 lines, 56% traps)', file: SIXTY_FIRST_SET_PATH, minLanguages: 15, minLines: 260, minTraps: 0.5, minRecall: 0.93 },
  { name: 'sixty-second set (16 small repositories picked as a random crawl would, 245 lines, 59% traps; recall below target)', file: SIXTY_SECOND_SET_PATH, minLanguages: 15, minLines: 240, minTraps: 0.5, minRecall: 0.91 },
  { name: 'sixty-third set (16 small repositories picked as a random crawl would, 270 lines, 56% traps)', file: SIXTY_THIRD_SET_PATH, minLanguages: 15, minLines: 270, minTraps: 0.5, minRecall: 0.93 },
  { name: 'sixty-fourth set (16 small repositories picked as a random crawl would, 400 lines, 65% traps)', file: SIXTY_FOURTH_SET_PATH, minLanguages: 15, minLines: 400, minTraps: 0.6, minRecall: 0.93 },
  { name: 'sixty-fifth set (20 small repositories picked as a random crawl would, 308 lines, 55% traps; recall below target)', file: SIXTY_FIFTH_SET_PATH, minLanguages: 15, minLines: 300, minTraps: 0.5, minRecall: 0.9 },
  { name: 'sixty-sixth set (16 small repositories picked as a random crawl would, 325 lines, 59% traps; recall below target)', file: SIXTY_SIXTH_SET_PATH, minLanguages: 15, minLines: 320, minTraps: 0.5, minRecall: 0.92 },
  { name: 'sixty-seventh set (16 small repositories picked as a random crawl would, 191 lines, 74% traps)', file: SIXTY_SEVENTH_SET_PATH, minLanguages: 15, minLines: 190, minTraps: 0.7, minRecall: 0.93 },
  { name: 'sixty-eighth set (16 small repositories picked as a random crawl would, 175 lines, 66% traps)', file: SIXTY_EIGHTH_SET_PATH, minLanguages: 15, minLines: 170, minTraps: 0.6, minRecall: 0.93 },
  { name: 'sixty-ninth set (16 small repositories picked as a random crawl would, 328 lines, 57% traps)', file: SIXTY_NINTH_SET_PATH, minLanguages: 15, minLines: 320, minTraps: 0.5, minRecall: 0.93 },
  { name: 'seventieth set (16 small repositories picked as a random crawl would, 369 lines, 51% traps)', file: SEVENTIETH_SET_PATH, minLanguages: 15, minLines: 360, minTraps: 0.5, minRecall: 0.93 },
  { name: 'seventy-first set (16 small repositories picked as a random crawl would, 256 lines, 62% traps)', file: SEVENTY_FIRST_SET_PATH, minLanguages: 15, minLines: 250, minTraps: 0.6, minRecall: 0.93 },
  { name: 'seventy-second set (16 small repositories picked as a random crawl would, 272 lines, 78% traps)', file: SEVENTY_SECOND_SET_PATH, minLanguages: 15, minLines: 270, minTraps: 0.7, minRecall: 0.93 },
  { name: 'seventy-third set (16 small repositories picked as a random crawl would, 376 lines, 49% traps)', file: SEVENTY_THIRD_SET_PATH, minLanguages: 15, minLines: 370, minTraps: 0.4, minRecall: 0.93 },
  { name: 'seventy-fourth set (16 small repositories picked as a random crawl would, 364 lines, 59% traps)', file: SEVENTY_FOURTH_SET_PATH, minLanguages: 15, minLines: 360, minTraps: 0.5, minRecall: 0.93 },
  { name: 'seventy-fifth set (16 small repositories picked as a random crawl would, 380 lines, 66% traps)', file: SEVENTY_FIFTH_SET_PATH, minLanguages: 15, minLines: 380, minTraps: 0.6, minRecall: 0.93 },
  { name: 'seventy-sixth set (16 small repositories picked as a random crawl would, 369 lines, 74% traps)', file: SEVENTY_SIXTH_SET_PATH, minLanguages: 15, minLines: 360, minTraps: 0.7, minRecall: 0.93 },
  { name: 'seventy-seventh set (16 repositories using web frameworks, 388 lines, 62% traps)', file: SEVENTY_SEVENTH_SET_PATH, minLanguages: 15, minLines: 380, minTraps: 0.6, minRecall: 0.93 },
  { name: 'seventy-eighth set (16 small repositories picked as a random crawl would, 314 lines, 66% traps)', file: SEVENTY_EIGHTH_SET_PATH, minLanguages: 15, minLines: 310, minTraps: 0.6, minRecall: 0.93 },
  { name: 'seventy-ninth set (16 small repositories picked as a random crawl would, 240 lines, 51% traps)', file: SEVENTY_NINTH_SET_PATH, minLanguages: 15, minLines: 240, minTraps: 0.5, minRecall: 0.93 },
  { name: 'eightieth set (16 small repositories picked as a random crawl would, 209 lines, 78% traps)', file: EIGHTIETH_SET_PATH, minLanguages: 15, minLines: 200, minTraps: 0.7, minRecall: 0.93 },
  { name: 'eighty-first set (16 small repositories that serve or test HTTP, 263 lines, 42% traps)', file: EIGHTY_FIRST_SET_PATH, minLanguages: 15, minLines: 260, minTraps: 0.4, minRecall: 0.93 },
  { name: 'eighty-second set (16 small repositories that serve or test HTTP, 331 lines, 40% traps)', file: EIGHTY_SECOND_SET_PATH, minLanguages: 15, minLines: 330, minTraps: 0.3, minRecall: 0.93 },
  { name: 'eighty-third set (16 small repositories that serve or test HTTP, 329 lines, 35% traps)', file: EIGHTY_THIRD_SET_PATH, minLanguages: 15, minLines: 320, minTraps: 0.3, minRecall: 0.93 },
  { name: 'eighty-fourth set (16 small projects that serve, call or test HTTP, 208 lines, 14% traps)', file: EIGHTY_FOURTH_SET_PATH, minLanguages: 15, minLines: 200, minTraps: 0.1, minRecall: 0.93 },
  { name: 'eighty-fifth set (16 small projects that serve, call or test HTTP, 190 lines, 46% traps)', file: EIGHTY_FIFTH_SET_PATH, minLanguages: 15, minLines: 190, minTraps: 0.4, minRecall: 0.93 },
  { name: 'eighty-sixth set (16 small projects that serve, call or test HTTP, 121 lines, 66% traps)', file: EIGHTY_SIXTH_SET_PATH, minLanguages: 15, minLines: 120, minTraps: 0.6, minRecall: 0.93 },
  { name: 'eighty-seventh set (16 small projects that serve, call or test HTTP, 184 lines, 31% traps)', file: EIGHTY_SEVENTH_SET_PATH, minLanguages: 15, minLines: 180, minTraps: 0.3, minRecall: 0.93 },
  { name: 'eighty-eighth set (13 small projects that serve, call or test HTTP, 154 lines, 36% traps)', file: EIGHTY_EIGHTH_SET_PATH, minLanguages: 15, minLines: 150, minTraps: 0.3, minRecall: 0.93 },
  { name: 'eighty-ninth set (15 small projects that serve, call or test HTTP, 243 lines, 37% traps)', file: EIGHTY_NINTH_SET_PATH, minLanguages: 15, minLines: 240, minTraps: 0.3, minRecall: 0.93 },
  { name: 'ninetieth set (16 repositories from unused crawl snapshots, 157 lines, 61% traps)', file: NINETIETH_SET_PATH, minLanguages: 15, minLines: 150, minTraps: 0.6, minRecall: 0.93 },
  { name: 'ninety-first set (16 repositories from unused crawl snapshots, 180 lines, 44% traps)', file: NINETY_FIRST_SET_PATH, minLanguages: 15, minLines: 180, minTraps: 0.4, minRecall: 0.93 },
  { name: 'ninety-second set (16 repositories from unused crawl snapshots, 83 lines, 98% traps)', file: NINETY_SECOND_SET_PATH, minLanguages: 15, minLines: 80, minTraps: 0.9, minRecall: 0.93 },
  { name: 'ninety-third set (16 repositories from unused crawl snapshots, 165 lines, 79% traps)', file: NINETY_THIRD_SET_PATH, minLanguages: 15, minLines: 160, minTraps: 0.7, minRecall: 0.93 },
  { name: 'ninety-fourth set (16 repositories from unused crawl snapshots, 119 lines, 86% traps)', file: NINETY_FOURTH_SET_PATH, minLanguages: 15, minLines: 110, minTraps: 0.8, minRecall: 0.93 },
  { name: 'ninety-fifth set (16 repositories from unused crawl snapshots, 212 lines, 63% traps; recall below target)', file: NINETY_FIFTH_SET_PATH, minLanguages: 15, minLines: 210, minTraps: 0.6, minRecall: 0.9, minPrecision: 0.95 /* SMTP replies in a Netty codec test (`assertEquals(200, response.code())`): a line alone cannot tell them from HTTP */ },
  { name: 'ninety-sixth set (16 small repositories picked as a random crawl would, 258 lines, 74% traps)', file: NINETY_SIXTH_SET_PATH, minLanguages: 15, minLines: 250, minTraps: 0.7, minRecall: 0.93 },
  { name: 'ninety-seventh set (16 small repositories picked as a random crawl would, 308 lines, 51% traps)', file: NINETY_SEVENTH_SET_PATH, minLanguages: 15, minLines: 300, minTraps: 0.5, minRecall: 0.93 },
  { name: 'ninety-eighth set (16 small repositories picked as a random crawl would, 255 lines, 64% traps)', file: NINETY_EIGHTH_SET_PATH, minLanguages: 15, minLines: 250, minTraps: 0.6, minRecall: 0.93 },
  { name: 'ninety-ninth set (16 small repositories picked as a random crawl would, 239 lines, 79% traps)', file: NINETY_NINTH_SET_PATH, minLanguages: 15, minLines: 230, minTraps: 0.7, minRecall: 0.93 },
  { name: 'hundredth set (16 small repositories picked as a random crawl would, 243 lines, 62% traps)', file: HUNDREDTH_SET_PATH, minLanguages: 15, minLines: 240, minTraps: 0.6, minRecall: 0.93 },
  { name: 'hundred-and-first set (16 small repositories picked as a random crawl would, 322 lines, 69% traps)', file: HUNDRED_AND_FIRST_SET_PATH, minLanguages: 15, minLines: 320, minTraps: 0.6, minRecall: 0.93 },
  { name: 'hundred-and-second set (16 small repositories picked as a random crawl would, 209 lines, 83% traps)', file: HUNDRED_AND_SECOND_SET_PATH, minLanguages: 15, minLines: 200, minTraps: 0.8, minRecall: 0.93 },
  { name: 'hundred-and-third set (16 small repositories picked as a random crawl would, 301 lines, 70% traps)', file: HUNDRED_AND_THIRD_SET_PATH, minLanguages: 15, minLines: 300, minTraps: 0.7, minRecall: 0.93 },
  { name: 'hundred-and-fourth set (16 small repositories picked as a random crawl would, 325 lines, 60% traps)', file: HUNDRED_AND_FOURTH_SET_PATH, minLanguages: 15, minLines: 320, minTraps: 0.6, minRecall: 0.93 },
  { name: 'hundred-and-fifth set (16 small repositories picked as a random crawl would, 243 lines, 80% traps)', file: HUNDRED_AND_FIFTH_SET_PATH, minLanguages: 15, minLines: 240, minTraps: 0.8, minRecall: 0.93 },
  { name: 'hundred-and-sixth set (16 small repositories picked as a random crawl would, 261 lines, 84% traps)', file: HUNDRED_AND_SIXTH_SET_PATH, minLanguages: 15, minLines: 260, minTraps: 0.8, minRecall: 0.93 },
  { name: 'hundred-and-seventh set (16 small repositories picked as a random crawl would, 314 lines, 71% traps)', file: HUNDRED_AND_SEVENTH_SET_PATH, minLanguages: 15, minLines: 310, minTraps: 0.7, minRecall: 0.93 },
  { name: 'hundred-and-eighth set (16 small repositories picked as a random crawl would, 250 lines, 70% traps)', file: HUNDRED_AND_EIGHTH_SET_PATH, minLanguages: 15, minLines: 250, minTraps: 0.7, minRecall: 0.93 },
  { name: 'hundred-and-ninth set (16 small repositories picked as a random crawl would, 226 lines, 63% traps)', file: HUNDRED_AND_NINTH_SET_PATH, minLanguages: 15, minLines: 220, minTraps: 0.6, minRecall: 0.93 },
  { name: 'hundred-and-tenth set (16 small repositories picked as a random crawl would, 155 lines, 74% traps)', file: HUNDRED_AND_TENTH_SET_PATH, minLanguages: 15, minLines: 150, minTraps: 0.7, minRecall: 0.93 },
  { name: 'hundred-and-eleventh set (16 small repositories picked as a random crawl would, 364 lines, 43% traps)', file: HUNDRED_AND_ELEVENTH_SET_PATH, minLanguages: 15, minLines: 360, minTraps: 0.4, minRecall: 0.93 },
  { name: 'hundred-and-twelfth set (16 small repositories picked as a random crawl would, 367 lines, 69% traps)', file: HUNDRED_AND_TWELFTH_SET_PATH, minLanguages: 15, minLines: 360, minTraps: 0.6, minRecall: 0.93 },
  { name: 'hundred-and-thirteenth set (16 small repositories picked as a random crawl would, 282 lines, 65% traps)', file: HUNDRED_AND_THIRTEENTH_SET_PATH, minLanguages: 15, minLines: 280, minTraps: 0.6, minRecall: 0.93 },
  { name: 'hundred-and-fourteenth set (16 small projects built on web frameworks, 376 lines, 47% traps)', file: HUNDRED_AND_FOURTEENTH_SET_PATH, minLanguages: 15, minLines: 370, minTraps: 0.4, minRecall: 0.93 },
  { name: 'hundred-and-fifteenth set (16 small projects built on web frameworks, 294 lines, 55% traps)', file: HUNDRED_AND_FIFTEENTH_SET_PATH, minLanguages: 13, minLines: 290, minTraps: 0.5, minRecall: 0.93 },
  { name: 'hundred-and-sixteenth set (16 small projects built on web frameworks, 380 lines, 28% traps)', file: HUNDRED_AND_SIXTEENTH_SET_PATH, minLanguages: 15, minLines: 380, minTraps: 0.2, minRecall: 0.93 },
  { name: 'hundred-and-seventeenth set (16 small projects built on web frameworks, 216 lines, 58% traps)', file: HUNDRED_AND_SEVENTEENTH_SET_PATH, minLanguages: 15, minLines: 210, minTraps: 0.5, minRecall: 0.93 },
  { name: 'hundred-and-eighteenth set (16 small projects built on web frameworks, 393 lines, 44% traps)', file: HUNDRED_AND_EIGHTEENTH_SET_PATH, minLanguages: 15, minLines: 390, minTraps: 0.4, minRecall: 0.93 },
  { name: 'hundred-and-nineteenth set (16 small projects built on web frameworks, 255 lines, 44% traps)', file: HUNDRED_AND_NINETEENTH_SET_PATH, minLanguages: 15, minLines: 250, minTraps: 0.4, minRecall: 0.93 },
  { name: 'hundred-and-twentieth set (16 repositories from unused crawl snapshots, 119 lines, 91% traps)', file: HUNDRED_AND_TWENTIETH_SET_PATH, minLanguages: 15, minLines: 110, minTraps: 0.9, minRecall: 0.93 },
  { name: 'hundred-and-twenty-first set (16 repositories from unused crawl snapshots, 192 lines, 86% traps)', file: HUNDRED_AND_TWENTY_FIRST_SET_PATH, minLanguages: 15, minLines: 190, minTraps: 0.8, minRecall: 0.93, minPrecision: 0.83 /* a program's own error numbers in its log (`an error occurred: 401`, worker id x 100 + 1): a line alone cannot tell them from HTTP */ },
  { name: 'hundred-and-twenty-second set (16 repositories from unused crawl snapshots, 176 lines, 93% traps)', file: HUNDRED_AND_TWENTY_SECOND_SET_PATH, minLanguages: 15, minLines: 170, minTraps: 0.9, minRecall: 0.93, minPrecision: 0.93 /* `// TO-DO provide 404 page`, which the helper read as a page's name */ },
  { name: 'hundred-and-twenty-third set (13 repositories read through the code index, 88 lines, 25% traps)', file: HUNDRED_AND_TWENTY_THIRD_SET_PATH, minLanguages: 12, minLines: 80, minTraps: 0.2, minRecall: 0.93 },
  { name: 'hundred-and-twenty-fourth set (16 repositories read through the code index, 80 lines, 59% traps; recall below target)', file: HUNDRED_AND_TWENTY_FOURTH_SET_PATH, minLanguages: 12, minLines: 80, minTraps: 0.5, minRecall: 0.88 },
  { name: 'hundred-and-twenty-fifth set (7 repositories read through the code index, 54 lines, 24% traps)', file: HUNDRED_AND_TWENTY_FIFTH_SET_PATH, minLanguages: 8, minLines: 50, minTraps: 0.2, minRecall: 0.93 },
  { name: 'hundred-and-twenty-sixth set (16 repositories from unused crawl snapshots, 158 lines, 87% traps)', file: HUNDRED_AND_TWENTY_SIXTH_SET_PATH, minLanguages: 15, minLines: 150, minTraps: 0.8, minRecall: 0.93 },
  { name: 'hundred-and-twenty-seventh set (16 repositories from unused crawl snapshots, 172 lines, 86% traps; recall below target)', file: HUNDRED_AND_TWENTY_SEVENTH_SET_PATH, minLanguages: 15, minLines: 170, minTraps: 0.8, minRecall: 0.91 },
  { name: 'hundred-and-twenty-eighth set (17 repositories from everyday code searches, 234 lines, 53% traps; recall below target)', file: HUNDRED_AND_TWENTY_EIGHTH_SET_PATH, minLanguages: 15, minLines: 230, minTraps: 0.5, minRecall: 0.75 },
  { name: 'hundred-and-twenty-ninth set (17 repositories from everyday code searches, 363 lines, 51% traps)', file: HUNDRED_AND_TWENTY_NINTH_SET_PATH, minLanguages: 15, minLines: 360, minTraps: 0.5, minRecall: 0.93 },
  { name: 'hundred-and-thirtieth set (16 repositories from everyday code searches, 305 lines, 56% traps)', file: HUNDRED_AND_THIRTIETH_SET_PATH, minLanguages: 15, minLines: 300, minTraps: 0.5, minRecall: 0.93 },
  { name: 'hundred-and-thirty-first set (16 repositories from everyday code searches, 330 lines, 80% traps)', file: HUNDRED_AND_THIRTY_FIRST_SET_PATH, minLanguages: 15, minLines: 330, minTraps: 0.7, minRecall: 0.93 },
  { name: 'hundred-and-thirty-second set (16 repositories from everyday code searches, 279 lines, 59% traps)', file: HUNDRED_AND_THIRTY_SECOND_SET_PATH, minLanguages: 15, minLines: 270, minTraps: 0.5, minRecall: 0.93 },
  { name: 'hundred-and-thirty-third set (16 repositories from everyday code searches, 278 lines, 63% traps)', file: HUNDRED_AND_THIRTY_THIRD_SET_PATH, minLanguages: 15, minLines: 270, minTraps: 0.6, minRecall: 0.93 },
  { name: 'hundred-and-thirty-fourth set (16 repositories from everyday code searches, 282 lines, 59% traps)', file: HUNDRED_AND_THIRTY_FOURTH_SET_PATH, minLanguages: 15, minLines: 280, minTraps: 0.5, minRecall: 0.93 },
  { name: 'hundred-and-thirty-fifth set (16 repositories from everyday code searches, 309 lines, 71% traps)', file: HUNDRED_AND_THIRTY_FIFTH_SET_PATH, minLanguages: 15, minLines: 300, minTraps: 0.7, minRecall: 0.93 },
  { name: 'hundred-and-thirty-sixth set (16 repositories from everyday code searches, 292 lines, 59% traps)', file: HUNDRED_AND_THIRTY_SIXTH_SET_PATH, minLanguages: 15, minLines: 290, minTraps: 0.5, minRecall: 0.93 },
  { name: 'hundred-and-thirty-seventh set (18 repositories from everyday code searches, 266 lines, 54% traps)', file: HUNDRED_AND_THIRTY_SEVENTH_SET_PATH, minLanguages: 15, minLines: 260, minTraps: 0.5, minRecall: 0.93 },
  { name: 'hundred-and-thirty-eighth set (16 repositories from everyday code searches, 318 lines, 66% traps)', file: HUNDRED_AND_THIRTY_EIGHTH_SET_PATH, minLanguages: 15, minLines: 310, minTraps: 0.6, minRecall: 0.93 },
  { name: 'hundred-and-thirty-ninth set (16 repositories from everyday code searches, 225 lines, 60% traps)', file: HUNDRED_AND_THIRTY_NINTH_SET_PATH, minLanguages: 15, minLines: 220, minTraps: 0.5, minRecall: 0.93 },
  { name: 'hundred-and-fortieth set (16 repositories from everyday code searches, 449 lines, 50% traps)', file: HUNDRED_AND_FORTIETH_SET_PATH, minLanguages: 15, minLines: 440, minTraps: 0.5, minRecall: 0.93 },
  { name: 'hundred-and-forty-first set (17 repositories from everyday code searches, 252 lines, 56% traps)', file: HUNDRED_AND_FORTY_FIRST_SET_PATH, minLanguages: 15, minLines: 250, minTraps: 0.5, minRecall: 0.93 },
  { name: 'hundred-and-forty-second set (16 repositories from everyday code searches, 284 lines, 66% traps)', file: HUNDRED_AND_FORTY_SECOND_SET_PATH, minLanguages: 15, minLines: 280, minTraps: 0.6, minRecall: 0.93 },
  { name: 'hundred-and-forty-third set (16 repositories from everyday code searches, 338 lines, 54% traps)', file: HUNDRED_AND_FORTY_THIRD_SET_PATH, minLanguages: 15, minLines: 330, minTraps: 0.5, minRecall: 0.93 },
  { name: 'hundred-and-forty-fourth set (16 repositories from everyday code searches, 275 lines, 74% traps)', file: HUNDRED_AND_FORTY_FOURTH_SET_PATH, minLanguages: 15, minLines: 270, minTraps: 0.7, minRecall: 0.93 },
  { name: 'hundred-and-forty-fifth set (16 repositories from everyday code searches, 199 lines, 77% traps)', file: HUNDRED_AND_FORTY_FIFTH_SET_PATH, minLanguages: 15, minLines: 190, minTraps: 0.7, minRecall: 0.93 },
  { name: 'hundred-and-forty-sixth set (16 repositories from everyday code searches, 209 lines, 85% traps)', file: HUNDRED_AND_FORTY_SIXTH_SET_PATH, minLanguages: 15, minLines: 200, minTraps: 0.8, minRecall: 0.93 },
  { name: 'hundred-and-forty-seventh set (16 repositories from everyday code searches, 255 lines, 67% traps)', file: HUNDRED_AND_FORTY_SEVENTH_SET_PATH, minLanguages: 15, minLines: 250, minTraps: 0.6, minRecall: 0.93 },
  { name: 'hundred-and-forty-eighth set (16 repositories from everyday code searches, 240 lines, 66% traps; recall below target)', file: HUNDRED_AND_FORTY_EIGHTH_SET_PATH, minLanguages: 15, minLines: 240, minTraps: 0.6, minRecall: 0.89 },
  { name: 'hundred-and-forty-ninth set (18 repositories from everyday code searches, 271 lines, 77% traps)', file: HUNDRED_AND_FORTY_NINTH_SET_PATH, minLanguages: 15, minLines: 270, minTraps: 0.7, minRecall: 0.93 },
  { name: 'hundred-and-fiftieth set (16 repositories from everyday code searches, 260 lines, 68% traps)', file: HUNDRED_AND_FIFTIETH_SET_PATH, minLanguages: 15, minLines: 260, minTraps: 0.6, minRecall: 0.93 },
  { name: 'hundred-and-fifty-first set (19 repositories from everyday code searches, 366 lines, 57% traps)', file: HUNDRED_AND_FIFTY_FIRST_SET_PATH, minLanguages: 15, minLines: 360, minTraps: 0.5, minRecall: 0.93 },
  { name: 'hundred-and-fifty-second set (16 repositories from everyday code searches, 160 lines, 63% traps)', file: HUNDRED_AND_FIFTY_SECOND_SET_PATH, minLanguages: 15, minLines: 160, minTraps: 0.6, minRecall: 0.93 },
  { name: 'hundred-and-fifty-third set (16 repositories from everyday code searches, 164 lines, 63% traps)', file: HUNDRED_AND_FIFTY_THIRD_SET_PATH, minLanguages: 14, minLines: 160, minTraps: 0.6, minRecall: 0.93 },
  { name: 'hundred-and-fifty-fourth set (16 repositories from everyday code searches, 223 lines, 56% traps)', file: HUNDRED_AND_FIFTY_FOURTH_SET_PATH, minLanguages: 15, minLines: 220, minTraps: 0.5, minRecall: 0.93 },
  { name: 'hundred-and-fifty-fifth set (16 repositories from everyday code searches, 250 lines, 73% traps)', file: HUNDRED_AND_FIFTY_FIFTH_SET_PATH, minLanguages: 15, minLines: 250, minTraps: 0.7, minRecall: 0.93 },
  { name: 'hundred-and-fifty-sixth set (16 repositories from everyday code searches, 184 lines, 70% traps)', file: HUNDRED_AND_FIFTY_SIXTH_SET_PATH, minLanguages: 15, minLines: 180, minTraps: 0.6, minRecall: 0.93 },
  { name: 'hundred-and-fifty-seventh set (15 repositories from everyday code searches, 165 lines, 42% traps)', file: HUNDRED_AND_FIFTY_SEVENTH_SET_PATH, minLanguages: 15, minLines: 160, minTraps: 0.4, minRecall: 0.93 },
  { name: 'hundred-and-fifty-eighth set (15 repositories from everyday code searches, 164 lines, 27% traps)', file: HUNDRED_AND_FIFTY_EIGHTH_SET_PATH, minLanguages: 15, minLines: 160, minTraps: 0.2, minRecall: 0.93, minPrecision: 0.96 /* one project's own `shipping_provider.StatusCreated`, a string constant spelt like Go's `http.StatusCreated`: a line alone cannot tell them apart */ },
  { name: 'hundred-and-fifty-ninth set (16 repositories from everyday code searches, 315 lines, 53% traps)', file: HUNDRED_AND_FIFTY_NINTH_SET_PATH, minLanguages: 15, minLines: 310, minTraps: 0.5, minRecall: 0.93 },
  { name: 'hundred-and-sixtieth set (16 repositories from everyday code searches, 293 lines, 68% traps)', file: HUNDRED_AND_SIXTIETH_SET_PATH, minLanguages: 15, minLines: 290, minTraps: 0.6, minRecall: 0.93 },
  { name: 'hundred-and-sixty-first set (16 repositories from everyday code searches, 217 lines, 83% traps)', file: HUNDRED_AND_SIXTY_FIRST_SET_PATH, minLanguages: 15, minLines: 210, minTraps: 0.8, minRecall: 0.93 },
  { name: 'hundred-and-sixty-second set (16 repositories from everyday code searches, 240 lines, 51% traps)', file: HUNDRED_AND_SIXTY_SECOND_SET_PATH, minLanguages: 15, minLines: 240, minTraps: 0.5, minRecall: 0.93 },
  { name: 'hundred-and-sixty-third set (16 repositories from everyday code searches, 302 lines, 65% traps)', file: HUNDRED_AND_SIXTY_THIRD_SET_PATH, minLanguages: 15, minLines: 300, minTraps: 0.6, minRecall: 0.93 },
  { name: 'hundred-and-sixty-fourth set (16 repositories from everyday code searches, 219 lines, 92% traps)', file: HUNDRED_AND_SIXTY_FOURTH_SET_PATH, minLanguages: 15, minLines: 210, minTraps: 0.9, minRecall: 0.93 },
  { name: 'hundred-and-sixty-fifth set (16 repositories from everyday code searches, 311 lines, 67% traps)', file: HUNDRED_AND_SIXTY_FIFTH_SET_PATH, minLanguages: 15, minLines: 310, minTraps: 0.6, minRecall: 0.93 },
  { name: 'hundred-and-sixty-sixth set (16 repositories from everyday code searches, 342 lines, 65% traps)', file: HUNDRED_AND_SIXTY_SIXTH_SET_PATH, minLanguages: 15, minLines: 340, minTraps: 0.6, minRecall: 0.93 },
  { name: 'hundred-and-sixty-seventh set (16 repositories from everyday code searches, 238 lines, 78% traps)', file: HUNDRED_AND_SIXTY_SEVENTH_SET_PATH, minLanguages: 15, minLines: 230, minTraps: 0.7, minRecall: 0.93 },
  { name: 'hundred-and-sixty-eighth set (16 repositories from everyday code searches, 273 lines, 72% traps)', file: HUNDRED_AND_SIXTY_EIGHTH_SET_PATH, minLanguages: 15, minLines: 270, minTraps: 0.7, minRecall: 0.93 },
  { name: 'hundred-and-sixty-ninth set (16 repositories from everyday code searches, 324 lines, 68% traps)', file: HUNDRED_AND_SIXTY_NINTH_SET_PATH, minLanguages: 15, minLines: 320, minTraps: 0.6, minRecall: 0.93 },
  { name: 'hundred-and-seventieth set (16 repositories from everyday code searches, 339 lines, 87% traps)', file: HUNDRED_AND_SEVENTIETH_SET_PATH, minLanguages: 15, minLines: 330, minTraps: 0.8, minRecall: 0.93 },
  { name: 'hundred-and-seventy-first set (16 repositories from everyday code searches, 227 lines, 96% traps)', file: HUNDRED_AND_SEVENTY_FIRST_SET_PATH, minLanguages: 15, minLines: 220, minTraps: 0.9, minRecall: 0.93 },
  { name: 'hundred-and-seventy-second set (16 repositories from everyday code searches, 294 lines, 79% traps)', file: HUNDRED_AND_SEVENTY_SECOND_SET_PATH, minLanguages: 15, minLines: 290, minTraps: 0.7, minRecall: 0.93 },
  { name: 'hundred-and-seventy-third set (16 repositories from everyday code searches, 319 lines, 64% traps)', file: HUNDRED_AND_SEVENTY_THIRD_SET_PATH, minLanguages: 15, minLines: 310, minTraps: 0.6, minRecall: 0.93 },
  { name: 'hundred-and-seventy-fourth set (16 repositories from everyday code searches, 240 lines, 75% traps)', file: HUNDRED_AND_SEVENTY_FOURTH_SET_PATH, minLanguages: 15, minLines: 240, minTraps: 0.7, minRecall: 0.93 },
  { name: 'hundred-and-seventy-fifth set (16 repositories from everyday code searches, 268 lines, 61% traps)', file: HUNDRED_AND_SEVENTY_FIFTH_SET_PATH, minLanguages: 15, minLines: 260, minTraps: 0.6, minRecall: 0.93 },
  { name: 'hundred-and-seventy-sixth set (16 repositories from everyday code searches, 248 lines, 76% traps)', file: HUNDRED_AND_SEVENTY_SIXTH_SET_PATH, minLanguages: 15, minLines: 240, minTraps: 0.7, minRecall: 0.93 },
  { name: 'hundred-and-seventy-seventh set (16 repositories from everyday code searches, 294 lines, 71% traps)', file: HUNDRED_AND_SEVENTY_SEVENTH_SET_PATH, minLanguages: 15, minLines: 290, minTraps: 0.7, minRecall: 0.93 },
  { name: 'hundred-and-seventy-eighth set (16 repositories from everyday code searches, 270 lines, 80% traps)', file: HUNDRED_AND_SEVENTY_EIGHTH_SET_PATH, minLanguages: 15, minLines: 270, minTraps: 0.8, minRecall: 0.93, minPrecision: 0.96 /* quoted font weights alone on their lines (`"200",`, `"500",`), which a line alone cannot tell from a list of statuses written one per line */ },
  { name: 'hundred-and-seventy-ninth set (16 repositories from everyday code searches, 322 lines, 55% traps)', file: HUNDRED_AND_SEVENTY_NINTH_SET_PATH, minLanguages: 15, minLines: 320, minTraps: 0.5, minRecall: 0.93 },
  { name: 'hundred-and-eightieth set (16 repositories from everyday code searches, 284 lines, 64% traps)', file: HUNDRED_AND_EIGHTIETH_SET_PATH, minLanguages: 15, minLines: 280, minTraps: 0.6, minRecall: 0.93 },
  { name: 'hundred-and-eighty-first set (16 repositories from everyday code searches, 374 lines, 47% traps)', file: HUNDRED_AND_EIGHTY_FIRST_SET_PATH, minLanguages: 15, minLines: 370, minTraps: 0.4, minRecall: 0.93 },
  { name: 'hundred-and-eighty-second set (16 repositories from everyday code searches, 352 lines, 53% traps)', file: HUNDRED_AND_EIGHTY_SECOND_SET_PATH, minLanguages: 15, minLines: 350, minTraps: 0.5, minRecall: 0.93 },
  { name: 'hundred-and-eighty-third set (16 repositories from everyday code searches, 225 lines, 53% traps)', file: HUNDRED_AND_EIGHTY_THIRD_SET_PATH, minLanguages: 15, minLines: 220, minTraps: 0.5, minRecall: 0.93 },
  { name: 'hundred-and-eighty-fourth set (16 repositories from everyday code searches, 173 lines, 80% traps)', file: HUNDRED_AND_EIGHTY_FOURTH_SET_PATH, minLanguages: 15, minLines: 170, minTraps: 0.7, minRecall: 0.93 },
  { name: 'hundred-and-eighty-fifth set (16 repositories from everyday code searches, 303 lines, 64% traps; recall below target)', file: HUNDRED_AND_EIGHTY_FIFTH_SET_PATH, minLanguages: 15, minLines: 300, minTraps: 0.6, minRecall: 0.92, minPrecision: 0.94 /* a monitoring service's own exception code passed as a quoted "500" (`new RMSWebException(this, "500", "...")`, six lines): the line alone reads as a status */ },
  { name: 'hundred-and-eighty-sixth set (16 repositories from everyday code searches, 217 lines, 71% traps; recall below target)', file: HUNDRED_AND_EIGHTY_SIXTH_SET_PATH, minLanguages: 14, minLines: 210, minTraps: 0.7, minRecall: 0.84, minPrecision: 0.93 /* Advent of Code example input: numbers alone on their lines inside a Rust string (four lines), which a line alone cannot tell from a list written one item per line */ },
  { name: 'hundred-and-eighty-seventh set (16 repositories from everyday code searches, 293 lines, 67% traps)', file: HUNDRED_AND_EIGHTY_SEVENTH_SET_PATH, minLanguages: 15, minLines: 290, minTraps: 0.6, minRecall: 0.93 },
  { name: 'hundred-and-eighty-eighth set (16 repositories from everyday code searches, 241 lines, 68% traps)', file: HUNDRED_AND_EIGHTY_EIGHTH_SET_PATH, minLanguages: 15, minLines: 240, minTraps: 0.6, minRecall: 0.93 },
  { name: 'hundred-and-eighty-ninth set (12 repositories from everyday code searches, 70 lines, 91% traps)', file: HUNDRED_AND_EIGHTY_NINTH_SET_PATH, minLanguages: 12, minLines: 70, minTraps: 0.9, minRecall: 0.93 },
  { name: 'hundred-and-ninetieth set (10 repositories from everyday code searches, 50 lines, 34% traps)', file: HUNDRED_AND_NINETIETH_SET_PATH, minLanguages: 9, minLines: 50, minTraps: 0.3, minRecall: 0.93 },
  { name: 'hundred-and-ninety-first set (9 repositories from everyday code searches, 57 lines, 44% traps)', file: HUNDRED_AND_NINETY_FIRST_SET_PATH, minLanguages: 9, minLines: 50, minTraps: 0.4, minRecall: 0.93 },
  { name: 'hundred-and-ninety-second set (8 repositories from everyday code searches, 42 lines, 83% traps)', file: HUNDRED_AND_NINETY_SECOND_SET_PATH, minLanguages: 7, minLines: 40, minTraps: 0.8, minRecall: 0.93 },
];

SETS.forEach((set, index) => {
  suite(`detect: ${set.name}`, () => {
    const rows = loadCorpus(set.file);

    test(`corpus shape: ${set.minLines ?? 400}+ lines, ${set.minLanguages}+ languages, ${Math.round((set.minTraps ?? 0.4) * 100)}%+ traps, no repository shared with an earlier set`, () => {
      assert.ok(rows.length >= (set.minLines ?? 400), `${rows.length} lines`);
      const languages = new Set(rows.map((r) => r.lang)).size;
      assert.ok(languages >= set.minLanguages, `${languages} languages`);
      const traps = rows.filter((r) => r.expected.length === 0).length;
      assert.ok(traps / rows.length >= (set.minTraps ?? 0.4), `${traps} traps`);
      const mine = corpusSources(set.file);
      const earlier = [REAL_WORLD_PATH, HELD_OUT_PATH, ...SETS.slice(0, index).map((s) => s.file)];
      const shared = earlier.flatMap((f) => [...corpusSources(f)]).filter((r) => mine.has(r));
      assert.deepStrictEqual(shared, [], `repositories also in an earlier set: ${shared.join(', ')}`);
    });

    test(`precision >= ${set.minPrecision ?? 0.97} and recall >= ${set.minRecall} (code and span must match)`, () => {
      const s = scoreCorpus(rows);
      const detail = scoreDetail(s);
      assert.ok(s.precision >= (set.minPrecision ?? 0.97), `precision ${s.precision.toFixed(3)}\n${detail}`);
      assert.ok(s.recall >= set.minRecall, `recall ${s.recall.toFixed(3)}\n${detail}`);
    });
  });
});
