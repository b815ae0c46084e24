import { Injectable, inject } from '@angular/core';
import { HttpClient, HttpHeaders, HttpParams } from '@angular/common/http';
import { Observable, map } from 'rxjs';
import { environment } from '../../environments/environment';

export interface Subscriber {
  email: string;
  firstName: string;
  topics: string[];
}

@Injectable({ providedIn: 'root' })
export class NewsletterService {
  private readonly http = inject(HttpClient);
  private readonly listUrl = `${environment.newsletterUrl}/lists/${environment.newsletterListId}`;

  subscribe(subscriber: Subscriber): Observable<void> {
    const headers = new HttpHeaders({ 'Content-Type': 'application/json' });
    return this.http
      .post<void>(
        `${this.listUrl}/members`,
        { email_address: subscriber.email, status: 'pending', merge_fields: { FNAME: subscriber.firstName }, tags: subscriber.topics },
        { headers },
      )
      .pipe(map(() => undefined));
  }

  isSubscribed(email: string): Observable<boolean> {
    const params = new HttpParams().set('query', email).set('fields', 'exact_matches.members.status');
    return this.http
      .get<{ exact_matches: { members: Array<{ status: string }> } }>(`${environment.newsletterUrl}/search-members`, { params })
      .pipe(map((res) => res.exact_matches.members.some((m) => m.status === 'subscribed')));
  }

  /** The topics a reader can choose from, from our own backend. */
  topics(): Observable<string[]> {
    return this.http.get<string[]>(`${environment.apiUrl}/newsletter/topics`, { params: { locale: 'nb' } });
  }

  /** Anonymous campaign statistics: counts only. */
  reportOpenRate(campaignId: string, opened: number, sent: number): Observable<unknown> {
    return this.http.post(`${environment.newsletterUrl}/reports/${campaignId}/notes`, { note: `open rate ${(opened / sent).toFixed(2)}` });
  }
}
