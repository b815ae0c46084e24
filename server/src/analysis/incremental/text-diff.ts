/**
 * The places where two versions of a file differ, as the editor path needs them: each a span
 * of the old text replaced by a span of the new one, in order. Usually one; an undo here and
 * an edit there, a multi-cursor edit or a formatter give a few, and treating them as one span
 * from the first to the last would re-parse and re-analyse everything in between.
 */
export interface Hunk {
  oldStart: number;
  oldEnd: number;
  newStart: number;
  newEnd: number;
}

const MAX_HUNKS = 16;

export function diffHunks(before: string, after: string): Hunk[] {
  const max = Math.min(before.length, after.length);
  let p = 0;
  while (p < max && before.charCodeAt(p) === after.charCodeAt(p)) p++;
  let s = 0;
  while (s < max - p && before.charCodeAt(before.length - 1 - s) === after.charCodeAt(after.length - 1 - s)) s++;
  const whole: Hunk = { oldStart: p, oldEnd: before.length - s, newStart: p, newEnd: after.length - s };
  if (whole.oldStart === whole.oldEnd && whole.newStart === whole.newEnd) return [];
  // Line by line inside the span, when it has as many lines before as after.
  const oldLines = before.slice(whole.oldStart, whole.oldEnd).split('\n');
  const newLines = after.slice(whole.newStart, whole.newEnd).split('\n');
  if (oldLines.length !== newLines.length || oldLines.length < 3) return [whole];
  const hunks: Hunk[] = [];
  let o = whole.oldStart;
  let n = whole.newStart;
  for (let i = 0; i < oldLines.length; i++) {
    const a = oldLines[i]!;
    const b = newLines[i]!;
    if (a !== b) {
      const last = hunks[hunks.length - 1];
      // Neighbouring changed lines make one hunk.
      if (last && last.oldEnd === o - 1) {
        last.oldEnd = o + a.length;
        last.newEnd = n + b.length;
      } else hunks.push({ oldStart: o, oldEnd: o + a.length, newStart: n, newEnd: n + b.length });
      if (hunks.length > MAX_HUNKS) return [whole];
    }
    o += a.length + 1;
    n += b.length + 1;
  }
  return hunks.length ? hunks : [whole];
}

/** Where an old offset stands in the new text; undefined inside a changed span. */
export function mapOldToNew(hunks: readonly Hunk[], offset: number): number | undefined {
  let delta = 0;
  for (const h of hunks) {
    if (offset < h.oldStart) return offset + delta;
    // A position right at the end of a replaced span (the end of an edited call) has moved too.
    if (offset < h.oldEnd || (offset === h.oldEnd && h.oldEnd === h.oldStart)) return undefined;
    delta = h.newEnd - h.oldEnd;
  }
  return offset + delta;
}

/** Where a new offset stood in the old text; undefined inside a changed span. */
export function mapNewToOld(hunks: readonly Hunk[], offset: number): number | undefined {
  let delta = 0;
  for (const h of hunks) {
    if (offset < h.newStart) return offset - delta;
    if (offset < h.newEnd) return undefined;
    delta = h.newEnd - h.oldEnd;
  }
  return offset - delta;
}
