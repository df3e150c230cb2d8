/** The note the previous agent left on transfer, shown above everything else in the conversation. */
export function HandoverNote({ note }: { note: string }) {
  return (
    <section class="handover-note" aria-labelledby="handover-note-title">
      <h3 id="handover-note-title">Note from the previous agent</h3>
      <p>{note}</p>
    </section>
  );
}
