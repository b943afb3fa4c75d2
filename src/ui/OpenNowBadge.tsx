// The "open now" badge of result entries and organisation lists: shown only while a weekly session
// is running in the offer's own time zone.
import type { ElementType } from 'react';
import { useTranslation } from 'react-i18next';
import type { Offer } from '../catalogue/schema.ts';
import { isOpenAt } from '../catalogue/schedule.ts';
import { useNow } from './useNow.ts';
import './offer-times.css';

interface Props {
  offer: Pick<Offer, 'schedules' | 'status' | 'locations'>;
  /** A fixed clock (tests, one clock for a whole list); the live minute clock otherwise. */
  now?: Date;
  /** `li` inside a list of badges. */
  as?: ElementType;
}

export function OpenNowBadge({ offer, now, as: Tag = 'span' }: Props) {
  const { t } = useTranslation('schedule');
  const live = useNow();
  if (!isOpenAt(offer, now ?? live)) return null;
  return <Tag className="badge badge--open">{t('openNow')}</Tag>;
}
