import { EVENT_COLUMNS } from './columns/events.js';
import { MENTION_COLUMNS } from './columns/mentions.js';
import type { ColumnShape, ColumnSpec } from './types.js';
import { CSV_LIST_SEPARATOR } from './writers/index.js';

/** How each column type is written in Parquet, JSON lines and CSV. */
const TYPES: Readonly<Record<ColumnShape['type'], string>> = {
  string: 'string',
  int: 'int (INT32)',
  double: 'double (DOUBLE)',
  boolean: 'boolean (BOOLEAN)',
  strings: 'list of strings (LIST<UTF8>)',
};

const cell = (text: string): string => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

function table(columns: readonly ColumnSpec<never>[]): string {
  const rows = columns.map(
    (c) => `| \`${c.name}\` | ${TYPES[c.type]} | ${cell(c.convention)} | ${cell(c.description)} |`,
  );
  return [
    '| column | type | convention | description |',
    '| --- | --- | --- | --- |',
    ...rows,
  ].join('\n');
}

/**
 * The column reference (docs/export-columns.md) made from the column specs, so the docs
 * and the code cannot disagree: `parley export --columns` prints it, and a test checks
 * the file is up to date.
 */
export function columnReference(): string {
  return `# Export columns

<!-- Generated from src/export/columns/ by \`parley export --columns\`; do not edit by hand. -->

\`parley export\` writes the same columns in every format. Types: strings are UTF-8
(Parquet BYTE_ARRAY/UTF8); \`int\` is Parquet INT32, \`double\` DOUBLE, \`boolean\` BOOLEAN;
every column may be empty (null in JSON and Parquet, an empty cell in CSV). A list of
strings is a Parquet LIST, a JSON array, and in CSV its texts joined by \`${CSV_LIST_SEPARATOR}\`.
Dates are ISO 8601 strings at the precision the text gives (\`2016-02-12\`, \`2016-02\`,
\`2016\`; a week by its Monday) with \`date_precision\` beside them: a Parquet DATE would
have to invent a day. Booleans are \`true\`/\`false\` in CSV.

The names follow ICEWS and Phoenix (the CAMEO-coded datasets), in snake_case; the
*convention* column names the field each one corresponds to (ICEWS's countries are names,
ours ISO 3166-1 alpha-3 codes), GDELT where it has the only name (event counts), PLOVER
for its types and modes, and \`Parley\` for fields of our own.

## Mentions (\`--mentions\`, the default)

One row per coded mention: one coded event in one sentence of one article, with its
article and the clustered event it reports. In date order, undated last.

${table(MENTION_COLUMNS)}

## Events (\`--events\`)

One row per clustered event: the mentions of one event across reports (same dyad at
country level, same PLOVER type, modality and negation, same day), with the codes most
of its mentions agree on. In date order, undated last.

${table(EVENT_COLUMNS)}
`;
}
