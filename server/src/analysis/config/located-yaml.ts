import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import { type Document, isNode, isPair, isScalar, LineCounter, type Node as YamlNode, parseDocument } from 'yaml';

/** A problem in a YAML file, with 0-based line/column positions for editors. */
export interface YamlProblem {
  file: string;
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** JSON path of the offending value, e.g. ["recipients", 2, "category"]. */
  path: Array<string | number>;
}

export interface LocatedYaml {
  value: unknown;
  doc: Document;
  lineCounter: LineCounter;
  problems: YamlProblem[];
  rangeOf(path: Array<string | number>, keyOnly?: boolean): Pick<YamlProblem, 'line' | 'column' | 'endLine' | 'endColumn'>;
}

// Alias bombs: the yaml library refuses documents that expand aliases past this count.
const MAX_ALIAS_COUNT = 200;

export function parseLocatedYaml(file: string, text: string): LocatedYaml {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const problems: YamlProblem[] = [];
  const at = (offset: number, end: number) => {
    const s = lineCounter.linePos(offset);
    const e = lineCounter.linePos(Math.max(offset, end));
    return { line: s.line - 1, column: s.col - 1, endLine: e.line - 1, endColumn: e.col - 1 };
  };
  for (const err of [...doc.errors, ...doc.warnings]) {
    if (doc.warnings.includes(err as never)) continue;
    const [s, e] = err.pos;
    problems.push({ file, message: `YAML syntax: ${firstLine(err.message)}`, path: [], ...at(s, e) });
  }
  let value: unknown = undefined;
  if (problems.length === 0) {
    try {
      value = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    } catch (e) {
      problems.push({ file, message: `YAML: ${(e as Error).message}`, path: [], ...at(0, 0) });
    }
  }
  const rangeOf = (path: Array<string | number>, keyOnly = false) => {
    // Walk to the deepest node that exists, so a missing key points at its parent.
    let node: unknown = doc.contents;
    let best: YamlNode | undefined = isNode(node) ? node : undefined;
    let keyNode: YamlNode | undefined;
    for (const seg of path) {
      if (!node || typeof node !== 'object' || !('items' in node)) break;
      const items = (node as { items: unknown[] }).items;
      let next: unknown;
      if (typeof seg === 'number') next = items[seg];
      else {
        const pair = items.find((p) => isPair(p) && isScalar(p.key) && p.key.value === seg);
        if (pair && isPair(pair)) {
          keyNode = isNode(pair.key) ? pair.key : undefined;
          next = pair.value;
        }
      }
      if (!next) break;
      node = next;
      if (isNode(node)) best = node;
    }
    const target = keyOnly && keyNode ? keyNode : best;
    const range = target?.range;
    return range ? at(range[0], range[1]) : at(0, 0);
  };
  return { value, doc, lineCounter, problems, rangeOf };
}

function firstLine(s: string): string {
  return s.split('\n')[0]!.trim();
}

const ajv = new Ajv({ allErrors: true, strict: false, verbose: true });
const compiled = new Map<object, ValidateFunction>();

/** Validates against a JSON schema and turns each error into a located, readable problem. */
export function validateLocated(file: string, located: LocatedYaml, schema: object): YamlProblem[] {
  let validate = compiled.get(schema);
  if (!validate) {
    validate = ajv.compile(schema);
    compiled.set(schema, validate);
  }
  if (validate(located.value)) return [];
  const problems: YamlProblem[] = [];
  for (const err of simplifyErrors(validate.errors ?? [])) {
    const path = err.instancePath
      .split('/')
      .slice(1)
      .map((s) => (/^\d+$/.test(s) ? Number(s) : s.replace(/~1/g, '/').replace(/~0/g, '~')));
    let message: string;
    let keyOnly = false;
    const where = path.length ? `'${path.join('.')}'` : 'the file';
    switch (err.keyword) {
      case 'additionalProperties': {
        const extra = (err.params as { additionalProperty: string }).additionalProperty;
        path.push(extra);
        keyOnly = true;
        message = `Unknown key '${extra}' in ${where}; expected one of: ${Object.keys((err.parentSchema as { properties?: object } | undefined)?.properties ?? {}).join(', ')}`;
        break;
      }
      case 'required':
        message = `${where} is missing the required key '${(err.params as { missingProperty: string }).missingProperty}'`;
        break;
      case 'type':
        message = `${where} should be ${article((err.params as { type: string }).type)}`;
        break;
      case 'enum':
        message = `${where} should be one of: ${(err.params as { allowedValues: unknown[] }).allowedValues.join(', ')}`;
        break;
      case 'pattern':
        message = `${where} has the wrong form (expected ${describePattern((err.params as { pattern: string }).pattern)})`;
        break;
      default:
        message = `${where} ${err.message ?? 'is invalid'}`;
    }
    problems.push({ file, message, path, ...located.rangeOf(path, keyOnly) });
  }
  return problems;
}

function simplifyErrors(errors: ErrorObject[]): ErrorObject[] {
  const seen = new Set<string>();
  return errors.filter((e) => {
    const key = `${e.instancePath}|${e.keyword}|${JSON.stringify(e.params)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function article(type: string): string {
  return /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`;
}

function describePattern(pattern: string): string {
  if (pattern === '^[a-z0-9]+(-[a-z0-9]+)*$') return 'kebab-case, e.g. sms-gateway';
  if (pattern.startsWith('^user')) return 'a fideslang data category such as user.contact.email';
  return `/${pattern}/`;
}
