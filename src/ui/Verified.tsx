// When the entry was last checked with the provider; older than a year stands out, because the
// phone number or the times may have changed.
import { useTranslation } from 'react-i18next';
import { formatDate, verifiedAge } from './format.ts';

export function Verified({ assuredDate, now = new Date() }: { assuredDate: string; now?: Date }) {
  const { t, i18n } = useTranslation('offer');
  const ui = i18n.resolvedLanguage ?? i18n.language;
  const age = verifiedAge(assuredDate, now, ui);
  return (
    <p className={age.stale ? 'verified verified--stale' : 'verified'}>
      <span>{t('verified', { when: age.text })}</span> <time dateTime={assuredDate}>({formatDate(assuredDate, ui)})</time>
      {age.stale && <span className="verified__warning"> {t('verifiedStale')}</span>}
    </p>
  );
}
