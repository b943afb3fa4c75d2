// The "open now" badge of result entries and organisation lists: shown only while a weekly session
// is running in the offer's own time zone.
import type { ElementType } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
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

export function OpenNowBadge({ offer, now, as }: Props) {
  const { t } = useTranslation('schedule');
  const live = useNow();
  return openNowBadge(t, offer, now ?? live, as);
}

/** The badge with a `t` and clock the caller already has (one per result entry, not one per part). */
export function openNowBadge(t: TFunction, offer: Props['offer'], now: Date, Tag: ElementType = 'span') {
  return isOpenAt(offer, now) ? <Tag className="badge badge--open">{t('schedule:openNow')}</Tag> : null;
}
