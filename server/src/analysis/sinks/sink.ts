import type ts from 'typescript';
import type { StrVal } from '../values/string-evaluator';
import type { Value } from '../values/values';
import type { SdkEntry } from './sdk-catalog';

/** A call that hands data to something outside the process. */
export interface Sink {
  kind:
    | 'fetch'
    | 'axios'
    | 'http'
    | 'got'
    | 'ky'
    | 'superagent'
    | 'xhr'
    | 'beacon'
    | 'websocket'
    | 'socket.io'
    | 'sdk'
    | 'angular-http'
    | 'undici'
    | 'wretch'
    | 'openapi-fetch';
  /** What the user sees: `fetch`, `axios.post`, `Sentry.setUser`. */
  label: string;
  call: ts.CallExpression;
  data: Value;
  endpoint: StrVal;
  sdk?: { entry: SdkEntry; module?: string };
}
