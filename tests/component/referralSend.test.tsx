// The send screen in Danish and German: offers from the URL, a family language with the right
// direction, the exact text copied and logged without anything about the family.
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import i18next from 'i18next';
import { Suspense } from 'react';
import { MemoryRouter, Route, Routes } from 'react-router';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { initI18n } from '../../src/app/i18n.ts';
import SendRoute from '../../src/app/routes/SendRoute.tsx';
import { appDb } from '../../src/storage/db.ts';
import { UsageSharing } from '../../src/referral/UsageSharing.tsx';
import { usageSharing } from '../../src/referral/usage.ts';
import { lektiecafe, mentor, org } from '../unit/referral-fixtures.ts';

const db = appDb();

beforeAll(async () => {
  await initI18n('da');
  await i18next.loadNamespaces('referral');
});

beforeEach(async () => {
  await db.catalogues.put({
    catalogue_id: 'aarhus', version: 1, info: { id: 'aarhus', name: { da: 'Aarhus' }, region: 'Aarhus', default_language: 'da' },
    needs: [], places: [], published_at: '2025-01-01T00:00:00Z', expires_at: '2099-01-01T00:00:00Z', snapshot_sha256: 'x', applied_at: '2025-01-01T00:00:00Z',
  });
  await db.offers.bulkPut([lektiecafe, mentor].map((o) => ({ ...o, catalogue_id: 'aarhus' })));
  await db.organisations.put({ ...org, catalogue_id: 'aarhus' });
});

afterEach(async () => {
  await Promise.all(db.tables.map((t) => t.clear()));
  await act(() => i18next.changeLanguage('da'));
});

function renderAt(url: string) {
  return render(
    <MemoryRouter initialEntries={[url]}>
      <Suspense fallback={null}>
        <Routes>
          <Route path="/send" element={<SendRoute />} />
        </Routes>
      </Suspense>
    </MemoryRouter>,
  );
}

const TWO = '/send?offers=aarhus/lektiecafe-viby,aarhus/voksenven';

describe('SendRoute', () => {
  it('in Danish: preselects the offers, composes a Danish preview, removes an offer', async () => {
    const user = userEvent.setup();
    renderAt(TWO);
    expect(await screen.findByRole('heading', { level: 1, name: 'Send til en familie' })).toBeInTheDocument();
    const list = await screen.findByRole('list');
    await waitFor(() => expect(within(list).getAllByRole('listitem')).toHaveLength(2));
    const preview = await screen.findByRole('article', { name: 'Forhåndsvisning: det får familien' });
    expect(preview).toHaveAttribute('lang', 'da');
    expect(preview).toHaveAttribute('dir', 'ltr');
    expect(preview).toHaveTextContent('Her er information om 2 tilbud til dig og din familie.');
    expect(preview).toHaveTextContent('+45 00 00 12 34');
    expect(screen.getByRole('combobox', { name: 'Familiens sprog' })).toHaveValue('da');

    await user.click(screen.getByRole('button', { name: 'Fjern En voksenven til dit barn' }));
    await waitFor(() => expect(within(screen.getByRole('list')).getAllByRole('listitem')).toHaveLength(1));
    expect(screen.getByRole('article')).toHaveTextContent('Her er information om et tilbud til dig og din familie.');
    expect(screen.getByRole('article')).not.toHaveTextContent('Æblegade');
  });

  it('in German: Arabic turns the preview right-to-left, copying logs only offers, language and channel', async () => {
    await act(() => i18next.changeLanguage('de'));
    const user = userEvent.setup(); // installs a clipboard stub that can be read back
    renderAt(TWO);
    const select = await screen.findByRole('combobox', { name: 'Sprache der Familie' });
    expect(within(select).getByRole('option', { name: 'العربية – Arabisch' })).toBeInTheDocument();
    await user.selectOptions(select, 'ar');
    await user.type(screen.getByRole('textbox', { name: 'Kurze persönliche Nachricht (freiwillig)' }), 'Bis Montag!');
    expect(screen.getByRole('textbox', { name: 'Kurze persönliche Nachricht (freiwillig)' })).toHaveAccessibleDescription(
      'Schreiben Sie keine Namen oder anderen persönlichen Angaben der Familie.',
    );

    const preview = await screen.findByRole('article', { name: 'Vorschau: Das bekommt die Familie' });
    await waitFor(() => expect(preview).toHaveAttribute('dir', 'rtl'));
    expect(preview).toHaveAttribute('lang', 'ar');
    expect(preview).toHaveTextContent('إليك معلومات عن خدمتين لك ولعائلتك.');
    expect(within(preview).getByText('Bis Montag!').closest('p')).toHaveAttribute('dir', 'auto');
    expect(within(preview).getByText('Hjælp til lektier hver uge.')).toHaveAttribute('lang', 'da');
    expect(within(preview).getAllByText('+45 00 00 12 34')[0].closest('bdi')).toHaveAttribute('dir', 'ltr');

    const sms = screen.getByRole('link', { name: 'Als SMS senden' });
    const body = decodeURIComponent(sms.getAttribute('href')!.slice('sms:?&body='.length));
    expect(body).toContain('إليك معلومات');
    expect(body).toContain('+45 00 00 00 01');
    expect(screen.getByRole('link', { name: 'Als E-Mail senden' }).getAttribute('href')).toMatch(/^mailto:\?subject=/);

    await user.click(screen.getByRole('button', { name: 'Text kopieren' }));
    expect(await screen.findByRole('status')).toHaveTextContent('Kopiert.');
    const copied = await navigator.clipboard.readText();
    expect(copied).toContain('كيف تتواصل معهم');
    expect(copied).toContain('Bis Montag!');
    await waitFor(async () => expect(await db.referralLog.count()).toBe(1));
    const [entry] = await db.referralLog.toArray();
    expect(entry).toEqual({
      id: entry.id,
      created_at: new Date().toISOString().slice(0, 10),
      offers: [{ catalogue_id: 'aarhus', offer_id: 'lektiecafe-viby' }, { catalogue_id: 'aarhus', offer_id: 'voksenven' }],
      language: 'ar',
      channel: 'copy',
    });
    expect(JSON.stringify(entry)).not.toContain('Bis Montag');
  });

  it('shows the QR code as an image with a text alternative', async () => {
    const user = userEvent.setup();
    renderAt('/send?offers=aarhus/lektiecafe-viby');
    const toggle = await screen.findByRole('button', { name: 'Vis QR-kode' });
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    const img = await screen.findByRole('img', { name: 'QR-kode med tilbuddenes navne og kontaktoplysninger' });
    expect(img.getAttribute('src')).toMatch(/^data:image\/svg\+xml/);
    expect(screen.getByText('Når den scannes, gemmes tilbuddet som kontakt på telefonen.')).toBeInTheDocument();
  });

  it('says so when no offer is chosen', async () => {
    renderAt('/send');
    expect(await screen.findByText('Ingen tilbud valgt.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Find tilbud' })).toHaveAttribute('href', '/');
  });
});

describe('UsageSharing', () => {
  it('is off by default and switches on per catalogue', async () => {
    const user = userEvent.setup();
    render(<Suspense fallback={null}><UsageSharing db={db} /></Suspense>);
    const box = await screen.findByRole('checkbox', { name: 'Del tal for Aarhus' });
    expect(box).not.toBeChecked();
    await user.click(box);
    await waitFor(() => expect(box).toBeChecked());
    expect(await usageSharing(db)).toEqual({ aarhus: true });
  });
});
