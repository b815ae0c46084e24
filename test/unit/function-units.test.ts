import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import ts from 'typescript';
import { isReachableAsMember, unitsOf } from '../../server/src/analysis/flows/function-units';
import type { FunctionLike } from '../../server/src/analysis/ts-helpers';

// A React component and a hook as apps write them: the component keeps its submit handler to
// itself (called by its own name, handed to JSX), the hook hands its functions out in an object,
// a class keeps a callback on itself, and a factory returns a client with methods.
const source = `
import { useForm } from 'react-hook-form';

export function InviteForm({ teamId }: { teamId: string }) {
  const form = useForm();
  const handleSubmit = async (values: { email: string }) => {
    await fetch('/api/invite', { method: 'POST', body: JSON.stringify({ ...values, teamId }) });
  };
  function reset() { form.reset(); }
  return <form onSubmit={form.handleSubmit(handleSubmit)} onReset={reset} />;
}

export function useAnalytics() {
  const track = (event: string, email: string) => fetch('https://api.segment.io/v1/track', { method: 'POST', body: email });
  const identify = (email: string) => fetch('https://api.segment.io/v1/identify', { method: 'POST', body: email });
  return { track, identifyUser: identify };
}

export class Uploader {
  private onDone?: () => void;
  start() {
    const notify = () => fetch('https://hooks.example.com/done', { method: 'POST' });
    this.onDone = notify;
  }
}

export const createClient = (base: string) => ({
  post: (path: string, body: unknown) => fetch(base + path, { method: 'POST', body: JSON.stringify(body) }),
});

export const sendWelcome = (email: string) => fetch('https://api.mailer.example/send', { method: 'POST', body: email });
`;

function unitNamed(name: string): FunctionLike {
  const sf = ts.createSourceFile('/p/app.tsx', source, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TSX);
  for (const u of unitsOf(sf, new Set())) {
    if (ts.isSourceFile(u)) continue;
    const p = u.parent;
    const own =
      (u as ts.FunctionDeclaration).name ?? (p && (ts.isVariableDeclaration(p) || ts.isPropertyAssignment(p)) ? p.name : undefined);
    if (own && ts.isIdentifier(own) && own.text === name) return u as FunctionLike;
  }
  throw new Error(`no unit ${name}`);
}

describe('which functions calls of x.name(…) can reach', () => {
  it('not a local function no object takes in, nor a module’s top-level one', () => {
    assert.equal(isReachableAsMember(unitNamed('handleSubmit')), false);
    assert.equal(isReachableAsMember(unitNamed('reset')), false);
    assert.equal(isReachableAsMember(unitNamed('sendWelcome')), false);
  });

  it('a function a hook hands out, one kept on an object, and an object’s method', () => {
    assert.equal(isReachableAsMember(unitNamed('track')), true);
    assert.equal(isReachableAsMember(unitNamed('identify')), true);
    assert.equal(isReachableAsMember(unitNamed('notify')), true);
    assert.equal(isReachableAsMember(unitNamed('post')), true);
  });
});
