/** Injection tokens: services depend on these, tests bind fakes to them. */
export const MAILER = 'MAILER';
export const SMS_CLIENT = Symbol('SMS_CLIENT');

/** The part of the mail client the services use, so tests can pass a fake. */
export interface MailSender {
  emails: { send(message: { from: string; to: string; subject: string; html: string }): Promise<unknown> };
}
