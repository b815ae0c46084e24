import ts from 'typescript';
import { type FunctionLike, isFunctionLikeWithBody, memberValue, skipOuterExpressions, staticPropertyName } from '../ts-helpers';
import { splitIdentifier } from '../values/identifier-words';
import type { DataItem } from '../values/values';

/**
 * Two shapes in which an identifier sent to a recipient is that recipient's own name for the
 * person, so sending it tells the recipient nothing it did not issue:
 *
 * - the request acts as one account at the recipient: it carries a credential the code holds for
 *   that account (an OAuth access or refresh token, an authorisation code, a session cookie or the
 *   user's own API key, all handed in at run time rather than read from the application's
 *   configuration). The account's id, username or device id beside it are the platform's ids for
 *   whom the credential already authenticates;
 * - a visitor or cookie id named after the recipient (`datafast_visitor_id` to datafa.st): the
 *   tracking id the recipient's own script set in the browser, read back and returned to it. A
 *   record id the recipient issued for a person (`stripeCustomerId`) is kept: the application
 *   links it to its own user when it sends it.
 *
 * Only identifiers are dropped: an e-mail address, a name or a message still counts.
 */

const IDENTIFIER_CATEGORIES = ['user.unique_id', 'user.account.username', 'user.device.device_id', 'user.device.cookie_id'];

export function isIdentifierCategory(category: string): boolean {
  return IDENTIFIER_CATEGORIES.some((c) => category === c || category.startsWith(`${c}.`));
}

/** Ids that only tell a browser apart: what a vendor's tracking script issues. */
function isTrackingIdCategory(category: string): boolean {
  return category === 'user.unique_id.pseudonymous' || category === 'user.device.cookie_id';
}

/** Header, query and body keys whose value authenticates a request. */
const CREDENTIAL_KEYS = new Set([
  'authorization',
  'cookie',
  'api key',
  'x api key',
  'apikey',
  'access token',
  'refresh token',
  'auth token',
  'oauth token',
  'token',
  'x auth token',
  'private token',
  'code',
  // the application's own secrets: a request that carries one is made as the application
  'secret',
  'client secret',
  'api secret',
]);

/** `code` authenticates only beside an OAuth grant; the others on their own. */
const NEEDS_GRANT = new Set(['code']);

function keyWords(key: string): string {
  return splitIdentifier(key).join(' ');
}

function isCredentialKey(key: string): boolean {
  return CREDENTIAL_KEYS.has(keyWords(key));
}

const CONFIGURED = /\bprocess\.env\b|\bimport\.meta\.env\b|\bDeno\.env\b|\benv\b|\bconfig\b|\bsettings\b/i;
const MAX_VISITS = 400;

/**
 * Whether a credential value is handed in at run time: it reads a parameter or a local of an
 * enclosing function and nothing from the environment or configuration. `this.apiKey` and module
 * constants stay the application's own keys.
 */
/** Whether a word names a thing rather than a person (`channel`, `bot`, `workspace`): the lexicon's non-person owners. */
export type ThingWord = (word: string) => boolean;

/** `lineChannelAccessToken`, `slackBotToken`: a credential of a bot or channel, the application's own. */
function namesThingCredential(name: string, thing: ThingWord): boolean {
  const words = splitIdentifier(name);
  return words.slice(0, -1).some((w) => thing(w));
}

function isRunTimeValue(e: ts.Expression, thing: ThingWord, handedIn?: HandedIn, depth = 0): boolean {
  if (depth > 6) return true;
  const text = e.getText();
  if (CONFIGURED.test(text)) return false;
  let runTime = false;
  let configured = false;
  const visit = (n: ts.Node): void => {
    if (runTime && configured) return;
    if (ts.isPropertyAccessExpression(n)) {
      if (namesThingCredential(n.name.text, thing)) configured = true;
      visit(n.expression);
      return;
    }
    if (ts.isIdentifier(n)) {
      if (namesThingCredential(n.text, thing)) configured = true;
      const decl = localDeclaration(n);
      if (decl && ts.isParameter(decl)) {
        // A wrapper's `token` parameter is what the call before it in the chain passes.
        const arg = handedIn?.(decl);
        const value = arg ? (arg.value ?? decl.initializer) : undefined;
        if (!arg || !value) runTime = true;
        else if (isRunTimeValue(value, thing, arg.value ? arg.handedIn : handedIn, depth + 1)) runTime = true;
        else configured = true;
      } else if (decl && ts.isVariableDeclaration(decl)) {
        if (!decl.initializer || depth > 2) runTime = true;
        else if (isRunTimeValue(decl.initializer, thing, handedIn, depth + 1)) runTime = true;
        else configured = true;
      }
      return;
    }
    if (ts.isCallExpression(n)) {
      visit(n.expression);
      for (const a of n.arguments) visit(a);
      return;
    }
    ts.forEachChild(n, visit);
  };
  visit(e);
  return runTime && !configured;
}

