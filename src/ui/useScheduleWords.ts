// The UI language's way of saying times: Intl locale plus the schedule namespace's connecting words.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { intlLocale, scheduleLabels, type DescribeOptions } from '../catalogue/schedule-text.ts';
import type { ContentLanguage } from '../catalogue/schema.ts';

export function useScheduleWords(catalogueLanguage?: ContentLanguage): DescribeOptions {
  const { t, i18n } = useTranslation('schedule');
  const ui = i18n.resolvedLanguage ?? i18n.language;
  return useMemo(
    () => ({ locale: intlLocale(ui), language: ui, catalogueLanguage, labels: scheduleLabels((key, options) => t(key, options)) }),
    [t, ui, catalogueLanguage],
  );
}
