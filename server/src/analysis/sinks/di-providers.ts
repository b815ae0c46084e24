import ts from 'typescript';
import { isFunctionLikeWithBody, returnedExpressions, skipOuterExpressions, staticPropertyName } from '../ts-helpers';
import { enclosingClass, resolveIdentifier } from '../values/symbols';

/**
 * Dependency injection read from the program's files: NestJS-style providers
 * (`{ provide: TOKEN, useFactory | useValue }`, found for `@Inject(TOKEN)` parameters) and the
 * `HttpModule.register({ baseURL })` options of the `@Module` that provides a class. Each index
 * is built once, on first need, over the files that mention it.
 */
export class DiProviders {
  private providerIndex: Map<string | ts.Symbol, ts.Expression[]> | undefined;
  private nestModuleList: ts.ObjectLiteralExpression[] | undefined;

  constructor(
    private readonly checker: ts.TypeChecker,
    private readonly files: () => readonly ts.SourceFile[],
  ) {}

  /**
   * NestJS: the options `HttpModule.register({ baseURL })` (or `registerAsync({ useFactory })`)
   * gets in the `@Module` whose providers or controllers hold the class `node` stands in.
   */
  nestHttpOptions(node: ts.Node): ts.Expression | undefined {
    const cls = enclosingClass(node);
    if (!cls?.name) return undefined;
    let own: ts.Symbol | undefined;
    try {
      own = this.checker.getSymbolAtLocation(cls.name);
    } catch {
      return undefined;
    }
    for (const mod of this.nestModules()) {
      const lists = [objectProperty(mod, 'providers'), objectProperty(mod, 'controllers')];
      const provided = lists.some(
        (l) => l && ts.isArrayLiteralExpression(l) && l.elements.some((el) => ts.isIdentifier(el) && this.symbolOf(el) === own),
      );
      if (!provided) continue;
      const imports = objectProperty(mod, 'imports');
      if (!imports || !ts.isArrayLiteralExpression(imports)) continue;
      for (const el of imports.elements) {
        const c = skipOuterExpressions(el);
        if (
          !ts.isCallExpression(c) ||
          !ts.isPropertyAccessExpression(c.expression) ||
          skipOuterExpressions(c.expression.expression).getText() !== 'HttpModule'
        )
          continue;
        const cfg = c.arguments[0] && skipOuterExpressions(c.arguments[0]);
        if (!cfg || !ts.isObjectLiteralExpression(cfg)) continue;
        if (c.expression.name.text === 'register') return cfg;
        const factory = objectProperty(cfg, 'useFactory');
        const fn = factory && skipOuterExpressions(factory);
        if (fn && isFunctionLikeWithBody(fn))
          return returnedExpressions(fn)
            .map((r) => skipOuterExpressions(r))
            .find(ts.isObjectLiteralExpression);
      }
    }
    return undefined;
  }

  /** The options objects of every `@Module({ … })` of the program. */
  private nestModules(): ts.ObjectLiteralExpression[] {
    if (this.nestModuleList) return this.nestModuleList;
    const out: ts.ObjectLiteralExpression[] = [];
    this.nestModuleList = out;
    const visit = (n: ts.Node): void => {
      if (ts.isDecorator(n)) {
        const c = n.expression;
        if (
          ts.isCallExpression(c) &&
          ts.isIdentifier(c.expression) &&
          c.expression.text === 'Module' &&
          c.arguments[0] &&
          ts.isObjectLiteralExpression(c.arguments[0])
        )
          out.push(c.arguments[0]);
        return;
      }
      ts.forEachChild(n, visit);
    };
    for (const sf of this.files()) if (!sf.isDeclarationFile && sf.text.includes('@Module')) visit(sf);
    return out;
  }

  private symbolOf(id: ts.Identifier): ts.Symbol | undefined {
    const r = resolveIdentifier(this.checker, id);
    return r.kind === 'decl' ? r.symbol : undefined;
  }

  /** What the providers of a token make: `useFactory` functions and `useValue` values. */
  providersOf(token: ts.Expression): ts.Expression[] {
    const key = this.tokenKey(token);
    return (key && this.providers().get(key)) || [];
  }

  /** A DI token: a string, or the symbol of the constant that holds it. */
  private tokenKey(e: ts.Expression): string | ts.Symbol | undefined {
    const x = skipOuterExpressions(e);
    if (ts.isStringLiteralLike(x)) return `'${x.text}`;
    if (!ts.isIdentifier(x)) return undefined;
    const r = resolveIdentifier(this.checker, x);
    return r.kind === 'decl' ? r.symbol : undefined;
  }

  /** Every `{ provide: TOKEN, useFactory | useValue }` of the program, by token; built once. */
  private providers(): Map<string | ts.Symbol, ts.Expression[]> {
    if (this.providerIndex) return this.providerIndex;
    const index = new Map<string | ts.Symbol, ts.Expression[]>();
    this.providerIndex = index;
    const visit = (n: ts.Node): void => {
      if (ts.isObjectLiteralExpression(n)) {
        let token: ts.Expression | undefined;
        let made: ts.Expression | undefined;
        for (const p of n.properties) {
          if (!ts.isPropertyAssignment(p)) continue;
          const name = staticPropertyName(p.name);
          if (name === 'provide') token = p.initializer;
          else if (name === 'useFactory' || name === 'useValue') made = p.initializer;
        }
        const key = token && made ? this.tokenKey(token) : undefined;
        if (key && made) index.set(key, [...(index.get(key) ?? []), made]);
      }
      ts.forEachChild(n, visit);
    };
    for (const sf of this.files()) if (!sf.isDeclarationFile && sf.text.includes('provide')) visit(sf);
    return index;
  }
}

function objectProperty(o: ts.ObjectLiteralExpression, name: string): ts.Expression | undefined {
  for (const p of o.properties) if (ts.isPropertyAssignment(p) && staticPropertyName(p.name) === name) return p.initializer;
  return undefined;
}
