import type { Bruker } from '../../../shared/types';

const COMMUNITY_API = process.env.COMMUNITY_API_URL ?? 'https://community.visma.com/api/2.0';
const FORUM = 'timeforing-og-lonn';

export interface ForumInnlegg {
  tittel: string;
  tekst: string;
  tagger?: string[];
}

export interface PublisertInnlegg {
  id: string;
  url: string;
}

/** Publiserer et spørsmål i Visma Community i brukerens navn. */
export async function publiserSporsmal(forfatter: Bruker, innlegg: ForumInnlegg): Promise<PublisertInnlegg> {
  const res = await fetch(`${COMMUNITY_API}/boards/${FORUM}/messages`, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      Authorization: `Bearer ${process.env.COMMUNITY_TOKEN ?? ''}`,
    },
    body: JSON.stringify({
      subject: innlegg.tittel,
      body: innlegg.tekst,
      tags: innlegg.tagger ?? ['timeforing'],
      author: { display_name: forfatter.navn, email: forfatter.epost },
    }),
  });
  if (!res.ok) {
    throw new Error(`Community svarte ${res.status}`);
  }
  return (await res.json()) as PublisertInnlegg;
}

/** Svar fra supportteamet signeres med navnet til medarbeideren som svarer. */
export async function publiserSvar(medarbeider: Bruker, traadId: string, tekst: string): Promise<void> {
  await fetch(`${COMMUNITY_API}/messages/${traadId}/replies`, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      Authorization: `Bearer ${process.env.COMMUNITY_TOKEN ?? ''}`,
    },
    body: JSON.stringify({ body: tekst, author: { display_name: `${medarbeider.navn} (Visma)` } }),
  });
}

/** De mest populære trådene i forumet, vist på hjelpesiden. */
export async function hentPopulaereTraader(antall = 5): Promise<PublisertInnlegg[]> {
  const res = await fetch(`${COMMUNITY_API}/boards/${FORUM}/messages?sort=kudos&limit=${antall}`);
  return (await res.json()) as PublisertInnlegg[];
}
