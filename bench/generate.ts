// A deterministic generator of realistic catalogues (Danish and German providers, offers, ages,
// areas, da/de/en texts) at any size, for the benchmark and for testing the fast search path.
import type { CatalogueContent, Location, Need, Offer, Organisation } from '../src/catalogue/schema.ts';
import needsJson from '../src/catalogue/demo/needs.json' with { type: 'json' };
import type { IndexEntry } from '../src/catalogue/search.ts';

/** mulberry32: tiny, fast, and the same sequence on every machine. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rand = () => number;
const pick = <T>(r: Rand, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];

const DK_BRANDS = [
  'Børns Voksenvenner', 'Red Barnet', 'Mødrehjælpen', 'Natteravnene', 'Kræftens Bekæmpelse', 'Blå Kors', 'Røde Kors',
  'Dansk Folkehjælp', 'De Grønne Pigespejdere', 'Folkekirkens Familiestøtte', 'Homestart', 'Sind Pårørende',
  'Ung Uden Mobning', 'Young Connect', 'Bedre Psykiatri', 'Børnenes Kontor', 'DGI', 'Ungdommens Fællesråd',
  'Lektiecaféen', 'Fritidsklubben', 'Idrætsforeningen', 'Spejderne', 'Familiehuset', 'Ungehuset', 'Sorggruppen',
];
const DE_BRANDS = [
  'Kinderschutzbund', 'Caritas', 'Diakonie', 'AWO', 'Familienzentrum', 'Frühe Hilfen', 'Jugendmigrationsdienst',
  'Tafel', 'Turnverein', 'Sportverein', 'Pfadfinder', 'Mehrgenerationenhaus', 'Jugendhaus', 'Elternschule',
  'Erziehungsberatungsstelle', 'Lernpaten', 'Stadtteiltreff', 'Mütterzentrum', 'Kinderhaus', 'Musikschule',
];
const DK_AREAS: [string, string, string][] = [
  ['Aarhus', '8000', 'Aarhus C'], ['Aarhus', '8210', 'Aarhus V'], ['Aarhus', '8220', 'Brabrand'], ['Aarhus', '8260', 'Viby J'],
  ['Aarhus', '8270', 'Højbjerg'], ['Aarhus', '8230', 'Åbyhøj'], ['Aarhus', '8200', 'Aarhus N'], ['Aarhus', '8381', 'Tilst'],
  ['Esbjerg', '6700', 'Esbjerg'], ['Esbjerg', '6705', 'Esbjerg Ø'], ['Odense', '5000', 'Odense C'], ['Randers', '8900', 'Randers C'],
  ['Silkeborg', '8600', 'Silkeborg'], ['Skanderborg', '8660', 'Skanderborg'], ['Favrskov', '8382', 'Hinnerup'],
];
const DE_AREAS: [string, string, string][] = [
  ['Esslingen', '73728', 'Esslingen am Neckar'], ['Esslingen', '73730', 'Esslingen-Zell'], ['Nürtingen', '72622', 'Nürtingen'],
  ['Kirchheim unter Teck', '73230', 'Kirchheim unter Teck'], ['Filderstadt', '70794', 'Filderstadt'],
  ['Leinfelden-Echterdingen', '70771', 'Leinfelden-Echterdingen'], ['Ostfildern', '73760', 'Ostfildern'],
  ['Plochingen', '73207', 'Plochingen'], ['Wendlingen', '73240', 'Wendlingen am Neckar'], ['Denkendorf', '73770', 'Denkendorf'],
];

/** Offer kinds: Danish and German names, summaries, the need they serve and a typical age range. */
const KINDS: { need: string; da: string; de: string; en: string; ages: [number, number] }[] = [
  { need: 'learning', da: 'Lektiecafé', de: 'Hausaufgabenhilfe', en: 'Homework café', ages: [6, 16] },
  { need: 'learning', da: 'Læseklub', de: 'Lesepatenschaft', en: 'Reading club', ages: [6, 12] },
  { need: 'loneliness', da: 'Voksenven', de: 'Patenschaft', en: 'Adult friend', ages: [5, 14] },
  { need: 'loneliness', da: 'Mentorordning', de: 'Mentorenprogramm', en: 'Mentoring', ages: [12, 25] },
  { need: 'leisure', da: 'Fodboldhold', de: 'Fußballgruppe', en: 'Football team', ages: [6, 18] },
  { need: 'leisure', da: 'Spejdergruppe', de: 'Pfadfindergruppe', en: 'Scout group', ages: [7, 17] },
  { need: 'leisure', da: 'Ungdomsklub', de: 'Jugendtreff', en: 'Youth club', ages: [12, 18] },
  { need: 'parenting', da: 'Forældrecafé', de: 'Elterncafé', en: 'Parents café', ages: [0, 6] },
  { need: 'parenting', da: 'Familierådgivning', de: 'Familienberatung', en: 'Family counselling', ages: [0, 18] },
  { need: 'parenting', da: 'Mødregruppe', de: 'Mütterkreis', en: 'Mothers group', ages: [0, 3] },
];
const EXTRA_NEEDS = needsJson.map((n) => n.id);

