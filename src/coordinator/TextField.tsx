// One labelled text input with an optional hint tied to it, as the workspace's account forms ask for names and passwords.
export function TextField({ id, label, type = 'text', value, onChange, autoComplete, hint, required = false }: { id: string; label: string; type?: string; value: string; onChange: (v: string) => void; autoComplete?: string; hint?: string; required?: boolean }) {
  return (
    <div className="cw-field">
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p className="cw-hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      <input id={id} type={type} value={value} autoComplete={autoComplete} required={required} aria-describedby={hint ? `${id}-hint` : undefined} onChange={(e) => onChange(e.target.value)} />
    </div>
  );
}
