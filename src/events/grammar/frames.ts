import type { ActorMention } from '../../actors/index.js';
import type { VerbGroup } from '../../text/index.js';
import { opensClause } from './clauses.js';
import { REPORTING_VERBS } from './cues.js';
import {
  ASPECT_VERBS,
  INTENT_ADJECTIVES,
  INTENT_VERBS,
  linkComplements,
  NEGATING_ADJECTIVES,
  NEGATING_VERBS,
  OBJECT_CONTROL,
} from './complements.js';
import { clauseSubject, coordinatesRight, mentionsOf, relativeAntecedent } from './subjects.js';
import type { Subject } from './subjects.js';
import type { SentenceView, Unit } from './units.js';
import { unitStartingAt } from './units.js';

export type Modality = 'actual' | 'intent' | 'hypothetical';

/** A verb group with everything the pattern matcher needs about its clause. */
export interface Frame {
  readonly index: number;
  readonly group: VerbGroup;
  readonly subject: Subject;
  /** Passive voice: the "by" phrase (the real source), if any. */
  readonly agent: readonly Unit[];
  readonly governor: number;
  /** True when the verb only modifies its infinitive ("plans to", "is set to", "failed to"). */
  readonly catenative: boolean;
  readonly negated: boolean;
  readonly modality: Modality;
  /** Why the modality or negation is what it is ("modal would", "governed by plan"). */
  readonly modalityCue: string | null;
  /** Exclusive end of the clause tokens that patterns may read after the verb. */
  readonly clauseEnd: number;
}

const INTENT_MODALS: ReadonlySet<string> = new Set(['will', 'shall', "'ll", 'wo']);

function passiveAgent(view: SentenceView, g: VerbGroup, end: number): Unit[] {
  for (let i = g.end; i < end && i < g.end + 8; i++) {
    const t = view.tokens[i];
    if (!t) break;
    if (t.lower === 'by') {
      const u = unitStartingAt(view, i + 1);
      return u ? coordinatesRight(view, u) : [];
    }
  }
  return [];
}

/**
 * "abandon improved relations", "signed a revised deal": a participle alone right after
 * the verb (or its determiner), before a noun or an adjective, modifies the object.
 */
function modifiesObject(view: SentenceView, verb: VerbGroup, g: VerbGroup): boolean {
  const { tokens } = view;
  const between = tokens.slice(verb.end, g.start);
  if (between.length > 1 || between.some((t) => t.pos !== 'DET')) return false;
  const next = tokens[g.end]?.pos;
  const participle = g.form === 'past' || g.form === 'participle';
  return participle && g.end === g.start + 1 && (next === 'NOUN' || next === 'ADJ');
}

/**
 * "welcomed memos sent by Britain", "condemned attacks carried out by rebels": a lone
 * participle right after a noun phrase, with its agent, is part of that phrase.
 */
function reducedRelative(view: SentenceView, g: VerbGroup): boolean {
  const participle = g.form === 'past' || g.form === 'participle';
  const afterNoun = (view.unitOf[g.start - 1] ?? -1) >= 0;
  const agent = view.tokens[g.end]?.lower;
  return participle && g.end === g.start + 1 && afterNoun && (agent === 'by' || agent === 'from');
}

/**
 * Where the tokens a pattern may read after the verb group end: at the next clause
 * opener or the next verb group, except infinitives, gerunds and prepositional verbs
 * that complement this verb, and the verb of a "that" clause right after it
 * ("demanded that India withdraw").
 */
function clauseEndOf(view: SentenceView, g: VerbGroup): number {
  const { tokens } = view;
  let thatClause = false;
  for (let i = g.end; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t) break;
    if (i === g.end && t.lower === 'that') {
      thatClause = true;
      continue;
    }
    if (opensClause(tokens, i)) return i;
    const k = view.groupOf[i] ?? -1;
    const group = k >= 0 ? view.sentence.verbGroups[k] : undefined;
    if (group && group.start === i) {
      const prev = tokens[i - 1];
      const linked =
        prev?.lower === 'to' ||
        prev?.pos === 'ADP' ||
        group.form === 'gerund' ||
        modifiesObject(view, g, group) ||
        reducedRelative(view, group);
      if (thatClause) thatClause = false;
      else if (!linked) return i;
    }
  }
  return tokens.length;
}

function inConditional(view: SentenceView, g: VerbGroup): boolean {
  for (let i = g.start - 1; i >= 0; i--) {
    const t = view.tokens[i];
    if (!t) break;
    if (t.lower === 'if' || t.lower === 'unless') return true;
    if (opensClause(view.tokens, i) || t.text === ',') return false;
  }
  return false;
}

/** Verbs that deny what their "that" clause says ("rejected suggestions that Russia had bombed …"). */
const DENIAL_VERBS: ReadonlySet<string> = new Set([
  'deny',
  'reject',
  'dismiss',
  'refute',
  'rebuff',
  'disprove',
  'dispute',
  'contest',
]);

/**
 * The denial verb whose "that" clause holds this verb group, or null: the event is
 * a claim someone denies, not a fact ("denied that it intended to attack").
 */
