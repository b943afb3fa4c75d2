// Active filters as chips: each says what narrows the list and removes itself when tapped.
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { OfferFilters } from '../catalogue/filters.ts';
import type { Need } from '../catalogue/schema.ts';
import { usePick } from './LocalText.tsx';
import { languageName } from './format.ts';

interface Chip {
  id: string;
  label: string;
  without: OfferFilters;
}

interface Props {
  filters: OfferFilters;
  needs: Need[];
  onChange: (filters: OfferFilters) => void;
}

/** Memoised: the Find page re-renders on every keystroke, the chips only when the filters change. */
export const FilterChips = memo(function FilterChips({ filters, needs, onChange }: Props) {
  const { t, i18n } = useTranslation('find');
  const ui = i18n.resolvedLanguage ?? i18n.language;
  const pick = usePick();
  const chips: Chip[] = [];
  if (filters.age !== undefined) chips.push({ id: 'age', label: t('chips.age', { count: filters.age }), without: { ...filters, age: undefined } });
  for (const id of filters.needs) {
    const need = needs.find((n) => n.id === id);
    chips.push({ id: `need-${id}`, label: need ? (pick(need.name)?.text ?? id) : id, without: { ...filters, needs: filters.needs.filter((n) => n !== id) } });
  }
  for (const l of filters.languages)
    chips.push({ id: `lang-${l}`, label: languageName(l, ui), without: { ...filters, languages: filters.languages.filter((x) => x !== l) } });
  if (filters.free) chips.push({ id: 'free', label: t('chips.free'), without: { ...filters, free: undefined } });
  if (filters.area) chips.push({ id: 'area', label: t('chips.area', { area: filters.area }), without: { ...filters, area: undefined } });
  if (filters.day || filters.openNow)
    chips.push({ id: 'time', label: t('chips.time'), without: { ...filters, day: undefined, openNow: undefined } });
  if (!chips.length) return null;
  return (
    <ul className="chips" aria-label={t('chips.label')}>
      {chips.map((c) => (
        <li key={c.id}>
          <button type="button" className="chip" aria-label={t('chips.remove', { filter: c.label })} onClick={() => onChange(c.without)}>
            <span>{c.label}</span>
            <span aria-hidden="true" className="chip__x">
              ×
            </span>
          </button>
        </li>
      ))}
    </ul>
  );
});
