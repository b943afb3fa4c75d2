// The open-data subcommands of `npm run catalogue`: import an HSDS or CSV file into a
// catalogue (all or nothing, every rejection reported) and export a catalogue as HSDS 3.0.
import { readFileSync } from 'node:fs';
import { extname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { CONTENT_LANGUAGES, catalogueInfo, type ContentLanguage } from '../../catalogue/schema.ts';
import { currentContent } from '../catalogues.ts';
import { openDatabase } from '../db.ts';
import { writeAtomic } from '../files.ts';
import { audit } from '../accounts/audit.ts';
import { importCsv } from './csv-import.ts';
import { exportHsds, importHsds } from './hsds-io.ts';

export const OPEN_DATA_USAGE = `  import <catalogue> <file> [--format hsds|csv] [--language da|de|en] [--dry-run]
                      fill one language of a catalogue's offers from an HSDS 3.0 JSON or CSV file; nothing is
                      imported when any record is rejected (each is listed with its reason)
  export-hsds <catalogue> <file> [--language da|de|en]
                      write the catalogue's current offers as an HSDS 3.0 service list in one language`;

function language(value: string | undefined, fallback: ContentLanguage): ContentLanguage {
  if (value === undefined) return fallback;
  if (!(CONTENT_LANGUAGES as readonly string[]).includes(value)) throw new Error(`--language must be one of ${CONTENT_LANGUAGES.join(', ')}`);
  return value as ContentLanguage;
}

/** Runs the command when it is one of these (returns the exit code), else undefined. */
export async function runOpenData(args: string[], dataDir: string): Promise<number | undefined> {
  if (args[0] !== 'import' && args[0] !== 'export-hsds') return undefined;
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { format: { type: 'string' }, language: { type: 'string' }, 'dry-run': { type: 'boolean', default: false } } });
  const [command, catalogueId, file] = positionals;
  if (!((command === 'import' || command === 'export-hsds') && catalogueId && file)) return undefined;
  const db = openDatabase(dataDir);
  try {
    const info = catalogueInfo.parse(currentContent(db, catalogueId).catalogue);
    const lang = language(values.language, info.default_language);
    if (command === 'export-hsds') {
      const doc = exportHsds(db, catalogueId, lang);
      writeAtomic(resolve(file), `${JSON.stringify(doc, null, 2)}\n`);
      console.log(`${catalogueId}: ${doc.total_items} services written to ${file} (HSDS ${doc.hsds_version}, texts in ${lang})`);
      return 0;
    }
    const format = values.format ?? (extname(file).toLowerCase() === '.csv' ? 'csv' : 'hsds');
    if (format !== 'hsds' && format !== 'csv') throw new Error('--format must be hsds or csv');
    const text = readFileSync(file, 'utf8');
    const csv = format === 'csv' ? importCsv(db, catalogueId, text, lang, values['dry-run']) : undefined;
    const report = csv ?? importHsds(db, catalogueId, JSON.parse(text), lang, values['dry-run']);
    for (const c of csv?.columns ?? []) console.log(`column ${JSON.stringify(c.column)} → ${c.field ?? 'ignored'}`);
    for (const r of report.rejected) console.log(`rejected ${r.index >= 0 ? `#${r.index} ` : ''}${r.record}: ${r.reason}`);
    console.log(`${catalogueId} (${lang}): ${report.added.length} new, ${report.updated.length} updated, ${report.rejected.length} rejected — ${report.applied ? 'imported; publish to send it to phones' : 'nothing imported'}`);
    if (report.applied) audit(db, { actor: 'cli', catalogue_id: catalogueId, action: 'import', target: format, detail: { language: lang, added: report.added, updated: report.updated } });
    return report.rejected.length ? 1 : 0;
  } finally {
    db.close();
  }
}
