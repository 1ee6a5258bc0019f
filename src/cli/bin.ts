#!/usr/bin/env node
/** The `parley` executable: runs the CLI with the process's streams and sets the exit code. */
import { errorMessage } from '../errors.js';
import { main } from './main.js';
import { line } from './output.js';
import type { Io } from './output.js';

const io: Io = {
  out: process.stdout,
  err: process.stderr,
  stdinIsTTY: Boolean(process.stdin.isTTY),
};
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  // A closed pipe (parley events | head) is a normal end, not a failure.
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});
main(process.argv.slice(2), io).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    line(io.err, `parley: internal error: ${errorMessage(error)}`);
    process.exitCode = 3;
  },
);
