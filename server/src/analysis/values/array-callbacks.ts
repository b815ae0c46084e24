/**
 * Array methods that call their callback with each element (`users.forEach((u) => …)`): the
 * callback's first parameter is bound to the receiver's elements. One list for the evaluators
 * and the flow summaries, so an element is followed the same way wherever it is read.
 */
export const ELEMENT_CALLBACK_METHODS: ReadonlySet<string> = new Set([
  'map',
  'flatMap',
  'forEach',
  'filter',
  'find',
  'findLast',
  'some',
  'every',
  'sort',
  'reduce',
  'reduceRight',
]);
