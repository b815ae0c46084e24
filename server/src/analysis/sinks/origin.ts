import type ts from 'typescript';

/**
 * Where the callee of a call comes from: a package (`import axios from 'axios'`), a global
 * (`fetch`, `gtag`, `window.analytics`) or nothing known, followed by the steps from there
 * (`axios.create({...})` → property `create`, call; `.post` → property, call).
 */
export type Step = { k: 'prop'; name: string } | { k: 'call'; node?: ts.CallExpression } | { k: 'new'; node?: ts.NewExpression };

/**
 * The construction of a value known only by its declared type (`constructor(private http:
 * HttpClient)`, `client: WebClient`): a call or `new` with no node to read arguments from.
 */
export const TYPED_CALL: Step = { k: 'call' };
export const TYPED_NEW: Step = { k: 'new' };

export type Root = { kind: 'module'; module: string } | { kind: 'global'; name: string };

export interface Origin {
  root: Root;
  steps: Step[];
  /** The variable the chain was read through last (for `xhr.open(...)` look-ups). */
  holder?: ts.Symbol;
}
