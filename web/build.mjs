// Writes the dashboard's static files next to its compiled scripts (dist/web): the page,
// the style sheet, and the world's country shapes as GeoJSON (world-atlas 110m TopoJSON,
// converted here so the browser needs no TopoJSON code). Run by `npm run build`.
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { feature } from 'topojson-client';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const out = join(root, 'dist', 'web');
mkdirSync(out, { recursive: true });
for (const file of ['index.html', 'style.css'])
  copyFileSync(join(root, 'web', 'static', file), join(out, file));
const require = createRequire(import.meta.url);
const topology = JSON.parse(
  readFileSync(require.resolve('world-atlas/countries-110m.json'), 'utf8'),
);
const countries = feature(topology, topology.objects.countries);
// Coordinates to 0.01°: a tenth of the size, far finer than a screen pixel at this scale.
const rounded = JSON.stringify(countries, (key, value) =>
  typeof value === 'number' && key !== 'id' ? Math.round(value * 100) / 100 : value,
);
writeFileSync(join(out, 'countries.json'), rounded);
