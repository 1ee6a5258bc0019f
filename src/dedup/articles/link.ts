import type { CopyMember, CopyStore } from '../../store/index.js';
import type { Fingerprinter } from './fingerprint.js';
import { signatureFromBytes, signatureToBytes, similarity } from './minhash.js';

/** An article stored as a copy: its original and their estimated similarity. */
export interface CopyLink {
  readonly copyOf: string;
  readonly similarity: number;
}

/** A stored article to link. */
export interface LinkInput {
  readonly id: string;
  readonly text: string;
  readonly contentHash: string;
  /** A replaced article's storage order, as `detach` returned it: kept, so ties stay put. */
  readonly stored?: number | null;
}

export interface Linker {
  /**
   * Links a just-stored article into its group (or makes it an original) and returns its
   * link, null for an original. An article published before its group's original becomes
   * the original, and the group re-points to it.
   */
  attach(article: LinkInput): CopyLink | null;
  /**
   * Takes an article out of its group before it is deleted or replaced: when it is an
   * original, the earliest remaining member becomes the original of the others. Returns
   * its storage order (null when not stored), for `attach` of its new version.
   */
  detach(id: string): number | null;
  /**
   * Links the articles stored before near-duplicate detection existed (no signature yet),
   * in storage order, as if ingested now; returns how many.
   */
  backfill(): number;
}

/** Earlier publication first (unknown dates last), then earlier storage. */
function earlier(a: CopyMember, b: CopyMember): boolean {
  if (a.published !== b.published) {
    if (a.published === null) return false;
    if (b.published === null) return true;
    return a.published < b.published;
  }
  return a.stored < b.stored;
}

/** Similarity of two stored signatures; articles without one are only ever exact copies. */
function between(a: CopyMember, b: CopyMember): number {
  if (!a.signature || !b.signature) return 1;
  return similarity(signatureFromBytes(a.signature), signatureFromBytes(b.signature));
}

/**
 * `onRelinked` hears of every stored article other than the one being attached or detached
 * whose original changed (a group re-pointed), so what counts copies can be brought up to date.
 */
export function createLinker(
  store: CopyStore,
  fingerprints: Fingerprinter,
  onRelinked: (id: string) => void = () => {},
): Linker {
  const { threshold } = fingerprints.options;

  /** Makes `root` the original of every other member of `members`. */
  const reroot = (root: CopyMember, members: readonly CopyMember[]): void => {
    store.setLink(root.id, null, null);
    if (root.signature)
      store.indexBands(root.id, fingerprints.bandsOf(signatureFromBytes(root.signature)));
    if (root.copyOf !== null) onRelinked(root.id);
    for (const m of members) {
      if (m.id === root.id) continue;
      store.setLink(m.id, root.id, between(root, m));
      if (m.copyOf === null) onRelinked(m.id);
    }
  };

  const linker: Linker = {
    attach({ id, text, contentHash, stored }) {
      if (stored !== undefined && stored !== null) store.restoreOrder(id, stored);
      const fp = fingerprints.of(text);
      store.setSignature(id, fp ? signatureToBytes(fp.signature) : null);
      const self = store.member(id);
      if (!self) return null;
      // Candidate originals: those of exact copies, and originals sharing an LSH band.
      const exact = store
        .sameContent(contentHash, id)
        .flatMap((twin) => (twin.copyOf === null ? twin : (store.member(twin.copyOf) ?? [])));
      const near = fp ? store.bandMatches(fp.bands, id) : [];
      let found: { root: CopyMember; similarity: number } | null = null;
      for (const [k, root] of [...exact, ...near].entries()) {
        const s = between(self, root);
        const linked = k < exact.length || s >= threshold;
        if (root.id !== id && linked && (!found || s > found.similarity))
          found = { root, similarity: s };
      }
      if (!found) {
        if (fp) store.indexBands(id, fp.bands);
        return null;
      }
      if (!earlier(self, found.root)) {
        store.setLink(id, found.root.id, found.similarity);
        return { copyOf: found.root.id, similarity: found.similarity };
      }
      store.dropBands(found.root.id);
      reroot(self, store.group(found.root.id));
      return null;
    },
    detach(id) {
      const self = store.member(id);
      if (!self || self.copyOf !== null) return self?.stored ?? null;
      store.dropBands(id);
      const rest = store.group(id).filter((m) => m.id !== id);
      const first = rest.reduce<CopyMember | null>((a, m) => (a && !earlier(m, a) ? a : m), null);
      if (first) reroot(first, rest);
      return self.stored;
    },
    backfill() {
      const pending = store.unsigned();
      for (const id of pending) {
        const content = store.content(id);
        // Stored before, its events are counted already: a copy now changes their count.
        if (content && linker.attach({ id, ...content })) onRelinked(id);
      }
      return pending.length;
    },
  };
  return linker;
}
