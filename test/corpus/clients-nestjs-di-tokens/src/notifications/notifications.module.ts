import { Module } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { Resend } from 'resend';
import twilio from 'twilio';
import { MAILER, SMS_CLIENT } from './tokens';
import { NotificationsService } from './notifications.service';

@Module({
  providers: [
    NotificationsService,
    {
      provide: MAILER,
      inject: [ConfigService],
      useFactory: (config: ConfigService) => new Resend(config.getOrThrow<string>('RESEND_API_KEY')),
    },
    {
      provide: SMS_CLIENT,
      inject: [ConfigService],
      useFactory: (config: ConfigService) => twilio(config.get('TWILIO_SID'), config.get('TWILIO_TOKEN')),
    },
  ],
  exports: [NotificationsService],
})
export class NotificationsModule {}
