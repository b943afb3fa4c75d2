// Which catalogues this device follows: offered by the server's index (names in the UI language),
// preselected by language on first run, and saved through the sync so unfollowed data is dropped.
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { fetchCatalogueIndex, resolveBaseUrl, type CatalogueIndexEntry } from '../sync/catalogueIndex.ts';
import { loadSync } from '../sync/load.ts';
import { useCatalogueData } from '../app/catalogue-context.tsx';
import { usePick } from './LocalText.tsx';
import './chooser.css';

type Offered = Pick<CatalogueIndexEntry, 'id' | 'name' | 'region' | 'default_language'>;

interface Props {
  /** Ids already followed; undefined on first run, when the UI language preselects. */
  followed?: string[];
  submitLabel: string;
  onDone?: () => void;
}

export function CatalogueChooser({ followed, submitLabel, onDone }: Props) {
  const { t, i18n } = useTranslation('settings');
  const ui = i18n.resolvedLanguage ?? i18n.language;
  const { db, catalogues } = useCatalogueData();
  const pick = usePick();
  const [offered, setOffered] = useState<Offered[]>();
  const [failed, setFailed] = useState(false);
  const [chosen, setChosen] = useState<string[] | undefined>(followed);
  const [attempt, setAttempt] = useState(0);
  const [saving, setSaving] = useState(false);
  const [noneChosen, setNoneChosen] = useState(false);

  // Saving goes through the sync: its code loads while the user chooses.
  useEffect(() => void loadSync().catch(() => undefined), []);

  useEffect(() => {
    const abort = new AbortController();
    setFailed(false);
    resolveBaseUrl(db)
      .then((base) => fetchCatalogueIndex(base, { signal: abort.signal }))
      .then(setOffered, () => !abort.signal.aborted && setFailed(true));
    return () => abort.abort();
  }, [db, attempt]);

  // What the device already holds is listed even offline, so it can be unfollowed without a connection.
  const held: Offered[] = catalogues.map((c) => c.info);
  const list = [...(offered ?? []), ...held.filter((h) => !offered?.some((o) => o.id === h.id))];
  const selected = chosen ?? preselect(list, ui);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (selected.length === 0) {
      setNoneChosen(true);
      return;
    }
    setSaving(true);
    try {
      await (await loadSync()).followCatalogues(selected, db);
      onDone?.();
    } finally {
      setSaving(false);
    }
  };

  return (
    <form className="chooser" onSubmit={submit}>
      {list.length > 0 && (
        <fieldset>
          <legend>{t('catalogues.legend')}</legend>
          {list.map((c) => (
            <label key={c.id} className="check chooser__item">
              <input
                type="checkbox"
                name="catalogue"
                value={c.id}
                checked={selected.includes(c.id)}
                onChange={(e) => {
                  setNoneChosen(false);
                  const on = e.currentTarget.checked;
                  setChosen(on ? [...selected, c.id] : selected.filter((id) => id !== c.id));
                }}
              />
              <span>
                <span className="chooser__name">{pick(c.name, c.default_language)?.text}</span>
                <span className="chooser__region">{c.region}</span>
              </span>
            </label>
          ))}
        </fieldset>
      )}
      {!offered && !failed && <p role="status">{t('catalogues.loading')}</p>}
      {failed && (
        <div role="status">
          <p>{t('catalogues.offline')}</p>
          <button type="button" className="button" onClick={() => setAttempt((n) => n + 1)}>
            {t('catalogues.retry')}
          </button>
        </div>
      )}
      {noneChosen && (
        <p role="alert" className="error">
          {t('catalogues.noneChosen')}
        </p>
      )}
      {list.length > 0 && (
        <button type="submit" className="button button--primary" disabled={saving}>
          {submitLabel}
        </button>
      )}
    </form>
  );
}

/** On first run the catalogue in the user's language is the likely one; otherwise all are offered. */
function preselect(list: Offered[], ui: string): string[] {
  const mine = list.filter((c) => c.default_language === ui).map((c) => c.id);
  return mine.length ? mine : list.map((c) => c.id);
}
