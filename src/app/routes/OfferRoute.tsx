// One offer, read in front of a family: finds it on this device, remembers it as recently viewed
// and shows it through the shared OfferView with the device's shortlist toggle.
import { useEffect } from 'react';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useCatalogueData } from '../catalogue-context.tsx';
import { KeepButton } from '../../ui/KeepButton.tsx';
import { OfferView } from '../../ui/OfferView.tsx';
import { recordViewedOffer } from '../../storage/recent.ts';
import { organisationPath } from '../paths.ts';

export default function OfferRoute() {
  const { t } = useTranslation('offer');
  const { catalogueId = '', offerId = '' } = useParams();
  const { db, offers, loading } = useCatalogueData();
  const held = offers.get(`${catalogueId}/${offerId}`);
  const found = held !== undefined;
  useEffect(() => {
    if (found) void recordViewedOffer(db, catalogueId, offerId);
  }, [db, found, catalogueId, offerId]);

  if (!held) {
    if (loading) return <p role="status">{t('common:app.loading')}</p>;
    return (
      <div className="offer">
        <h1>{t('notFound.title')}</h1>
        <p>{t('notFound.body')}</p>
        <p>
          <Link to="/">{t('notFound.back')}</Link>
        </p>
      </div>
    );
  }

  return (
    <OfferView
      held={held}
      organisationTo={held.organisation && organisationPath(held.catalogueId, held.organisation.id)}
      deviceControls={<KeepButton catalogueId={held.catalogueId} offerId={held.offer.id} />}
    />
  );
}
