import type { Finding } from '../analysis/flows/finding';
import { categoryById, clauseById, conditionsAmong, type PolicyPack } from '../analysis/policy/policy-pack';
import { readRulesYaml } from '../analysis/policy/rules-data';
import { isNorwegian, local } from './hover-text';

/**
 * A finding's message in the editor's language. The engine writes it in English (the CLI,
 * SARIF and baselines keep that text); a Norwegian editor gets the same sentence in bokmål,
 * built from the finding's facts and the bokmål texts of the pack and the lexicon.
 */
export function localizedMessage(f: Finding, pack: PolicyPack, locale: string | undefined): string {
  if (!isNorwegian(locale)) return f.message;
  return norwegianMessage(f, pack);
}

/** What a diagnostic's related information says, in the editor's language. */
export function relatedMessage(locale: string | undefined, kind: 'source' | 'sink' | 'recipient', what: string, where = ''): string {
  const nb = isNorwegian(locale);
  switch (kind) {
    case 'source':
      return nb ? `${bokmalLabel(what)} kommer herfra: ${where}` : `${what} comes from here: ${where}`;
    case 'sink':
      return nb ? `sendes her av ${what}` : `sent here by ${what}`;
    case 'recipient':
      return nb ? `mottakeren '${what}' er oppgitt her` : `recipient '${what}' is declared here`;
  }
}

let nbByEnglish: Map<string, string> | undefined;
let nbByCategory: Map<string, string> | undefined;

function loadLabels(): void {
  if (nbByEnglish && nbByCategory) return;
  const raw = readRulesYaml('personal-data/lexicon.yaml', 'lexicon.schema.json') as {
    terms: Array<{ category: string; label?: { en?: string; nb?: string } }>;
  };
  nbByEnglish = new Map();
  nbByCategory = new Map();
  for (const t of raw.terms) {
    if (!t.label?.nb) continue;
    if (t.label.en && !nbByEnglish.has(t.label.en)) nbByEnglish.set(t.label.en, t.label.nb);
    if (!nbByCategory.has(t.category)) nbByCategory.set(t.category, t.label.nb);
  }
}

/** The bokmål label of a data label the engine gave in English; unknown ones stay as they are. */
function bokmalLabel(english: string): string {
  loadLabels();
  return nbByEnglish!.get(english) ?? english;
}

/** The bokmål label of a data category, through its parents. */
function categoryLabel(category: string, english: string | undefined): string {
  if (english) {
    const nb = bokmalLabel(english);
    if (nb !== english) return nb;
  }
  loadLabels();
  for (let c: string | undefined = category; c; c = c.lastIndexOf('.') > 0 ? c.slice(0, c.lastIndexOf('.')) : undefined) {
    const nb = nbByCategory!.get(c);
    if (nb) return nb;
  }
  return english ?? category;
}

function list(labels: string[]): string {
  const uniq = [...new Set(labels)];
  if (uniq.length <= 1) return uniq[0] ?? 'personopplysninger';
  if (uniq.length > 4) return `${uniq.slice(0, 3).join(', ')} og ${uniq.length - 3} til`;
  return `${uniq.slice(0, -1).join(', ')} og ${uniq[uniq.length - 1]}`;
}

function norwegianMessage(f: Finding, pack: PolicyPack): string {
  const labelOf = (category: string) => categoryLabel(category, f.data.find((d) => d.category === category)?.label);
  const data = list(f.dataCategories.map(labelOf));
  const target = f.recipient
    ? (f.recipientName ?? f.recipient)
    : f.ruleId === 'unresolved-endpoint'
      ? (f.endpoint ?? '?')
      : (f.sink.vendor ?? f.host ?? f.endpoint ?? '?');
  const rc = f.recipientCategory ? categoryById(pack, f.recipientCategory) : undefined;
  const who = rc ? `${target}, som er ${local(rc.label, 'nb')}` : target;
  const clause = f.clause ? clauseById(pack, f.clause) : undefined;
  const title = clause ? local(clause.title, 'nb') : (f.clauseTitle ?? '');
  switch (f.ruleId) {
    case 'undeclared-recipient': {
      const offered = pack.recipientCategories.map((c) => c.id).join(', ');
      const unknown = !f.recipient && f.annotatedRecipient ? f.annotatedRecipient : undefined;
      const why = unknown ? `merknaden nevner '${unknown}', som .disclose.yaml ikke oppgir` : 'ikke en oppgitt mottaker';
      return `Sender ${data} til ${target} — ${why} (policy ${pack.id}; oppgi den som en av: ${offered})`;
    }
    case 'category-not-permitted':
      return `Sender ${list(f.notPermitted.map(labelOf))} til ${who} — punktet «${title}» i policy ${pack.id} tillater ikke disse opplysningene der`;
    case 'clause-condition-unmet': {
      const missing = conditionsAmong(clause, f.conditionsMissing).map((c) => local(c.label, 'nb'));
      return `Sender ${data} til ${who} — punktet «${title}» krever ${list(missing.length ? missing : f.conditionsMissing)}, som mottakeren ikke oppgir`;
    }
    case 'public-disclosure':
      return `Sender ${data} til ${who} — alt som sendes dit, blir offentlig (punktet «${title}» i policy ${pack.id})`;
    case 'unresolved-endpoint':
      return `Sender ${data} til et endepunkt Disclose ikke fant ut av (${target})`;
    case 'suppression-without-reason':
      return 'disclose-ignore-next-line trenger en begrunnelse; uten den undertrykker den ingenting';
  }
}
