/**
 * Splits identifiers into lower-case words so that the lexicon can match on the head noun:
 * `customerEmailAddress` → ["customer", "email", "address"]. Norwegian letters are folded
 * (ø→o, æ→ae, å→a) because code spells `fødselsnummer` both ways.
 */
function foldNorwegian(text: string): string {
  return text
    .replace(/[øØ]/g, (c) => (c === 'ø' ? 'o' : 'O'))
    .replace(/[æÆ]/g, (c) => (c === 'æ' ? 'ae' : 'Ae'))
    .replace(/[åÅ]/g, (c) => (c === 'å' ? 'a' : 'A'));
}

export function splitIdentifier(identifier: string): string[] {
  const folded = foldNorwegian(identifier);
  const words: string[] = [];
  // Humps: "XMLHttpRequest" → XML Http Request; "userID" → user ID; digits split off.
  const re = /[A-Z]+(?![a-z])|[A-Z]?[a-z]+|[0-9]+/g;
  for (const chunk of folded.split(/[^A-Za-z0-9]+/)) {
    if (!chunk) continue;
    const parts = chunk.match(re);
    if (parts) for (const p of parts) words.push(p.toLowerCase());
  }
  return words;
}

/** Normalises a lexicon phrase ("e-mail address", "fødselsnummer") into its words. */
export function phraseWords(phrase: string): string[] {
  return foldNorwegian(phrase)
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}
