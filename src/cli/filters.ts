import { ParleyError } from '../errors.js';
import type { ClusterFilter } from '../store/index.js';

/** The type and date flags of every command that asks questions of events. */
export const RANGE_OPTIONS = {
  type: { type: 'string' },
  from: { type: 'string' },
  to: { type: 'string' },
} as const;

/** The filter flags of `parley timeline`: the range and the actors. */
export const FILTER_OPTIONS = {
  ...RANGE_OPTIONS,
  actor: { type: 'string', multiple: true },
  dyad: { type: 'string' },
} as const;

export const FILTER_HELP = `  --actor CODE        source or target code starts with CODE (RUS matches RUSGOV); repeatable
  --dyad A B          events between A and B, either direction (also --dyad A,B)
  --type T            a PLOVER type (ASSAULT) or a CAMEO code prefix (19 = all fighting)
  --from YYYY-MM-DD --to YYYY-MM-DD   events whose date falls in the range (a month-dated
                      event is in a range that holds one of its days)`;

/** A whole number ≥ `min` from a flag, or undefined when the flag is absent. */
export function countOption(name: string, value: string | undefined, min = 0): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min) {
    throw new ParleyError(`invalid --${name} "${value}" (expected a whole number ≥ ${min})`);
  }
  return n;
}

/**
 * The filter the flags describe. `--dyad A B` takes its second actor from the first
 * positional argument, which is then consumed; `--dyad A,B` needs none.
 */
export function filterFrom(
  values: {
    actor?: string[] | undefined;
    dyad?: string | undefined;
    type?: string | undefined;
    from?: string | undefined;
    to?: string | undefined;
  },
  positionals: string[],
): ClusterFilter {
  let dyad: [string, string] | undefined;
  if (values.dyad !== undefined) {
    const parts = values.dyad.split(',').filter((p) => p !== '');
    const second = parts.length === 1 ? positionals.shift() : parts[1];
    if (!parts[0] || !second || parts.length > 2) {
      throw new ParleyError(`--dyad needs two actor codes ("--dyad USA RUS" or "--dyad USA,RUS")`);
    }
    dyad = [parts[0].toUpperCase(), second.toUpperCase()];
  }
  return {
    ...(values.actor ? { actors: values.actor.map((a) => a.toUpperCase()) } : {}),
    ...(dyad ? { dyad } : {}),
    ...(values.type
      ? { type: /^\d+$/.test(values.type) ? values.type : values.type.toUpperCase() }
      : {}),
    ...(values.from ? { from: values.from } : {}),
    ...(values.to ? { to: values.to } : {}),
  };
}
