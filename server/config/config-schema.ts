import { z } from 'zod';
import { POLICY_TOPIC_IDS } from '../triggers/policy-topic-ids';

/** One FAQ entry the built-in bot can answer from. */
const faqEntry = z.object({
  question: z.string().min(1),
  answer: z.string().min(1),
  keywords: z.array(z.string()).default([]),
});

const id = z.string().min(1).regex(/^[\w.-]+$/, 'letters, digits, dot, dash or underscore');

/** One agent who may sign in to the console. Tokens are secrets: use long random strings. */
const agent = z.object({
  id,
  name: z.string().min(1),
  token: z.string().min(12, 'at least 12 characters'),
  /** Team ids; default: the default team. */
  teams: z.array(id).optional(),
  /** Conversations the agent may hold at once; default 3. */
  capacity: z.number().int().min(1).max(50).default(3),
});

const time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'a time like 09:00');
const day = z.tuple([time, time]).nullable();

/** When a team answers, in its own time zone. A day that is null or missing is closed. */
const hours = z.strictObject({
  timeZone: z.string().refine((tz) => {
    try {
      new Intl.DateTimeFormat('en', { timeZone: tz });
      return true;
    } catch {
      return false;
    }
  }, 'an IANA time zone like Europe/London'),
  days: z.strictObject({ mon: day, tue: day, wed: day, thu: day, fri: day, sat: day, sun: day }).partial(),
  /** Dates (YYYY-MM-DD, in the team's time zone) the team is closed all day. */
  closedDates: z.array(z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date like 2026-12-25')).default([]),
});

/** A team: who handles which skills and languages, and when. */
const team = z.strictObject({
  id,
  name: z.string().min(1),
  /** Skills the team handles, matched against routing.skills (e.g. billing, sales, technical). */
  skills: z.array(z.string()).default([]),
  /** Languages (primary subtags like "es") the team answers in; empty means any. */
  languages: z.array(z.string().regex(/^[a-z]{2,3}$/, 'a language code like es')).default([]),
  /** Unset: always open. */
  hours: hours.optional(),
});

/** The whole relay configuration. Every field has a default in defaults.ts. */
export const configSchema = z.strictObject({
  port: z.number().int().min(0).max(65535),
  host: z.string().min(1),
  /** Path of the SQLite file, or ":memory:". */
  storage: z.strictObject({
    path: z.string().min(1),
    /** "full" syncs every acknowledged entry to disk (survives power loss); "normal" survives a killed process, not a power cut, and is faster. */
    synchronous: z.enum(['full', 'normal']),
  }),
  site: z.strictObject({
    siteName: z.string().min(1).max(80),
    greeting: z.string().max(500),
    offlineMessage: z.string().min(1).max(1000),
    color: z.string().regex(/^#[0-9a-fA-F]{3,8}$/, 'a hex colour like #2563eb'),
    /** Template for the label visitors see for an agent; {name} is replaced. */
    agentLabel: z.string().min(1).includes('{name}', { message: 'must contain {name}' }),
    triggerMode: z.enum(['auto', 'request-only']),
    /** Secret for Baton.identify signatures (HMAC-SHA256 of the user id, hex). Unset: identities are shown as unverified. */
    identitySecret: z.string().min(16, 'at least 16 characters').optional(),
  }),
  bot: z.strictObject({
    faq: z.array(faqEntry),
    /** Minimum confidence (0..1) for the FAQ bot to answer instead of saying it does not know. */
    threshold: z.number().min(0).max(1),
    /** What the bot says when it is not sure. */
    unsureReply: z.string().min(1),
  }),
  triggers: z.strictObject({
    /** Moves every threshold together: low, normal or high. */
    sensitivity: z.enum(['low', 'normal', 'high']),
    explicitRequest: z.boolean(),
    /** A model trained on labelled chats backs up the request phrases, for requests no phrase covers. */
    requestModel: z.boolean(),
    /** The model's score (0..1) needed to hand off; unset follows the sensitivity (0.75 at normal). */
    requestModelThreshold: z.number().min(0).max(1).optional(),
    repeatedFailure: z.boolean(),
    /** Asking the same thing again in other words counts as a strike. */
    rephrasing: z.boolean(),
    /** Strikes in a row that hand off; unset follows the sensitivity (2 at normal). */
    strikes: z.number().int().min(1).max(10).optional(),
    frustration: z.boolean(),
    /** VADER compound score (-1..0) at or below which aimed negativity is frustration; unset follows the sensitivity. */
    frustrationThreshold: z.number().min(-1).max(0).optional(),
    policy: z.strictObject({
      enabled: z.boolean(),
      /** Topics checked; unset means all of them. */
      topics: z.array(z.enum(POLICY_TOPIC_IDS)).optional(),
      /** A policy's own message to the visitor, by topic, sent as the conversation is handed over. */
      replies: z.partialRecord(z.enum(POLICY_TOPIC_IDS), z.string().min(1)),
    }),
    /** VIP or flagged visitors go to a person at their first message. */
    vip: z.boolean(),
    /** Page paths ("/checkout", "/products/*\/buy") whose visitors go to a person at their first message. */
    pagePatterns: z.array(z.string().regex(/^\//, 'a path starting with /')),
    /** Bot turns in a row without a handoff before one is made; unset follows the sensitivity (8 at normal). */
    maxBotTurns: z.number().int().min(1).optional(),
    /** Path of a module exporting respond(message, context) rules; relative to the working directory. */
    customModule: z.string().min(1).optional(),
    /** An OpenAI-compatible chat-completions endpoint consulted when the local rules don't fire. */
    classifier: z
      .strictObject({
        url: z.url(),
        model: z.string().min(1),
        apiKey: z.string().optional(),
        timeoutMs: z.number().int().min(50).max(30_000),
      })
      .optional(),
  }),
  agents: z.array(agent),
  /** Teams; unset or empty means one team, "support", with every agent. */
  teams: z.array(team),
  routing: z.strictObject({
    /** Team id for conversations no skill or language points elsewhere; default the first team. */
    defaultTeam: id.optional(),
    /** Skill needed per escalation reason code or policy topic ("policy:refund", "frustration", …). */
    skills: z.record(z.string(), z.string()),
  }),
  handoff: z.strictObject({
    /** Waiting longer than this without an accept turns the conversation into a ticket. */
    acceptTimeoutMs: z.number().int().min(1000),
    /** How long an agent who dropped off has to come back before their conversations are requeued. */
    reconnectGraceMs: z.number().int().min(0),
  }),
  /** Where tickets are POSTed, signed with HMAC-SHA256 of the body under `secret`. */
  webhook: z
    .strictObject({
      url: z.url(),
      secret: z.string().min(16, 'at least 16 characters'),
      /** Attempts in all, with exponential backoff; default 5. */
      attempts: z.number().int().min(1).max(20).default(5),
    })
    .optional(),
  /** Origins allowed to open a visitor socket, e.g. "https://shop.example". "*" allows any. */
  allowedOrigins: z.array(z.string().regex(/^(\*|https?:\/\/[^/\s]+)$/, 'an origin like https://shop.example, or *')),
  limits: z.strictObject({
    /** Largest WebSocket frame in bytes (at most 64 KiB). */
    maxPayload: z.number().int().min(1024).max(65536),
    /** Longest chat message in characters. */
    maxMessageLength: z.number().int().min(1).max(20000),
    /** Sustained frames per second per connection. */
    ratePerSecond: z.number().positive(),
    /** Frames a connection may send in a burst above the sustained rate. */
    burst: z.number().int().min(1),
    /** Bytes queued for one client before it is dropped as a slow consumer. */
    maxBufferedBytes: z.number().int().min(1024),
    /** Milliseconds between heartbeats; a client that misses one is dropped. */
    heartbeatMs: z.number().int().min(100),
  }),
});

export type Config = z.infer<typeof configSchema>;
export type FaqEntry = z.infer<typeof faqEntry>;
export type AgentConfig = z.infer<typeof agent>;
