import type Database from 'better-sqlite3';

/**
 * The store side of near-duplicate articles (columns `copy_of`, `similarity`, `signature`
 * of `articles`, and the LSH band index `article_bands`). Only group originals are in the
 * band index: a new article is compared with originals, never with their copies.
 */

/** An article as near-duplicate detection sees it. */
export interface CopyMember {
  readonly id: string;
  readonly copyOf: string | null;
  readonly published: string | null;
  /** Storage order (rowid): of two articles published the same day, the lower came first. */
  readonly stored: number;
  /** The MinHash signature as stored (little-endian 32-bit values), or null for short texts. */
  readonly signature: Buffer | null;
}

export interface CopyStore {
  member(id: string): CopyMember | undefined;
  /** The original and every copy of the group whose original is `root`. */
  group(root: string): CopyMember[];
  /** Other articles with exactly this content hash. */
  sameContent(contentHash: string, except: string): CopyMember[];
  /** Originals sharing a band hash with these: one indexed probe per band, in one query. */
  bandMatches(bands: readonly number[], except: string): CopyMember[];
  /** Stores an article's signature (null: its text is too short to have one). */
  setSignature(id: string, signature: Buffer | null): void;
  /** Articles whose signature was never computed (stored before detection existed), in storage order. */
  unsigned(): string[];
  /** What an article's signature is computed from. */
  content(id: string): { text: string; contentHash: string } | undefined;
  /** Links an article to its original (null: it is an original). */
  setLink(id: string, copyOf: string | null, similarity: number | null): void;
  indexBands(id: string, bands: readonly number[]): void;
  /** Gives a re-inserted (replaced) article back the storage order of its old version. */
  restoreOrder(id: string, stored: number): void;
  dropBands(id: string): void;
}

// A short text's signature is stored empty (computed: there is none), read as null; NULL
// means not computed yet (articles stored before near-duplicate detection).
const MEMBER = `SELECT id, copy_of AS copyOf, published, rowid AS stored,
  NULLIF(signature, x'') AS signature FROM articles`;

export function createCopyStore(db: Database.Database): CopyStore {
  const member = db.prepare<[string], CopyMember>(`${MEMBER} WHERE id = ?`);
  const group = db.prepare<[string, string], CopyMember>(
    `${MEMBER} WHERE id = ? UNION ALL ${MEMBER} WHERE copy_of = ?`,
  );
  const sameContent = db.prepare<[string, string], CopyMember>(
    `${MEMBER} WHERE content_hash = ? AND id != ?`,
  );
  // Statements over all bands at once, prepared for each band count used.
  const prepared = new Map<string, Database.Statement>();
  const forBands = (kind: 'probe' | 'insert', n: number): Database.Statement => {
    const pairs = Array.from({ length: n }, () => '(?, ?)').join(', ');
    const sql =
      kind === 'probe'
        ? `SELECT DISTINCT a.id, a.copy_of AS copyOf, a.published, a.rowid AS stored,
             NULLIF(a.signature, x'') AS signature
           FROM (VALUES ${pairs}) v JOIN article_bands b ON b.band = v.column1 AND b.hash = v.column2
           JOIN articles a ON a.id = b.article_id WHERE a.id != ?`
        : `INSERT OR IGNORE INTO article_bands (band, hash, article_id)
           SELECT v.column1, v.column2, ? FROM (VALUES ${pairs}) v`;
    const key = `${kind} ${n}`;
    const statement = prepared.get(key) ?? db.prepare(sql);
    prepared.set(key, statement);
    return statement;
  };
  const numbered = (bands: readonly number[]): number[] =>
    bands.flatMap((hash, band) => [band, hash]);
  const unsigned = db
    .prepare<[], string>('SELECT id FROM articles WHERE signature IS NULL ORDER BY rowid')
    .pluck();
  const content = db.prepare<[string], { text: string; contentHash: string }>(
    'SELECT text, content_hash AS contentHash FROM articles WHERE id = ?',
  );
  const setSignature = db.prepare<[Buffer, string]>(
    'UPDATE articles SET signature = ? WHERE id = ?',
  );
  const setLink = db.prepare<[string | null, number | null, string]>(
    'UPDATE articles SET copy_of = ?, similarity = ? WHERE id = ?',
  );
  const restoreOrder = db.prepare<[number, string]>('UPDATE articles SET rowid = ? WHERE id = ?');
  const dropBands = db.prepare<[string]>('DELETE FROM article_bands WHERE article_id = ?');

  return {
    member: (id) => member.get(id),
    group: (root) => group.all(root, root),
    sameContent: (hash, except) => sameContent.all(hash, except),
    bandMatches: (bands, except) =>
      bands.length === 0
        ? []
        : (forBands('probe', bands.length).all(...numbered(bands), except) as CopyMember[]),
    setSignature: (id, signature) => void setSignature.run(signature ?? Buffer.alloc(0), id),
    unsigned: () => unsigned.all(),
    content: (id) => content.get(id),
    setLink: (id, copyOf, similarity) => void setLink.run(copyOf, similarity, id),
    indexBands(id, bands) {
      if (bands.length > 0) forBands('insert', bands.length).run(id, ...numbered(bands));
    },
    restoreOrder: (id, stored) => void restoreOrder.run(stored, id),
    dropBands: (id) => void dropBands.run(id),
  };
}

/** Where an article came from, as far as telling outlets apart goes. */
export interface Provenance {
  readonly outlet: string | null;
  readonly url: string | null;
}

function host(url: string | null): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname.toLowerCase().replace(/^www\./, '');
  } catch {
    // Not a URL (a record id, a path): it names no host.
    return null;
  }
}

/**
 * Whether two articles come from the same outlet: by outlet name when both have one,
 * else by URL host when both have one; when neither tells, they count as the same.
 */
export function sameProvenance(a: Provenance, b: Provenance): boolean {
  const norm = (s: string): string => s.trim().toLowerCase();
  if (a.outlet && b.outlet) return norm(a.outlet) === norm(b.outlet);
  const [ha, hb] = [host(a.url), host(b.url)];
  if (ha && hb) return ha === hb;
  return true;
}
