// Settings read once at start-up and checked, so a missing variable fails fast.
function required(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} must be set`);
  return value;
}

export const env = {
  NOREPLY_EMAIL: process.env.NOREPLY_EMAIL ?? "noreply@bookings.example.com",
  SUPPORT_EMAIL: required("SUPPORT_EMAIL"),
  EMAIL_PROVIDER: (process.env.EMAIL_PROVIDER ?? "ses") as "ses" | "smtp",
};
