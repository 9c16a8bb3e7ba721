/** A table's head: one column heading per label, in order. */
export function TableHead(props: { labels: readonly string[] }) {
  return (
    <thead>
      <tr>
        {props.labels.map((label) => (
          <th scope="col">{label}</th>
        ))}
      </tr>
    </thead>
  );
}
