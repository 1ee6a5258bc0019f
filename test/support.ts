/** Shared fixtures for tests: one analyzer and one knowledge base per test file (loading takes ~0.3 s). */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { findMentions } from '../src/actors/index.js';
import type { ActorMention } from '../src/actors/index.js';
import { DEFAULT_DATA_DIR } from '../src/data/index.js';
import { codeSentence } from '../src/events/index.js';
import type { CodedEvent } from '../src/events/index.js';
import { loadKnowledge } from '../src/knowledge.js';
import type { Knowledge } from '../src/knowledge.js';
import { createAnalyzer } from '../src/text/index.js';
import type { Analyzer, Sentence } from '../src/text/index.js';

let cached: { analyzer: Analyzer; knowledge: Knowledge } | null = null;

export function fixtures(): { analyzer: Analyzer; knowledge: Knowledge } {
  if (!cached) {
    const analyzer = createAnalyzer();
    cached = {
      analyzer,
      knowledge: loadKnowledge({ dataDir: DEFAULT_DATA_DIR, actorFiles: [] }, analyzer),
    };
  }
  return cached;
}

/** The first sentence of `text`, analysed. */
export function sentence(text: string): Sentence {
  const s = fixtures().analyzer.sentences(text)[0];
  if (!s) throw new Error(`no sentence in "${text}"`);
  return s;
}

export function mentions(text: string): ActorMention[] {
  return findMentions(fixtures().knowledge.actors, sentence(text));
}

/** Events of the first sentence of `text`. */
export function events(text: string): CodedEvent[] {
  const s = sentence(text);
  const { knowledge } = fixtures();
  return codeSentence(knowledge.coder, s, findMentions(knowledge.actors, s));
}

/** `SOURCE CAMEO TARGET` with flags, the compact form the tables below compare. */
export function brief(e: CodedEvent): string {
  const flags = [
    e.negated ? 'negated' : '',
    e.modality === 'actual' ? '' : e.modality,
    e.reciprocal ? 'mutual' : '',
  ]
    .filter((f) => f !== '')
    .join(',');
  return `${e.source.code} ${e.cameo} ${e.target?.code || '-'}${flags ? ` [${flags}]` : ''}`;
}

/** ../shared, read at run time by the tests that compare with it; absent on a fresh clone. */
export const SHARED = fileURLToPath(new URL('../../shared/', import.meta.url));
export const HAS_SHARED = existsSync(SHARED);

/** A test title that says why it is skipped when ../shared is absent, and only then. */
export function needsShared(title: string): string {
  return HAS_SHARED ? title : `${title} (skipped: ${SHARED} is absent)`;
}
