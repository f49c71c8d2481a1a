// Stage 7: one record per deal within the article. The same contract told twice ("signed a
// contract for five Mi-171Sh … We signed a contract to supply five Mi-171Sh") is one record
// with both sentences as its sources; a supply promised for part of an order already told is
// a delivery; a year or a recipient the article states elsewhere fills a record's gap.

import { catalogueEntry, lineage } from '../catalogue.ts';
import { sourcePlace, type ContractRecord, type DealMention, type Evidence, type Source } from '../contract.ts';

/** A record while the article is read, with what the later stages need to know of it. */
export type Draft = ContractRecord & {
  flags: {
    /** Signed only because a supply was promised ("will supply four"), with no signing words. */
    commitment: boolean;
    /** Signed only by a contract's noun ("the new contract for 59"), with no verb that signs. */
    nounOnly: boolean;
    /** "the four helicopters": confirms a record already told, never makes one. */
    definite: boolean;
    /** "an additional 12", "another four": a new deal, not an earlier one of the same size. */
    additional: boolean;
    /** Told as an earlier contract ("the first contract", "a previous contract"). */
    earlier: boolean;
    /** Read from a generic noun pointing back to a type ("four helicopters"). */
    generic: boolean;
    /** The number as written: "48", "forty-eight", "двадцать четыре". */
    figure: string;
    /** The year is the page's date ("the signing is the article's news"): a year stated for the deal wins. */
    dateYear: boolean;
    /** A plan only because the purchase was dropped ("отказались от покупки 16"): signed if the article tells its agreement concluded. */
    dropped?: boolean;
    paragraph: number;
    sentence: number;
  };
};

/** The sentences a record keeps: a deal told more often than this is told enough. */
const MAX_SOURCES = 12;

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

const related = (a: string, b: string) => a === b || lineage(a).includes(b) || lineage(b).includes(a);
const compatible = <T>(a: T | null, b: T | null) => a === null || b === null || a === b;
/** A year taken from the page's date gives way to one the text states for the deal. */
const yearsAgree = (a: Draft, b: Draft) => a.flags.dateYear || b.flags.dateYear || compatible(a.year, b.year);

/** Whether two drafts tell the same deal. */
function sameDeal(a: Draft, b: Draft): boolean {
  return (
    related(a.model, b.model) &&
    a.quantity === b.quantity &&
    a.status === b.status &&
    compatible(a.recipient, b.recipient) &&
    compatible(a.engine, b.engine) &&
    yearsAgree(a, b)
  );
}

/** A delivery told as done before the deal: "has already received", "уже получило", "earlier". */
const ALREADY = /(?<![\p{L}])(?:already|previously|earlier|уже|ранее)(?![\p{L}])/iu;

const placeOf = (source: Source) => `in ${sourcePlace(source)}`;
const shorten = (sentence: string) => (sentence.length <= 90 ? sentence : `${sentence.slice(0, 87).trimEnd()}…`);

