import { readRulesYaml } from '../policy/rules-data';
import { phraseWords, splitIdentifier } from './identifier-words';

export interface LexiconMatch {
  category: string;
  label: string;
  /** The identifier words that matched, for explanations. */
  phrase: string;
}

interface RawLexicon {
  personQualifiers: string[];
  maskingPrefixes: string[];
  nonPersonOwners?: string[];
  messageKeys?: string[];
  addressees?: Array<{ category: string; label?: { en?: string }; keys: string[]; exceptValues?: string[] }>;
  terms: Array<{
    category: string;
    label?: { en?: string; nb?: string };
    words?: string[];
    ambiguous?: string[];
    notQualifiedBy?: string[];
  }>;
}

interface Entry {
  words: string[];
  category: string;
  label: string;
  ambiguous: boolean;
  /** Person qualifiers that do not qualify this ambiguous phrase. */
  notQualifiedBy?: ReadonlySet<string>;
}

/**
 * Words that may trail a personal head noun without changing what the value is:
 * `emailValue`, `phoneNumbers`, `fnrList`, `emailHash` (a hash is still personal data).
 */
const TRANSPARENT_TRAILERS = new Set([
  'value',
  'val',
  'str',
  'string',
  'text',
  'raw',
  'trimmed',
  'normalized',
  'normalised',
  'lower',
  'lowercase',
  'lowercased',
  'upper',
  'clean',
  'cleaned',
  'encoded',
  'hash',
  'hashed',
  'list',
  'array',
  'arr',
  'param',
  'verdi',
  'liste',
]);

const BOOLEAN_PREFIXES = new Set([
  'is',
  'has',
  'have',
  'can',
  'should',
  'was',
  'were',
  'did',
  'does',
  'needs',
  'allow',
  'allows',
  'show',
  'hide',
  'enable',
  'disable',
  'require',
  'requires',
  'er',
  'har',
  'kan',
  'skal',
  'vis',
  'valid',
  'invalid',
  'missing',
  'num',
  'count',
  'total',
  'max',
  'min',
]);

export class Lexicon {
  private readonly byLastWord = new Map<string, Entry[]>();
  private readonly qualifiers: Set<string>;
  private readonly masking: Set<string>;
  private readonly nonPersons: Set<string>;
  private readonly labels = new Map<string, string>();
  private readonly messageKeys: Set<string>;
  private readonly addressees = new Map<string, LexiconMatch & { exceptValues: string[][] }>();

  constructor(raw: RawLexicon, extra: Array<{ category: string; names: string[] }> = []) {
    this.qualifiers = new Set(raw.personQualifiers.flatMap(phraseWords));
    this.masking = new Set(raw.maskingPrefixes.flatMap(phraseWords));
    this.nonPersons = new Set((raw.nonPersonOwners ?? []).flatMap(phraseWords));
    this.messageKeys = new Set((raw.messageKeys ?? []).map((k) => phraseWords(k).join(' ')));
    for (const a of raw.addressees ?? []) {
      for (const k of a.keys) {
        const phrase = phraseWords(k).join(' ');
        this.addressees.set(phrase, {
          category: a.category,
          label: a.label?.en ?? a.category,
          phrase,
          exceptValues: (a.exceptValues ?? []).map(phraseWords),
        });
      }
    }
    for (const term of raw.terms) {
      const label = term.label?.en ?? term.category;
      if (!this.labels.has(term.category)) this.labels.set(term.category, label);
      for (const w of term.words ?? []) this.add(phraseWords(w), term.category, label, false);
      const notQualifiedBy = term.notQualifiedBy?.length ? new Set(term.notQualifiedBy.flatMap(phraseWords)) : undefined;
      for (const w of term.ambiguous ?? []) this.add(phraseWords(w), term.category, label, true, notQualifiedBy);
    }
    for (const e of extra) {
      for (const name of e.names) {
        const words = splitIdentifier(name);
        this.add(words, e.category, this.labelOf(e.category), false);
      }
    }
  }

  static builtin(extra: Array<{ category: string; names: string[] }> = []): Lexicon {
    return new Lexicon(readRulesYaml('personal-data/lexicon.yaml', 'lexicon.schema.json') as RawLexicon, extra);
  }

  withExtra(extra: Array<{ category: string; names: string[] }>): Lexicon {
    if (extra.length === 0) return this;
    const copy = Object.create(Lexicon.prototype) as Lexicon;
    Object.assign(copy, {
      byLastWord: new Map([...this.byLastWord].map(([k, v]) => [k, [...v]])),
      qualifiers: this.qualifiers,
      masking: this.masking,
      nonPersons: this.nonPersons,
      labels: this.labels,
      messageKeys: this.messageKeys,
      addressees: this.addressees,
    });
    for (const e of extra) for (const n of e.names) copy.add(splitIdentifier(n), e.category, copy.labelOf(e.category), false);
    return copy;
  }

