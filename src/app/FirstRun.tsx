// First start: nothing is held yet, so the user picks the catalogue(s) to follow before searching.
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';

// Only a device without a catalogue needs the chooser (and the sync code it saves through).
const CatalogueChooser = lazy(() => import('../ui/CatalogueChooser.tsx').then((m) => ({ default: m.CatalogueChooser })));

export function FirstRun() {
  const { t } = useTranslation('settings');
  return (
    <div className="first-run">
      <h1>{t('firstRun.title')}</h1>
      <p>{t('firstRun.body')}</p>
      <Suspense fallback={<p role="status">{t('catalogues.loading')}</p>}>
        <CatalogueChooser submitLabel={t('firstRun.follow')} />
      </Suspense>
    </div>
  );
}
