import { Component } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { NewsletterService } from './newsletter.service';

@Component({
  selector: 'app-newsletter-signup',
  standalone: true,
  imports: [ReactiveFormsModule],
  template: `
    <form [formGroup]="form" (ngSubmit)="submit()">
      <input formControlName="firstName" placeholder="Fornavn" />
      <input formControlName="email" type="email" placeholder="E-post" />
      <button type="submit" [disabled]="form.invalid">Meld meg på</button>
    </form>
    @if (status) { <p>{{ status }}</p> }
  `,
})
export class NewsletterSignupComponent {
  status = '';
  readonly form = new FormGroup({
    firstName: new FormControl('', { nonNullable: true }),
    email: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.email] }),
  });

  constructor(private readonly newsletter: NewsletterService) {}

  submit(): void {
    const { email, firstName } = this.form.getRawValue();
    this.newsletter.isSubscribed(email).subscribe((already) => {
      if (already) {
        this.status = 'Du står allerede på listen.';
        return;
      }
      this.newsletter.subscribe({ email, firstName, topics: ['produktnytt'] }).subscribe({
        next: () => (this.status = 'Sjekk innboksen din for å bekrefte.'),
        error: () => (this.status = 'Noe gikk galt. Prøv igjen senere.'),
      });
    });
  }
}
