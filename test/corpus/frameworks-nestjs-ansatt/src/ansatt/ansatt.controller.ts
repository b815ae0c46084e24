import { BadGatewayException, Body, Controller, HttpCode, Logger, Param, Post } from '@nestjs/common';
import { IncomingWebhook } from '@slack/webhook';
import * as Sentry from '@sentry/nestjs';
import axios from 'axios';
import { OpprettAnsattDto, SykmeldingDto } from './ansatt.dto';

const LONN = 'https://lonn.visma-konsern.example/api/v3';
const NAV = 'https://api.nav.example';
const PENSJON = 'https://api.pensjonskassen.example/v1';

const hrKanal = new IncomingWebhook(process.env.SLACK_HR_WEBHOOK ?? '');

@Controller('ansatte')
export class AnsattController {
  private readonly logger = new Logger(AnsattController.name);

  @Post()
  @HttpCode(201)
  async opprett(@Body() dto: OpprettAnsattDto) {
    try {
      await axios.post(`${LONN}/ansatte`, dto);
      await axios.post(`${NAV}/aa-registeret/arbeidsforhold`, {
        arbeidstaker: dto.fødselsnummer,
        stillingsprosent: dto.stillingsprosent,
        startdato: dto.startdato,
      });
      await axios.post(`${PENSJON}/medlemmer`, {
        fødselsnummer: dto.fødselsnummer,
        navn: dto.fulltNavn,
        stillingsprosent: dto.stillingsprosent,
      });
    } catch (err) {
      this.logger.error(`registrering av ny ansatt feilet: ${(err as Error).message}`);
      throw new BadGatewayException('kunne ikke registrere ansatt hos alle mottakere');
    }

    await hrKanal.send({ text: `:wave: ${dto.fulltNavn} begynner i ${dto.avdeling} ${dto.startdato}` });
    return { ok: true };
  }

  @Post(':ansattnummer/sykmeldinger')
  @HttpCode(202)
  async registrerSykmelding(@Param('ansattnummer') ansattnummer: string, @Body() dto: SykmeldingDto) {
    const dager = Math.round((Date.parse(dto.tilDato) - Date.parse(dto.fraDato)) / 86_400_000) + 1;
    Sentry.setContext('sykmelding', { ansattnummer, dager });

    await axios.post(`${NAV}/sykepenger/inntektsmeldinger`, {
      ansattnummer,
      periode: { fom: dto.fraDato, tom: dto.tilDato },
      grad: dto.sykmeldingsgrad,
      diagnosekode: dto.diagnosekode,
    });

    await hrKanal.send({ text: `Ny sykmelding registrert (${dager} dager). Se HR-systemet for detaljer.` });
    return { dager };
  }
}
