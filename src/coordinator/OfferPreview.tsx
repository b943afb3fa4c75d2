// The workspace's preview of an offer: the app's own OfferView at phone width, with the actions
// shown but marked as a preview (they would call, write or open the send screen of the app).
import { useTranslation } from 'react-i18next';
import type { CatalogueInfo, Offer, Organisation } from '../catalogue/schema.ts';
import { OfferView } from '../ui/OfferView.tsx';

interface Props {
  offer: Offer;
  organisation?: Organisation;
  catalogue: CatalogueInfo;
  /** Heading level of the offer's title, one below the heading the preview sits under. */
  level: 2 | 3 | 4;
}

export function OfferPreview({ offer, organisation, catalogue, level }: Props) {
  const { t } = useTranslation('coordinator');
  const held = { key: `${catalogue.id}/${offer.id}`, catalogueId: catalogue.id, offer, organisation, catalogue };
  return (
    <div className="cw-preview-offer">
      <OfferView held={held} level={level} previewNote={t('preview.actionsNote')} />
    </div>
  );
}
