import ts from 'typescript';
import type { DiagnosticData } from '../../../shared/protocol';
import type { Finding } from '../analysis/flows/finding';
import { forEachChild, staticPropertyName } from '../analysis/ts-helpers';

/**
 * The personal fields written directly in the object literal a sink call sends
 * (`{ email: user.email, plan }`), for the "remove the field" quick fix.
 */
export function payloadFields(f: Finding, sf: ts.SourceFile | undefined): DiagnosticData['fields'] {
  if (!sf || f.chain.length !== 1 || f.location.file !== sf.fileName) return [];
  const callStart = sf.getPositionOfLineAndCharacter(f.location.line, f.location.column);
  const call = findCall(sf, callStart);
  if (!call) return [];
  const out: DiagnosticData['fields'] = [];
  const seen = new Set<ts.Node>();
  for (const d of f.data) {
    if (d.file !== sf.fileName) continue;
    let pos: number;
    try {
      pos = sf.getPositionOfLineAndCharacter(d.line, d.column);
    } catch {
      continue;
    }
    if (pos < call.getStart(sf) || pos > call.getEnd()) continue;
    let n: ts.Node | undefined = findInnermost(call, pos);
    while (
      n &&
      n !== call &&
      !((ts.isPropertyAssignment(n) || ts.isShorthandPropertyAssignment(n)) && ts.isObjectLiteralExpression(n.parent))
    )
      n = n.parent;
    if (!n || n === call || seen.has(n)) continue;
    seen.add(n);
    const prop = n as ts.PropertyAssignment | ts.ShorthandPropertyAssignment;
    const s = sf.getLineAndCharacterOfPosition(prop.getStart(sf));
    const e = sf.getLineAndCharacterOfPosition(prop.getEnd());
    out.push({
      name: staticPropertyName(prop.name) ?? prop.name.getText(sf),
      line: s.line,
      character: s.character,
      endLine: e.line,
      endCharacter: e.character,
    });
  }
  return out;
}

function findCall(sf: ts.SourceFile, start: number): ts.CallExpression | undefined {
  let found: ts.CallExpression | undefined;
  // Children come in source order: descend into the one that holds `start`, skip the rest.
  const visit = (n: ts.Node): boolean | undefined => {
    if (n.pos > start) return true;
    if (start > n.end) return undefined;
    if (n.kind === ts.SyntaxKind.CallExpression && n.getStart(sf) === start) {
      found = n as ts.CallExpression;
      return true;
    }
    return forEachChild(n, visit);
  };
  forEachChild(sf, visit);
  return found;
}

function findInnermost(root: ts.Node, pos: number): ts.Node | undefined {
  let best: ts.Node | undefined;
  const visit = (n: ts.Node): boolean | undefined => {
    if (n.pos > pos) return true;
    if (pos < n.getStart() || pos >= n.getEnd()) return undefined;
    best = n;
    return forEachChild(n, visit);
  };
  visit(root);
  return best;
}
