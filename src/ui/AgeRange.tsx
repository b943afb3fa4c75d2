// The ages an offer is for, in words ("6–12 years", "from 14 years", "all ages").
import { useTranslation } from 'react-i18next';
import type { Offer } from '../catalogue/schema.ts';
import { ageRangeKey } from './format.ts';

export function AgeRange({ offer }: { offer: Pick<Offer, 'minimum_age' | 'maximum_age'> }) {
  const { t } = useTranslation();
  const { kind, min, max } = ageRangeKey(offer);
  return <>{t(`age.${kind}`, { min, max, count: max ?? min ?? 0 })}</>;
}
