// "When and where" on the offer page: open now or the next session, the weekly times in words,
// "by appointment" where there are no fixed times, and every place with the times held there.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { HeldOffer } from '../app/catalogue-context.tsx';
import type { Location } from '../catalogue/schema.ts';
import { nextSession, offerTimeZone } from '../catalogue/schedule.ts';
import { describeNextSession, describeSchedule, type RuleText } from '../catalogue/schedule-text.ts';
import { LocalText, useFallbackLang } from './LocalText.tsx';
import { Paragraphs } from './Paragraphs.tsx';
import { useNow } from './useNow.ts';
import { useScheduleWords } from './useScheduleWords.ts';
import './offer-times.css';

function RuleList({ rules }: { rules: RuleText[] }) {
  const langOf = useFallbackLang();
  return (
    <ul className="offer-times__rules">
      {rules.map((r) => (
        <li key={r.text + (r.note?.text ?? '')}>
          {r.text}
          {r.note && (
            <span className="offer-times__note" lang={langOf(r.note)}>
              {r.note.text}
            </span>
          )}
        </li>
      ))}
    </ul>
  );
}

/** `level` is the heading level of the section title: 2 on the offer page, lower inside a preview. */
export function OfferTimes({ held, now, level = 2 }: { held: HeldOffer; now?: Date; level?: number }) {
  const Heading = `h${level}` as 'h2';
  const { t } = useTranslation('schedule');
  const live = useNow();
  const at = now ?? live;
  const id = useId();
  const { offer, catalogue } = held;
  const cl = catalogue.default_language;
  const words = useScheduleWords(cl);

  const placeIds = new Set(offer.locations.map((l) => l.id));
  const rules = describeSchedule(offer.schedules, words);
  const general = rules.filter((r) => !r.location_id || !placeIds.has(r.location_id));
  const rulesAt = (l: Location) => rules.filter((r) => r.location_id === l.id);

  const session = nextSession(offer, at);
  const open = session !== undefined && session.start <= at;
  const sessionText = session && describeNextSession(session, at, offerTimeZone(offer), words);
  const hasTimes = rules.length > 0 || offer.schedule_description !== undefined;

  return (
    <section aria-labelledby={id} className="offer-times">
      <Heading id={id} className="offer__h">
        {t('whenAndWhere')}
      </Heading>
      {sessionText && <p className={open ? 'badge badge--open offer-times__state' : 'offer-times__next'}>{sessionText}</p>}

      {general.length > 0 && <RuleList rules={general} />}
      {offer.schedule_description && <Paragraphs text={offer.schedule_description} catalogueLanguage={cl} />}
      {!hasTimes && <p>{t('noTimes')}</p>}

      {offer.locations.length > 0 ? (
        <ul role="list" className="offer-times__places">
          {offer.locations.map((l) => (
            <li key={l.id} className="offer-times__place">
              <address>
                {l.name && <LocalText as="strong" text={l.name} catalogueLanguage={cl} />}
                {l.name && <br />}
                {l.address_1}
                <br />
                {l.postal_code} {l.city}
              </address>
              {rulesAt(l).length > 0 && <RuleList rules={rulesAt(l)} />}
            </li>
          ))}
        </ul>
      ) : (
        <p>{t('everywhere')}</p>
      )}
    </section>
  );
}
