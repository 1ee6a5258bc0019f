import type { SentenceView, Unit } from './units.js';

/** Words that open the condition a refusal waits for ("until", "unless"). */
const CONDITION_OPENERS: ReadonlySet<string> = new Set(['until', 'till', 'unless']);
/** …and a threat: "threatened to stop the talks if the US deploys missiles". */
const THREAT_OPENERS: ReadonlySet<string> = new Set([...CONDITION_OPENERS, 'if']);

/**
 * The actor a refusal or a threat waits on: the subject of the "until"/"unless" (for a
 * threat also "if") clause after the act, or the agent of a passive one ("will not lift the embargo until Cuba
 * undertakes reforms" → Cuba; "will not end the strike until their demands are met by
 * the authorities" → the authorities). The refusal is addressed to whoever must act.
 * None when the clause names no country, organisation or person first.
 */
export function conditionActor(view: SentenceView, from: number, threat: boolean): Unit[] {
  const { tokens } = view;
  const openers = threat ? THREAT_OPENERS : CONDITION_OPENERS;
  let open = -1;
  for (let i = from; i < tokens.length && open < 0; i++) {
    const t = tokens[i];
    if (!t || t.text === ';' || t.text === '.') return [];
    if (openers.has(t.lower)) open = i;
  }
  if (open < 0) return [];
  let agentFrom = -1;
  for (let i = open + 1; i < tokens.length; i++) {
    const g = view.sentence.verbGroups[view.groupOf[i] ?? -1];
    if (g) {
      // Only a passive clause goes on to its "by" phrase.
      if (!g.passive || agentFrom >= 0) return [];
      agentFrom = g.end;
      i = g.end - 1;
      continue;
    }
    const u = view.units[view.unitOf[i] ?? -1];
    if (!u) continue;
    i = u.end - 1;
    const actor = Boolean(u.mention?.primary) || Boolean(u.mention?.person);
    const subject = !u.inPP || u.start === open + 1;
    if (agentFrom < 0 && subject && actor) return [u];
    if (agentFrom >= 0 && u.prep === 'by') return actor ? [u] : [];
  }
  return [];
}
