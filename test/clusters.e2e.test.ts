/**
 * Event clustering end to end on the clustering corpus (bench/eval/clusters/, where each
 * article is described): the corpus is ingested into a fresh store and the events it
 * forms are compared with facts of the gold (expected.tsv).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestCorpus, matchGold, readGold } from '../bench/eval/clusters/setup.js';
import type { IngestedCorpus, StoredMention } from '../bench/eval/clusters/setup.js';

let dir: string;
let corpus: IngestedCorpus;
let matched: Map<string, StoredMention>;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'parley-clusters-'));
  corpus = await ingestCorpus(join(dir, 'clusters.db'));
  const pairs = matchGold(readGold(), corpus.mentions, corpus.countries);
  matched = new Map([...pairs].map(([g, m]) => [`${g.event} ${g.article}`, m]));
});
afterAll(() => {
  corpus.db.close();
  rmSync(dir, { recursive: true, force: true });
});

/** The coded mention of a gold event in an article (failing when it was not coded). */
function mention(event: string, article: string): StoredMention {
  const m = matched.get(`${event} ${article}`);
  if (!m) throw new Error(`no coded mention of ${event} in ${article}`);
  return m;
}

const cluster = (event: string, article: string): string => mention(event, article).cluster;

function counts(id: string): { mentions: number; articles: number; outlets: number } {
  const c = corpus.clusters.find((x) => x.id === id);
  if (!c) throw new Error(`no cluster ${id}`);
  return { mentions: c.mentions, articles: c.articles, outlets: c.outlets };
}

describe('clustering corpus', () => {
  it('ingests every article', () => {
    expect(corpus.failures).toEqual([]);
    expect(corpus.totals.added).toBe(23);
  });

  it('the syndicated copy (m04) adds mentions and no event', () => {
    const copy = corpus.mentions.filter((m) => m.article === 'm04');
    expect(copy.length).toBeGreaterThan(0);
    for (const m of copy) {
      const original = corpus.mentions.find(
        (o) =>
          o.article === 'm03' &&
          o.record.sentence === m.record.sentence &&
          o.record.cameo === m.record.cameo &&
          o.record.source.code === m.record.source.code &&
          o.record.target?.code === m.record.target?.code,
      );
      expect(original?.cluster, m.record.sentence).toBe(m.cluster);
    }
    expect(cluster('munich-agreement', 'm04')).toBe(cluster('munich-agreement', 'm03'));
  });

  it('the follow-ups join the Munich agreement: "last week" (m18) and "on Feb. 11" (m19)', () => {
    const original = cluster('munich-agreement', 'm03');
    expect(cluster('munich-agreement', 'm18')).toBe(original);
    expect(cluster('munich-agreement', 'm19')).toBe(original);
  });

  it('reports dated only by their publication (Feb. 12) join the meeting told for Feb. 11', () => {
    const told = cluster('munich-meeting', 'm02');
    for (const article of ['m03', 'm04', 'm05', 'm06']) {
      expect(cluster('munich-meeting', article), article).toBe(told);
    }
    expect(mention('munich-meeting', 'm03').record.dateSource).toBe('publication');
  });

  it('the second phone call (Feb. 22) is its own event, reported by two outlets', () => {
    const first = cluster('obama-putin-call-feb14', 'm12');
    const second = cluster('obama-putin-call-feb22', 'm19');
    expect(second).not.toBe(first);
    expect(cluster('obama-putin-call-feb14', 'm13')).toBe(first);
    expect(cluster('obama-putin-call-feb22', 'm21')).toBe(second);
    expect(counts(first)).toEqual({ mentions: 2, articles: 2, outlets: 2 });
    expect(counts(second)).toEqual({ mentions: 2, articles: 2, outlets: 2 });
  });

  it('near misses stay apart: another day, another type, another dyad, an intent, a negation', () => {
    const munich = cluster('munich-agreement', 'm03');
    expect(cluster('truce-terms-feb22', 'm19')).not.toBe(munich);
    expect(cluster('truce-terms-feb22', 'm20')).toBe(cluster('truce-terms-feb22', 'm19'));
    expect(cluster('obama-urges-russia-feb14', 'm12')).not.toBe(
      cluster('obama-putin-call-feb14', 'm12'),
    );
    expect(cluster('us-urges-ypg-feb13', 'm23')).not.toBe(cluster('us-urges-turkey-feb13', 'm23'));
    // "will meet" is CAMEO 036, an AGREE, in Munich on Feb. 11 like the agreement of m03.
    expect(cluster('kerry-lavrov-meeting-announced', 'm01')).not.toBe(munich);
    const negated = cluster('peace-talks-date-not-agreed', 'm02');
    expect(negated).not.toBe(cluster('munich-agreement', 'm02'));
    expect(cluster('peace-talks-date-not-agreed', 'm06')).toBe(negated);
    expect(counts(negated)).toEqual({ mentions: 2, articles: 2, outlets: 2 });
  });

  it('one day of shelling is one event, the next day another', () => {
    const saturday = cluster('turkey-shells-ypg-feb13', 'm09');
    expect(cluster('turkey-shells-ypg-feb13', 'm10')).toBe(saturday);
    expect(counts(saturday)).toEqual({ mentions: 2, articles: 2, outlets: 2 });
  });

  // m02 and m06 ("agreed late Thursday on a cessation of hostilities in Syria") name what
  // was agreed, not where: Syria is no location of the agreement (geo/topic.ts).
  it('the Munich agreement is one event: six reports in six articles by four outlets', () => {
    const id = cluster('munich-agreement', 'm03');
    for (const article of ['m02', 'm06']) expect(cluster('munich-agreement', article)).toBe(id);
    expect(counts(id)).toEqual({ mentions: 6, articles: 6, outlets: 4 });
  });
});
