// The offer form, rendered field by field from the schema walk in form-model: da, de and en side
// by side for every text, each field's translated error beside it (aria-invalid, -describedby).
import { useTranslation } from 'react-i18next';
import { CONTENT_LANGUAGES, type Need, type Organisation } from '../catalogue/schema.ts';
import { pickText } from '../catalogue/text.ts';
import { errorsAt, offerFields, type Draft, type Field, type FieldError } from './form-model.ts';

interface Props {
  draft: Draft;
  onChange: (draft: Draft) => void;
  errors: FieldError[];
  needs: Need[];
  organisations: Organisation[];
  disabled?: boolean;
}

const idOf = (path: string) => `f-${path.replace(/\./g, '-')}`;

function ErrorText({ id, errors }: { id: string; errors: FieldError[] }) {
  const { t } = useTranslation('coordinator');
  if (errors.length === 0) return null;
  return (
    <p className="cw-error" id={id}>
      {errors.map((e) => t(`errors.${e.key}`, e.values)).join(' ')}
    </p>
  );
}

function describedBy(...ids: (string | false | undefined)[]): string | undefined {
  const list = ids.filter(Boolean);
  return list.length ? list.join(' ') : undefined;
}

interface FieldProps {
  field: Field;
  path: string;
  labelKey: string;
  value: unknown;
  set: (value: unknown) => void;
  ctx: Props;
}

