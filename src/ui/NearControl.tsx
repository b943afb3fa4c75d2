// "Near me" and "from a postcode or town": the device's position is asked for only on a tap and
// never leaves the device (GPS works offline); the chosen origin lives in the URL like the filters.
// It keeps to one row above the results: the typed place folds away once it sorts, and the privacy
// note gives way to the sorting status.
import { memo, useEffect, useId, useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { withOrigin, type Origin } from '../catalogue/distance.ts';
import './near.css';

type Problem = 'locationDenied' | 'locationUnavailable';

/** Memoised: the Find page re-renders on every keystroke, this row only when the origin or URL changes. */
export const NearControl = memo(function NearControl({ origin }: { origin?: Origin }) {
  const { t } = useTranslation('schedule');
  const [params, setParams] = useSearchParams();
  const [locating, setLocating] = useState(false);
  const [problem, setProblem] = useState<Problem>();
  const [typed, setTyped] = useState(origin?.kind === 'device' ? '' : (origin?.typed ?? ''));
  // Open while a typed place needs fixing; a place that sorts shows in the status line instead.
  const [placeOpen, setPlaceOpen] = useState(origin?.kind === 'unknownPlace');
  useEffect(() => {
    if (origin?.kind === 'unknownPlace') setPlaceOpen(true);
  }, [origin?.kind]);
  const id = useId();
  const quiet = origin !== undefined || placeOpen;

  const locate = () => {
    setProblem(undefined);
    if (!('geolocation' in navigator)) return setProblem('locationUnavailable');
    setLocating(true);
    navigator.geolocation.getCurrentPosition(
      (pos) => {
        setLocating(false);
        setParams(withOrigin(params, { near: { latitude: pos.coords.latitude, longitude: pos.coords.longitude } }));
      },
      (err) => {
        setLocating(false);
        setProblem(err.code === err.PERMISSION_DENIED ? 'locationDenied' : 'locationUnavailable');
      },
      { enableHighAccuracy: false, timeout: 20_000, maximumAge: 300_000 },
    );
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setProblem(undefined);
    setParams(withOrigin(params, typed.trim() ? { from: typed } : undefined));
    setPlaceOpen(false);
  };
  const stop = () => {
    setTyped('');
    setParams(withOrigin(params, undefined));
  };

  return (
    <div className="near">
      <div className="near__row">
        <button type="button" className="button near__me" onClick={locate} disabled={locating} aria-describedby={quiet ? undefined : `${id}-privacy`}>
          {t('nearMe')}
        </button>
        <details className="near__place" open={placeOpen} onToggle={(e) => setPlaceOpen(e.currentTarget.open)}>
          <summary className="button button--quiet">{t('fromPlace')}</summary>
          <form className="near__form" onSubmit={submit}>
            <label htmlFor={`${id}-from`}>{t('fromPlaceLabel')}</label>
            <div className="near__field">
              <input id={`${id}-from`} type="text" autoComplete="postal-code" value={typed} onChange={(e) => setTyped(e.currentTarget.value)} />
              <button type="submit" className="button">
                {t('fromPlaceButton')}
              </button>
            </div>
          </form>
        </details>
      </div>
      {!quiet && (
        <p className="hint" id={`${id}-privacy`}>
          {t('nearMeHint')}
        </p>
      )}
      <div role="status" className="near__status">
        {locating && <p>{t('locating')}</p>}
        {problem && <p className="error">{t(problem)}</p>}
        {origin?.kind === 'unknownPlace' && <p className="error">{t('unknownPlace', { place: origin.typed })}</p>}
        {origin?.kind === 'device' && <p>{t('sortedFromMe')}</p>}
        {origin?.kind === 'place' && (
          <p>{t('sortedFrom', { place: origin.typed === origin.place.postal_code ? `${origin.place.postal_code} ${origin.place.name}` : origin.place.name })}</p>
        )}
      </div>
      {origin && (
        <button type="button" className="button button--link near__stop" onClick={stop}>
          {t('stopSorting')}
        </button>
      )}
    </div>
  );
});