function absorb(kept: Draft, other: Draft): void {
  const source = other.sources[0]!;
  if (kept.sources.length < MAX_SOURCES && !kept.sources.some((s) => s.paragraph === source.paragraph && s.start === source.start)) {
    kept.sources.push(source);
    kept.evidence.push({ field: 'merged', says: 'the same deal, told again', quote: shorten(source.sentence), where: placeOf(source) });
  }
  // the more specific type wins, unless it was only inferred from "the helicopters"
  const keptInferred = kept.flags.generic && !other.flags.generic;
  const more = lineage(other.model).includes(kept.model) && other.model !== kept.model && !(other.flags.generic && !kept.flags.generic);
  const less = lineage(kept.model).includes(other.model) && other.model !== kept.model && keptInferred;
  if (more || less) {
    kept.model = other.model;
    kept.designation = other.designation;
    kept.family = other.family;
    kept.role = other.role;
  }
  if (kept.flags.dateYear && other.year !== null && !other.flags.dateYear) {
    kept.year = null; // the year stated for the deal replaces the page's date, below
    kept.evidence = kept.evidence.filter((e) => e.field !== 'year');
    kept.flags.dateYear = false;
  }
  const take = (field: 'recipient' | 'year' | 'value' | 'engine') => {
    if (kept[field] !== null || other[field] === null) return;
    if (field === 'recipient') kept.recipient = other.recipient;
    else if (field === 'year') kept.year = other.year;
    else if (field === 'value') kept.value = other.value;
    else kept.engine = other.engine;
    kept.evidence.push(...other.evidence.filter((e) => e.field === field).map((e) => ({ ...e, where: `${e.where.replace('in this sentence', placeOf(source))}` })));
  };
  take('recipient');
  take('year');
  take('value');
  take('engine');
  kept.supplierOrgs = [...new Set([...kept.supplierOrgs, ...other.supplierOrgs])];
  if (!other.flags.commitment) kept.flags.commitment = false;
  if (!other.flags.nounOnly) kept.flags.nounOnly = false;
  if (!other.flags.generic) kept.flags.generic = false;
}

/**
 * The article's records: drafts of the same deal merged, a promised supply of part of a known
 * order made a delivery, gaps in year and recipient filled from the rest of the article.
 */
/** Makes a signed record a plan, for the reason `why` gives: its signing status and year go (a plan has no year signed). */
export function asPlan(record: Draft, why: Evidence): void {
  record.status = 'proposed';
  record.year = null;
  record.evidence = [why, ...record.evidence.filter((e) => e.field !== 'status' && e.field !== 'year')];
}

