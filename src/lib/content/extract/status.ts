// Stage 4: status. Which deal words govern a type: those of its own clause first (a proposal
// before it outranks everything, then the nearest verb, then the nearest noun), then those of
// the sentence's other clauses; "a contract for 48" makes the 48 the contract's size whatever
// the main verb says ("delivered the last four, the final consignment of a contract for 48").

import { lastParagraphOnce, startsWord, type Span } from './sentences.ts';
import { scannerFor } from './vocabulary/alternation.ts';
import { CONTRACT_FOR, CUES, DENIAL, ORDERED_IN_YEAR, PROGRAMME, type CueKind } from './vocabulary/cues.ts';

/** Deal words found in a sentence. Offsets are into the paragraph. */
export interface Cue {
  kind: CueKind;
  verb: boolean;
  start: number;
  end: number;
  text: string;
}

const scanCues = scannerFor(
  CUES.map((c) => c.pattern),
  (text, at) => startsWord(text, at),
);

/** Every deal word of a paragraph; where two overlap, the one that starts first (then the longer) counts. */
const paragraphCues = lastParagraphOnce((text: string): Cue[] => {
  const found: Cue[] = scanCues(text).map((m) => ({ kind: CUES[m.pattern]!.kind, verb: CUES[m.pattern]!.verb, start: m.start, end: m.end, text: m.text }));
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Cue[] = [];
  for (const cue of found) {
    const last = kept[kept.length - 1];
    if (last && cue.start < last.end) continue;
    kept.push(reportedWill(text, cue));
  }
  return kept;
});

/** "The Pentagon said it would spend $572 million to buy 30": a purchase told in reported speech, a commitment and no mere "would" (a supply so told is often a gift, and stays a plan). */
const REPORTED_BEFORE = /\b(?:said|says|announced|told [\p{L}]+|stated|confirmed|reported|added)\b[^.;!?]{0,60}$/u;
const PROMISED_AFTER = /^\s+(?:(?:also|now|soon|then)\s+)?(?:spend|buy|purchase|acquire|procure)\b/;
function reportedWill(text: string, cue: Cue): Cue {
  if (cue.text !== 'would') return cue;
  if (!REPORTED_BEFORE.test(text.slice(Math.max(0, cue.start - 90), cue.start)) || !PROMISED_AFTER.test(text.slice(cue.end, cue.end + 30))) return cue;
  return { ...cue, kind: 'commitment' };
}

/** The deal words of a paragraph between `from` and `to`. */
export function cuesIn(text: string, from: number, to: number): Cue[] {
  const cues = paragraphCues(text);
  const found: Cue[] = [];
  for (let i = firstAtOrAfter(cues, from); i < cues.length && cues[i]!.start < to; i++) if (cues[i]!.end <= to) found.push(cues[i]!);
  return found;
}

