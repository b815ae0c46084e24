import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import ts from 'typescript';
import { calledFunction } from '../../server/src/analysis/values/function-resolution';
import { programNamesOf, registerProgramNames } from '../../server/src/analysis/values/program-names';
import { stageKit } from '../support/in-memory-program';

// A small service as production code writes it: a mailer module reached under other names
// (an object of functions, a re-export under a new name, a renamed import, a renamed
// destructuring, a default export), beside a query module full of option objects whose keys
// (`where`, `limit`, `from`) are no functions, and a class with a field its methods fill.
const files: Record<string, string> = {
  'mail/send.ts': `
export async function sendMail(to: string, subject: string) {
  await fetch('https://api.mailer.example/send', { method: 'POST', body: JSON.stringify({ to, subject }) });
}
export default function notifyOwner(email: string) {
  return sendMail(email, 'Your report is ready');
}
`,
  'mail/index.ts': `
import { sendMail } from './send';
export { sendMail as deliver } from './send';
export const mailer = { send: sendMail, ping: () => 'pong' };
`,
  'queries.ts': `
import { db, users } from '@acme/db';
const sixMonthsAgo = new Date(Date.now() - 182 * 86_400_000);
export async function recentUsers(teamId: string) {
  const range = { from: sixMonthsAgo, to: new Date() };
  return db.select().from(users).where({ teamId }).limit(50).orderBy(range.from);
}
`,
  'audit.ts': `
export class AuditTrail {
  private seenIps = new Set<string>();
  record(ip: string) { this.seenIps.add(ip); }
}
export interface Customer { name: string; invoiceEmail: string }
export interface Invoice { name: string; total: number }
`,
  'app.ts': `
import * as mail from './mail';
import { deliver as post } from './mail';
import notify from './mail/send';
import { recentUsers } from './queries';
const { send: dispatch } = mail.mailer;
export async function onSignup(user: { email: string }) {
  await mail.mailer.send(user.email, 'Welcome');
  await mail.deliver(user.email, 'Welcome');
  await post(user.email, 'Hello again');
  await dispatch(user.email, 'Third time');
  await notify(user.email);
  return recentUsers('t1');
}
`,
};

/** The name of the function each call in `onSignup` resolves to, in order. */
function calleesInApp(app: ts.SourceFile, checker: ts.TypeChecker): (string | undefined)[] {
  const out: (string | undefined)[] = [];
  const visit = (n: ts.Node): void => {
    if (ts.isCallExpression(n)) {
      const fn = calledFunction(checker, n.expression);
      const name = fn && (fn as ts.FunctionDeclaration).name;
      out.push(name ? name.text : fn ? `(${ts.SyntaxKind[fn.kind]})` : undefined);
    }
    ts.forEachChild(n, visit);
  };
  const onSignup = app.statements.find((s) => ts.isFunctionDeclaration(s))!;
  visit(onSignup);
  return out;
}

describe('the names a program declares functions and fields under', () => {
  it('keeps every call that reaches a codebase function resolvable, under any other name', () => {
    const unindexed = stageKit(files);
    const expected = calleesInApp(unindexed.file('app.ts'), unindexed.checker);
    assert.deepEqual(expected, ['sendMail', 'sendMail', 'sendMail', 'sendMail', 'notifyOwner', 'recentUsers']);
    const { program, checker, file } = stageKit(files);
    registerProgramNames(checker, () => program.getSourceFiles());
    assert.deepEqual(calleesInApp(file('app.ts'), checker), expected);
  });

  it('leaves out option keys and a package client’s methods, which no codebase function goes by', () => {
    const { program, checker } = stageKit(files);
    registerProgramNames(checker, () => program.getSourceFiles());
    const names = programNamesOf(checker)!;
    for (const n of ['sendMail', 'deliver', 'post', 'send', 'dispatch', 'ping', 'default', 'notify', 'record', 'recentUsers'])
      assert.ok(names.functions.has(n), n);
    for (const n of ['where', 'limit', 'from', 'to', 'select', 'orderBy', 'range', 'mailer']) assert.ok(!names.functions.has(n), n);
    assert.deepEqual([...names.classFields], ['seenIps']);
    assert.deepEqual([...names.typeMembers.get('Customer')!], ['name', 'invoiceEmail']);
  });
});