const DK_TARGETS = ['børn', 'unge', 'familier', 'piger', 'drenge', 'nybagte forældre', 'enlige forsørgere', 'tosprogede familier'];
const DE_TARGETS = ['Kinder', 'Jugendliche', 'Familien', 'Mädchen', 'Jungen', 'junge Eltern', 'Alleinerziehende', 'zugewanderte Familien'];
const DK_SENTENCES = [
  'Frivillige hjælper {t} hver uge med det, der er svært.', 'Vi mødes i {c} og laver noget sammen.',
  'Tilbuddet er gratis og kræver ingen henvisning.', 'Kontakt os, så finder vi en løsning sammen med jer.',
  'Børnene får en fast voksen, der har tid til at lytte.', 'Vi taler dansk, engelsk og arabisk.',
  'Der er plads til søskende, og forældre er velkomne.', 'Vi samarbejder med skoler, sundhedsplejen og kommunen.',
];
const DE_SENTENCES = [
  'Ehrenamtliche unterstützen {t} jede Woche bei dem, was schwerfällt.', 'Wir treffen uns in {c} und unternehmen etwas zusammen.',
  'Das Angebot ist kostenlos und ohne Überweisung.', 'Melden Sie sich, dann finden wir gemeinsam eine Lösung.',
  'Kinder bekommen eine feste Bezugsperson, die Zeit zum Zuhören hat.', 'Wir sprechen Deutsch, Türkisch und Arabisch.',
  'Geschwister sind willkommen, Eltern können dabei sein.', 'Wir arbeiten mit Schulen, Kitas und dem Jugendamt zusammen.',
];
const SYLLABLES = [
  'ka', 'lo', 'ri', 'ne', 'mu', 'sa', 'to', 'vi', 'dal', 'berg', 'lund', 'hav', 'stein', 'bach', 'fel', 'mar', 'ul', 'tek', 'bo', 'gen',
  'hol', 'kir', 'ster', 'ved', 'wald', 'au', 'ing', 'sko', 'mo', 'ra', 'bi', 'nu', 'ek', 'as', 'tor', 'fjord', 'heim', 'dorf', 'se', 'li',
];
const LANGUAGES = ['da', 'de', 'en', 'ar', 'tr', 'so', 'uk', 'fa', 'pl'];

/** A made-up proper name (project, place, street), so the vocabulary grows like real data does. */
function properName(r: Rand): string {
  const n = 2 + Math.floor(r() * 2);
  let s = '';
  for (let i = 0; i < n; i++) s += pick(r, SYLLABLES);
  return s[0].toUpperCase() + s.slice(1);
}

function fill(template: string, target: string, city: string): string {
  return template.replace('{t}', target).replace('{c}', city);
}

export interface Generated {
  content: CatalogueContent;
  entries: IndexEntry[];
}

