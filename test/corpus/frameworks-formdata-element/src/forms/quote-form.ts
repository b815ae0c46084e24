import { showError, trackEvent } from '../tracking';

interface TilbudForesporsel {
  organisasjonsnummer: string;
  antallAnsatte: number;
  moduler: string[];
  epost: string;
}

export function bindQuoteForm(form: HTMLFormElement): void {
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const data = new FormData(form);
    const foresporsel: TilbudForesporsel = {
      organisasjonsnummer: String(data.get('orgnr') ?? '').replace(/\s/g, ''),
      antallAnsatte: Number(data.get('ansatte') ?? 0),
      moduler: data.getAll('modul').map(String),
      epost: String(data.get('epost') ?? ''),
    };
    if (!/^\d{9}$/.test(foresporsel.organisasjonsnummer)) {
      showError(form, 'Organisasjonsnummeret må ha ni siffer');
      return;
    }

    const xhr = new XMLHttpRequest();
    xhr.open('POST', 'https://tilbud.salgsmotor.example/api/leads');
    xhr.setRequestHeader('Content-Type', 'application/json');
    xhr.onload = () => {
      if (xhr.status >= 400) showError(form, 'Vi kunne ikke sende forespørselen.');
    };
    xhr.send(JSON.stringify(foresporsel));

    trackEvent('quote_requested', { employees: foresporsel.antallAnsatte, modules: foresporsel.moduler.length });
  });
}
