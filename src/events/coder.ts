import type { ActorMention } from '../actors/index.js';
import type { Sentence } from '../text/index.js';
import { complementTarget } from './grammar/complement-target.js';
import { buildFrames } from './grammar/frames.js';
import type { Frame, Modality } from './grammar/frames.js';
import { clauseWords, matchNounPattern, matchVerbPattern, patternsFor } from './grammar/match.js';
import type { PatternMatch } from './grammar/match.js';
import {
  addresseeOf,
  patientUnit,
  PATIENT_VIA,
  phraseActor,
  placeOf,
  PLACE_VIA,
  inPlacePhrase,
} from './grammar/patient.js';
import { conditionActor } from './grammar/condition.js';
import { possessorOf } from './grammar/possessor.js';
import { demanderOf, isSaying, namesNegation, refusedByModal } from './grammar/cues.js';
import { mentionsOf, unresolvedOf } from './grammar/subjects.js';
import type { Unit } from './grammar/units.js';
import { viewOf } from './grammar/units.js';
import type { SentenceView } from './grammar/units.js';
import type { CameoCode, Ontology } from './ontology.js';
import type { PatternIndex } from './patterns/load.js';
import { NULL_CODE } from './patterns/types.js';
import type { Pattern } from './patterns/types.js';
import { mappedCode } from './code-maps.js';
import type { CodeMap } from './code-maps.js';
import { clauseOwners, outerFrames, rangesOf, tenseOf } from './grammar/scope.js';
import type { CodedEvent, EventActor, EventAnchor, Explanation } from './types.js';

/** CAMEO roots whose target, when the pattern names one, must be an actor. */
const NEEDS_ACTOR_TARGET: ReadonlySet<string> = new Set(['04', '05']);

/** Whether a pattern's target slot is a partner: `with +T` ("reach a deal with +T"). */
function hasWithSlot(p: Pattern): boolean {
  return p.elements.some((e, i) => {
    const before = p.elements[i - 1];
    return e.kind === 'target' && before?.kind === 'word' && before.alts.includes('with');
  });
}

/** CAMEO roots whose events are mutual when both sides are the subject ("X and Y met"). */
const RECIPROCAL_ROOTS: ReadonlySet<string> = new Set(['03', '04', '05', '06']);

export interface CoderKnowledge {
  readonly ontology: Ontology;
  readonly patterns: PatternIndex;
  /** Cooperative codes → the code of refusing them (data/ontology/refusals.tsv). */
  readonly refusals: CodeMap;
  /** Cooperative codes of roots 04-08 → the code of saying one will do them (intents.tsv). */
  readonly intents: CodeMap;
  /** Cooperative codes → the code of demanding them (demands.tsv). */
  readonly demands: CodeMap;
}

function actorOf(view: SentenceView, m: ActorMention): EventActor {
  const first = view.tokens[m.start];
  const last = view.tokens[m.end - 1];
  return {
    code: m.code,
    name: m.name,
    text: m.text,
    start: first?.start ?? 0,
    end: last?.end ?? 0,
  };
}

function better(a: PatternMatch | null, b: PatternMatch): boolean {
  if (!a) return true;
  if (b.pattern.literals !== a.pattern.literals) return b.pattern.literals > a.pattern.literals;
  const aActor = a.targets.some((u) => u.mention) ? 1 : 0;
  const bActor = b.targets.some((u) => u.mention) ? 1 : 0;
  if (aActor !== bActor) return bActor > aActor;
  // Same evidence: the more specific CAMEO code (1384 over 138).
  return b.pattern.code.length > a.pattern.code.length;
}

/**
 * Whether a pattern places source and target itself (PETRARCH `$` after the verb, `+`
 * before it): then the passive does not swap them.
 */
function placesRoles(p: Pattern): boolean {
  return p.subject === 'target' || p.elements.some((e) => e.kind === 'source');
}

function passiveFor(frame: Frame, p: Pattern): boolean {
  return frame.group.passive && !placesRoles(p);
}

/**
 * Imported patterns listing the verb as written ("said", "left"), then the patterns of its
 * lemma: on a tie the first wins, and a verb written out is more specific than its lemma.
 */
function verbCandidates(
  view: SentenceView,
  frame: Frame,
  k: CoderKnowledge,
  words: ReadonlySet<string>,
): readonly Pattern[] {
  // Only the patterns whose first required word is in the clause ("call" has 179).
  const byLemma = patternsFor(k.patterns.verbs.get(frame.group.lemma) ?? [], words);
  const written = view.tokens[frame.group.head]?.lower ?? '';
  const byForm = k.patterns.verbForms.get(written) ?? [];
  return byForm.length === 0 ? byLemma : [...new Set([...byForm, ...byLemma])];
}

