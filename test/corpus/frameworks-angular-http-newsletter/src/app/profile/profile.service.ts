import { Injectable } from '@angular/core';
import { HttpClient, HttpParams } from '@angular/common/http';
import { environment } from '../../environments/environment';

export interface Profile {
  id: string;
  fullName: string;
  phone: string;
}

@Injectable({ providedIn: 'root' })
export class ProfileService {
  constructor(private readonly http: HttpClient) {}

  /** Saved in our own backend. */
  save(profile: Profile) {
    return this.http.put<Profile>(`${environment.apiUrl}/profile/${profile.id}`, profile);
  }

  /** The SMS gateway checks that the number can receive messages before we save it. */
  checkPhone(phone: string) {
    return this.http.request<{ valid: boolean }>('POST', 'https://api.smsgate.no/v1/numbers/check', {
      body: { number: phone, country: 'NO' },
    });
  }

  carrierOf(profile: Profile) {
    const params = new HttpParams({ fromObject: { msisdn: profile.phone } });
    return this.http.get<{ carrier: string }>('https://api.smsgate.no/v1/numbers/carrier', { params });
  }
}
