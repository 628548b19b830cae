import type { Block, Inline } from '../../electron/model/blocks.js';

function Runs({ runs }: { runs: Inline[] }) {
  return (
    <>
      {runs.map((r, i) => {
        let node: React.ReactNode = r.text;
        if (r.italic) node = <em>{node}</em>;
        if (r.bold) node = <strong>{node}</strong>;
        if (r.href) node = <a href={r.href} target="_blank" rel="noopener noreferrer">{node}</a>;
        return <span key={i}>{node}</span>;
      })}
    </>
  );
}

/** A release body read-only, with the same structure the editor shows. */
export function BlocksView({ blocks }: { blocks: Block[] }) {
  return (
    <div className="prose">
      {blocks.map((b, i) => {
        switch (b.type) {
          case 'paragraph':
            return (
              <p key={i}>
                <Runs runs={b.content} />
              </p>
            );
          case 'heading':
            return b.level === 2 ? (
              <h3 key={i}>
                <Runs runs={b.content} />
              </h3>
            ) : (
              <h4 key={i}>
                <Runs runs={b.content} />
              </h4>
            );
          case 'list': {
            const items = b.items.map((item, j) => (
              <li key={j}>
                <Runs runs={item} />
              </li>
            ));
            return b.ordered ? <ol key={i}>{items}</ol> : <ul key={i}>{items}</ul>;
          }
          case 'table': {
            const [first, ...rest] = b.rows;
            const row = (cells: Inline[][], head: boolean, j: number) => (
              <tr key={j}>{cells.map((c, k) => (head ? <th key={k} scope="col"><Runs runs={c} /></th> : <td key={k}><Runs runs={c} /></td>))}</tr>
            );
            return (
              <table key={i} className="release-table">
                {b.header && first && <thead>{row(first, true, 0)}</thead>}
                <tbody>{(b.header ? rest : b.rows).map((r, j) => row(r, false, j))}</tbody>
              </table>
            );
          }
          case 'quote':
            return (
              <blockquote key={i}>
                <p>
                  <Runs runs={b.content} />
                </p>
                {b.attribution && <footer>— {b.attribution}</footer>}
              </blockquote>
            );
        }
      })}
    </div>
  );
}
