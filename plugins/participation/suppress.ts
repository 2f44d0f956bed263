import {solve} from 'yalps';
import type {Fact, LinearCell, Terms} from './cells';

/** How a published cell is shown: its number, "fewer than N", or hidden so that a small cell cannot be worked out. */
export type Disclosure = 'shown' | 'fewer' | 'hidden';

/** A linear condition on the unknowns: `min <= terms <= max`. */
type Condition = {terms: Terms; min?: number; max?: number};

/** The smallest and largest value `objective` can take under `conditions`, the unknowns being 0 or more. */
export function bounds(objective: Terms, conditions: readonly Condition[], integers = false): {min: number; max: number} {
  const variables = new Map<string, Record<string, number>>();
  const add = (terms: Terms, key: string) => {
    for (const [name, coefficient] of Object.entries(terms)) variables.set(name, {...variables.get(name), [key]: coefficient});
  };
  add(objective, 'objective');
  conditions.forEach((condition, i) => add(condition.terms, `c${i}`));
  const constraints = Object.fromEntries(conditions.map((condition, i) => [`c${i}`, {min: condition.min, max: condition.max}]));
  const optimum = (direction: 'minimize' | 'maximize') => {
    const solution = solve({direction, objective: 'objective', constraints, variables, integers});
    if (solution.status === 'unbounded') return direction === 'minimize' ? -Infinity : Infinity;
    if (solution.status !== 'optimal') throw new Error(`The participation cells contradict each other (${solution.status}): check the data's sums.`);
    return solution.result;
  };
  return {min: optimum('minimize'), max: optimum('maximize')};
}

/** Only one whole number fits between `min` and `max`: the cell is worked out. */
export const isPinned = ({min, max}: {min: number; max: number}) => Math.ceil(min - 1e-6) >= Math.floor(max + 1e-6);

/** What a reader of the published cells knows: shown values, "fewer than" ranges, hidden cells at or above the threshold, and the facts. */
export function knowledge(cells: readonly LinearCell[], status: ReadonlyMap<string, Disclosure>, facts: readonly Fact[], threshold: number): Condition[] {
  return [
    ...cells.map((cell): Condition => {
      const disclosure = status.get(cell.key);
      if (disclosure === 'shown') return {terms: cell.terms, min: cell.value, max: cell.value};
      if (disclosure === 'fewer') return {terms: cell.terms, min: 1, max: threshold - 1};
      if (disclosure === 'hidden') return {terms: cell.terms, min: threshold};
      // A complement that is not published: it cannot be negative.
      return {terms: cell.terms, min: 0};
    }),
    ...facts.map((fact) => ({terms: fact.terms, max: fact.max})),
  ];
}

/** Hidden last: the meeting's size, then the modes and the UN groups, which the pages lead with; breakdowns first. */
const KEEP = ['total', 'mode.', 'group.'];
const keep = (cell: LinearCell) => {
  const rank = KEEP.findIndex((prefix) => cell.key === prefix || cell.key.startsWith(prefix));
  return rank === -1 ? 0 : KEEP.length - rank;
};

/** Under the threshold, but not zero: a zero is about nobody (no one took part remotely in a meeting held in person). */
const isSmall = (cell: LinearCell, threshold: number) => cell.value > 0 && cell.value < threshold;

/**
 * Primary and secondary suppression of one meeting's cells. Every cell of 1
 * to `threshold` - 1 participants is "fewer than" (primary); then, while the smallest and
 * largest values that the published cells allow for some protected cell
 * (hidden, or an unpublished complement under the threshold) are the same
 * whole number, another shown cell is hidden too (secondary): one of the same
 * breakdown if that frees it, totals last. The bounds are those of the linear programme over
 * all published numbers, their ranges and the facts.
 */
export function suppress(cells: readonly LinearCell[], facts: readonly Fact[], threshold: number): Map<string, Disclosure> {
  const status = new Map<string, Disclosure>(cells.filter((cell) => cell.publish).map((cell) => [cell.key, isSmall(cell, threshold) ? 'fewer' : 'shown']));
  const protectedCells = () => cells.filter((cell) => (cell.publish ? status.get(cell.key) !== 'shown' : isSmall(cell, threshold)));
  for (;;) {
    const conditions = knowledge(cells, status, facts, threshold);
    const leak = protectedCells().find((cell) => isPinned(bounds(cell.terms, conditions)));
    if (!leak) return status;
    const family = (cell: LinearCell) => cell.key.split('.')[0];
    const candidates = cells
      .filter((cell) => status.get(cell.key) === 'shown' && cell.value >= threshold)
      .sort((a, b) => Number(family(b) === family(leak)) - Number(family(a) === family(leak)) || keep(a) - keep(b) || a.value - b.value || a.key.localeCompare(b.key));
    // The first cell (same breakdown first, totals last, smallest first) whose hiding leaves the leaking one free; else the first, and look again.
    const frees = (candidate: LinearCell) => !isPinned(bounds(leak.terms, knowledge(cells, new Map([...status, [candidate.key, 'hidden']]), facts, threshold)));
    const next = candidates.find(frees) ?? candidates[0];
    // Nothing is shown any more: nothing can be worked out from it either.
    if (!next) return status;
    status.set(next.key, 'hidden');
  }
}
