/** The three-line summary: what the visitor wants, what the bot tried, why a person is needed. */
export function SummaryCard({ lines }: { lines: readonly string[] }) {
  if (!lines.length) return null;
  return (
    <section class="facts-card" aria-labelledby="summary-title">
      <h3 id="summary-title">Summary</h3>
      <ul class="summary">
        {lines.map((line, i) => (
          <li key={i}>{line}</li>
        ))}
      </ul>
    </section>
  );
}
