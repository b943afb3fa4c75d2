// The workspace's offer form: generated from the shared schema (a new schema field appears by
// itself), what is typed survives validation, and each error sits beside its field, translated
// and wired up with aria-invalid and aria-describedby.
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import i18next from 'i18next';
import { Suspense, useState } from 'react';
import { beforeAll, describe, expect, it } from 'vitest';
import { initI18n } from '../../src/app/i18n.ts';
import { offer, type Need, type Organisation } from '../../src/catalogue/schema.ts';
import { emptyDraft, offerFields, toDraft, validateDraft, type Draft, type FieldError } from '../../src/coordinator/form-model.ts';
import { OfferForm } from '../../src/coordinator/OfferForm.tsx';

const rich = offer.parse({
  id: 'cafe',
  organization_id: 'redbarnet',
  name: { da: 'Familiecafé', de: 'Familiencafé' },
  summary: { da: 'Mød andre' },
  description: { da: 'Hver onsdag.' },
  minimum_age: 0,
  maximum_age: 6,
  categories: ['learning'],
  languages: ['da', 'ar'],
  free: false,
  cost_options: [{ option: { da: 'Kaffe' }, amount: 10.5, currency: 'DKK' }],
  access: 'self',
  url: 'https://example.org/',
  phones: [{ number: '+45 00 00 00 00', description: { da: 'Hverdage' } }],
  locations: [{ id: 'hus', address_1: 'Vej 1', postal_code: '8000', city: 'Aarhus', municipality: 'Aarhus', country: 'DK', latitude: 56.1 }],
  schedules: [{ byday: ['WE', 'FR'], opens_at: '15:00', closes_at: '17:00', location_id: 'hus' }],
  assured_date: '2026-01-01',
});

describe('form model', () => {
  it('has one field per schema field (the offer id is the address)', () => {
    expect(offerFields().map((f) => f.key)).toEqual(Object.keys(offer.shape).filter((k) => k !== 'id'));
  });

  it('turns a stored offer into a draft and back without loss', () => {
    const back = validateDraft(toDraft(rich), 'cafe');
    expect(back).toEqual({ ok: true, offer: rich });
  });

  it('names every problem with a translatable key at the field’s path', () => {
    const draft: Draft = { ...toDraft(rich), name: { da: '  ' }, url: 'javascript:alert(1)', minimum_age: '9', maximum_age: '3', email: 'nope', languages: '' };
    const result = validateDraft(draft, 'cafe');
    expect(result.ok).toBe(false);
    const errors = (result as { errors: FieldError[] }).errors.map((e) => `${e.path}:${e.key}`);
    expect(errors).toEqual(expect.arrayContaining(['name:oneLanguage', 'url:httpOnly', 'email:email', 'languages:tooFewItems', 'maximum_age:ageOrder']));
  });
});

function Harness({ initial, errors }: { initial: Draft; errors: FieldError[] }) {
  const [draft, setDraft] = useState(initial);
  const needs: Need[] = [
    { id: 'learning', name: { en: 'Homework' }, synonyms: {} },
    { id: 'play', name: { en: 'Play' }, synonyms: {} },
  ];
  const orgs: Organisation[] = [{ id: 'redbarnet', name: 'Red Barnet', description: { da: 'x' }, phones: [] }];
  return (
    <Suspense fallback={null}>
      <OfferForm draft={draft} onChange={setDraft} errors={errors} needs={needs} organisations={orgs} />
    </Suspense>
  );
}

describe('offer form', () => {
  beforeAll(async () => {
    await initI18n('en');
    await i18next.loadNamespaces('coordinator');
  });

  it('puts the translated error beside the field and links it', async () => {
    const draft = validateDraft({ ...emptyDraft('redbarnet'), summary: { en: 'x' } }, 'new');
    const errors = (draft as { errors: FieldError[] }).errors;
    render(<Harness initial={emptyDraft('redbarnet')} errors={errors} />);
    await screen.findByRole('group', { name: 'Name' });
    const nameDa = document.getElementById('f-name-da')!;
    expect(nameDa).toHaveAccessibleName('Dansk');
    expect(nameDa).toHaveAccessibleDescription('Write it in at least one language.');
    expect(nameDa).toHaveAttribute('aria-invalid', 'true');
    expect(nameDa).toHaveAttribute('lang', 'da');
    expect(document.getElementById('f-name-error')).toHaveTextContent('Write it in at least one language.');
    expect(screen.getByRole('group', { name: 'Needs' })).toHaveAccessibleDescription('Choose at least 1.');
  });

  it('shows da, de and en side by side and keeps what was typed', async () => {
    render(<Harness initial={toDraft(rich)} errors={[]} />);
    const name = await screen.findByRole('group', { name: 'Name' });
    const inputs = [...name.querySelectorAll('input')];
    expect(inputs.map((i) => [i.lang, i.value])).toEqual([
      ['da', 'Familiecafé'],
      ['de', 'Familiencafé'],
      ['en', ''],
    ]);
    const user = userEvent.setup();
    await user.type(inputs[2], 'Family café');
    expect(inputs[2]).toHaveValue('Family café');
    await user.click(screen.getByRole('button', { name: 'Add a phone number' }));
    expect(screen.getByRole('group', { name: 'Phone 2' })).toBeInTheDocument();
    expect(inputs[2]).toHaveValue('Family café');
    expect(screen.getByRole('checkbox', { name: 'Wednesday' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Monday' })).not.toBeChecked();
  });

  it('shows a stored offer’s needs ticked, and ticking another keeps them', async () => {
    render(<Harness initial={toDraft(rich)} errors={[]} />);
    const needs = await screen.findByRole('group', { name: 'Needs' });
    const homework = within(needs).getByRole('checkbox', { name: 'Homework' });
    expect(homework).toBeChecked();
    await userEvent.setup().click(within(needs).getByRole('checkbox', { name: 'Play' }));
    expect(homework).toBeChecked();
    expect(within(needs).getByRole('checkbox', { name: 'Play' })).toBeChecked();
  });
});