function deniedBy(view: SentenceView, g: VerbGroup): string | null {
  const { tokens } = view;
  for (let i = g.start - 1; i >= 0 && g.start - i <= 12; i--) {
    const t = tokens[i];
    if (!t || ((view.groupOf[i] ?? -1) >= 0 && t.lower !== 'that')) return null;
    if (t.lower !== 'that') continue;
    // "that" right after the denial verb, or after its object ("suggestions that",
    // "a claim from the Pentagon that").
    for (let k = i - 1; k >= 0 && i - k <= 8; k--) {
      if (tokens[k]?.text === ',') return null;
      const group = view.groupOf[k] ?? -1;
      if (group < 0) continue;
      const lemma = view.sentence.verbGroups[group]?.lemma ?? '';
      return DENIAL_VERBS.has(lemma) ? lemma : null;
    }
    return null;
  }
  return null;
}

/** Nouns whose infinitive is only planned ("plans to attack", "no intention to meet"). */
const INTENT_NOUNS: ReadonlySet<string> = new Set([
  'plan',
  'intention',
  'intent',
  'bid',
  'effort',
  'attempt',
  'proposal',
  'offer',
  'readiness',
  'willingness',
  'decision',
  'threat',
  'promise',
  'pledge',
  'vow',
  'call',
  'push',
  'move',
]);

/** "(no) plans to arrange": the noun before "to" and whether "no" negates it. */
function nounCatenative(
  view: SentenceView,
  g: VerbGroup,
): { noun: string; negated: boolean } | null {
  const { tokens } = view;
  const noun = tokens[g.start - 2];
  if (
    tokens[g.start - 1]?.lower !== 'to' ||
    !noun ||
    noun.pos !== 'NOUN' ||
    !INTENT_NOUNS.has(noun.lemma)
  ) {
    return null;
  }
  const unit = view.units[view.unitOf[g.start - 2] ?? -1];
  const first = unit ? tokens[unit.start] : undefined;
  return { noun: noun.lemma, negated: first?.lower === 'no' };
}

/** Pronouns that stand for an organisation or a group, which the actor stage leaves alone. */
const GROUP_PRONOUNS: ReadonlySet<string> = new Set(['it', 'they', 'we']);

/** Pronouns for a person, which the actor stage resolves to the person they stand for. */
const PERSON_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she']);

/**
 * "Obama said he will not lift the embargo": a "he" or "she" the actor stage resolved
 * to a person who is the subject of an earlier verb in the sentence stands for that
 * subject as written, so the event points at the name.
 */
function namedAntecedent(
  pronoun: ActorMention,
  subject: Subject,
  earlier: readonly Frame[],
): Subject {
  if (pronoun.person === null) return subject;
  for (let k = earlier.length - 1; k >= 0; k--) {
    const units = earlier[k]?.subject.units ?? [];
    const same = units.length === 1 && units[0]?.mention?.person === pronoun.person;
    if (same) return { units, rule: 'pronoun-antecedent' };
  }
  return subject;
}

/**
 * "Ethiopia said it would allow …", "UN officials complained that they had to …": a
 * subject "it", "they" or "we" that names no actor is the subject of an earlier verb in
 * the sentence (the nearest one that names an organisation, a country or a group; "it" is
 * never a person).
 */
function pronounAntecedent(
  view: SentenceView,
  subject: Subject,
  earlier: readonly Frame[],
): Subject {
  const u = subject.units.length === 1 ? subject.units[0] : undefined;
  const t = u && u.end - u.start === 1 ? view.tokens[u.start] : undefined;
  if (u?.mention && t && PERSON_PRONOUNS.has(t.lower))
    return namedAntecedent(u.mention, subject, earlier);
  if (!u || u.mention || !t || !GROUP_PRONOUNS.has(t.lower)) return subject;
  for (let k = earlier.length - 1; k >= 0; k--) {
    const units = earlier[k]?.subject.units ?? [];
    const actors = mentionsOf(units);
    if (actors.length === 0) continue;
    // "it" is not a person named ("Putin"), though it may be a person's regime ("Assad regime").
    const named = (m: ActorMention): boolean =>
      m.person !== null && view.tokens[m.end - 1]?.pos === 'PROPN';
    if (t.lower === 'it' && actors.some(named)) return subject;
    return { units, rule: 'pronoun-antecedent' };
  }
  return subject;
}

const CONDITIONS: ReadonlySet<string> = new Set(['if', 'unless']);

/**
 * "Ethiopia said it would allow …": "would" right after a past report, with no condition
 * in the sentence, is the reported "will" — an intent, not a hypothesis ("would retaliate
 * if attacked" stays hypothetical).
 */
function reportedWill(view: SentenceView, g: VerbGroup, earlier: readonly Frame[]): boolean {
  if (g.modal !== 'would') return false;
  // The clause right before is the report ("said [that] it would …").
  const report = earlier[earlier.length - 1];
  const past = report?.group.form === 'past' || report?.group.form === 'participle';
  if (!report || !REPORTING_VERBS.has(report.group.lemma) || !past) return false;
  return !view.tokens.some((t) => CONDITIONS.has(t.lower));
}

