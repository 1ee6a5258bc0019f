import type { ActorMention } from '../actors/index.js';
import type { Sentence } from '../text/index.js';
import { buildFrames } from './grammar/frames.js';
import type { Frame, Modality } from './grammar/frames.js';
import { matchNounPattern, matchVerbPattern } from './grammar/match.js';
import type { PatternMatch } from './grammar/match.js';
import { mentionsOf, unresolvedOf } from './grammar/subjects.js';
import type { Unit } from './grammar/units.js';
import { viewOf } from './grammar/units.js';
import type { SentenceView } from './grammar/units.js';
import type { Ontology } from './ontology.js';
import type { PatternIndex } from './patterns/load.js';
import type { CodedEvent, EventActor, Explanation } from './types.js';

/** CAMEO roots whose target, when the pattern names one, must be an actor. */
const NEEDS_ACTOR_TARGET: ReadonlySet<string> = new Set(['04', '05']);

/** CAMEO roots whose events are mutual when both sides are the subject ("X and Y met"). */
const RECIPROCAL_ROOTS: ReadonlySet<string> = new Set(['03', '04', '05', '06']);

export interface CoderKnowledge {
  readonly ontology: Ontology;
  readonly patterns: PatternIndex;
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

function bestVerbMatch(view: SentenceView, frame: Frame, k: CoderKnowledge): PatternMatch | null {
  const candidates = k.patterns.verbs.get(frame.group.lemma);
  if (!candidates) return null;
  let best: PatternMatch | null = null;
  for (const p of candidates) {
    const m = matchVerbPattern(view, p, frame.group.end, frame.clauseEnd, frame.group.passive);
    if (m && better(best, m)) best = m;
  }
  return best;
}

interface Slots {
  readonly sources: readonly ActorMention[];
  readonly targets: readonly ActorMention[];
  readonly targetUnits: readonly Unit[];
  readonly modality: Modality;
  readonly negated: boolean;
  readonly voice: Explanation['voice'];
  readonly subjectRule: Explanation['subject'];
  readonly cue: string | null;
  readonly trigger: string;
  /** Names in the source or target slots that no dictionary resolved. */
  readonly unresolved: readonly string[];
}

function emit(
  k: CoderKnowledge,
  view: SentenceView,
  match: PatternMatch,
  s: Slots,
  out: CodedEvent[],
): void {
  const code = k.ontology.get(match.pattern.code);
  if (!code || s.sources.length === 0) return;
  // Meeting or praising something that is not an actor is not an interaction
  // ("Qatar hosts an air base", "Rouhani welcomed the agreement").
  const boundNonActor = s.targetUnits.length > 0 && !s.targetUnits.some((u) => u.mention);
  if (boundNonActor && NEEDS_ACTOR_TARGET.has(code.code.slice(0, 2))) return;
  const rule = `${match.pattern.where} ${code.code} ${match.pattern.text}`;
  const base = {
    cameo: code.code,
    cameoName: code.name,
    plover: code.plover,
    ploverMode: code.mode,
    quad: code.quad,
    goldstein: code.goldstein,
    modality: s.modality,
    negated: s.negated,
    rule,
  };
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
    targetVia: tgt?.via ?? null,
    unresolved: s.unresolved,
  });
  const push = (src: ActorMention, tgt: ActorMention | null, reciprocal: boolean): void => {
    if (tgt && tgt === src) return;
    const source = actorOf(view, src);
    const target = tgt ? actorOf(view, tgt) : null;
    // One sentence reports an event once, however often it names it.
    const duplicate = out.some(
      (e) =>
        e.cameo === base.cameo && e.source.code === source.code && e.target?.code === target?.code,
    );
    if (!duplicate) out.push({ ...base, source, target, reciprocal, why: why(src, tgt) });
  };
  if (s.targets.length > 0) {
    for (const src of s.sources) for (const tgt of s.targets) push(src, tgt, false);
    return;
  }
  const mutual = RECIPROCAL_ROOTS.has(code.code.slice(0, 2));
  if (mutual && s.sources.length > 1 && s.targetUnits.length === 0) {
    for (let a = 0; a < s.sources.length; a++) {
      for (let b = a + 1; b < s.sources.length; b++) {
        const src = s.sources[a];
        const tgt = s.sources[b];
        if (src && tgt) push(src, tgt, true);
      }
    }
    return;
  }
  for (const src of s.sources) push(src, null, false);
}

function triggerText(view: SentenceView, from: number, to: number): string {
  const a = view.tokens[from];
  const b = view.tokens[Math.max(from, to - 1)];
  return a && b ? view.sentence.text.slice(a.start, b.end) : '';
}

/** Codes one sentence: verb patterns on each clause's verb group, then noun patterns. */
export function codeSentence(
  k: CoderKnowledge,
  sentence: Sentence,
  mentions: readonly ActorMention[],
): CodedEvent[] {
  const view = viewOf(sentence, mentions);
  const frames = buildFrames(view);
  const consumed = new Set<number>();
  const out: CodedEvent[] = [];
  for (const frame of frames) {
    if (consumed.has(frame.index)) continue;
    const match = bestVerbMatch(view, frame, k);
    if (!match) continue;
    // The pattern's own complement ("agreed to meet", "accused X of bombing") is not a second event.
    for (const f of frames) {
      if (f.index <= frame.index) continue;
      const governedHere = consumed.has(f.governor) || f.governor === frame.index;
      if ((f.group.start >= frame.group.end && f.group.start <= match.end) || governedHere) {
        consumed.add(f.index);
      }
    }
    const passive = frame.group.passive;
    const subjectMentions = mentionsOf(frame.subject.units);
    const hasTarget = match.pattern.elements.some((e) => e.kind === 'target');
    emit(
      k,
      view,
      match,
      {
        sources: passive ? mentionsOf(frame.agent) : subjectMentions,
        targets: passive ? (hasTarget ? subjectMentions : []) : mentionsOf(match.targets),
        targetUnits: passive ? frame.subject.units : match.targets,
        modality: frame.modality,
        negated: frame.negated,
        voice: passive ? 'passive' : 'active',
        subjectRule: passive ? 'by-agent' : frame.subject.rule,
        cue: frame.modalityCue ?? (frame.negated ? 'negation' : null),
        trigger: triggerText(view, frame.group.start, match.end),
        unresolved: [
          ...unresolvedOf(passive ? frame.agent : frame.subject.units),
          ...unresolvedOf(passive ? frame.subject.units : match.targets),
        ],
      },
      out,
    );
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
        modality: clause?.modality ?? 'actual',
        negated: clause?.negated ?? false,
        voice: 'noun',
        subjectRule: 'pattern',
        cue: clause?.modalityCue ?? (clause?.negated ? 'negation' : null),
        trigger: triggerText(view, i, best.end),
        unresolved: [...unresolvedOf(best.sources), ...unresolvedOf(best.targets)],
      },
      out,
    );
  }
  return out;
}
