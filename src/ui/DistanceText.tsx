// How far one result is ("2.3 km away"), or that it is given by phone/online and has no place.
import { useTranslation } from 'react-i18next';
import { formatDistance, type OfferDistance } from '../catalogue/distance.ts';
import { intlLocale } from '../catalogue/schedule-text.ts';
import './near.css';

export function DistanceText({ distance, className }: { distance: OfferDistance; className?: string }) {
  const { t, i18n } = useTranslation('schedule');
  const ui = i18n.resolvedLanguage ?? i18n.language;
  if (distance.kind === 'unknown') return null;
  return (
    <p className={className}>
      {distance.kind === 'near' ? t('distance', { distance: formatDistance(distance.meters, intlLocale(ui)) }) : t('noPlace')}
    </p>
  );
}
