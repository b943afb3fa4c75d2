// The ages an offer is for, in words ("6–12 years", "from 14 years", "all ages").
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { Offer } from '../catalogue/schema.ts';
import { ageRangeKey } from './format.ts';

export function AgeRange({ offer }: { offer: Pick<Offer, 'minimum_age' | 'maximum_age'> }) {
  const { t } = useTranslation();
  return <>{ageText(t, offer)}</>;
}

/** The same words with a `t` the caller already has (one per result entry, not one per part). */
export function ageText(t: TFunction, offer: Pick<Offer, 'minimum_age' | 'maximum_age'>): string {
  const { kind, min, max } = ageRangeKey(offer);
  return t(`common:age.${kind}`, { min, max, count: max ?? min ?? 0 });
}
