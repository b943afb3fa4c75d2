// The big actions on an offer page — call, write, website, send to family — each with words, not
// only an icon, and each only when the entry has what it needs.
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { HeldOffer } from '../app/catalogue-context.tsx';
import { sendPath } from '../app/paths.ts';

export function OfferActions({ held }: { held: HeldOffer }) {
  const { t } = useTranslation('offer');
  const { offer, organisation } = held;
  const phone = offer.phones[0] ?? organisation?.phones[0];
  const email = offer.email ?? organisation?.email;
  const website = offer.url ?? organisation?.website;
  return (
    <ul role="list" className="actions" aria-label={t('actions.label')}>
      {phone && (
        <li>
          <a className="action" href={`tel:${phone.number.replace(/[^+0-9]/g, '')}`}>
            <span className="action__label">{t('actions.call')}</span>
            <span className="action__detail">{phone.number}</span>
          </a>
        </li>
      )}
      {email && (
        <li>
          <a className="action" href={`mailto:${email}`}>
            <span className="action__label">{t('actions.write')}</span>
            <span className="action__detail">{email}</span>
          </a>
        </li>
      )}
      {website && (
        <li>
          <a className="action" href={website} target="_blank" rel="noopener noreferrer">
            <span className="action__label">{t('actions.website')}</span>
            <span className="action__detail">{new URL(website).host}</span>
          </a>
        </li>
      )}
      <li>
        <Link className="action action--primary" to={sendPath([held.key])}>
          <span className="action__label">{t('actions.send')}</span>
          <span className="action__detail">{t('actions.sendDetail')}</span>
        </Link>
      </li>
    </ul>
  );
}
