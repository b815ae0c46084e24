export function makeSummaryLine(prefix: string) {
  return (viewer: { email: string | null }) => `${prefix}: ${viewer.email ?? 'anonymous'}`;
}
