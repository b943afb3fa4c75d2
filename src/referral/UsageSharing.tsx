// The opt-in for anonymous usage counts, one switch per held catalogue, off until the user turns it on.
// Mounted by the Settings screen.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from 'dexie-react-hooks';
import { pickText } from '../catalogue/text.ts';
import type { AppDatabase } from '../storage/db.ts';
import { setUsageSharing, usageSharing } from './usage.ts';

export function UsageSharing({ db }: { db: AppDatabase }) {
  const { t, i18n } = useTranslation('referral');
  const ui = i18n.resolvedLanguage ?? i18n.language;
  const id = useId();
  const state = useLiveQuery(async () => ({ catalogues: await db.catalogues.toArray(), sharing: await usageSharing(db) }), [db]);
  if (!state || state.catalogues.length === 0) return null;
  return (
    <fieldset className="usage-sharing" aria-describedby={`${id}-hint`}>
      <legend>{t('usage.heading')}</legend>
      <p id={`${id}-hint`}>{t('usage.hint')}</p>
      {state.catalogues.map((c) => (
        <div key={c.catalogue_id} className="usage-sharing__row">
          <input
            type="checkbox"
            id={`${id}-${c.catalogue_id}`}
            checked={state.sharing[c.catalogue_id] === true}
            onChange={(e) => void setUsageSharing(db, c.catalogue_id, e.target.checked)}
          />
          <label htmlFor={`${id}-${c.catalogue_id}`}>
            {t('usage.label', { catalogue: pickText(c.info.name, ui, c.info.default_language)?.text ?? c.catalogue_id })}
          </label>
        </div>
      ))}
    </fieldset>
  );
}
