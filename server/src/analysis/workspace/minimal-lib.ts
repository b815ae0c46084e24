/**
 * The smallest standard library that lets the checker see through `await`, arrays and the
 * usual utility types. The real lib.d.ts files cost more to bind than most codebases, and
 * Disclose only needs the shapes of the codebase's own data.
 */
export const MINIMAL_LIB_FILE = '/__disclose__/minimal-lib.d.ts';

export const MINIMAL_LIB = `
interface Object {}
interface Function {}
interface CallableFunction extends Function {}
interface NewableFunction extends Function {}
interface IArguments {}
interface Boolean {}
interface Symbol {}
interface RegExp { test(s: string): boolean; }
interface Number { toFixed(digits?: number): string; toString(radix?: number): string; }
interface String {
  readonly length: number;
  trim(): string; toLowerCase(): string; toUpperCase(): string; toString(): string;
  split(separator: string | RegExp, limit?: number): string[];
  replace(pattern: string | RegExp, replacement: string): string;
  slice(start?: number, end?: number): string; substring(start: number, end?: number): string;
  includes(search: string): boolean; startsWith(search: string): boolean; endsWith(search: string): boolean;
  padStart(n: number, fill?: string): string; normalize(form?: string): string;
}
interface ReadonlyArray<T> {
  readonly length: number;
  readonly [n: number]: T;
  map<U>(cb: (value: T, index: number, array: readonly T[]) => U): U[];
  filter(cb: (value: T, index: number, array: readonly T[]) => unknown): T[];
  forEach(cb: (value: T, index: number, array: readonly T[]) => void): void;
  find(cb: (value: T, index: number, array: readonly T[]) => unknown): T | undefined;
  some(cb: (value: T, index: number) => unknown): boolean;
  every(cb: (value: T, index: number) => unknown): boolean;
  includes(value: T): boolean; indexOf(value: T): number; join(separator?: string): string;
  slice(start?: number, end?: number): T[];
}
interface Array<T> {
  length: number;
  [n: number]: T;
  map<U>(cb: (value: T, index: number, array: T[]) => U): U[];
  flatMap<U>(cb: (value: T, index: number, array: T[]) => U | readonly U[]): U[];
  filter(cb: (value: T, index: number, array: T[]) => unknown): T[];
  forEach(cb: (value: T, index: number, array: T[]) => void): void;
  find(cb: (value: T, index: number, array: T[]) => unknown): T | undefined;
  some(cb: (value: T, index: number) => unknown): boolean;
  every(cb: (value: T, index: number) => unknown): boolean;
  reduce<U>(cb: (acc: U, value: T, index: number, array: T[]) => U, initial: U): U;
  push(...items: T[]): number; pop(): T | undefined; shift(): T | undefined; unshift(...items: T[]): number;
  concat(...items: (T | readonly T[])[]): T[]; join(separator?: string): string;
  slice(start?: number, end?: number): T[]; splice(start: number, count?: number, ...items: T[]): T[];
  sort(compare?: (a: T, b: T) => number): this; reverse(): T[];
  includes(value: T): boolean; indexOf(value: T): number; at(index: number): T | undefined;
}
interface ArrayConstructor { isArray(value: any): value is any[]; from<T>(items: Iterable<T> | ArrayLike<T>): T[]; from<T, U>(items: Iterable<T> | ArrayLike<T>, map: (value: T, index: number) => U): U[]; }
declare var Array: ArrayConstructor;
interface ArrayLike<T> { readonly length: number; readonly [n: number]: T; }
interface Iterable<T> {}
interface TemplateStringsArray extends ReadonlyArray<string> { readonly raw: readonly string[]; }
interface PromiseLike<T> {
  then<R1 = T, R2 = never>(onfulfilled?: ((value: T) => R1 | PromiseLike<R1>) | null, onrejected?: ((reason: any) => R2 | PromiseLike<R2>) | null): PromiseLike<R1 | R2>;
}
interface Promise<T> {
  then<R1 = T, R2 = never>(onfulfilled?: ((value: T) => R1 | PromiseLike<R1>) | null, onrejected?: ((reason: any) => R2 | PromiseLike<R2>) | null): Promise<R1 | R2>;
  catch<R = never>(onrejected?: ((reason: any) => R | PromiseLike<R>) | null): Promise<T | R>;
  finally(onfinally?: (() => void) | null): Promise<T>;
}
interface PromiseConstructor {
  new <T>(executor: (resolve: (value: T | PromiseLike<T>) => void, reject: (reason?: any) => void) => void): Promise<T>;
  resolve<T>(value: T): Promise<Awaited<T>>;
  reject<T = never>(reason?: any): Promise<T>;
  all<T extends readonly unknown[] | []>(values: T): Promise<{ -readonly [P in keyof T]: Awaited<T[P]> }>;
}
declare var Promise: PromiseConstructor;
type Awaited<T> = T extends null | undefined ? T : T extends object & { then(onfulfilled: infer F, ...args: infer _): any } ? F extends (value: infer V, ...args: infer _) => any ? Awaited<V> : never : T;
type Partial<T> = { [P in keyof T]?: T[P] };
type Required<T> = { [P in keyof T]-?: T[P] };
type Readonly<T> = { readonly [P in keyof T]: T[P] };
type Pick<T, K extends keyof T> = { [P in K]: T[P] };
type Record<K extends keyof any, T> = { [P in K]: T };
type Exclude<T, U> = T extends U ? never : T;
type Extract<T, U> = T extends U ? T : never;
type Omit<T, K extends keyof any> = Pick<T, Exclude<keyof T, K>>;
type NonNullable<T> = T & {};
type ReturnType<T extends (...args: any) => any> = T extends (...args: any) => infer R ? R : any;
type Parameters<T extends (...args: any) => any> = T extends (...args: infer P) => any ? P : never;
// Iteration is approximated by arrays: enough for the checker to carry element types.
interface Map<K, V> {
  readonly size: number;
  get(key: K): V | undefined; set(key: K, value: V): this; has(key: K): boolean; delete(key: K): boolean; clear(): void;
  keys(): K[]; values(): V[]; entries(): Array<[K, V]>;
  forEach(cb: (value: V, key: K, map: Map<K, V>) => void): void;
}
interface ReadonlyMap<K, V> { readonly size: number; get(key: K): V | undefined; has(key: K): boolean; keys(): K[]; values(): V[]; entries(): Array<[K, V]>; forEach(cb: (value: V, key: K) => void): void; }
interface MapConstructor { new <K = any, V = any>(entries?: ReadonlyArray<readonly [K, V]> | null): Map<K, V>; }
declare var Map: MapConstructor;
interface Set<T> {
  readonly size: number;
  add(value: T): this; has(value: T): boolean; delete(value: T): boolean; clear(): void;
  keys(): T[]; values(): T[]; entries(): Array<[T, T]>;
  forEach(cb: (value: T, value2: T, set: Set<T>) => void): void;
}
interface ReadonlySet<T> { readonly size: number; has(value: T): boolean; values(): T[]; forEach(cb: (value: T) => void): void; }
interface SetConstructor { new <T = any>(values?: ReadonlyArray<T> | null): Set<T>; }
declare var Set: SetConstructor;
interface JSON { stringify(value: any, replacer?: any, space?: string | number): string; parse(text: string): any; }
declare var JSON: JSON;
`;
