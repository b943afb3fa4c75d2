// Long offer texts read better as short paragraphs: blank lines or line breaks in the data split them.
import type { ContentLanguage, LocalizedText } from '../catalogue/schema.ts';
import { usePick, useFallbackLang } from './LocalText.tsx';

export function Paragraphs({ text, catalogueLanguage }: { text: LocalizedText; catalogueLanguage?: ContentLanguage }) {
  const picked = usePick()(text, catalogueLanguage);
  const lang = useFallbackLang()(picked);
  if (!picked) return null;
  return (
    <div className="paragraphs" lang={lang}>
      {picked.text
        .split(/\n+/)
        .map((p) => p.trim())
        .filter(Boolean)
        .map((p, i) => (
          <p key={i}>{p}</p>
        ))}
    </div>
  );
}
