import { parseArgs } from 'node:util';
import type { ParseArgsConfig } from 'node:util';
import { ParleyError } from '../errors.js';

export type Options = NonNullable<ParseArgsConfig['options']>;

/** Parses a command's arguments; unknown flags are an error naming the command. */
export function parse<O extends Options>(
  command: string,
  argv: readonly string[],
  options: O,
  allowPositionals = true,
): ReturnType<typeof parseArgs<{ options: O; allowPositionals: true; strict: true }>> {
  try {
    const parsed = parseArgs({ args: [...argv], options, allowPositionals: true, strict: true });
    if (!allowPositionals && parsed.positionals.length > 0) {
      throw new ParleyError(`unexpected argument "${parsed.positionals[0]}"`, {
        where: `parley ${command}`,
      });
    }
    return parsed;
  } catch (cause) {
    if (cause instanceof ParleyError) throw cause;
    throw new ParleyError((cause as Error).message.replace(/\s*\n\s*/g, ' '), {
      where: `parley ${command}`,
      cause,
    });
  }
}

/** Flags shared by the commands that open the database. */
export const DB_OPTION = { db: { type: 'string' } } as const;
