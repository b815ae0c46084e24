import { IsDateString, IsEmail, IsInt, IsString, Length, Matches, Max, Min } from 'class-validator';

export class OpprettAnsattDto {
  @Matches(/^\d{11}$/, { message: 'fødselsnummer må ha 11 siffer' })
  fødselsnummer!: string;

  @IsString()
  @Length(2, 150)
  fulltNavn!: string;

  @IsEmail()
  epost!: string;

  @Matches(/^\d{11}$/)
  kontonummer!: string;

  @IsInt()
  @Min(1)
  @Max(100)
  stillingsprosent!: number;

  @IsString()
  avdeling!: string;

  @IsDateString()
  startdato!: string;
}

export class SykmeldingDto {
  @IsDateString()
  fraDato!: string;

  @IsDateString()
  tilDato!: string;

  @IsInt()
  @Min(20)
  @Max(100)
  sykmeldingsgrad!: number;

  @IsString()
  diagnosekode!: string;
}