/** The index of the first item starting at or after `offset`, in items sorted by start. */
export function firstAtOrAfter(items: readonly { start: number }[], offset: number): number {
  let low = 0;
  let high = items.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (items[mid]!.start < offset) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** Why a type has the status it has: the cue and how far it is from the type. */
export interface Governing {
  cue: Cue;
  /** `clause`: in the type's own clause; `sentence`: another clause of the sentence; `contract`: "a contract for N". */
  scope: 'clause' | 'sentence' | 'contract';
}

const NEGOTIATED = /^(?:negotiat|discuss|held talks|согласовал|обсудил|провели переговоры)/iu;
const SIGNED_NEXT = /^\s*(?:and|и)\s+(?:then\s+|later\s+|finally\s+)?(?:signed|concluded|inked|подписал\p{L}*|заключил\p{L}*)(?![\p{L}])/iu;

/**
 * A total over a span, up to now or over several deals: "over the last 13 years", "за последние
 * 10 лет", "sold so far", "to date ordered", "according to the agreements".
 */
const SPAN_TOTAL = /^(?:(?:over|in|за)\s|(?:so far|to date|thus far|at the moment|sold|bought|ordered|purchased|according to|under)\s)/iu;
/** "under the", "в рамках", "to terminate a": the contract named next is one already made. */
const UNDER_CONTRACT_BEFORE = /(?:under\s+(?:the|a|an|its)|в рамках|по|(?:исполнени|выполнени)\p{L}*|(?:terminat|cancel|scrap|annul|rescind|расторг|аннулир)\p{L}*\s+(?:(?:the|a|an|its)\s+)?)\s*$/iu;

/** Among cues all before (or all after) a type: a proposal first, then the nearest verb, then the nearest word. */
function pick(cues: Cue[], before: boolean): Cue | null {
  const ordered = before ? [...cues].reverse() : cues;
  return ordered.find((c) => c.kind === 'proposed') ?? ordered.find((c) => c.verb) ?? ordered[0] ?? null;
}

/**
 * The cue that governs a type whose words run from `start` (its quantity, if before it) to
 * `end`, in `sentence` split into `clauses`; null when the sentence has no deal words for it.
 */
export function governingCue(
  text: string,
  sentence: Span,
  clauses: readonly { start: number; end: number }[],
  cues: readonly Cue[],
  start: number,
  end: number,
  /** False for a type named with no number: "a contract for the supply of S-400" names no size. */
  sized = true,
): Governing | null {
  // "reports that Russia will supply 42 … are incorrect": nothing the sentence tells was agreed
  const denial = cues.find((c) => c.kind === 'proposed' && DENIAL.test(c.text));
  if (denial) return { cue: denial, scope: 'sentence' };
  const clause = clauses.find((c) => start >= c.start && start < c.end) ?? { start: sentence.start, end: sentence.end };
  // a cue that runs into the clause across its comma ("the fleet, which consists of") is its own
  const told = cues.filter((c) => c.end > clause.start && c.end <= clause.end);
  // "в соответствии с программой вооружения … поступило шесть": a delivery under a programme is a delivery
  const delivery = told.some((c) => c.kind === 'delivered' && c.verb);
  // "negotiated and signed a new agreement": the talks ended in the signing
  const endedInSigning = (c: Cue) => c.kind === 'proposed' && NEGOTIATED.test(c.text) && SIGNED_NEXT.test(text.slice(c.end, c.end + 40));
  const inClause = told.filter((c) => !(delivery && PROGRAMME.test(c.text)) && !endedInSigning(c));
  const before = inClause.filter((c) => c.end <= start);
  const after = inClause.filter((c) => c.start >= end);
  const proposal = [...before].reverse().find((c) => c.kind === 'proposed');
  // "… рассчитывает получить шесть в рамках контракта на поставку 12": a contract already
  // made, named with its size, is signed whatever is planned around it
  const lead = text.slice(Math.max(sentence.start, start - 120), start);
  const contract = sized ? CONTRACT_FOR.exec(lead) : null;
  const existing = contract !== null && UNDER_CONTRACT_BEFORE.test(lead.slice(0, contract.index));
  if (proposal && !existing) return { cue: proposal, scope: 'clause' };
  // "has ordered 27 … over the last 13 years": a total over a span, whatever the verb
  const span = inClause.find((c) => c.kind === 'total' && SPAN_TOTAL.test(c.text));
  if (span) return { cue: span, scope: 'clause' };

  // "a contract for 48 helicopters", "контракт на поставку 12": the number is the contract's
  if (contract) {
    const at = start - lead.length + contract.index;
    // quote the signing when the clause has one ("signed a contract for 12"), else the contract's words
    const signing = [...before].reverse().find((c) => c.kind === 'signed' && c.verb);
    const cue: Cue = signing ?? { kind: 'signed', verb: false, start: at, end: start, text: text.slice(at, start).trim() };
    return { cue, scope: 'contract' };
  }

  const own = pick(before, true) ?? null;
  // "контракт на семь таких машин с опционом ещё на семь": an option is for what follows it
  const verbAfter = after.find((c) => c.verb && !/option|опцион/iu.test(c.text));
  const chosen = own?.verb ? own : (verbAfter ?? own ?? after[0] ?? null);
  // "operates about 10 Mi-24/35s including six Mi-35Ms ordered in 2014": in a fleet, the ones
  // told as ordered in a given year are that year's order
  const ordered = chosen?.kind === 'fleet' ? ORDERED_IN_YEAR.exec(text.slice(end, Math.min(sentence.end, end + 80))) : null;
  if (ordered) {
    const cue = cues.find((c) => c.kind === 'signed' && c.verb && c.start === end + ordered[0].indexOf(ordered[1]!));
    if (cue) return { cue, scope: 'clause' };
  }
  if (chosen) return { cue: chosen, scope: 'clause' };

  const index = clauses.indexOf(clause);
  const earlier = index > 0 ? clauses.slice(0, index).reverse() : [];
  const later = index >= 0 ? clauses.slice(index + 1) : [];
  for (const c of earlier) {
    const found = pick(cues.filter((cue) => cue.start >= c.start && cue.end <= c.end), true);
    if (found) return { cue: found, scope: 'sentence' };
  }
  for (const c of later) {
    const found = pick(cues.filter((cue) => cue.start >= c.start && cue.end <= c.end), false);
    if (found) return { cue: found, scope: 'sentence' };
  }
  return null;
}