function bestVerbMatch(view: SentenceView, frame: Frame, k: CoderKnowledge): PatternMatch | null {
  // Imported patterns (--verbs) are merged over Parley's: when one of them matches, the
  // best of them codes the verb; Parley's own patterns code what they leave.
  let imported: PatternMatch | null = null;
  let own: PatternMatch | null = null;
  const words = clauseWords(view, frame.clauseEnd);
  for (const p of verbCandidates(view, frame, k, words)) {
    // PETRARCH `%`: the subject must be coordinated actors ("Gondor and Osgiliath agreed").
    if (p.subject === 'mutual' && mentionsOf(frame.subject.units).length < 2) continue;
    const passive = passiveFor(frame, p);
    const m = matchVerbPattern(view, p, frame.group, frame.clauseEnd, passive, words);
    if (!m) continue;
    if (p.priority > 0) {
      if (better(imported, m)) imported = m;
    } else if (better(own, m)) own = m;
  }
  return imported ?? own;
}

interface Roles {
  readonly sourceUnits: readonly Unit[];
  readonly targetUnits: readonly Unit[];
  readonly targets: readonly ActorMention[];
  readonly subjectRule: Explanation['subject'];
}

/** Who is the source and who the target of a verb pattern's event. */
function verbRoles(frame: Frame, match: PatternMatch): Roles {
  const p = match.pattern;
  const subject = frame.subject.units;
  if (p.subject === 'mutual') {
    return { sourceUnits: subject, targetUnits: [], targets: [], subjectRule: frame.subject.rule };
  }
  if (placesRoles(p)) {
    // `+` before the verb, or `$` after it and no `+`: the subject is the target.
    const targetUnits =
      p.subject === 'target' || match.targets.length === 0 ? subject : match.targets;
    const bound = match.sources.length > 0;
    return {
      sourceUnits: bound ? match.sources : frame.agent,
      targetUnits,
      targets: mentionsOf(targetUnits),
      subjectRule: bound ? 'pattern' : 'by-agent',
    };
  }
  if (frame.group.passive) {
    const hasTarget = p.implicitTarget || p.elements.some((e) => e.kind === 'target');
    return {
      sourceUnits: frame.agent,
      targetUnits: subject,
      targets: hasTarget ? mentionsOf(subject) : [],
      subjectRule: 'by-agent',
    };
  }
  return {
    sourceUnits: subject,
    targetUnits: match.targets,
    targets: mentionsOf(match.targets),
    subjectRule: frame.subject.rule,
  };
}

interface Slots {
  readonly sources: readonly ActorMention[];
  readonly targets: readonly ActorMention[];
  readonly targetUnits: readonly Unit[];
  /** What the event acts on when no actor is its target (`patientOf`), or null. */
  readonly patient: EventActor | null;
  /** Why the patient is the target: the phrase acted on, or the place of the act. */
  readonly patientVia: string;
  readonly modality: Modality;
  readonly negated: boolean;
  readonly voice: Explanation['voice'];
  readonly subjectRule: Explanation['subject'];
  readonly cue: string | null;
  readonly trigger: string;
  /** Names in the source or target slots that no dictionary resolved. */
  readonly unresolved: readonly string[];
  /** The sources act on each other whatever the CAMEO root (PETRARCH `%`). */
  readonly mutual: boolean;
  /** The act is refused ("will not release"): coded as its refusal (data/ontology/refusals.tsv) when it has one. */
  readonly refused: boolean;
  /** The act is demanded of the target by the sources ("Russia says Israel must end …"). */
  readonly demanded: boolean;
  readonly anchor: EventAnchor;
}

