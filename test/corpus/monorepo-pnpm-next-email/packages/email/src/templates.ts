const layout = (body: string) => `<!doctype html>
<html>
  <body style="font-family: system-ui, sans-serif; color: #111">
    ${body}
    <p style="color: #888">Acme Inc · Oslo</p>
  </body>
</html>`;

export function welcomeHtml(name: string): string {
  return layout(`
    <h1>Welcome, ${name}!</h1>
    <p>Your workspace is ready. Invite your team from the settings page.</p>
  `);
}

export function statusDigestHtml(openIncidents: number, deploysToday: number): string {
  return layout(`
    <h1>Daily status</h1>
    <ul>
      <li>Open incidents: ${openIncidents}</li>
      <li>Deploys today: ${deploysToday}</li>
    </ul>
  `);
}
