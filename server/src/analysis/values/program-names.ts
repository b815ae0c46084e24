import ts from 'typescript';
import { isFunctionLikeWithBody, skipOuterExpressions } from '../ts-helpers';

/**
 * Which names a program's own code declares functions and class fields under, so that a member
 * access whose name no declaration has is not asked about: resolving `x.name` makes the checker
 * infer the type of `x`, which can mean checking whole call chains (`db.select().from(t)…`).
 * One index per program, registered by whoever made its checker; without one, every name may be.
 */
export interface ProgramNames {
  /**
   * Names `x.name` can reach a codebase function by: a method's, a function's, a property's or
   * variable's that holds one, and names that stand for one of those (`{ send: sendMail }`,
   * `import { a as b }`, `const { a: b } = obj`, a default export under any name).
   */
  functions: ReadonlySet<string>;
  /** Names of fields declared in classes (`private ipsSeen = new Set()`). */
  classFields: ReadonlySet<string>;
  /** The member names of each named interface, class and object type alias (`interface Customer { name: string }`). */
  typeMembers: ReadonlyMap<string, ReadonlySet<string>>;
}

const indexes = new WeakMap<ts.TypeChecker, () => ProgramNames>();

export function registerProgramNames(checker: ts.TypeChecker, files: () => readonly ts.SourceFile[]): void {
  let names: ProgramNames | undefined;
  indexes.set(checker, () => (names ??= programNames(files().filter((sf) => !sf.isDeclarationFile))));
}

export function mayNameCodebaseFunction(checker: ts.TypeChecker, name: string): boolean {
  const index = indexes.get(checker);
  return !index || index().functions.has(name);
}

/** The program's index, when its checker's maker registered one. */
export function programNamesOf(checker: ts.TypeChecker): ProgramNames | undefined {
  return indexes.get(checker)?.();
}

export function mayNameClassField(checker: ts.TypeChecker, name: string): boolean {
  const index = indexes.get(checker);
  return !index || index().classFields.has(name);
}

/** One statement's part: its functions' names, its class fields, and its other names for names (local → the name it stands for). */
interface FileNames {
  functions: readonly string[];
  classFields: readonly string[];
  typeMembers: readonly (readonly [string, readonly string[]])[];
  aliases: readonly (readonly [string, string])[];
}

// Per top-level statement: a focused run's rounds keep whole trees, and the editor's incremental
// parser hands back the very same node for every statement an edit did not touch.
const namesByStatement = new WeakMap<ts.Statement, FileNames>();

function programNames(files: readonly ts.SourceFile[]): ProgramNames {
  const functions = new Set<string>();
  const classFields = new Set<string>();
  const typeMembers = new Map<string, Set<string>>();
  const standsFor = new Map<string, string[]>();
  const queue: string[] = [];
  for (const sf of files) {
    for (const st of sf.statements) {
      const own = namesIn(st);
      queue.push(...own.functions);
      for (const f of own.classFields) classFields.add(f);
      for (const [type, members] of own.typeMembers) {
        let set = typeMembers.get(type);
        if (!set) typeMembers.set(type, (set = new Set()));
        for (const m of members) set.add(m);
      }
      for (const [local, target] of own.aliases) {
        const list = standsFor.get(target);
        if (list) list.push(local);
        else standsFor.set(target, [local]);
      }
    }
  }
  // A name stands for a function when what it names is one, however long the chain; a default
  // export is imported under any name.
  queue.push('default');
  while (queue.length) {
    const n = queue.pop()!;
    if (functions.has(n)) continue;
    functions.add(n);
    for (const local of standsFor.get(n) ?? []) if (!functions.has(local)) queue.push(local);
  }
  return { functions, classFields, typeMembers };
}

function nameText(name: ts.Node | undefined): string | undefined {
  if (!name) return undefined;
  if (ts.isIdentifier(name) || ts.isPrivateIdentifier(name) || ts.isStringLiteralLike(name) || ts.isNumericLiteral(name)) return name.text;
  if (ts.isComputedPropertyName(name) && ts.isStringLiteralLike(name.expression)) return name.expression.text;
  return undefined;
}

function namesIn(st: ts.Statement): FileNames {
  let found = namesByStatement.get(st);
  if (found) return found;
  const functions: string[] = [];
  const classFields: string[] = [];
  const typeMembers: [string, string[]][] = [];
  const aliases: [string, string][] = [];
  const members = (type: ts.Identifier | undefined, list: ts.NodeArray<ts.Node>) => {
    if (!type) return;
    const names: string[] = [];
    for (const m of list) {
      const name = nameText((m as ts.NamedDeclaration).name);
      if (name !== undefined) names.push(name);
    }
    typeMembers.push([type.text, names]);
  };
  const alias = (local: ts.Node | undefined, target: string | undefined) => {
    const l = nameText(local);
    if (l !== undefined && target !== undefined && l !== target) aliases.push([l, target]);
  };
  const visit = (n: ts.Node): void => {
    switch (n.kind) {
      case ts.SyntaxKind.MethodDeclaration:
      case ts.SyntaxKind.GetAccessor:
      case ts.SyntaxKind.FunctionDeclaration: {
        const name = nameText((n as ts.NamedDeclaration).name);
        if (name !== undefined) functions.push(name);
        break;
      }
      case ts.SyntaxKind.PropertyDeclaration:
      case ts.SyntaxKind.PropertyAssignment:
      case ts.SyntaxKind.VariableDeclaration: {
        const d = n as ts.VariableDeclaration | ts.PropertyAssignment | ts.PropertyDeclaration;
        if (ts.isPropertyDeclaration(d) && ts.isClassLike(d.parent)) {
          const name = nameText(d.name);
          if (name !== undefined) classFields.push(name);
        }
        // `{ where: …, limit: 10 }` is no function; `{ send: sendMail }` is one if sendMail is.
        const init = d.initializer && skipOuterExpressions(d.initializer);
        if (init && isFunctionLikeWithBody(init)) {
          const name = nameText(d.name);
          if (name !== undefined) functions.push(name);
        } else if (init && ts.isIdentifier(init)) alias(d.name, init.text);
        break;
      }
      case ts.SyntaxKind.ImportSpecifier:
      case ts.SyntaxKind.ExportSpecifier:
      case ts.SyntaxKind.BindingElement: {
        const d = n as ts.ImportSpecifier | ts.ExportSpecifier | ts.BindingElement;
        alias(d.name, nameText(d.propertyName));
        break;
      }
      case ts.SyntaxKind.ImportClause:
        alias((n as ts.ImportClause).name, 'default');
        break;
      case ts.SyntaxKind.InterfaceDeclaration:
      case ts.SyntaxKind.ClassDeclaration:
        members((n as ts.InterfaceDeclaration | ts.ClassDeclaration).name, (n as ts.InterfaceDeclaration | ts.ClassDeclaration).members);
        break;
      case ts.SyntaxKind.TypeAliasDeclaration: {
        const t = n as ts.TypeAliasDeclaration;
        if (ts.isTypeLiteralNode(t.type)) members(t.name, t.type.members);
        break;
      }
    }
    ts.forEachChild(n, visit);
  };
  visit(st);
  namesByStatement.set(st, (found = { functions, classFields, typeMembers, aliases }));
  return found;
}
