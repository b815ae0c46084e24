export class CreateSubscriberDto {
  email!: string;
  firstName!: string;
  lastName!: string;
  country!: string;
  priceId!: string;
}

export class ChangePlanDto {
  planId!: string;
  quantity!: number;
}
