import type Database from 'better-sqlite3';
import type { Metrics } from '../../protocol';

const DAY = 86_400_000;

/**
 * The metrics view's figures, computed in SQL from the stored conversations, handoffs, entries and
 * tickets (never from counters that reset). A silent failure is a conversation with no handoff whose
 * last entry is an unsure bot answer and that has been idle for `idleMs`: the bot didn't know and
 * the visitor left without asking for anyone.
 */
export function createMetricsQuery(db: Database.Database) {
  const q = {
    conversations: db.prepare<[number, number], { n: number }>('SELECT COUNT(*) AS n FROM conversations WHERE created_at BETWEEN ? AND ?'),
    handoffs: db.prepare<[number, number], { n: number }>('SELECT COUNT(DISTINCT conversation_id) AS n FROM handoffs WHERE escalated_at BETWEEN ? AND ?'),
    reasons: db.prepare<[number, number], { code: string; count: number }>(
      'SELECT reason_code AS code, COUNT(*) AS count FROM handoffs WHERE escalated_at BETWEEN ? AND ? GROUP BY reason_code ORDER BY count DESC',
    ),
    accepted: db.prepare<[number, number], { n: number; resolved: number }>(
      'SELECT COUNT(*) AS n, COUNT(resolved_at) AS resolved FROM handoffs WHERE accepted_at IS NOT NULL AND escalated_at BETWEEN ? AND ?',
    ),
    firstReplies: db.prepare<[number, number], { ms: number }>(`
      SELECT MIN(json_extract(e.body, '$.at')) - h.accepted_at AS ms
      FROM handoffs h JOIN entries e ON e.conversation_id = h.conversation_id
      WHERE h.accepted_at IS NOT NULL AND h.escalated_at BETWEEN ? AND ?
        AND json_extract(e.body, '$.role') = 'agent' AND json_extract(e.body, '$.at') >= h.accepted_at
      GROUP BY h.id ORDER BY ms`),
    silent: db.prepare<[number, number, number], { n: number }>(`
      SELECT COUNT(*) AS n FROM conversations c
      JOIN entries e ON e.conversation_id = c.id AND e.seq = c.last_seq
      WHERE c.created_at BETWEEN ? AND ?
        AND NOT EXISTS (SELECT 1 FROM handoffs h WHERE h.conversation_id = c.id)
        AND json_extract(e.body, '$.role') = 'bot' AND json_extract(e.body, '$.confident') = 0
        AND json_extract(e.body, '$.at') <= ?`),
    tickets: db.prepare<[number, number], { n: number }>('SELECT COUNT(*) AS n FROM tickets WHERE created_at BETWEEN ? AND ?'),
    dailyConversations: db.prepare<[number, number], { day: string; n: number }>(
      "SELECT strftime('%Y-%m-%d', created_at / 1000, 'unixepoch') AS day, COUNT(*) AS n FROM conversations WHERE created_at BETWEEN ? AND ? GROUP BY day",
    ),
    dailyHandoffs: db.prepare<[number, number], { day: string; n: number }>(
      "SELECT strftime('%Y-%m-%d', escalated_at / 1000, 'unixepoch') AS day, COUNT(DISTINCT conversation_id) AS n FROM handoffs WHERE escalated_at BETWEEN ? AND ? GROUP BY day",
    ),
  };

  return (since: number, until: number, idleMs: number): Metrics => {
    const conversations = q.conversations.get(since, until)!.n;
    const handoffs = q.handoffs.get(since, until)!.n;
    const accepted = q.accepted.get(since, until)!;
    const replies = q.firstReplies.all(since, until).map((r) => r.ms);
    const byDay = new Map<string, { conversations: number; handoffs: number }>();
    for (let t = since - (since % DAY); t <= until; t += DAY) byDay.set(new Date(t).toISOString().slice(0, 10), { conversations: 0, handoffs: 0 });
    for (const r of q.dailyConversations.all(since, until)) byDay.set(r.day, { ...(byDay.get(r.day) ?? { handoffs: 0 }), conversations: r.n });
    for (const r of q.dailyHandoffs.all(since, until)) byDay.set(r.day, { ...(byDay.get(r.day) ?? { conversations: 0 }), handoffs: r.n });
    return {
      days: Math.round((until - since) / DAY),
      conversations,
      handoffs,
      handoffRate: conversations ? handoffs / conversations : 0,
      reasons: q.reasons.all(since, until),
      medianFirstReplyMs: replies.length ? replies[Math.floor((replies.length - 1) / 2)] : null,
      resolutionRate: accepted.n ? accepted.resolved / accepted.n : null,
      silentFailures: q.silent.get(since, until, until - idleMs)!.n,
      offlineTickets: q.tickets.get(since, until)!.n,
      daily: [...byDay].sort(([a], [b]) => a.localeCompare(b)).map(([day, v]) => ({ day, ...v })),
    };
  };
}
