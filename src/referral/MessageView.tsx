// Shows the laid-out message as the family will read it: their language and direction on the
// whole, the catalogue's language on parts that fell back, numbers and addresses kept left-to-right.
import type { ReactNode } from 'react';
import type { Line, Span } from './layout.ts';
import { direction } from './languages.ts';

function SpanView({ span }: { span: Span }) {
  if (span.ltr) return <bdi dir="ltr">{span.text}</bdi>;
  if (span.lang) return <span lang={span.lang} dir={direction(span.lang)}>{span.text}</span>;
  return <>{span.text}</>;
}

function spans(line: Line): ReactNode {
  return line.spans.map((s, i) => (
    <span key={i}>
      {i > 0 ? ' ' : null}
      <SpanView span={s} />
    </span>
  ));
}

function LineView({ line }: { line: Line }) {
  switch (line.kind) {
    case 'title':
      return <h3 className="msg-title">{spans(line)}</h3>;
    case 'heading':
      return <h4 className="msg-heading">{spans(line)}</h4>;
    case 'noteLabel':
      return <h3 className="msg-heading">{spans(line)}</h3>;
    default:
      return (
        // The personal note is in whatever language the professional wrote it: let the browser find its direction.
        <p className={`msg-${line.kind}`} dir={line.kind === 'note' ? 'auto' : undefined}>
          {line.label ? <span className="msg-label">{line.label}: </span> : null}
          {spans(line)}
        </p>
      );
  }
}

/** Blocks between blank lines become groups, so the layout keeps the text's own paragraphs. */
function blocks(lines: Line[]): Line[][] {
  return lines.reduce<Line[][]>(
    (acc, line) => {
      if (line.kind === 'gap') acc.push([]);
      else acc[acc.length - 1].push(line);
      return acc;
    },
    [[]],
  ).filter((b) => b.length > 0);
}

export function MessageView({ lines, lang, dir, labelledBy }: { lines: Line[]; lang: string; dir: 'ltr' | 'rtl'; labelledBy?: string }) {
  return (
    <article className="msg" lang={lang} dir={dir} aria-labelledby={labelledBy}>
      {blocks(lines).map((block, i) => (
        <div className="msg-block" key={i}>
          {block.map((line, j) => (
            <LineView line={line} key={j} />
          ))}
        </div>
      ))}
    </article>
  );
}
