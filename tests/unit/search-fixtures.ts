// Small hand-written catalogues for search and filter tests: realistic names, both languages, typo bait.
import { catalogueContent, type CatalogueContent, type Location, type Offer } from '../../src/catalogue/schema.ts';
import needs from '../../src/catalogue/demo/needs.json' with { type: 'json' };
import type { IndexEntry } from '../../src/catalogue/search.ts';

type OfferInput = Partial<Offer> & Pick<Offer, 'id' | 'organization_id' | 'name' | 'summary' | 'description' | 'categories'>;

const base = { languages: ['da'], free: true, access: 'self', assured_date: '2025-01-10' } as const;

export function offer(o: OfferInput): OfferInput {
  return { ...base, ...o } as OfferInput;
}

export function catalogue(id: string, lang: 'da' | 'de', organisations: { id: string; name: string }[], offers: OfferInput[]): CatalogueContent {
  return catalogueContent.parse({
    catalogue: { id, name: { [lang]: id }, region: id, default_language: lang },
    needs,
    organisations: organisations.map((o) => ({ ...o, description: { [lang]: `${o.name}.` } })),
    offers,
  });
}

export function entriesOf(c: CatalogueContent): IndexEntry[] {
  const orgs = new Map(c.organisations.map((o) => [o.id, o]));
  return c.offers.map((offer) => ({
    catalogueId: c.catalogue.id,
    offer,
    organisation: orgs.get(offer.organization_id),
    needs: c.needs,
    catalogueLanguage: c.catalogue.default_language,
  }));
}

const place = (municipality: string, postal_code: string, city: string): Location => ({
  id: `loc-${postal_code}`,
  address_1: 'Eksempelvej 1',
  postal_code,
  city,
  municipality,
  country: municipality === 'Nürtingen' ? 'DE' : 'DK',
});

export const small = catalogue(
  'testby',
  'da',
  [
    { id: 'moedrehjaelpen', name: 'Mødrehjælpen' },
    { id: 'bvv', name: 'Børns Voksenvenner' },
    { id: 'redbarnet', name: 'Red Barnet' },
    { id: 'dfh', name: 'Dansk Folkehjælp' },
    { id: 'fz', name: 'Familienzentren Nürtingen' },
  ],
  [
    offer({
      id: 'gravid-raadgivning',
      organization_id: 'moedrehjaelpen',
      name: { da: 'Rådgivning til gravide og småbørnsforældre', de: 'Beratung für Schwangere und Eltern kleiner Kinder' },
      summary: { da: 'Anonym rådgivning om graviditet, økonomi og familieliv.', de: 'Anonyme Beratung zu Schwangerschaft, Geld und Familienleben.' },
      description: { da: 'Mødrehjælpens rådgivere hjælper over telefonen og i chat.', de: 'Die Beraterinnen helfen am Telefon und im Chat.' },
      categories: ['parenting'],
      languages: ['da', 'en'],
      minimum_age: 0,
      maximum_age: 6,
    }),
    offer({
      id: 'voksenven',
      organization_id: 'bvv',
      name: { da: 'En voksenven til dit barn', de: 'Ein erwachsener Freund für Ihr Kind' },
      summary: { da: 'Frivillig voksenven for børn med få voksne i livet.', de: 'Ehrenamtliche Patenschaft für Kinder mit wenigen Erwachsenen.' },
      description: { da: 'Barnet og voksenvennen mødes et par gange om måneden.', de: 'Kind und Pate treffen sich ein paar Mal im Monat.' },
      categories: ['loneliness'],
      minimum_age: 5,
      maximum_age: 14,
      locations: [place('Aarhus', '8260', 'Viby J')],
    }),
    offer({
      id: 'lektiecafe',
      organization_id: 'redbarnet',
      name: { da: 'Lektiecafé i Gellerup', de: 'Hausaufgabencafé in Gellerup' },
      summary: { da: 'Gratis hjælp til lektier hver tirsdag og torsdag.', de: 'Kostenlose Hausaufgabenhilfe dienstags und donnerstags.' },
      description: { da: 'Frivillige hjælper med dansk, matematik og engelsk.', de: 'Ehrenamtliche helfen bei Dänisch, Mathe und Englisch.' },
      categories: ['learning'],
      languages: ['da', 'ar'],
      minimum_age: 7,
      maximum_age: 16,
      locations: [place('Aarhus', '8220', 'Brabrand')],
    }),
    offer({
      id: 'julehjaelp',
      organization_id: 'dfh',
      name: { da: 'Julehjælp til familier' },
      summary: { da: 'Madkurv og gavekort til jul for familier med lav indkomst.' },
      description: { da: 'Ansøg i november; vi vurderer ansøgningerne anonymt.' },
      categories: ['parenting'],
      free: true,
      locations: [place('Aarhus', '8000', 'Aarhus C')],
    }),
    offer({
      id: 'elterncafe',
      organization_id: 'fz',
      name: { de: 'Elterncafé im Familienzentrum', da: 'Forældrecafé i familiecentret' },
      summary: { de: 'Offener Treff für Eltern mit Kindern bis drei Jahre.', da: 'Åbent mødested for forældre med børn op til tre år.' },
      description: { de: 'Mit Kinderbetreuung und Beratung durch eine Familienhebamme.', da: 'Med børnepasning og rådgivning.' },
      categories: ['parenting'],
      languages: ['de', 'ar', 'tr'],
      free: false,
      maximum_age: 3,
      locations: [place('Nürtingen', '72622', 'Nürtingen')],
    }),
  ],
);
