// An offer's states as small text badges (never colour alone): published or draft (new or
// changed) or archived, plus "proposal waiting" and "not verified".
import { useTranslation } from 'react-i18next';
import type { OfferRow } from '../catalogue/workspace-api.ts';

export function StateBadges({ row }: { row: OfferRow }) {
  const { t } = useTranslation('coordinator');
  const main = row.state === 'draft' ? (row.is_new ? 'new' : 'changed') : row.state;
  return (
    <span className="cw-badges">
      <span className={`cw-badge cw-badge--${main}`}>{t(`state.${main}`)}</span>
      {row.proposed && <span className="cw-badge cw-badge--proposed">{t('state.proposed')}</span>}
      {row.stale && <span className="cw-badge cw-badge--stale">{t('state.stale')}</span>}
    </span>
  );
}
