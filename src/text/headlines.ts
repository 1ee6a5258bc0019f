import type { VerbLexicon } from './pos-fixes.js';
import { isSForm, retag } from './retag.js';
import type { Pos, Token } from './types.js';

/** What the object of a headline verb starts with ("releases dozens", "lifts blockade"). */
const BARE_OBJECT: ReadonlySet<Pos> = new Set(['NOUN', 'ADJ', 'SYM']);
/** What follows a plural subject's present verb ("Forces arrest a man", "arrest 20 men"). */
const DETERMINED_OBJECT: ReadonlySet<Pos> = new Set(['DET', 'NUM']);

/** True when a finite verb comes before `end`: an auxiliary, or a verb that is not an -ing form or an infinitive. */
function finiteBefore(out: readonly Token[], end: number): boolean {
  for (let k = 0; k < end; k++) {
    const t = out[k];
    if (!t) continue;
    if (t.pos === 'AUX') return true;
    if (t.pos === 'VERB' && !t.lower.endsWith('ing') && out[k - 1]?.lower !== 'to') return true;
  }
  return false;
}

/**
 * 11. The present-tense verb of a headline-style clause, read as a noun: after the
 * subject's name, before a bare object, with no finite verb before it ("Venezuela
 * releases dozens of activists", "Saudi Arabia lifts blockade of Qatar", "EU provides
 * €45m"), or a base form after a plural name, before a determined object ("Iraqi Special
 * Forces arrest a man"). Only words the model knows as verbs; the first such word only.
 */
export function fixHeadlineVerbs(out: Token[], verbs: VerbLexicon): void {
  for (let i = 1; i + 1 < out.length; i++) {
    const t = out[i];
    const prev = out[i - 1];
    const next = out[i + 1];
    if (!t || !prev || !next || t.pos !== 'NOUN') continue;
    if (prev.pos !== 'PROPN' && prev.pos !== 'NOUN') continue;
    const sForm = prev.pos === 'PROPN' && isSForm(t) && BARE_OBJECT.has(next.pos);
    const plural =
      t.lower === t.lemma && prev.lower.endsWith('s') && DETERMINED_OBJECT.has(next.pos);
    if (!sForm && !plural) continue;
    if (verbs.isBase(t.lemma) && !finiteBefore(out, i)) out[i] = retag(t, 'VERB');
    return;
  }
}
