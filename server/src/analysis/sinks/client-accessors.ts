import { readRulesYaml } from '../policy/rules-data';

/** rules/sinks/client-accessors.yaml: ways code gets hold of a client other than `new`. */
export interface ClientAccessors {
  /** `Sentry.withScope(cb)`: the callback's first parameter is a scope of the same client. */
  scopeCallbacks: ReadonlySet<string>;
  /** Module → functions that return an instance of their argument (`inject(HttpClient)`). */
  injectors: ReadonlyMap<string, ReadonlySet<string>>;
  /** Module → functions that read a context (`useContext(Ctx)`). */
  contextReaders: ReadonlyMap<string, ReadonlySet<string>>;
  /** Package → hook name → catalog id of the SDK whose client the hook returns. */
  hooks: ReadonlyMap<string, ReadonlyMap<string, string>>;
}

interface RawAccessors {
  scopeCallbacks: string[];
  injectors: Record<string, string[]>;
  contextReaders: Record<string, string[]>;
  hooks: Array<{ package: string; exports: string[]; sdk: string }>;
}

let cached: ClientAccessors | undefined;

export function clientAccessors(): ClientAccessors {
  if (cached) return cached;
  const raw = readRulesYaml('sinks/client-accessors.yaml', 'client-accessors.schema.json') as RawAccessors;
  const hooks = new Map<string, Map<string, string>>();
  for (const h of raw.hooks) {
    const m = hooks.get(h.package) ?? new Map<string, string>();
    for (const e of h.exports) m.set(e, h.sdk);
    hooks.set(h.package, m);
  }
  cached = {
    scopeCallbacks: new Set(raw.scopeCallbacks),
    injectors: new Map(Object.entries(raw.injectors).map(([k, v]) => [k, new Set(v)])),
    contextReaders: new Map(Object.entries(raw.contextReaders).map(([k, v]) => [k, new Set(v)])),
    hooks,
  };
  return cached;
}