function emit(
  k: CoderKnowledge,
  view: SentenceView,
  match: PatternMatch,
  slots: Slots,
  out: CodedEvent[],
): void {
  const { pattern } = match;
  // The null code: the pattern is the best match, and the verb codes nothing.
  const coded = pattern.code === NULL_CODE ? null : (k.ontology.get(pattern.code) ?? null);
  // Parley's own patterns only: an imported dictionary's codes are its own decision.
  const own = pattern.priority === 0;
  // "Israel will not release the prisoners": the refusal to release (1243) happened.
  const refusal =
    own && slots.refused && coded ? mappedCode(k.refusals, k.ontology, coded.code) : null;
  // "Israel will release the prisoners": the stated intent to release (0353).
  const intended = own && slots.modality === 'intent' && !slots.negated && coded && !refusal;
  const intent = intended ? mappedCode(k.intents, k.ontology, coded.code) : null;
  // "Russia says Israel must end its attacks": Russia presses for de-escalation (1056).
  const demand =
    own && slots.demanded && coded
      ? (mappedCode(k.demands, k.ontology, coded.code) ?? k.ontology.get('100') ?? null)
      : null;
  const forward = demand ?? refusal ?? intent ?? coded;
  let s: Slots = slots;
  if (demand) {
    s = {
      ...slots,
      modality: 'actual',
      cue: `demand of ${coded?.code ?? ''} (${slots.cue ?? 'must'})`,
    };
  } else if (refusal) {
    const cue = `refusal of ${coded?.code ?? ''} (${slots.cue ?? 'negation'})`;
    s = { ...slots, negated: false, modality: 'actual', cue };
  } else if (intent) {
    s = { ...slots, cue: `intent to ${coded?.code ?? ''} (${slots.cue ?? 'intent'})` };
  }
  const reverse =
    pattern.reverseCode === null ? null : (k.ontology.get(pattern.reverseCode) ?? null);
  if ((!forward && !reverse) || s.sources.length === 0) return;
  // Meeting or praising something that is not an actor is not an interaction
  // ("Qatar hosts an air base", "Rouhani welcomed the agreement").
  const boundNonActor = s.targetUnits.length > 0 && !s.targetUnits.some((u) => u.mention);
  // Judged by the act the pattern names, before it becomes an intent or a refusal.
  const act = (code: CameoCode): CameoCode => (code === forward && coded ? coded : code);
  const allowed = (code: CameoCode | null): code is CameoCode =>
    code !== null && !(boundNonActor && NEEDS_ACTOR_TARGET.has(act(code).code.slice(0, 2)));
  // One object literal, not a spread: a spread gives every event its own hidden class.
  const event = (
    code: CameoCode,
    source: EventActor,
    target: EventActor | null,
    reciprocal: boolean,
    explanation: Explanation,
  ): CodedEvent => ({
    cameo: code.code,
    cameoName: code.name,
    plover: code.plover,
    ploverMode: code.mode,
    quad: code.quad,
    goldstein: code.goldstein,
    modality: s.modality,
    negated: s.negated,
    rule: `${pattern.where} ${code.code} ${pattern.text}`,
    source,
    target,
    reciprocal,
    why: explanation,
    anchor: s.anchor,
  });
  const why = (src: ActorMention, tgt: ActorMention | null): Explanation => ({
    pattern: match.pattern.where,
    text: match.pattern.text,
    trigger: s.trigger,
    voice: s.voice,
    subject: s.subjectRule,
    cue: s.cue,
    sourceEntries: src.entries.map((e) => e.where),
    targetEntries: tgt ? tgt.entries.map((e) => e.where) : [],
    sourceVia: src.via,
    targetVia: tgt ? tgt.via : s.patient ? s.patientVia : null,
    unresolved: s.unresolved,
  });
  const push = (
    code: CameoCode,
    src: ActorMention,
    tgt: ActorMention | null,
    reciprocal: boolean,
  ): void => {
    if (tgt && tgt === src) return;
    const source = actorOf(view, src);
    const target = tgt ? actorOf(view, tgt) : s.patient;
    // One sentence reports an event once, however often it names it (an unresolved
    // actor, with no code, by its name).
    const key = (a: EventActor | null | undefined): string => (a ? a.code || a.text : '');
    const duplicate = out.some(
      (e) =>
        e.cameo === code.code && key(e.source) === key(source) && key(e.target) === key(target),
    );
    if (!duplicate) out.push(event(code, source, target, reciprocal, why(src, tgt)));
  };
  if (s.targets.length > 0) {
    // A paired code (PETRARCH `[A:B]`) also codes B from the target to the source; `[A:A]`
    // is one mutual event.
    const same = forward !== null && reverse?.code === forward.code;
    for (const src of s.sources) {
      for (const tgt of s.targets) {
        if (allowed(forward)) push(forward, src, tgt, same);
        if (allowed(reverse) && !same) push(reverse, tgt, src, false);
      }
    }
    return;
  }
  if (!allowed(forward)) return;
  const mutual = s.mutual || RECIPROCAL_ROOTS.has(forward.code.slice(0, 2));
  // "The US and South Korea failed to reach a deal [with +T]": with its partner slot
  // empty, a coordinated subject's members are each other's partners, in any root.
  // Not an act in a place ("Turkey and Russia declared a ceasefire in Idlib"): each did it there.
  const partners = mutual
    ? s.targetUnits.length === 0
    : hasWithSlot(pattern) && s.patientVia !== PLACE_VIA && !s.targetUnits.some(inPlacePhrase);
  if (partners && s.sources.length > 1) {
    for (let a = 0; a < s.sources.length; a++) {
      for (let b = a + 1; b < s.sources.length; b++) {
        const src = s.sources[a];
        const tgt = s.sources[b];
        if (src && tgt) push(forward, src, tgt, true);
      }
    }
    return;
  }
  for (const src of s.sources) push(forward, src, null, false);
}