function FieldView({ field, path, labelKey, value, set, ctx }: FieldProps) {
  const { t, i18n } = useTranslation('coordinator');
  const ui = i18n.resolvedLanguage ?? 'en';
  const id = idOf(path);
  const own = errorsAt(ctx.errors, path);
  const errorId = own.length ? `${id}-error` : undefined;
  const label = t(`labels.${labelKey}`);
  const optional = 'optional' in field && field.optional ? <span className="cw-optional"> {t('form.optional')}</span> : null;

  switch (field.kind) {
    case 'localized': {
      const texts = (value ?? {}) as Record<string, string>;
      return (
        <fieldset id={id} className="cw-field cw-localized" aria-describedby={errorId}>
          <legend>
            {label}
            {optional}
          </legend>
          <ErrorText id={`${id}-error`} errors={own} />
          <div className="cw-languages">
            {CONTENT_LANGUAGES.map((lng) => {
              const sub = errorsAt(ctx.errors, `${path}.${lng}`);
              const subId = `${id}-${lng}`;
              const Input = field.multiline ? 'textarea' : 'input';
              return (
                <div key={lng} className="cw-language">
                  <label htmlFor={subId}>{t(`language.${lng}`)}</label>
                  <Input
                    id={subId}
                    lang={lng}
                    value={texts[lng] ?? ''}
                    disabled={ctx.disabled}
                    rows={field.multiline ? 4 : undefined}
                    aria-invalid={own.length + sub.length > 0 || undefined}
                    aria-describedby={describedBy(errorId, sub.length > 0 && `${subId}-error`)}
                    onChange={(e) => set({ ...texts, [lng]: e.target.value })}
                  />
                  <ErrorText id={`${subId}-error`} errors={sub} />
                </div>
              );
            })}
          </div>
        </fieldset>
      );
    }
    case 'boolean':
      return (
        <div className="cw-field cw-check">
          <input id={id} type="checkbox" checked={value === true} disabled={ctx.disabled} aria-invalid={own.length > 0 || undefined} aria-describedby={errorId} onChange={(e) => set(e.target.checked)} />
          <label htmlFor={id}>{label}</label>
          <ErrorText id={`${id}-error`} errors={own} />
        </div>
      );
    case 'codes':
      return (
        <div className="cw-field">
          <label htmlFor={id}>{label}</label>
          <p className="cw-hint" id={`${id}-hint`}>
            {t(`hints.${labelKey}`, { defaultValue: t('hints.codes') })}
          </p>
          <input id={id} type="text" value={String(value ?? '')} disabled={ctx.disabled} aria-invalid={own.length > 0 || undefined} aria-describedby={describedBy(`${id}-hint`, errorId)} onChange={(e) => set(e.target.value)} />
          <ErrorText id={`${id}-error`} errors={own} />
        </div>
      );
    case 'choices':
    case 'needs': {
      const options = field.kind === 'needs' ? ctx.needs.map((n) => ({ value: n.id, label: pickText(n.name, ui)?.text ?? n.id })) : field.options.map((o) => ({ value: o, label: t(`option.${labelKey}.${o}`, { defaultValue: o }) }));
      const chosen = Array.isArray(value) ? (value as string[]) : [];
      return (
        <fieldset id={id} className="cw-field cw-choices" aria-describedby={errorId}>
          <legend>{label}</legend>
          <ErrorText id={`${id}-error`} errors={own} />
          {options.map((o) => (
            <label key={o.value} className="cw-choice">
              <input type="checkbox" checked={chosen.includes(o.value)} disabled={ctx.disabled} aria-invalid={own.length > 0 || undefined} onChange={(e) => set(e.target.checked ? [...chosen, o.value] : chosen.filter((c) => c !== o.value))} />
              {o.label}
            </label>
          ))}
        </fieldset>
      );
    }
    case 'choice':
    case 'text':
    case 'number': {
      const common = {
        id,
        value: String(value ?? ''),
        disabled: ctx.disabled,
        'aria-invalid': own.length > 0 || undefined,
        'aria-describedby': errorId,
      };
      let control;
      if (field.key === 'organization_id')
        control = (
          <select {...common} onChange={(e) => set(e.target.value)}>
            <option value="">{t('form.choose')}</option>
            {ctx.organisations.map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
              </option>
            ))}
          </select>
        );
      else if (field.kind === 'choice')
        control = (
          <select {...common} onChange={(e) => set(e.target.value)}>
            {field.optional || !value ? <option value="">{t('form.choose')}</option> : null}
            {field.options.map((o) => (
              <option key={o} value={o}>
                {t(`option.${labelKey}.${o}`, { defaultValue: o })}
              </option>
            ))}
          </select>
        );
      else
        control = (
          <input
            {...common}
            type={field.kind === 'number' ? 'text' : field.input}
            inputMode={field.kind === 'number' ? (field.integer ? 'numeric' : 'decimal') : undefined}
            onChange={(e) => set(e.target.value)}
          />
        );
      return (
        <div className="cw-field">
          <label htmlFor={id}>
            {label}
            {optional}
          </label>
          {control}
          <ErrorText id={`${id}-error`} errors={own} />
        </div>
      );
    }
    case 'group': {
      const items = Array.isArray(value) ? (value as Draft[]) : [];
      return (
        <fieldset id={id} className="cw-field cw-group" aria-describedby={errorId}>
          <legend>{label}</legend>
          <ErrorText id={`${id}-error`} errors={own} />
          {items.map((item, i) => (
            <fieldset key={i} className="cw-item">
              <legend>{t(`items.${field.key}`, { n: i + 1 })}</legend>
              {field.fields.map((f) => (
                <FieldView
                  key={f.key}
                  field={f}
                  path={`${path}.${i}.${f.key}`}
                  labelKey={`${field.key}__${f.key}`}
                  value={item[f.key]}
                  set={(v) => set(items.map((it, j) => (j === i ? { ...it, [f.key]: v } : it)))}
                  ctx={ctx}
                />
              ))}
              <button type="button" className="button button--quiet" disabled={ctx.disabled} onClick={() => set(items.filter((_, j) => j !== i))}>
                {t('form.remove', { what: t(`items.${field.key}`, { n: i + 1 }) })}
              </button>
            </fieldset>
          ))}
          <button type="button" className="button button--quiet" disabled={ctx.disabled} onClick={() => set([...items, {}])}>
            {t(`add.${field.key}`)}
          </button>
        </fieldset>
      );
    }
  }
}

export function OfferForm(props: Props) {
  return (
    <div className="cw-form">
      {offerFields().map((f) => (
        <FieldView key={f.key} field={f} path={f.key} labelKey={f.key} value={props.draft[f.key]} set={(v) => props.onChange({ ...props.draft, [f.key]: v })} ctx={props} />
      ))}
    </div>
  );
}
