/**
 * Suites that need a program from outside npm (Neovim, Emacs, Chromium) skip where it is missing,
 * unless DISCLOSE_REQUIRE_SUITES names them (as .ci/run does): there a missing program fails.
 * Returns the value for node:test's `skip` option.
 */
export function skipUnlessAvailable(suite: string, available: boolean, reason: string): string | false {
  if (available) return false;
  const required = (process.env.DISCLOSE_REQUIRE_SUITES ?? '').split(',').map((s) => s.trim());
  if (required.includes(suite)) throw new Error(`the ${suite} suite is required (DISCLOSE_REQUIRE_SUITES) but cannot run: ${reason}`);
  return reason;
}