/** `size` offers from ~size/20 providers; half Danish (Danish first), half German (German first). */
export function generateCatalogue(size: number, seed = 1): Generated {
  const r = rng(seed);
  const needs = needsJson as Need[];
  const orgCount = Math.max(4, Math.round(size / 20));
  const organisations: (Organisation & { dk: boolean; area: [string, string, string] })[] = [];
  const seen = new Set<string>();
  for (let i = 0; organisations.length < orgCount; i++) {
    const dk = i % 2 === 0;
    const area = pick(r, dk ? DK_AREAS : DE_AREAS);
    const brand = pick(r, dk ? DK_BRANDS : DE_BRANDS);
    const name = r() < 0.5 ? `${brand} ${area[2]}` : `${brand} ${properName(r)}`;
    if (seen.has(name)) continue;
    seen.add(name);
    organisations.push({
      id: `org-${organisations.length}`,
      name,
      description: dk ? { da: `${name} er en forening i ${area[0]}.` } : { de: `${name} ist ein Träger in ${area[0]}.` },
      phones: [],
      dk,
      area,
    });
  }
  const offers: Offer[] = [];
  for (let i = 0; i < size; i++) {
    const org = organisations[i % orgCount];
    const kind = pick(r, KINDS);
    const area = r() < 0.7 ? org.area : pick(r, org.dk ? DK_AREAS : DE_AREAS);
    const dkT = Math.floor(r() * DK_TARGETS.length);
    const project = r() < 0.35 ? ` ${properName(r)}` : '';
    const city = area[2];
    const sentences = [0, 1, 2].map(() => Math.floor(r() * DK_SENTENCES.length));
    const location: Location = {
      id: `loc-${i}`,
      address_1: `${properName(r)}${org.dk ? 'vej' : 'straße'} ${1 + Math.floor(r() * 120)}`,
      postal_code: area[1],
      city,
      municipality: area[0],
      country: org.dk ? 'DK' : 'DE',
    };
    const [lo, hi] = kind.ages;
    const min = lo + Math.floor(r() * 3);
    const categories = [...new Set([kind.need, ...(r() < 0.3 ? [pick(r, EXTRA_NEEDS)] : [])])];
    offers.push({
      id: `offer-${i}`,
      organization_id: org.id,
      status: 'active',
      name: {
        da: `${kind.da}${project} for ${DK_TARGETS[dkT]} i ${city}`,
        de: `${kind.de}${project} für ${DE_TARGETS[dkT]} in ${city}`,
        ...(r() < 0.5 ? { en: `${kind.en}${project} in ${city}` } : {}),
      },
      summary: {
        da: fill(DK_SENTENCES[sentences[0]], DK_TARGETS[dkT], city),
        de: fill(DE_SENTENCES[sentences[0]], DE_TARGETS[dkT], city),
      },
      description: {
        da: sentences.map((s) => fill(DK_SENTENCES[s], DK_TARGETS[dkT], city)).join(' '),
        de: sentences.map((s) => fill(DE_SENTENCES[s], DE_TARGETS[dkT], city)).join(' '),
      },
      minimum_age: min,
      maximum_age: Math.max(min, hi - Math.floor(r() * 3)),
      categories,
      languages: [org.dk ? 'da' : 'de', ...(r() < 0.4 ? [pick(r, LANGUAGES)] : [])].filter((l, j, a) => a.indexOf(l) === j),
      free: r() < 0.75,
      cost_options: [],
      access: pick(r, ['self', 'professional', 'both'] as const),
      phones: [],
      locations: r() < 0.9 ? [location] : [],
      schedules: [],
      assured_date: `202${4 + Math.floor(r() * 2)}-0${1 + Math.floor(r() * 9)}-1${Math.floor(r() * 9)}`,
    });
  }
  const orgs: Organisation[] = organisations.map(({ dk: _dk, area: _area, ...o }) => o);
  const content: CatalogueContent = {
    catalogue: { id: `gen-${size}`, name: { da: `Genereret ${size}`, de: `Generiert ${size}` }, region: 'Benchmark', default_language: 'da' },
    needs,
    organisations: orgs,
    offers,
    places: [],
  };
  const byId = new Map(orgs.map((o) => [o.id, o]));
  const entries = offers.map((offer) => ({
    catalogueId: content.catalogue.id,
    offer,
    organisation: byId.get(offer.organization_id),
    needs,
    catalogueLanguage: 'da' as const,
  }));
  return { content, entries };
}
