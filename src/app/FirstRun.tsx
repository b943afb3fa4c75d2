// First start: nothing is held yet, so the user picks the catalogue(s) to follow before searching.
import { useTranslation } from 'react-i18next';
import { CatalogueChooser } from '../ui/CatalogueChooser.tsx';

export function FirstRun() {
  const { t } = useTranslation('settings');
  return (
    <div className="first-run">
      <h1>{t('firstRun.title')}</h1>
      <p>{t('firstRun.body')}</p>
      <CatalogueChooser submitLabel={t('firstRun.follow')} />
    </div>
  );
}
