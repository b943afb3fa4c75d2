// A small held catalogue and a way to render the real app routes over it, in a chosen UI language.
import { render } from '@testing-library/react';
import i18next from 'i18next';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { catalogueContent, type CatalogueContent } from '../../src/catalogue/schema.ts';
import needs from '../../src/catalogue/demo/needs.json' with { type: 'json' };
import { AppDatabase } from '../../src/storage/db.ts';
import { replaceCatalogue } from '../../src/storage/catalogueStore.ts';
import { appRoutes } from '../../src/app/App.tsx';
import { CatalogueProvider } from '../../src/app/catalogue-context.tsx';
import { initI18n, type UiLanguage } from '../../src/app/i18n.ts';

const loc = (id: string, address_1: string, postal_code: string, city: string, municipality: string) =>
  ({ id, address_1, postal_code, city, municipality, country: 'DK' }) as const;

export const fixture: CatalogueContent = catalogueContent.parse({
  catalogue: { id: 'testby', name: { da: 'Testby Kommune', de: 'Gemeinde Testby', en: 'Testby' }, region: 'Testby', default_language: 'da' },
  needs,
  organisations: [
    { id: 'moedrehjaelpen', name: 'Mødrehjælpen', description: { da: 'Landsdækkende forening for familier.', de: 'Landesweiter Verein für Familien.' }, phones: [{ number: '+45 00 00 00 01' }], email: 'kontakt@moedre.example.org', website: 'https://moedre.example.org/' },
    { id: 'bvv', name: 'Børns Voksenvenner', description: { da: 'Frivillige voksenvenner til børn.' } },
    { id: 'klub', name: 'Testby Idrætsforening', description: { da: 'Idræt for alle.' } },
  ],
  offers: [
    {
      id: 'raadgivning',
      organization_id: 'moedrehjaelpen',
      name: { da: 'Rådgivning til gravide og småbørnsforældre', de: 'Beratung für Schwangere und junge Eltern' },
      summary: { da: 'Gratis og anonym rådgivning om familieliv.', de: 'Kostenlose, anonyme Beratung zum Familienleben.' },
      description: { da: 'Ring eller skriv til os.\nVi hjælper med økonomi, bolig og familieliv.', de: 'Rufen Sie an oder schreiben Sie.\nWir helfen bei Geld, Wohnung und Familienleben.' },
      eligibility_description: { da: 'Gravide og forældre med børn under 6 år.' },
      maximum_age: 6,
      categories: ['parenting'],
      languages: ['da', 'en', 'ar'],
      free: true,
      access: 'self',
      application_process: { da: 'Ring på telefonen i åbningstiden.' },
      locations: [loc('l1', 'Eksempelgade 1', '8000', 'Aarhus C', 'Aarhus')],
      schedule_description: { da: 'Mandag til torsdag kl. 9–15.' },
      assured_date: '2020-03-01',
    },
    {
      id: 'voksenven',
      organization_id: 'bvv',
      name: { da: 'En voksenven til dit barn' },
      summary: { da: 'En frivillig voksen, der har tid til ét barn.' },
      description: { da: 'Barnet og voksenvennen ses et par gange om måneden.' },
      minimum_age: 6,
      maximum_age: 14,
      categories: ['loneliness'],
      languages: ['da'],
      free: true,
      access: 'both',
      locations: [loc('l2', 'Prøvevej 2', '8260', 'Viby J', 'Aarhus')],
      assured_date: new Date().toISOString().slice(0, 10),
    },
    {
      id: 'fodbold',
      organization_id: 'klub',
      name: { da: 'Fodbold for piger', de: 'Fußball für Mädchen' },
      summary: { da: 'Træning hver tirsdag for piger 8–12 år.', de: 'Training jeden Dienstag für Mädchen von 8 bis 12.' },
      description: { da: 'Kom og spil med.' },
      minimum_age: 8,
      maximum_age: 12,
      categories: ['leisure'],
      languages: ['da'],
      free: false,
      cost_options: [{ option: { da: 'Kontingent pr. halvår', de: 'Beitrag pro Halbjahr' }, amount: 300, currency: 'DKK' }],
      access: 'self',
      locations: [loc('l3', 'Stadionvej 3', '8210', 'Aarhus V', 'Aarhus')],
      assured_date: new Date().toISOString().slice(0, 10),
    },
  ],
});

let dbCounter = 0;

/** A fresh device database following and holding `held` (the fixture catalogue unless told), or nothing. */
export async function deviceDb(held: CatalogueContent | false = fixture): Promise<AppDatabase> {
  const db = new AppDatabase(`component-${++dbCounter}-${Math.random()}`);
  if (held) {
    const id = held.catalogue.id;
    await replaceCatalogue(db, id, held, {
      version: 3,
      published_at: '2025-11-01T10:00:00Z',
      expires_at: '2099-01-01T00:00:00Z',
      snapshot_sha256: 'test',
      applied_at: '2025-11-02T10:00:00Z',
    });
    await db.settings.put({ key: 'followedCatalogues', value: [id] });
  }
  return db;
}

let started: Promise<unknown> | undefined;

export async function useLanguage(lng: UiLanguage): Promise<void> {
  started ??= initI18n(lng);
  await started;
  await i18next.changeLanguage(lng);
  await i18next.loadNamespaces(['common', 'find', 'offer', 'settings', 'sync', 'referral', 'schedule']);
}

/** Renders the real routes at `path`; the background sync is not part of these tests. */
export function renderApp(db: AppDatabase, path: string) {
  const router = createMemoryRouter(appRoutes({ sync: () => () => undefined }), { initialEntries: [path] });
  const view = render(
    <CatalogueProvider db={db}>
      <RouterProvider router={router} />
    </CatalogueProvider>,
  );
  return { router, ...view };
}
