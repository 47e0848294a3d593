import { cameoCodebook } from '../modules/common/cameoCodebook.js';
import { quadClassNumberOf } from './cameo.js';
import { gdeltColumns } from './gdeltColumns.js';
import { Random } from './random.js';
import { regions, roles, sampleWorld, type SampleCountry } from './sampleWorld.js';

export interface GdeltSampleOptions {
  readonly rows: number;
  /** The same seed gives the same rows, byte for byte. Default 1. */
  readonly seed?: number;
  /** The first SQLDATE, YYYY-MM-DD. Default 2016-01-01. */
  readonly firstDay?: string;
  /** How many days the SQLDATEs spread over. Default four years. */
  readonly days?: number;
}

const dayMs = 86_400_000;
const pad = (n: number, width = 2): string => String(n).padStart(width, '0');
/** As GDELT writes GoldsteinScale: always one decimal at least ("1.0", "-0.3"). */
const goldsteinText = (value: number): string => (Number.isInteger(value) ? value.toFixed(1) : String(value));

/**
 * Rows shaped like a GDELT 2.0 Events export (61 tab-separated columns, no line break), one at a
 * time: a generator, so a million rows stream to disk without being held.
 */
export function* gdeltSampleRows(options: GdeltSampleOptions): Generator<string> {
  const random = new Random(options.seed ?? 1);
  const world = sampleWorld(random);
  const first = Date.parse(`${options.firstDay ?? '2016-01-01'}T00:00:00Z`);
  if (Number.isNaN(first)) throw new Error(`firstDay "${options.firstDay}" is not a date: expected YYYY-MM-DD`);
  const days = options.days ?? 4 * 365;
  let id = 800_000_000;
  for (let row = 0; row < options.rows; row++) {
    id += random.int(1, 3);
    const day = new Date(first + random.int(0, days - 1) * dayMs);
    const [y, m, d] = [day.getUTCFullYear(), day.getUTCMonth() + 1, day.getUTCDate()];
    const added = new Date(day.getTime() + random.int(0, 2) * dayMs + random.int(0, 95) * 900_000);
    const actor1 = random.chance(0.93) ? actor(random, world.countries.draw(random)) : null;
    const actor2 = random.chance(0.8) ? actor(random, world.countries.draw(random)) : null;
    const code = world.codes.draw(random);
    const sources = random.chance(0.7) ? 1 : random.int(2, 8);
    const articles = sources * random.int(1, 4);
    const actionCountry = actor1?.country ?? actor2?.country ?? world.countries.draw(random);
    const fields = [
      String(id), `${y}${pad(m)}${pad(d)}`, `${y}${pad(m)}`, String(y), (y + ((m - 1) * 30 + d) / 365).toFixed(4),
      ...actorFields(actor1), ...actorFields(actor2),
      random.chance(0.55) ? '1' : '0', code, code.slice(0, 3), code.slice(0, 2), String(quadClassNumberOf(code)),
      goldsteinText(cameoCodebook[code]?.goldstein ?? 0), String(articles + random.int(0, 12)), String(sources), String(articles),
      Math.max(-25, Math.min(25, random.normal(-1.5, 4))).toFixed(6),
      ...countryGeo(actor1?.country ?? null), ...countryGeo(actor2?.country ?? null),
      ...(random.chance(0.05) ? emptyGeo : capitalGeo(random, actionCountry)),
      added.toISOString().slice(0, 19).replace(/[-T:]/g, ''),
      `https://www.example.${random.pick(['com', 'org', 'net'])}/news/${y}/${pad(m)}/${pad(d)}/${id}.html`,
    ];
    if (fields.length !== gdeltColumns.length) throw new Error(`sample row has ${fields.length} columns`);
    yield fields.join('\t');
  }
}

interface SampleActor {
  readonly code: string;
  readonly name: string;
  readonly countryCode: string;
  readonly role: string;
  readonly country: SampleCountry | null;
}

function actor(random: Random, country: SampleCountry): SampleActor {
  if (random.chance(0.03)) {
    const [code, name] = random.pick(regions);
    return { code, name, countryCode: code, role: '', country: null };
  }
  const role = random.pick(roles);
  return { code: country.iso3 + role, name: country.actorName, countryCode: country.iso3, role, country };
}

/** Code, Name, CountryCode, KnownGroup, Ethnic, Religion1, Religion2, Type1, Type2, Type3. */
function actorFields(actor: SampleActor | null): string[] {
  if (!actor) return ['', '', '', '', '', '', '', '', '', ''];
  return [actor.code, actor.name, actor.countryCode, '', '', '', '', actor.role, '', ''];
}

const emptyGeo = ['0', '', '', '', '', '', '', ''];

/** Type, FullName, CountryCode, ADM1Code, ADM2Code, Lat, Long, FeatureID: GDELT's country-level match. */
function countryGeo(country: SampleCountry | null): string[] {
  if (!country) return emptyGeo;
  return ['1', country.name, country.iso2, country.iso2, '', country.latitude, country.longitude, country.iso2];
}

/**
 * A world city (type 4) at the capital, written as GDELT does when it knows no province ("Minsk,
 * Belarus (general), Belarus"). world-countries gives no capital coordinates, so the country's stand in.
 */
function capitalGeo(random: Random, country: SampleCountry): string[] {
  if (!country.capital) return countryGeo(country);
  const fullName = `${country.capital}, ${country.name} (general), ${country.name}`;
  return ['4', fullName, country.iso2, `${country.iso2}00`, '', country.latitude, country.longitude, String(-random.int(1, 3_000_000))];
}
