// Generates the 10-million-row bench inputs (run by bench.mjs when missing; not committed):
//   node bench/actuals/generate.mjs DIR [ROWS]
// Writes DIR/actuals-<ROWS>.csv and DIR/actuals-<ROWS>.parquet with the shared data's columns:
// region,indicator,subject,year,value,unit,growth_pct,source_url. Values are synthetic (a deterministic generator),
// shaped like the published figures: 4 regions, 12 indicators, 6 scopes, years 1990–2024, 2-decimal values in 亿元
// or 万户, growth with one decimal (empty for 1 row in 10), 5,000 distinct source URLs.
import { closeSync, existsSync, mkdirSync, openSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { parquetWriteFile } from 'hyparquet-writer';

const dir = process.argv[2] ?? '/tmp/cluster-targets-bench';
const n = Number(process.argv[3] ?? 10_000_000);
mkdirSync(dir, { recursive: true });
const REGIONS = ['武汉市', '襄阳市', '黄冈市', '湖北省'];
const INDICATORS = [
  ['地区生产总值', '亿元'],
  ['规模以上工业增加值', '亿元'],
  ['社会消费品零售总额', '亿元'],
  ['固定资产投资', '亿元'],
  ['外贸进出口总额', '亿元'],
  ['招商引资实际到位资金', '亿元'],
  ['光电子信息产业规模', '亿元'],
  ['汽车制造业产值', '亿元'],
  ['农产品加工业产值', '亿元'],
  ['第三产业增加值(服务业)', '亿元'],
  ['年末市场主体', '万户'],
  ['新登记市场主体', '万户'],
];
const SCOPES = ['全市', '全市', '全市', '东湖高新区(中国光谷)', '武汉经开区', '全市(2021年1-11月)'];

function row(i) {
  // a cheap deterministic mix so that neighbouring rows differ
  const h = Math.imul(i ^ (i >>> 13), 0x5bd1e995) >>> 0;
  const [ind, unit] = INDICATORS[h % INDICATORS.length];
  const cents = (h >>> 4) % 2_000_000;
  const value = `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, '0')}`;
  const tenths = ((h >>> 11) % 300) - 50; // growth from -5.0 to 24.9, one decimal
  const g =
    (h >>> 9) % 10 === 0
      ? ''
      : `${tenths < 0 ? '-' : ''}${Math.floor(Math.abs(tenths) / 10)}.${Math.abs(tenths) % 10}`;
  return [
    REGIONS[i % 4],
    ind,
    SCOPES[(h >>> 3) % SCOPES.length],
    1990 + ((h >>> 7) % 35),
    value,
    unit,
    g,
    `http://example.org/tjgb/${(h >>> 5) % 5000}.html`,
  ];
}

const csvPath = join(dir, `actuals-${n}.csv`);
if (!existsSync(csvPath)) {
  const fd = openSync(`${csvPath}.tmp`, 'w');
  writeSync(fd, 'region,indicator,subject,year,value,unit,growth_pct,source_url\n');
  let buf = [];
  for (let i = 0; i < n; i++) {
    buf.push(row(i).join(','));
    if (buf.length === 100_000) {
      writeSync(fd, `${buf.join('\n')}\n`);
      buf = [];
    }
  }
  if (buf.length) writeSync(fd, `${buf.join('\n')}\n`);
  closeSync(fd);
  const { renameSync } = await import('node:fs');
  renameSync(`${csvPath}.tmp`, csvPath);
  console.error(`wrote ${csvPath}`);
}
const pqPath = join(dir, `actuals-${n}.parquet`);
if (!existsSync(pqPath)) {
  const cols = [[], [], [], new Int32Array(n), new Float64Array(n), [], new Float64Array(n), []];
  for (let i = 0; i < n; i++) {
    const r = row(i);
    cols[0].push(r[0]);
    cols[1].push(r[1]);
    cols[2].push(r[2]);
    cols[3][i] = Number(r[3]);
    cols[4][i] = Number(r[4]);
    cols[5].push(r[5]);
    cols[6][i] = r[6] === '' ? Number.NaN : Number(r[6]);
    cols[7].push(r[7]);
  }
  const growth = Array.from(cols[6], (x) => (Number.isNaN(x) ? null : x));
  parquetWriteFile({
    filename: `${pqPath}.tmp`,
    rowGroupSize: 1_000_000,
    columnData: [
      { name: 'region', data: cols[0], type: 'STRING' },
      { name: 'indicator', data: cols[1], type: 'STRING' },
      { name: 'subject', data: cols[2], type: 'STRING' },
      { name: 'year', data: cols[3], type: 'INT32' },
      { name: 'value', data: cols[4], type: 'DOUBLE' },
      { name: 'unit', data: cols[5], type: 'STRING' },
      { name: 'growth_pct', data: growth, type: 'DOUBLE' },
      { name: 'source_url', data: cols[7], type: 'STRING' },
    ],
  });
  const { renameSync } = await import('node:fs');
  renameSync(`${pqPath}.tmp`, pqPath);
  console.error(`wrote ${pqPath}`);
}
