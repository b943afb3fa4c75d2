// The big actions on an offer page — call, write, website, send to family — each with words, not
// only an icon, and each only when the entry has what it needs. A preview shows the same buttons
// without anywhere to go, so a coordinator sees them as a phone will without leaving the workspace.
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { HeldOffer } from '../app/catalogue-context.tsx';
import { sendPath } from '../app/paths.ts';
import './action.css';

interface ActionProps {
  label: string;
  detail: string;
  /** An app route (router link) or an outside address (tel:, mailto:, https:). */
  to?: string;
  href?: string;
  external?: boolean;
  primary?: boolean;
  inert: boolean;
}

function Action({ label, detail, to, href, external, primary, inert }: ActionProps) {
  const className = primary ? 'action action--primary' : 'action';
  const body: ReactNode = (
    <>
      <span className="action__label">{label}</span>
      <span className="action__detail">{detail}</span>
    </>
  );
  if (inert) return <span className={className}>{body}</span>;
  if (to !== undefined)
    return (
      <Link className={className} to={to}>
        {body}
      </Link>
    );
  return (
    <a className={className} href={href} {...(external ? { target: '_blank', rel: 'noopener noreferrer' } : {})}>
      {body}
    </a>
  );
}

export function OfferActions({ held, inert = false }: { held: HeldOffer; inert?: boolean }) {
  const { t } = useTranslation('offer');
  const { offer, organisation } = held;
  const phone = offer.phones[0] ?? organisation?.phones[0];
  const email = offer.email ?? organisation?.email;
  const website = offer.url ?? organisation?.website;
  return (
    <ul role="list" className="actions" aria-label={t('actions.label')}>
      {phone && (
        <li>
          <Action inert={inert} label={t('actions.call')} detail={phone.number} href={`tel:${phone.number.replace(/[^+0-9]/g, '')}`} />
        </li>
      )}
      {email && (
        <li>
          <Action inert={inert} label={t('actions.write')} detail={email} href={`mailto:${email}`} />
        </li>
      )}
      {website && (
        <li>
          <Action inert={inert} label={t('actions.website')} detail={new URL(website).host} href={website} external />
        </li>
      )}
      <li>
        <Action inert={inert} primary label={t('actions.send')} detail={t('actions.sendDetail')} to={sendPath([held.key])} />
      </li>
    </ul>
  );
}