/** The declaration of a name among the parameters and locals of the functions around it. */
function localDeclaration(id: ts.Identifier): ts.ParameterDeclaration | ts.VariableDeclaration | undefined {
  const name = id.text;
  let visits = 0;
  for (let p: ts.Node | undefined = id.parent; p; p = p.parent) {
    if (!isFunctionLikeWithBody(p)) continue;
    for (const param of p.parameters) if (bindsName(param.name, name)) return param;
    let found: ts.VariableDeclaration | undefined;
    const walk = (n: ts.Node): void => {
      if (found || ++visits > MAX_VISITS * 4) return;
      if (ts.isVariableDeclaration(n) && bindsName(n.name, name)) {
        found = n;
        return;
      }
      if (n !== p && isFunctionLikeWithBody(n)) return;
      ts.forEachChild(n, walk);
    };
    if (p.body) walk(p.body);
    if (found) return found;
  }
  return undefined;
}

function bindsName(b: ts.BindingName, name: string): boolean {
  if (ts.isIdentifier(b)) return b.text === name;
  return b.elements.some((el) => !ts.isOmittedExpression(el) && bindsName(el.name, name));
}

/**
 * Whether any call of a wrapper chain (outermost first) sends a run-time credential: in a header
 * or body object, in the URL's query (`?access_token=${token}`), or appended to a form that the
 * call sends.
 */
export function sendsAccountCredential(chain: readonly ts.CallExpression[], thing: ThingWord): boolean {
  const seen: CredentialsSeen = { runTime: 0, configured: 0 };
  chain.forEach((call, k) => {
    for (const a of call.arguments) argumentCredentials(a, call, seen, thing, handedInAt(chain, k));
  });
  // A request that also carries the application's own key is made as the application; a token
  // beside it names a resource (Plaid's item token), not who is calling.
  return seen.runTime > 0 && seen.configured === 0;
}

interface CredentialsSeen {
  runTime: number;
  configured: number;
}

/**
 * What the call before a chain link passes for a parameter of the function that link stands in:
 * `value` undefined when the argument is left out. Undefined when no call in the chain says.
 */
type HandedIn = (param: ts.ParameterDeclaration) => { value: ts.Expression | undefined; handedIn?: HandedIn } | undefined;

function handedInAt(chain: readonly ts.CallExpression[], k: number): HandedIn | undefined {
  if (k === 0) return undefined;
  let fn: ts.Node | undefined = chain[k]!.parent;
  while (fn && !isFunctionLikeWithBody(fn)) fn = fn.parent;
  const caller = chain[k - 1]!;
  return (param) => {
    if (!fn || param.parent !== fn || param.dotDotDotToken || !ts.isIdentifier(param.name)) return undefined;
    const args = caller.arguments;
    if (args.some((a) => ts.isSpreadElement(a))) return undefined;
    const index = (fn as FunctionLike).parameters.indexOf(param);
    return { value: args[index], handedIn: handedInAt(chain, k - 1) };
  };
}

function argumentCredentials(
  arg: ts.Expression,
  call: ts.CallExpression,
  seen: CredentialsSeen,
  thing: ThingWord,
  handedIn: HandedIn | undefined,
): void {
  const credential = (value: ts.Expression): true => {
    if (isRunTimeValue(value, thing, handedIn)) seen.runTime++;
    else seen.configured++;
    return true;
  };
  let visits = 0;
  const inExpression = (node: ts.Expression, depth: number): boolean => {
    if (++visits > MAX_VISITS || depth > 5) return false;
    const e = skipOuterExpressions(node);
    if (ts.isTemplateExpression(e))
      return templateCredentials(e, credential) || e.templateSpans.some((s) => inExpression(s.expression, depth + 1));
    if (ts.isConditionalExpression(e)) return inExpression(e.whenTrue, depth + 1) && inExpression(e.whenFalse, depth + 1);
    // `new URLSearchParams({ access_token })`, `params.toString()`
    if (ts.isNewExpression(e)) return (e.arguments ?? []).some((a) => inExpression(a, depth + 1));
    if (ts.isCallExpression(e) && ts.isPropertyAccessExpression(e.expression) && e.expression.name.text === 'toString')
      return inExpression(e.expression.expression, depth + 1);
    if (ts.isCallExpression(e) && e.expression.getText() === 'JSON.stringify' && e.arguments[0])
      return inExpression(e.arguments[0], depth + 1);
    if (ts.isIdentifier(e)) {
      const decl = localDeclaration(e);
      if (
        decl &&
        ts.isVariableDeclaration(decl) &&
        ts.isIdentifier(decl.name) &&
        decl.initializer &&
        inExpression(decl.initializer, depth + 1)
      )
        return true;
      return formCredentials(e, call, credential);
    }
    if (!ts.isObjectLiteralExpression(e)) return false;
    const keys = e.properties.map((p) => staticPropertyName(p.name) ?? '');
    const hasGrant = keys.some((k) => keyWords(k) === 'grant type');
    for (const p of e.properties) {
      const key = staticPropertyName(p.name);
      const value = memberValue(p);
      if (!value) continue;
      if (key && isCredentialKey(key) && (hasGrant || !NEEDS_GRANT.has(keyWords(key)))) credential(value);
      else inExpression(value, depth + 1);
    }
    return false;
  };
  inExpression(arg, 0);
}

