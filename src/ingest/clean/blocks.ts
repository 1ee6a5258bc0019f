/**
 * Blocks: runs of units on consecutive lines, with no blank line between them. On a page
 * that separates its paragraphs by blank lines, a block is one page element — a menu, a
 * newsletter box, a list of related links — so rules can reason about a line's neighbours.
 *
 * A page that does not separate its paragraphs by blank lines (the block lines the HTML
 * reader produces, or single-spaced text) says nothing about elements: there, every unit
 * is a block of its own.
 */
import type { Unit } from './units.js';

/** True when the unit starts on the line after the previous unit ends. */
function follows(previous: Unit | undefined, unit: Unit): boolean {
  const last = previous?.lines.at(-1);
  return last !== undefined && unit.lines[0] === last + 1;
}

/**
 * True when most paragraphs (sentence-like units) end a block: the page separates its
 * paragraphs by blank lines.
 */
export function separatesParagraphs(units: readonly Unit[]): boolean {
  let paragraphs = 0;
  let separated = 0;
  units.forEach((unit, i) => {
    if (!unit.sentence) return;
    paragraphs += 1;
    const next = units[i + 1];
    if (next === undefined || !follows(unit, next)) separated += 1;
  });
  return paragraphs > 0 && separated * 2 > paragraphs;
}

/** The block number of each unit, counting from 0 in page order. */
export function blockIds(units: readonly Unit[]): readonly number[] {
  const grouped = separatesParagraphs(units);
  let block = -1;
  return units.map((unit, i) => {
    if (!grouped || !follows(units[i - 1], unit)) block += 1;
    return block;
  });
}
