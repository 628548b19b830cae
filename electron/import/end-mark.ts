/** "-30-", "– 30 –", "- 30 -", "###", "ENDS", "- FIN -", "以上": the conventional last line of a release. */
const END_MARK = /^\s*(?:[-–—]\s*30\s*[-–—]|#\s*#\s*#|-?\s*ENDS?\s*-?|[-–—]\s*(?:fin|end)\s*[-–—]|（?以上）?)\s*$/iu;
export function isEndMark(line: string): boolean {
  return END_MARK.test(line);
}

/** A line of dashes, rules or stars only: a separator. */
export function isSeparator(line: string): boolean {
  return /^\s*(?:[-–—_*=~―─━]\s*)+$/u.test(line) && !isEndMark(line);
}