  private add(words: string[], category: string, label: string, ambiguous: boolean, notQualifiedBy?: ReadonlySet<string>): void {
    if (words.length === 0) return;
    const last = words[words.length - 1]!;
    const list = this.byLastWord.get(last) ?? [];
    list.push({ words, category, label, ambiguous, ...(notQualifiedBy ? { notQualifiedBy } : {}) });
    // Longest phrases first, so "email address" wins over "address".
    list.sort((a, b) => b.words.length - a.words.length);
    this.byLastWord.set(last, list);
  }

  /** A human label for a category, falling back to its parent's. */
  labelOf(category: string): string {
    let c: string | undefined = category;
    while (c) {
      const l = this.labels.get(c);
      if (l) return l;
      const dot: number = c.lastIndexOf('.');
      c = dot > 0 ? c.slice(0, dot) : undefined;
    }
    return category;
  }

  /** `integration`, `currentTeam`, `org`: an owner whose fields describe a thing, not a person. */
  isNonPersonOwner(identifier: string): boolean {
    const words = splitIdentifier(identifier);
    const last = words[words.length - 1];
    return last !== undefined && (this.nonPersons.has(last) || this.nonPersons.has(singular(last)));
  }

  /**
   * The person a message request addresses: `user`, `number` or `to` as a whole key, read only
   * when a key beside it (`siblingKeys`, the keys of the same object or form) carries the message,
   * and not over a value whose name (`valueName`) the entry leaves out.
   */
  addressee(key: string, siblingKeys: readonly string[], valueName?: string): LexiconMatch | undefined {
    const m = this.addressees.get(splitIdentifier(key).join(' '));
    if (!m || !siblingKeys.some((k) => this.messageKeys.has(splitIdentifier(k).join(' ')))) return undefined;
    const value = valueName ? splitIdentifier(valueName) : [];
    if (m.exceptValues.some((w) => w.length <= value.length && w.every((x, i) => value[value.length - w.length + i] === x)))
      return undefined;
    return { category: m.category, label: m.label, phrase: m.phrase };
  }

  isPersonQualifier(identifier: string): boolean {
    const words = splitIdentifier(identifier);
    const last = words[words.length - 1];
    return last !== undefined && (this.qualifiers.has(last) || this.qualifiers.has(singular(last)));
  }

  /**
   * Classifies an identifier. `receiver` is the name of the object it is read from
   * (`user` in `user.name`), which can qualify an ambiguous head noun.
   */
  match(identifier: string, receiver?: string): LexiconMatch | undefined {
    let words = splitIdentifier(identifier);
    if (words.length === 0) return undefined;
    if (this.masking.has(words[0]!)) return undefined;
    // `hasPhone`, `isEmailVerified`, `canContact`: booleans about the data, not the data.
    if (words.length > 1 && BOOLEAN_PREFIXES.has(words[0]!)) return undefined;
    // Strip trailers ("emailValue"), but never down to nothing.
    while (words.length > 1 && TRANSPARENT_TRAILERS.has(words[words.length - 1]!)) words = words.slice(0, -1);
    return this.matchWords(words, receiver) ?? this.matchPlural(words, receiver);
  }

  /**
   * Whether some receiver or owner type could make the identifier match: its last word (or that
   * word's singular) ends an entry. When not, no declaration can tell more about it.
   */
  couldMatch(identifier: string): boolean {
    let words = splitIdentifier(identifier);
    while (words.length > 1 && TRANSPARENT_TRAILERS.has(words[words.length - 1]!)) words = words.slice(0, -1);
    const last = words[words.length - 1];
    return last !== undefined && (this.byLastWord.has(last) || this.byLastWord.has(singular(last)));
  }

  private matchPlural(words: string[], receiver?: string): LexiconMatch | undefined {
    const last = words[words.length - 1]!;
    const s = singular(last);
    if (s === last) return undefined;
    return this.matchWords([...words.slice(0, -1), s], receiver);
  }

  private matchWords(words: string[], receiver?: string): LexiconMatch | undefined {
    const candidates = this.byLastWord.get(words[words.length - 1]!);
    if (!candidates) return undefined;
    for (const entry of candidates) {
      const n = entry.words.length;
      if (n > words.length) continue;
      let ok = true;
      for (let i = 0; i < n; i++)
        if (words[words.length - n + i] !== entry.words[i]) {
          ok = false;
          break;
        }
      if (!ok) continue;
      if (entry.ambiguous) {
        const before = words[words.length - n - 1];
        const receiverWords = before === undefined && receiver !== undefined ? splitIdentifier(receiver) : [];
        const qualifier = before ?? receiverWords[receiverWords.length - 1];
        if (qualifier !== undefined && entry.notQualifiedBy?.has(qualifier)) continue;
        const qualified =
          (before !== undefined && (this.qualifiers.has(before) || this.qualifiers.has(singular(before)))) ||
          (before === undefined && receiver !== undefined && this.isPersonQualifier(receiver));
        if (!qualified) continue;
      }
      return { category: entry.category, label: entry.label, phrase: entry.words.join(' ') };
    }
    return undefined;
  }
}

function singular(word: string): string {
  if (word.length > 4 && word.endsWith('ies')) return word.slice(0, -3) + 'y';
  if (word.length > 4 && word.endsWith('sses')) return word.slice(0, -2);
  if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1);
  return word;
}
