// The "when" part of the filter sheet: one weekday, or only offers open right now.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { OfferFilters } from '../catalogue/filters.ts';
import { WEEKDAYS, type Weekday } from '../catalogue/codes.ts';
import { intlLocale } from '../catalogue/schedule-text.ts';

/** 1 January 2024 was a Monday. */
const dayDate = (i: number) => new Date(Date.UTC(2024, 0, 1 + i, 12));

export function TimeFilterFields({ draft, onChange }: { draft: OfferFilters; onChange: (next: OfferFilters) => void }) {
  const { t, i18n } = useTranslation('schedule');
  const weekday = new Intl.DateTimeFormat(intlLocale(i18n.resolvedLanguage ?? i18n.language), { weekday: 'long', timeZone: 'UTC' });
  const id = useId();
  return (
    <>
      <div className="field">
        <label htmlFor={id}>{t('day')}</label>
        <select id={id} value={draft.day ?? ''} onChange={(e) => onChange({ ...draft, day: (e.currentTarget.value || undefined) as Weekday | undefined })}>
          <option value="">{t('anyDay')}</option>
          {WEEKDAYS.map((d, i) => (
            <option key={d} value={d}>
              {weekday.format(dayDate(i))}
            </option>
          ))}
        </select>
      </div>
      <label className="check field">
        <input type="checkbox" checked={draft.openNow === true} onChange={(e) => onChange({ ...draft, openNow: e.currentTarget.checked || undefined })} />
        <span>{t('openNowFilter')}</span>
      </label>
    </>
  );
}
