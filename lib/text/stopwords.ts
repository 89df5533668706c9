/**
 * Function words: they carry no evidence on their own. A quotation whose matched words are all in this
 * list could come from almost any English text, so it never counts as found (see lib/match/verdict.ts).
 * Keys are in normalised form (lib/text/normalise.ts), so "&" and "@" are already "and" and "at".
 */
const STOP_WORDS = new Set(
  `a an the and or but nor so yet if then than that this these those there here
  of to in on at by for with from into onto over under about as upon per via off out up down
  i me my mine we us our ours you your yours he him his she her hers it its they them their theirs
  who whom whose which what when where why how
  is am are was were be been being do does did done have has had having
  will would shall should can could may might must
  not no nor only just also too very all any some each every both either neither
  one ones such own same other another
  's s t don't didn't doesn't won't wouldn't can't isn't aren't wasn't weren't it's that's`
    .split(/\s+/)
    .filter(Boolean),
);

export function isStopWord(key: string): boolean {
  return STOP_WORDS.has(key);
}
