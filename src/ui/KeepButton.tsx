// Keeps an offer on this device's shortlist; a toggle button so assistive technology hears its state.
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { useCatalogueData } from '../app/catalogue-context.tsx';
import { isKept, setKept } from '../storage/queries.ts';

export function KeepButton({ catalogueId, offerId }: { catalogueId: string; offerId: string }) {
  const { t } = useTranslation('offer');
  const { db } = useCatalogueData();
  const kept = useLiveQuery(() => isKept(db, catalogueId, offerId), [db, catalogueId, offerId]) ?? false;
  return (
    <button type="button" className="button keep" aria-pressed={kept} onClick={() => void setKept(db, catalogueId, offerId, !kept)}>
      <span aria-hidden="true" className="keep__icon">
        {kept ? '★' : '☆'}
      </span>
      {t('keep')}
    </button>
  );
}
