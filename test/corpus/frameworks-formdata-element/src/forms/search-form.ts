interface Hit {
  title: string;
  url: string;
  excerpt: string;
}

const SEARCH_API = 'https://search.docsindex.example/v1/query';

export function bindSearch(form: HTMLFormElement, results: HTMLElement): void {
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    const data = new FormData(form);
    const query = String(data.get('q') ?? '').trim();
    if (query.length < 2) return;

    const params = new URLSearchParams({ q: query, lang: document.documentElement.lang || 'nb', limit: '10' });
    try {
      const res = await fetch(`${SEARCH_API}?${params}`, { headers: { 'X-Index': 'docs-public' } });
      const hits = (await res.json()) as Hit[];
      results.replaceChildren(
        ...hits.map((hit) => {
          const a = document.createElement('a');
          a.href = hit.url;
          a.textContent = hit.title;
          return a;
        }),
      );
    } catch (err) {
      console.warn('search failed', err);
      results.textContent = 'Søket er utilgjengelig akkurat nå.';
    }
  });
}
