// A quiet line about the catalogue's freshness (offline, updating, a failed update): a polite
// live region, never a dialog, because offline is normal and the held catalogue keeps working.
import { useTranslation } from 'react-i18next';
import { formatSyncDate, syncBannerLines } from './syncBannerLines.ts';
import { useSyncStatus } from './useSyncStatus.ts';
import './SyncBanner.css';

export function SyncBanner() {
  const { t, i18n } = useTranslation('sync');
  const status = useSyncStatus();
  const language = i18n.resolvedLanguage ?? i18n.language;
  const lines = syncBannerLines(status);
  return (
    <div role="status" className="sync-banner" data-state={lines.length ? (status.offline ? 'offline' : status.lastError ? 'error' : 'info') : 'quiet'}>
      {lines.map((line) => {
        const values = Object.fromEntries(Object.entries(line.dates ?? {}).map(([name, d]) => [name, formatSyncDate(d.iso, d.style, language)]));
        return (
          <p key={line.key} className={line.quiet ? 'sync-banner__detail' : 'sync-banner__message'}>
            {t(line.key, values)}
          </p>
        );
      })}
    </div>
  );
}