/** `https://…?access_token=${token}`, `Bearer ${token}` written into a URL or header string. */
function templateCredentials(t: ts.TemplateExpression, credential: (value: ts.Expression) => true): boolean {
  let before = t.head.text;
  let found = false;
  for (const span of t.templateSpans) {
    const m = /(?:[?&]([A-Za-z_-]+)=|\b(Bearer|Basic)\s+)$/.exec(before);
    if (m && (m[2] || isCredentialKey(m[1]!))) found = credential(span.expression);
    before = span.literal.text;
  }
  return found;
}

/** `form.append('refresh_token', refresh)` in the function that sends `form`. */
function formCredentials(form: ts.Identifier, call: ts.CallExpression, credential: (value: ts.Expression) => true): boolean {
  let fn: ts.Node | undefined = call.parent;
  while (fn && !isFunctionLikeWithBody(fn)) fn = fn.parent;
  if (!fn || !isFunctionLikeWithBody(fn) || !fn.body) return false;
  const appended = new Map<string, ts.Expression>();
  let visits = 0;
  const walk = (n: ts.Node): void => {
    if (++visits > MAX_VISITS * 4) return;
    if (ts.isCallExpression(n) && ts.isPropertyAccessExpression(n.expression) && ['append', 'set'].includes(n.expression.name.text)) {
      const target = skipOuterExpressions(n.expression.expression);
      const [k, v] = n.arguments;
      if (ts.isIdentifier(target) && target.text === form.text && k && v && ts.isStringLiteralLike(k)) appended.set(keyWords(k.text), v);
    }
    if (n !== fn && isFunctionLikeWithBody(n)) return;
    ts.forEachChild(n, walk);
  };
  walk(fn.body);
  const hasGrant = appended.has('grant type');
  let found = false;
  for (const [k, v] of appended) if (CREDENTIAL_KEYS.has(k) && (hasGrant || !NEEDS_GRANT.has(k))) found = credential(v);
  return found;
}

/** Identifiers that are the recipient's own: named after its site, or sent as the account they name. */
export function withoutRecipientIssuedIds(
  items: DataItem[],
  recipientHost: string | null,
  chain: readonly ts.CallExpression[],
  viaSdk: boolean,
  thing: ThingWord,
): DataItem[] {
  if (!recipientHost || !items.some((i) => isIdentifierCategory(i.category))) return items;
  const names = siteNames(recipientHost);
  let actsAsAccount: boolean | undefined;
  return items.filter((i) => {
    // The person a message goes to is not the account the credential authenticates.
    if (!isIdentifierCategory(i.category) || i.addressee) return true;
    if (isTrackingIdCategory(i.category) && splitIdentifier(i.text).some((w) => names.has(w))) return false;
    // An SDK client calls as the key it was built with: a token among its arguments names a resource.
    actsAsAccount ??= !viaSdk && sendsAccountCredential(chain, thing);
    return !actsAsAccount;
  });
}

/** `datafa.st` → {datafa, datafast}; `api.stripe.com` → {stripe, stripecom}. Short labels are too common to count. */
function siteNames(host: string): Set<string> {
  const labels = host.toLowerCase().replace(/\.$/, '').split('.').slice(-2);
  const out = new Set<string>();
  if (labels.length === 2) {
    if (labels[0]!.length >= 4) out.add(labels[0]!);
    out.add(labels.join(''));
  }
  return out;
}