function triggerText(view: SentenceView, from: number, to: number): string {
  const a = view.tokens[from];
  const b = view.tokens[Math.max(from, to - 1)];
  return a && b ? view.sentence.text.slice(a.start, b.end) : '';
}

/**
 * Codes one sentence: verb patterns on each clause's verb group, then noun patterns. The
 * saying itself ("…, officials said") is kept only when nothing else is coded, and when
 * its speaker is named or it has a target.
 */
export function codeSentence(
  k: CoderKnowledge,
  sentence: Sentence,
  mentions: readonly ActorMention[],
): CodedEvent[] {
  const view = viewOf(sentence, mentions);
  const frames = buildFrames(view);
  // Which clause each token belongs to, worked out for the first pattern that matches
  // (most sentences match none).
  let owners: Int16Array | undefined;
  // A noun event outside any clause ("Talks between X and Y.") owns the whole sentence.
  const anchorOf = (own: ReadonlySet<number>, main: Frame | undefined): EventAnchor => {
    owners ??= clauseOwners(frames, view.tokens.length);
    return {
      own: main ? rangesOf(owners, own) : [[0, owners.length]],
      outer: main ? rangesOf(owners, outerFrames(frames, main, own)) : [],
      tense: tenseOf(main, view.tokens),
    };
  };
  const consumed = new Set<number>();
  const out: CodedEvent[] = [];
  const sayings = new Set<CodedEvent | undefined>();
  const unnamedSayings = new Set<CodedEvent | undefined>();
  for (const frame of frames) {
    if (consumed.has(frame.index)) continue;
    const match = bestVerbMatch(view, frame, k);
    if (!match) continue;
    // The pattern's own complement ("agreed to meet", "accused X of bombing") is not a second event.
    const complements: Frame[] = [];
    for (const f of frames) {
      if (f.index <= frame.index) continue;
      const governedHere = consumed.has(f.governor) || f.governor === frame.index;
      if ((f.group.start >= frame.group.end && f.group.start <= match.end) || governedHere) {
        consumed.add(f.index);
        complements.push(f);
      }
    }
    let roles = verbRoles(frame, match);
    if (roles.targetUnits.length === 0 && !frame.group.passive) {
      const targetUnits = complementTarget(view, complements);
      if (targetUnits.length > 0) {
        roles = { ...roles, targetUnits, targets: mentionsOf(targetUnits) };
      }
    }
    // A pattern with no target slot: an actor the verb addresses in its clause ("demanded
    // an apology from the Prime Minister", "imposed sanctions on Iran").
    const slotless = !match.pattern.elements.some((e) => e.kind === 'target');
    // "rejected Turkey's proposal": the owner of what the pattern names.
    if (roles.targetUnits.length === 0 && slotless && !frame.group.passive) {
      const owner = possessorOf(view, frame.group.end, match.end);
      if (owner.length > 0) roles = { ...roles, targetUnits: owner, targets: mentionsOf(owner) };
    }
    if (roles.targetUnits.length === 0 && slotless && !frame.group.passive) {
      const addressee = addresseeOf(view, match.end, frame.clauseEnd);
      if (addressee.length > 0)
        roles = { ...roles, targetUnits: addressee, targets: mentionsOf(addressee) };
    }
    // "will not lift the embargo until Cuba undertakes reforms": addressed to Cuba; so is
    // "threatened to stop the talks if Cuba deploys missiles".
    const threat = match.pattern.code.startsWith('13');
    if (roles.targets.length === 0 && (frame.negated || threat) && !frame.group.passive) {
      const waitedOn = conditionActor(view, match.end, threat);
      if (waitedOn.length > 0)
        roles = { ...roles, targetUnits: waitedOn, targets: mentionsOf(waitedOn) };
    }
    let patient: EventActor | null = null;
    if (roles.targets.length === 0) {
      // In the passive the subject is what was acted on; the words after the verb are not.
      const clauses = frame.group.passive ? [] : [frame, ...complements];
      const u = patientUnit(view, roles.targetUnits, match.end, clauses);
      if (u) patient = phraseActor(view, u);
    }
    // No target at all: the place of the act ("declared a ceasefire in Idlib").
    let patientVia = PATIENT_VIA;
    if (roles.targets.length === 0 && !patient && !frame.group.passive) {
      patient = placeOf(view, match.end, frame.clauseEnd);
      patientVia = PLACE_VIA;
    }
    // "Russia says Israel must end its attacks": the reporter demands the act of the subject.
    const demander = frame.group.passive ? [] : demanderOf(frames, frame);
    if (demander.length > 0) {
      const targetUnits = frame.subject.units;
      const targets = mentionsOf(targetUnits);
      roles = { ...roles, sourceUnits: demander, targetUnits, targets, subjectRule: 'reporter' };
      patient = null;
    }
    const before = out.length;
    emit(
      k,
      view,
      match,
      {
        sources: mentionsOf(roles.sourceUnits),
        targets: roles.targets,
        targetUnits: roles.targetUnits,
        patient,
        patientVia,
        modality: frame.modality,
        // A pattern that names the negation ("didn't clash", PETRARCH &NEGATVAUXVRB) codes
        // the refusal itself.
        negated: frame.negated && !namesNegation(match.pattern),
        voice: frame.group.passive ? 'passive' : 'active',
        subjectRule: roles.subjectRule,
        cue: frame.modalityCue ?? (frame.negated ? 'negation' : null),
        trigger: triggerText(view, frame.group.start, match.end),
        unresolved: [...unresolvedOf(roles.sourceUnits), ...unresolvedOf(roles.targetUnits)],
        mutual: match.pattern.subject === 'mutual',
        refused: refusedByModal(frame),
        demanded: demander.length > 0,
        anchor: anchorOf(new Set([frame.index, ...complements.map((f) => f.index)]), frame),
      },
      out,
    );
    if (isSaying(frame, match)) {
      // "…, a senior official said": a speaker with no country, organisation or name.
      const nameless = mentionsOf(roles.sourceUnits).every((m) => !m.primary && !m.person);
      for (let n = before; n < out.length; n++) {
        sayings.add(out[n]);
        if (nameless && !out[n]?.target) unnamedSayings.add(out[n]);
      }
    }
  }
  for (let i = 0; i < view.tokens.length; i++) {
    const t = view.tokens[i];
    if (!t) continue;
    const candidates = k.patterns.nouns.get(t.lemma) ?? k.patterns.nouns.get(t.lower);
    if (!candidates) continue;
    let best: PatternMatch | null = null;
    for (const p of candidates) {
      const m = matchNounPattern(view, p, i);
      if (m && better(best, m)) best = m;
    }
    if (!best) continue;
    const sources = mentionsOf(best.sources);
    const targets = mentionsOf(best.targets);
    // "talks between X and Y" is mutual; "X's visit to Y", with an owner, has a direction.
    const owned = best.pattern.elements[0]?.kind === 'source';
    const reciprocal = !owned && RECIPROCAL_ROOTS.has(best.pattern.code.slice(0, 2));
    // A noun event shares the modality and negation of the clause it sits in
    // ("no plans to arrange a conversation between …", "talks between X and Y will …").
    const clause = frames.filter((f) => f.group.start < i && i < f.clauseEnd).pop();
    // A noun event needs an actor on both sides ("talks between the Taliban and other Afghans" does not).
    if (sources.length === 0 || (targets.length === 0 && (!reciprocal || sources.length < 2)))
      continue;
    emit(
      k,
      view,
      best,
      {
        sources: reciprocal && targets.length > 0 ? [...sources, ...targets] : sources,
        targets: reciprocal ? [] : targets,
        targetUnits: [],
        patient: null,
        patientVia: PATIENT_VIA,
        modality: clause?.modality ?? 'actual',
        negated: clause?.negated ?? false,
        voice: 'noun',
        subjectRule: 'pattern',
        cue: clause?.modalityCue ?? (clause?.negated ? 'negation' : null),
        trigger: triggerText(view, i, best.end),
        unresolved: [...unresolvedOf(best.sources), ...unresolvedOf(best.targets)],
        mutual: false,
        refused: false,
        demanded: false,
        anchor: anchorOf(new Set(clause ? [clause.index] : []), clause),
      },
      out,
    );
  }
  // Alone, a saying is kept when it says who spoke or to whom.
  return out.some((e) => !sayings.has(e))
    ? out.filter((e) => !sayings.has(e))
    : out.filter((e) => !unnamedSayings.has(e));
}
