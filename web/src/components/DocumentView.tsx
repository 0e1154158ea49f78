// A printable document (shared/documents/printable.ts) as a page: the same sections, in the same
// order and words, as the PDF the server draws from it.
import type { PrintableDocument } from '../../../shared/documents/printable';

export function DocumentView({ document }: { document: PrintableDocument }) {
  return (
    <article className="card stack printable" lang={document.locale}>
      <header>
        <h2 className="printable__title">{document.title}</h2>
        {document.subtitle.map((line) => (
          <p key={line} className="printable__subtitle">
            {line}
          </p>
        ))}
      </header>
      {document.sections.map((section) => (
        <section key={section.heading} className="stack">
          <h3>{section.heading}</h3>
          {section.blocks.map((block, i) => {
            const key = `${section.heading}-${i}`;
            if (block.type === 'paragraph') return <p key={key}>{block.text}</p>;
            if (block.type === 'fields') {
              return (
                <dl key={key} className="facts">
                  {block.rows.map((row) => (
                    <div key={row.label} className="facts__row">
                      <dt>{row.label}</dt>
                      <dd>{row.value}</dd>
                    </div>
                  ))}
                </dl>
              );
            }
            return (
              // On a phone each row is a card, each cell under its column's name (.paper-table):
              // the amounts at the right of a wide table stay in sight.
              <div key={key} className="table-wrap">
                <table className="paper-table">
                  <thead>
                    <tr>
                      {block.columns.map((c) => (
                        <th key={c} scope="col">
                          {c}
                        </th>
                      ))}
                    </tr>
                  </thead>
                  <tbody>
                    {block.rows.map((row) => (
                      <tr key={row.join('|')}>
                        {row.map((cell, j) => (
                          <td
                            // biome-ignore lint/suspicious/noArrayIndexKey: columns have no id
                            key={j}
                            className={block.numeric?.[j] ? 'num' : undefined}
                            // A total row (cells left empty) names itself in its first cell.
                            data-label={
                              cell && !(j === 0 && row.includes('')) ? block.columns[j] : undefined
                            }
                          >
                            {cell}
                          </td>
                        ))}
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            );
          })}
        </section>
      ))}
      <footer className="printable__footer">{document.footer}</footer>
    </article>
  );
}
