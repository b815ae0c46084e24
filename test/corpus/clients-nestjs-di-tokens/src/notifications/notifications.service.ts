import { Inject, Injectable } from '@nestjs/common';
import type twilio from 'twilio';
import { MAILER, SMS_CLIENT, type MailSender } from './tokens';

type SmsClient = ReturnType<typeof twilio>;

export interface Patient {
  id: string;
  fullName: string;
  email: string;
  mobile: string;
}

const FROM = 'Klinikken <timer@klinikken.no>';

@Injectable()
export class NotificationsService {
  constructor(
    @Inject(MAILER) private readonly mailer: MailSender,
    @Inject(SMS_CLIENT) private readonly sms: SmsClient,
  ) {}

  async confirmBooking(patient: Patient, when: string): Promise<void> {
    await this.mailer.emails.send({
      from: FROM,
      to: patient.email,
      subject: 'Timen din er bekreftet',
      html: `<p>Hei ${patient.fullName}, du har time ${when}.</p>`,
    });
    await this.sms.messages.create({ to: patient.mobile, from: 'Klinikken', body: `Time bekreftet: ${when}` });
  }

  async dailyReport(bookings: number): Promise<void> {
    await this.mailer.emails.send({ from: FROM, to: 'drift@klinikken.no', subject: 'Dagsrapport', html: `<p>${bookings} timer i dag</p>` });
  }
}