export function finishDeals(
  drafts: readonly Draft[],
  modelYears: readonly { model: string; year: number; quote: string }[],
  articleRecipient: { country: string; quote: string } | null,
  mentions: readonly DealMention[] = [],
  underContract: ReadonlySet<DealMention> = new Set(),
): ContractRecord[] {
  const kept: Draft[] = [];
  // drafts by quantity, so finding the deal a draft tells again stays quick in a long article
  const bySize = new Map<number, Draft[]>();
  const keep = (draft: Draft) => {
    kept.push(draft);
    push(bySize, draft.quantity, draft);
  };
  for (const draft of drafts) {
    // "an additional 12 Mi-24" in a later sentence is a second deal of the same size
    const same = (bySize.get(draft.quantity) ?? []).find((k) => sameDeal(k, draft) && !(draft.flags.additional && k.flags.earlier));
    if (same) {
      absorb(same, draft);
      continue;
    }
    if (draft.flags.definite && draft.flags.generic) {
      // "the supplementary agreement for these 12 has been concluded": the option told before is now signed
      const told = (bySize.get(draft.quantity) ?? []).find((k) => related(k.model, draft.model) && compatible(k.recipient, draft.recipient));
      if (told && told.status === 'proposed' && draft.status === 'signed') {
        told.status = 'signed';
        told.evidence = [...draft.evidence.filter((e) => e.field === 'status'), ...told.evidence.filter((e) => e.field !== 'status')];
        absorb(told, draft);
      } else if (told) absorb(told, draft);
      continue;
    }
    // "the 10 Mi-17" told first with "the": a deal the article takes as known, still a deal
    keep({ ...draft, sources: [...draft.sources], evidence: [...draft.evidence], flags: { ...draft.flags } });
  }

  // "Bolivia will buy 10 Mi-17" that the article tells as a plan ("plans to buy 10", "up to 10") is a plan:
  // a headline of the sort, a promise with no contract's words, or "the new contract for 10" with
  // no word that it is signed, told again as a plan
  const toldAgain = new Set<Draft>();
  for (const record of kept) {
    if (toldAgain.has(record)) continue;
    const headline = record.sources.every((s) => s.paragraph === -1);
    if (record.status !== 'signed' || !(headline || record.flags.commitment || record.flags.nounOnly)) continue;
    // a headline whose own words sign ("подписало договоры") is a plan only if told again as one of its size
    const loose = headline && record.flags.commitment;
    const plans = [...kept.filter((o) => o !== record && o.status === 'proposed' && (loose || o.quantity === record.quantity)), ...(loose ? mentions.filter((m) => m.status === 'proposed' && m.source.paragraph >= 0) : [])];
    const plan = plans.find((o) => related(o.model, record.model) && compatible('recipient' in o ? o.recipient : null, record.recipient));
    if (!plan) continue;
    const sentence = 'sources' in plan ? plan.sources[0]!.sentence : plan.source.sentence;
    asPlan(record, { field: 'status', says: 'proposed: the article tells the headline’s deal as a plan', quote: shorten(sentence), where: 'in the article' });
    // the plan told again is now the same deal as the promise: one record
    if ('sources' in plan && plan.quantity === record.quantity) {
      absorb(record, plan);
      toldAgain.add(plan);
    }
  }
  dropFrom(kept, toldAgain);

  // "Sudan has acquired 24 Mi-24" in an article that tells two contracts for 12 each: their total
  const totals = new Set<Draft>();
  for (const record of kept) {
    if (record.status !== 'signed') continue;
    const parts = kept.filter((o) => o !== record && o.status === 'signed' && !o.flags.commitment && related(o.model, record.model) && o.recipient === record.recipient && o.quantity < record.quantity);
    if (parts.length >= 2 && parts.reduce((sum, o) => sum + o.quantity, 0) === record.quantity) totals.add(record);
  }
  dropFrom(kept, totals);

  // "Russia will deliver four Mi-35M" in an article about a contract for 20: part of that order
  const signedByFamily = new Map<string, Draft[]>();
  for (const record of kept) if (record.status === 'signed' && !record.flags.commitment) push(signedByFamily, record.family, record);
  for (const record of kept) {
    if (!record.flags.commitment || record.status !== 'signed') continue;
    const order = (signedByFamily.get(record.family) ?? []).find(
      (o) => o !== record && o.status === 'signed' && !o.flags.commitment && related(o.model, record.model) && compatible(o.recipient, record.recipient) && o.quantity > record.quantity,
    );
    if (!order) continue;
    record.status = 'delivered';
    record.year = order.year;
    record.evidence = record.evidence.filter((e) => e.field !== 'status' && e.field !== 'year');
    record.evidence.unshift({ field: 'status', says: `delivered: part of the order for ${order.quantity}`, quote: shorten(order.sources[0]!.sentence), where: placeOf(order.sources[0]!) });
  }

  // "the remaining Mi-35M … nine out of 12 Mi-35s": the deal's type as the paragraph names it most exactly
  const mentionsByParagraph = new Map<number, DealMention[]>();
  for (const m of mentions) push(mentionsByParagraph, m.source.paragraph, m);
  for (const record of kept) {
    const paragraph = (record.sources.find((s) => s.paragraph >= 0) ?? record.sources[0]!).paragraph;
    const near = [paragraph - 2, paragraph - 1, paragraph, paragraph + 1].flatMap((p) => mentionsByParagraph.get(p) ?? []);
    // an offer of a newer version says nothing of the type a contract is for, unless it is told as part of a contract
    const sameDeal = (m: DealMention) => (m.status === 'proposed') === (record.status === 'proposed') || underContract.has(m);
    // so does a delivery told with the exact type: "supplied six Mi-35M … a contract for twelve Mi-35";
    // one told as done already ("has already received two Mi-38T") was of an earlier deal
    const delivered = kept.filter(
      (o) =>
        o !== record &&
        o.status === 'delivered' &&
        record.status === 'signed' &&
        compatible(o.recipient, record.recipient) &&
        o.sources.some((s) => Math.abs(s.paragraph - paragraph) <= 2) &&
        !o.sources.every((s) => ALREADY.test(s.sentence)),
    );
    // "two Mi-17V5 handed over … another six Mi-17 ordered": "another" is a deal apart from what was told before it
    const first = record.sources[0]!;
    const before = (source: { paragraph: number; start: number }) => source.paragraph < first.paragraph || (source.paragraph === first.paragraph && source.start < first.start);
    const apart = (source: { paragraph: number; start: number }) => record.flags.additional && before(source);
    const told: DealMention[] = [
      ...near.filter((m) => sameDeal(m) && !apart(m.source)),
      ...delivered.filter((o) => !apart(o.sources[0]!)).map((o) => ({ designation: o.designation, model: o.model, category: o.category, status: o.status, source: o.sources[0]! })),
    ];
    const variants = [...new Set(told.filter((m) => m.model !== record.model && lineage(m.model).includes(record.model)).map((m) => m.model))];
    if (variants.length !== 1) continue;
    const mention = told.find((m) => m.model === variants[0])!;
    const entry = catalogueEntry(mention.model);
    if (!entry) continue;
    record.model = entry.model;
    record.family = entry.family;
    record.evidence.push({ field: 'model', says: `${entry.model}: the deal’s type as the text names it most exactly`, quote: mention.designation, where: placeOf(mention.source) });
  }

  for (const record of kept) {
    if (record.year !== null || record.status !== 'signed') continue;
    const known = modelYears.find((m) => related(m.model, record.model));
    if (!known) continue;
    record.year = known.year;
    record.evidence.push({ field: 'year', says: `signed in ${known.year}: the year of the ${known.model} deal`, quote: known.quote, where: 'elsewhere in the article' });
  }

  // A recipient the article names for its other deals fills a record that states none.
  const counts = new Map<string, number>();
  for (const record of kept) if (record.recipient) counts.set(record.recipient, (counts.get(record.recipient) ?? 0) + 1);
  const main = counts.size === 1 ? [...counts.keys()][0]! : counts.size === 0 ? articleRecipient?.country ?? null : null;
  if (main) {
    for (const record of kept) {
      if (record.recipient !== null || record.supplier === main) continue;
      record.recipient = main;
      record.evidence.push(
        counts.size === 1
          ? { field: 'recipient', says: `recipient ${main}: the buyer in the article’s other deals`, quote: '', where: 'elsewhere in the article' }
          : { field: 'recipient', says: `recipient ${main}`, quote: articleRecipient?.quote ?? '', where: 'later in the article' },
      );
    }
  }

  const firstBody = (record: Draft) => record.sources.find((s) => s.paragraph >= 0) ?? record.sources[0]!;
  for (const record of kept) record.sources.sort((a, b) => (a.paragraph === -1 ? 1 : 0) - (b.paragraph === -1 ? 1 : 0) || a.paragraph - b.paragraph || a.start - b.start);
  return kept
    .map((record, order) => ({ record, order }))
    .sort((a, b) => firstBody(a.record).paragraph - firstBody(b.record).paragraph || firstBody(a.record).start - firstBody(b.record).start || a.order - b.order)
    .map(({ record }) => withoutFlags(record));
}

/** Removes the drafts in `gone` from `kept`, in place. */
function dropFrom(kept: Draft[], gone: ReadonlySet<Draft>): void {
  if (gone.size > 0) kept.splice(0, kept.length, ...kept.filter((draft) => !gone.has(draft)));
}

function withoutFlags(draft: Draft): ContractRecord {
  const { flags: _flags, ...record } = draft;
  return { ...record, evidence: orderEvidence(record.evidence) };
}

const FIELD_ORDER: Evidence['field'][] = ['status', 'quantity', 'model', 'supplier', 'recipient', 'year', 'value', 'claim', 'merged'];
function orderEvidence(evidence: Evidence[]): Evidence[] {
  return [...evidence].sort((a, b) => FIELD_ORDER.indexOf(a.field) - FIELD_ORDER.indexOf(b.field));
}
