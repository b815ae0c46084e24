interface Author {
  id: string;
  displayName: string;
  website?: string;
}

/**
 * Blog author cards preview the author's own website through a link-preview service: a person's
 * homepage is personal data, and so is their name beside it.
 */
export async function previewAuthorSite(author: Author): Promise<{ title: string; image?: string }> {
  const res = await fetch('https://api.linkpeek.example/v1/preview', {
    method: 'POST',
    headers: { 'x-api-key': process.env.LINKPEEK_KEY ?? '', 'Content-Type': 'application/json' },
    body: JSON.stringify({ url: author.website, context: author.displayName }),
  });
  return (await res.json()) as { title: string; image?: string };
}
