'use server';

import { redirect } from 'next/navigation';
import { auth } from '../../lib/auth';

const FORUM = 'https://forum.acme-brukere.example/api';
const forumHeaders = { 'Api-Key': process.env.FORUM_API_KEY ?? '', 'Content-Type': 'application/json' };

export async function postSporsmal(formData: FormData): Promise<void> {
  const session = await auth();
  if (!session) redirect('/logg-inn?neste=/forum/ny');

  const tittel = String(formData.get('tittel') ?? '').trim();
  const tekst = String(formData.get('tekst') ?? '').trim();
  const visNavn = formData.get('visNavn') === 'on';
  if (tittel.length < 10 || tekst.length < 20) {
    throw new Error('Tittel og spørsmål må fylles ut');
  }

  const res = await fetch(`${FORUM}/posts.json`, {
    method: 'POST',
    headers: forumHeaders,
    body: JSON.stringify({
      title: tittel,
      raw: tekst,
      category: 12,
      signature: visNavn ? session.user.name : 'Anonym bruker',
    }),
  });
  const innlegg = (await res.json()) as { topic_id: number };
  redirect(`/forum/t/${innlegg.topic_id}`);
}

export async function rapporterInnlegg(formData: FormData): Promise<void> {
  const postId = Number(formData.get('postId'));
  const grunn = String(formData.get('grunn') ?? 'spam');
  await fetch(`${FORUM}/post_actions.json`, {
    method: 'POST',
    headers: forumHeaders,
    body: JSON.stringify({ id: postId, post_action_type_id: grunn === 'spam' ? 8 : 4 }),
  });
}
