const FREE_MAIL = new Set(["gmail.com", "yahoo.com", "hotmail.com", "outlook.com", "icloud.com"]);

function companyDomain(email: string): string | null {
  const at = email.indexOf("@");
  if (at === -1) return null;
  const domain = email.slice(at + 1).trim().toLowerCase();
  return FREE_MAIL.has(domain) ? null : domain;
}

export async function enrichCompany(contact: { email: string; companyName: string }) {
  const domain = companyDomain(contact.email);
  if (!domain) return null;
  const res = await fetch(`https://api.companyenrich.example/v1/companies?domain=${encodeURIComponent(domain)}`, {
    headers: { Authorization: `Bearer ${process.env.COMPANY_ENRICH_KEY}` },
  });
  return res.ok ? res.json() : null;
}

export async function logoFor(email: string) {
  const host = email.split("@")[1];
  return fetch(`https://img.logo.example/${host}?size=64`);
}

export async function gravatarFor(email: string) {
  const local = email.slice(0, email.indexOf("@"));
  return fetch(`https://avatars.example-cdn.io/initials/${local}.png`);
}
