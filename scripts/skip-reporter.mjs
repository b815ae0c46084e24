// A node:test reporter that writes one line per skipped test or suite, for scripts/run-tests.mjs.
export default async function* skipped(source) {
  for await (const event of source) {
    if ((event.type === 'test:pass' || event.type === 'test:fail') && event.data.skip !== undefined && event.data.skip !== false) {
      const reason = typeof event.data.skip === 'string' ? event.data.skip : 'skipped';
      yield `${event.data.name} (${reason})\n`;
    }
  }
}
