import { Type } from 'class-transformer';
import { IsEmail, IsIn, IsInt, IsOptional, IsPhoneNumber, IsString, Length, Max, Min } from 'class-validator';

export type Plan = 'free' | 'team' | 'business';

export class CreateUserDto {
  @IsEmail()
  email!: string;

  @IsOptional()
  @IsPhoneNumber('NO')
  phone?: string;

  @IsString()
  @Length(2, 120)
  fullName!: string;

  @IsIn(['free', 'team', 'business'])
  plan!: Plan;

  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(500)
  seats!: number;
}

export class UpdatePhoneDto {
  @IsPhoneNumber('NO')
  phone!: string;
}

export class InviteTeammateDto {
  @IsEmail()
  email!: string;

  @IsOptional()
  @IsString()
  fullName?: string;

  @IsIn(['admin', 'member'])
  role!: 'admin' | 'member';
}

export class ListPlansQueryDto {
  @IsOptional()
  @IsIn(['NOK', 'SEK', 'EUR'])
  currency?: 'NOK' | 'SEK' | 'EUR';

  @IsOptional()
  @IsIn(['month', 'year'])
  interval?: 'month' | 'year';
}