/** Builds a frame per verb group, resolving subjects, agents, control and modality. */
export function buildFrames(view: SentenceView): Frame[] {
  const groups = view.sentence.verbGroups;
  const { governor, adjective, controller } = linkComplements(view);
  const question = view.tokens[view.tokens.length - 1]?.text === '?';
  const frames: Frame[] = [];
  groups.forEach((g, k) => {
    const gov = governor[k] ?? -1;
    const govFrame = gov >= 0 ? frames[gov] : undefined;
    const adj = adjective[k] ?? null;
    // Subject: written in the clause, else inherited by the rules of English clause linkage.
    const before = view.tokens[g.start - 1];
    const coordinated = before?.pos === 'CCONJ';
    let subject = coordinated ? { units: [], rule: 'none' as const } : clauseSubject(view, g.start);
    if (govFrame) {
      const ctrl = controller[k] ?? -1;
      const objectUnit = ctrl >= 0 ? view.units[ctrl] : undefined;
      if (objectUnit && OBJECT_CONTROL.has(govFrame.group.lemma)) {
        subject = { units: coordinatesRight(view, objectUnit), rule: 'infinitive' };
      } else {
        subject = { units: govFrame.subject.units, rule: 'infinitive' };
      }
    } else if (subject.units.length === 0) {
      const relative = relativeAntecedent(view, g.start);
      const previous = frames
        .slice()
        .reverse()
        .find((f) => f.subject.units.length > 0);
      if (relative.units.length > 0) subject = relative;
      else if (previous && coordinated) {
        subject = { units: previous.subject.units, rule: 'coordinated-verb' };
      } else if (previous && g.form === 'gerund' && before?.text === ',') {
        // "Taliban fighters overran a base, officials said, killing 17 soldiers": the
        // participle belongs to the act, not to the report of it.
        const actor = frames
          .slice()
          .reverse()
          .find((f) => f.subject.units.length > 0 && !REPORTING_VERBS.has(f.group.lemma));
        subject = { units: (actor ?? previous).subject.units, rule: 'participle' };
      }
    }
    if (!govFrame) subject = pronounAntecedent(view, subject, frames);
    const clauseEnd = clauseEndOf(view, g);
    // Modality and negation, inherited through catenatives.
    let modality: Modality = 'actual';
    let cue: string | null = null;
    // "Neither Russia nor China condemned …": none of them did.
    let negated = g.negated || subject.units.some((u) => view.tokens[u.start]?.lower === 'neither');
    if (g.modal) {
      modality =
        INTENT_MODALS.has(g.modal) || reportedWill(view, g, frames) ? 'intent' : 'hypothetical';
      cue = `modal ${g.modal}`;
    }
    if (govFrame) {
      if (govFrame.negated) negated = true;
      if (govFrame.modality !== 'actual') {
        modality = govFrame.modality;
        cue = govFrame.modalityCue;
      }
      const govLemma = govFrame.group.lemma;
      if (NEGATING_VERBS.has(govLemma) || (adj && NEGATING_ADJECTIVES.has(adj))) {
        negated = true;
        cue = `governed by ${adj ?? govLemma}`;
      } else if (INTENT_VERBS.has(govLemma) || (adj && INTENT_ADJECTIVES.has(adj))) {
        if (modality === 'actual') modality = 'intent';
        cue = `governed by ${adj ?? govLemma}`;
      } else if (ASPECT_VERBS.has(govLemma)) {
        cue = cue ?? `governed by ${govLemma}`;
      }
    }
    const intentNoun = nounCatenative(view, g);
    if (!govFrame && intentNoun) {
      if (modality === 'actual') modality = 'intent';
      cue = `governed by ${intentNoun.noun}`;
      if (intentNoun.negated) negated = true;
    }
    const denial = deniedBy(view, g);
    if (denial) {
      modality = 'hypothetical';
      cue = `denied (${denial})`;
    }
    if (modality === 'actual' && (question || inConditional(view, g))) {
      modality = 'hypothetical';
      cue = question ? 'question' : 'conditional';
    }
    const catenativeLemma = g.lemma;
    const nextIsTo = view.tokens[g.end]?.lower === 'to' || view.tokens[g.end + 1]?.lower === 'to';
    const catenative =
      nextIsTo &&
      (INTENT_VERBS.has(catenativeLemma) ||
        ASPECT_VERBS.has(catenativeLemma) ||
        NEGATING_VERBS.has(catenativeLemma) ||
        (g.lemma === 'be' && INTENT_ADJECTIVES.has(view.tokens[g.end]?.lower ?? '')));
    frames.push({
      index: k,
      group: g,
      subject,
      agent: g.passive ? passiveAgent(view, g, clauseEnd) : [],
      governor: gov,
      catenative,
      negated,
      modality,
      modalityCue: cue,
      clauseEnd,
    });
  });
  return frames;
}
