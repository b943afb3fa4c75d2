// The filters in a native <dialog> sheet: the user edits a draft, sees how many offers it leaves,
// and applies it in one step, so Back undoes one filter change, not every tick.
import { memo, useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { emptyFilters, type OfferFilters } from '../catalogue/filters.ts';
import type { Need } from '../catalogue/schema.ts';
import { LocalText } from './LocalText.tsx';
import { languageName } from './format.ts';
import { TimeFilterFields } from './TimeFilterFields.tsx';
import './filter-sheet.css';

interface Props {
  open: boolean;
  filters: OfferFilters;
  needs: Need[];
  languages: string[];
  municipalities: string[];
  postcodes: string[];
  /** How many results a draft would give, shown on the apply button. */
  countFor: (draft: OfferFilters) => number;
  onApply: (filters: OfferFilters) => void;
  onClose: () => void;
}

/** Closed, the sheet is an empty dialog: its fields (and the count, a search of its own) are not rendered behind every keystroke. */
export const FilterSheet = memo(function FilterSheet({ open, onClose, ...form }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    else if (!open && dialog.open) dialog.close();
  }, [open]);
  return (
    <dialog ref={ref} className="sheet" aria-labelledby={titleId} onClose={onClose}>
      {open && <SheetForm {...form} titleId={titleId} onClose={onClose} />}
    </dialog>
  );
});

/** Mounted on opening, so the draft starts from the filters in force. */
function SheetForm({ titleId, filters, needs, languages, municipalities, postcodes, countFor, onApply, onClose }: Omit<Props, 'open'> & { titleId: string }) {
  const { t, i18n } = useTranslation('find');
  const ui = i18n.resolvedLanguage ?? i18n.language;
  const [draft, setDraft] = useState(filters);
  const ageId = useId();
  const areaId = useId();
  const count = countFor(draft);
  const toggle = (list: string[], value: string) => (list.includes(value) ? list.filter((v) => v !== value) : [...list, value]);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onApply(draft);
  };

  return (
    <form className="sheet__form" onSubmit={submit}>
      <div className="sheet__head">
        <h2 id={titleId}>{t('filters.title')}</h2>
        <button type="button" className="button button--quiet" onClick={onClose}>
          {t('filters.close')}
        </button>
      </div>

      <div className="field">
        <label htmlFor={ageId}>{t('filters.age')}</label>
        <p className="hint" id={`${ageId}-hint`}>
          {t('filters.ageHint')}
        </p>
        <input
          id={ageId}
          type="number"
          inputMode="numeric"
          min={0}
          max={30}
          aria-describedby={`${ageId}-hint`}
          value={draft.age ?? ''}
          onChange={(e) => {
            const v = e.currentTarget.value;
            setDraft({ ...draft, age: v === '' || Number.isNaN(Number(v)) ? undefined : Math.max(0, Math.min(120, Math.round(Number(v)))) });
          }}
        />
      </div>

      <fieldset className="field">
        <legend>{t('filters.needs')}</legend>
        <div className="checks">
          {needs.map((n) => (
            <label key={n.id} className="check">
              <input type="checkbox" checked={draft.needs.includes(n.id)} onChange={() => setDraft({ ...draft, needs: toggle(draft.needs, n.id) })} />
              <LocalText text={n.name} />
            </label>
          ))}
        </div>
      </fieldset>

      <fieldset className="field">
        <legend>{t('filters.languages')}</legend>
        <div className="checks checks--columns">
          {languages.map((l) => (
            <label key={l} className="check">
              <input type="checkbox" checked={draft.languages.includes(l)} onChange={() => setDraft({ ...draft, languages: toggle(draft.languages, l) })} />
              <span>{languageName(l, ui)}</span>
            </label>
          ))}
        </div>
      </fieldset>

      <fieldset className="field">
        <legend>{t('filters.cost')}</legend>
        <label className="check">
          <input type="checkbox" checked={draft.free === true} onChange={(e) => setDraft({ ...draft, free: e.currentTarget.checked || undefined })} />
          <span>{t('filters.free')}</span>
        </label>
      </fieldset>

      <div className="field">
        <label htmlFor={areaId}>{t('filters.area')}</label>
        <select id={areaId} value={draft.area ?? ''} onChange={(e) => setDraft({ ...draft, area: e.currentTarget.value || undefined })}>
          <option value="">{t('filters.anyArea')}</option>
          <optgroup label={t('filters.municipalities')}>
            {municipalities.map((m) => (
              <option key={m} value={m}>
                {m}
              </option>
            ))}
          </optgroup>
          <optgroup label={t('filters.postcodes')}>
            {postcodes.map((p) => (
              <option key={p} value={p}>
                {p}
              </option>
            ))}
          </optgroup>
        </select>
      </div>

      <TimeFilterFields draft={draft} onChange={setDraft} />

      <div className="sheet__actions">
        <button type="submit" className="button button--primary">
          {t('filters.show', { count })}
        </button>
        <button type="button" className="button" onClick={() => setDraft(emptyFilters())}>
          {t('filters.reset')}
        </button>
      </div>
    </form>
  );
}
