import ts from 'typescript';
import type { FileUnits } from '../incremental/unit-results';
import type { OriginTracer } from '../sinks/call-origin';
import { exportedClientNames } from '../sinks/exported-clients';
import { collapse } from '../values/values';
import { isDefaultExport, unitNames } from './function-units';
import { DEFAULT_EXPORT } from './wrapper-guess';

/**
 * What a focused run follows to the callers: per file, the names of its functions whose
 * parameters reach a sink and of the clients it exports, as callers know them.
 */
export function wrapperNamesByFile(
  files: readonly FileUnits[],
  tracer: OriginTracer,
  isSinkRoot: Parameters<typeof exportedClientNames>[2],
): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const { sf, units, summaries } of files) {
    const names = new Set<string>();
    for (const u of units) {
      if (ts.isSourceFile(u)) continue;
      if (
        !summaries.eventsOf(u).some((e) => collapse(e.data).refs.some((r) => r.fn === u) || e.endpoint.parts.some((p) => p.kind === 'ref'))
      )
        continue;
      // Callers are found by these names in their text: identifiers only.
      for (const n of unitNames(u)) if (/^[A-Za-z_$][\w$]*$/.test(n)) names.add(n);
      // Its importers call a default export by names of their own.
      if (isDefaultExport(u)) names.add(DEFAULT_EXPORT);
    }
    for (const name of exportedClientNames(sf, tracer, isSinkRoot)) names.add(name);
    if (names.size) out.set(sf.fileName, names);
  }
  return out;
}
