// County-level divisions abolished since 2016, so old links and bookmarks still lead somewhere.
// Sources: 国务院 批复 2016 (宁波 江东区 → 鄞州区) and 2021 (杭州: 下城区 → 拱墅区; 江干区 → 上城区 and,
// for 下沙/白杨 街道, 钱塘区). A split has no single successor: both are offered, nothing is redirected.
export interface FormerDistrict {
  citySlug: string;
  slug: string;
  name: string;
  /** Year the division was abolished. */
  year: number;
  /** Slugs of the successors in the same city; one means the old URL can redirect. */
  successors: string[];
}

export const formerDistricts: readonly FormerDistrict[] = [
  { citySlug: 'hangzhou', slug: 'xiacheng', name: '下城区', year: 2021, successors: ['gongshu'] },
  { citySlug: 'hangzhou', slug: 'jianggan', name: '江干区', year: 2021, successors: ['shangcheng', 'qiantang'] },
  { citySlug: 'ningbo', slug: 'jiangdong', name: '江东区', year: 2016, successors: ['yinzhou'] },
];

/** The abolished division a slug or name (下城区, 下城, xiacheng) of a city meant, if any. */
export function findFormerDistrict(citySlug: string, nameOrSlug: string): FormerDistrict | undefined {
  const q = nameOrSlug.trim().toLowerCase();
  return formerDistricts.find((f) => f.citySlug === citySlug && (f.slug === q || f.name === q || f.name.slice(0, -1) === q));
}

/** Abolished divisions whose area is now (wholly or partly) the given district. */
export function predecessorsOf(citySlug: string, districtSlug: string): FormerDistrict[] {
  return formerDistricts.filter((f) => f.citySlug === citySlug && f.successors.includes(districtSlug));
}
