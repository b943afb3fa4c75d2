// Settings: language, which catalogues to follow and how fresh they are, storage used, deleting
// everything this device holds, and what the app is.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from 'dexie-react-hooks';
import { useCatalogueData } from '../catalogue-context.tsx';
import { LanguageSwitcher } from '../../ui/LanguageSwitcher.tsx';
import { CatalogueChooser } from '../../ui/CatalogueChooser.tsx';
import { usePick } from '../../ui/LocalText.tsx';
import { formatBytes, formatDate, formatDateTime } from '../../ui/format.ts';
import { getSetting } from '../../storage/settings.ts';
import { deleteAllLocalData } from '../../storage/wipe.ts';
import { UsageSharing } from '../../referral/UsageSharing.tsx';
import './settings.css';

export default function SettingsRoute() {
  const { t, i18n } = useTranslation('settings');
  const ui = i18n.resolvedLanguage ?? i18n.language;
  const { db, catalogues } = useCatalogueData();
  const pick = usePick();
  const followed = useLiveQuery(async () => (await getSetting(db, 'followedCatalogues')) ?? null, [db]);
  const states = useLiveQuery(() => db.syncState.toArray(), [db]) ?? [];
  const [usage, setUsage] = useState<number>();
  const [saved, setSaved] = useState(false);

  useEffect(() => {
    navigator.storage
      ?.estimate?.()
      .then((e) => setUsage(e.usage))
      .catch(() => undefined);
  }, [catalogues]);

  return (
    <div className="settings">
      <h1>{t('title')}</h1>

      <section aria-labelledby="s-language">
        <h2 id="s-language">{t('language.title')}</h2>
        <LanguageSwitcher className="language-switcher language-switcher--wide" />
      </section>

      <section aria-labelledby="s-catalogues">
        <h2 id="s-catalogues">{t('catalogues.title')}</h2>
        {followed !== undefined && (
          <CatalogueChooser followed={followed ?? catalogues.map((c) => c.catalogue_id)} submitLabel={t('catalogues.save')} onDone={() => setSaved(true)} />
        )}
        {saved && <p role="status">{t('catalogues.saved')}</p>}
        {catalogues.length > 0 && (
          <dl className="facts">
            {catalogues.map((c) => {
              const state = states.find((s) => s.catalogue_id === c.catalogue_id);
              return (
                <div key={c.catalogue_id}>
                  <dt>{pick(c.info.name, c.info.default_language)?.text}</dt>
                  <dd>{t('catalogues.version', { version: c.version, date: formatDate(c.published_at, ui) })}</dd>
                  <dd>
                    {state?.last_checked_at
                      ? t('catalogues.lastSync', { date: formatDateTime(state.last_checked_at, ui) })
                      : t('catalogues.neverSynced')}
                  </dd>
                </div>
              );
            })}
          </dl>
        )}
      </section>

      <section aria-labelledby="s-storage">
        <h2 id="s-storage">{t('storage.title')}</h2>
        <p>{usage === undefined ? t('storage.unknown') : t('storage.used', { size: formatBytes(usage, ui) })}</p>
        <UsageSharing db={db} />
        <DeleteAll onDelete={() => deleteAllLocalData(db)} />
      </section>

      <section aria-labelledby="s-about">
        <h2 id="s-about">{t('about.title')}</h2>
        <p>{t('about.body')}</p>
        <p>{t('about.privacy')}</p>
        <p>
          <a href="/coordinator">{t('coordinatorLink')}</a>
        </p>
      </section>
    </div>
  );
}

/** Deleting is asked twice, in a native modal dialog, because it cannot be undone. */
function DeleteAll({ onDelete }: { onDelete: () => Promise<void> }) {
  const { t } = useTranslation('settings');
  const dialog = useRef<HTMLDialogElement>(null);
  const [done, setDone] = useState(false);
  return (
    <>
      <button type="button" className="button button--danger" onClick={() => dialog.current?.showModal()}>
        {t('delete.button')}
      </button>
      {done && <p role="status">{t('delete.done')}</p>}
      <dialog ref={dialog} className="confirm" aria-labelledby="delete-title" aria-describedby="delete-body">
        <h2 id="delete-title">{t('delete.confirmTitle')}</h2>
        <p id="delete-body">{t('delete.confirmBody')}</p>
        <div className="confirm__actions">
          <button
            type="button"
            className="button button--danger"
            onClick={async () => {
              await onDelete();
              dialog.current?.close();
              setDone(true);
            }}
          >
            {t('delete.confirm')}
          </button>
          <button type="button" className="button" onClick={() => dialog.current?.close()}>
            {t('delete.cancel')}
          </button>
        </div>
      </dialog>
    </>
  );
}
