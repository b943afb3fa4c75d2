// "Send to family": choose offers and the family's language, add a note, see exactly what the
// family gets, and hand it over by share sheet, SMS, e-mail, clipboard, print slip or QR code.
import { useEffect, useId, useMemo, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from 'dexie-react-hooks';
import { pickText } from '../../catalogue/text.ts';
import { appDb } from '../../storage/db.ts';
import { logReferral, purgeOldReferrals, type ReferralChannel } from '../../storage/referral-log.ts';
import { formatOfferKeys, loadReferralItems, parseOfferKeys } from '../../referral/items.ts';
import { FAMILY_LANGUAGES, isFamilyLanguage, languageName, type FamilyLanguage } from '../../referral/languages.ts';
import { useFamilyMessage } from '../../referral/useFamilyMessage.ts';
import { MessageView } from '../../referral/MessageView.tsx';
import { QrImage } from '../../referral/QrImage.tsx';
import { copyText } from '../../referral/clipboard.ts';
import { flushUsage } from '../../referral/usage.ts';
import './send.css';

const NOTE_MAX = 300;

export default function SendRoute() {
  const { t, i18n } = useTranslation('referral');
  const ui = i18n.resolvedLanguage ?? i18n.language;
  const db = appDb();
  const [params, setParams] = useSearchParams();
  const offersParam = params.get('offers');
  const keys = useMemo(() => parseOfferKeys(offersParam), [offersParam]);
  const loaded = useLiveQuery(() => loadReferralItems(db, keys), [db, keys]);
  const [language, setLanguage] = useState<FamilyLanguage>(isFamilyLanguage(ui) ? ui : 'en');
  const [note, setNote] = useState('');
  const [status, setStatus] = useState('');
  const [manualCopy, setManualCopy] = useState(false);
  const [showQr, setShowQr] = useState(false);
  const composed = useFamilyMessage(loaded?.items, language, note);
  const id = useId();

  useEffect(() => {
    void purgeOldReferrals(db);
  }, [db]);

  const remove = (key: string) => {
    const rest = keys.filter((k) => `${k.catalogueId}/${k.offerId}` !== key);
    setParams((p) => {
      const next = new URLSearchParams(p);
      if (rest.length > 0) next.set('offers', formatOfferKeys(rest));
      else next.delete('offers');
      return next;
    }, { replace: true });
  };

  const sent = (channel: ReferralChannel) => {
    if (!loaded) return;
    const offers = loaded.items.map((i) => ({ catalogue_id: i.catalogueId, offer_id: i.offer.id }));
    void logReferral(db, { offers, language, channel }).then(() => flushUsage(db));
  };

  const canShare = typeof navigator !== 'undefined' && typeof navigator.share === 'function';
  const share = async () => {
    if (!composed) return;
    try {
      await navigator.share({ title: composed.message.subject, text: composed.outputs.text });
      sent('share');
      setStatus(t('status.shared'));
    } catch {
      // Closing the share sheet is a choice, not an error.
    }
  };

  const copy = async () => {
    if (!composed) return;
    const ok = await copyText(composed.outputs.text);
    setManualCopy(!ok);
    setStatus(t(ok ? 'status.copied' : 'status.copyFailed'));
    if (ok) sent('copy');
  };

  const print = () => {
    sent('print');
    window.print();
  };

  const toggleQr = () => {
    if (!showQr) sent('qr');
    setShowQr(!showQr);
  };

  const items = loaded?.items ?? [];

  return (
    <div className="send">
      <h1 id={`${id}-title`}>{t('title')}</h1>
      <p className="send-lead">{t('lead')}</p>

      <section aria-labelledby={`${id}-offers`}>
        <h2 id={`${id}-offers`}>{t('offers.heading')}</h2>
        {loaded && items.length === 0 ? (
          <p>
            {t('offers.none')} <Link to="/">{t('offers.find')}</Link>
          </p>
        ) : (
          <ul className="send-offers">
            {items.map((item) => {
              const key = `${item.catalogueId}/${item.offer.id}`;
              const name = pickText(item.offer.name, ui, item.catalogueLanguage)?.text ?? item.offer.id;
              return (
                <li key={key}>
                  <span>{name}</span>
                  <button type="button" className="send-remove" onClick={() => remove(key)} aria-label={t('offers.removeLabel', { name })}>
                    {t('offers.remove')}
                  </button>
                </li>
              );
            })}
          </ul>
        )}
        {loaded && loaded.missing.length > 0 ? <p role="note">{t('offers.missing', { count: loaded.missing.length })}</p> : null}
      </section>

      <section aria-labelledby={`${id}-compose`}>
        <h2 id={`${id}-compose`}>{t('compose.heading')}</h2>
        <div className="send-field">
          <label htmlFor={`${id}-lang`}>{t('compose.language')}</label>
          <select id={`${id}-lang`} value={language} onChange={(e) => setLanguage(e.target.value as FamilyLanguage)}>
            {FAMILY_LANGUAGES.map((lng) => (
              <option key={lng} value={lng} lang={lng}>
                {lng === ui ? languageName(lng) : `${languageName(lng)} – ${languageName(lng, ui)}`}
              </option>
            ))}
          </select>
        </div>
        <div className="send-field">
          <label htmlFor={`${id}-note`}>{t('compose.note')}</label>
          <p id={`${id}-note-hint`} className="send-hint">
            {t('compose.noteHint')}
          </p>
          <textarea
            id={`${id}-note`}
            aria-describedby={`${id}-note-hint`}
            maxLength={NOTE_MAX}
            rows={3}
            value={note}
            onChange={(e) => setNote(e.target.value)}
          />
        </div>
      </section>

      <section aria-labelledby={`${id}-preview`} className="send-preview">
        <h2 id={`${id}-preview`}>{t('preview.heading')}</h2>
        {composed ? (
          <div className="referral-slip">
            <MessageView lines={composed.lines} lang={composed.message.lang} dir={composed.message.dir} labelledBy={`${id}-preview`} />
            <figure className="referral-qr" data-shown={showQr} id={`${id}-qr`}>
              <QrImage text={composed.outputs.qr} alt={t('qr.alt')} tooLong={t('qr.tooLong')} />
              <figcaption>{t(composed.outputs.qr.startsWith('BEGIN:VCARD') ? 'qr.card' : 'qr.text')}</figcaption>
            </figure>
          </div>
        ) : (
          <p>{items.length > 0 ? t('loading') : t('preview.empty')}</p>
        )}
      </section>

      {composed ? (
        <section aria-labelledby={`${id}-actions`} className="send-actions">
          <h2 id={`${id}-actions`}>{t('actions.heading')}</h2>
          <div className="send-buttons">
            {canShare ? (
              <button type="button" onClick={share}>
                {t('actions.share')}
              </button>
            ) : null}
            <a className="send-button" href={composed.outputs.sms.uri} onClick={() => sent('sms')}>
              {t('actions.sms')}
            </a>
            <a className="send-button" href={composed.outputs.mailto} onClick={() => sent('email')}>
              {t('actions.email')}
            </a>
            <button type="button" onClick={copy}>
              {t('actions.copy')}
            </button>
            <button type="button" onClick={print}>
              {t('actions.print')}
            </button>
            <button type="button" onClick={toggleQr} aria-expanded={showQr} aria-controls={`${id}-qr`}>
              {t(showQr ? 'actions.qrHide' : 'actions.qrShow')}
            </button>
          </div>
          <p className="send-status" role="status">
            {status}
          </p>
          {manualCopy ? (
            <textarea className="send-manual" readOnly value={composed.outputs.text} aria-label={t('actions.copy')} rows={8} onFocus={(e) => e.target.select()} />
          ) : null}
          <details className="send-sms">
            <summary>{t('sms.summary', { count: composed.outputs.sms.length.segments })}</summary>
            {composed.outputs.sms.long ? <p>{t('sms.long', { parts: composed.outputs.sms.length.segments })}</p> : null}
            <pre lang={composed.message.lang} dir={composed.message.dir}>
              {composed.outputs.sms.text}
            </pre>
          </details>
          <p className="send-hint">{t('privacy')}</p>
        </section>
      ) : null}
    </div>
  );
}
