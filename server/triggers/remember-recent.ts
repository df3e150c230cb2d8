/**
 * `fn`, remembering its last `max` answers (forgetting them all at once when full). One message
 * goes through the same steps many times on its way through the triggers — whole, per clause,
 * per sentence, and again as history for the next message — so a small memory saves most of the
 * work without holding on to old conversations.
 */
export function rememberRecent<T>(fn: (text: string) => T, max = 256): (text: string) => T {
  const recent = new Map<string, T>();
  return (text) => {
    if (recent.has(text)) return recent.get(text) as T;
    const answer = fn(text);
    if (recent.size >= max) recent.clear();
    recent.set(text, answer);
    return answer;
  };
}
