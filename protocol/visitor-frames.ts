import { z } from 'zod';
import type { Entry } from './entry';
import type { ErrorFrame } from './error-codes';
import type { PublicSettings } from './settings';
import type { Status } from './status';

/** A client-chosen id, unique per conversation, that makes resends idempotent. */
const clientId = z.string().min(1).max(64);

/** Frames a visitor's widget sends to the relay. */
export const visitorFrameSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('hello'),
    resume: z.object({ conversationId: z.string().min(1).max(64), token: z.string().min(1).max(128) }).optional(),
    /** The highest seq the widget already shows; the relay replays everything after it. */
    lastSeq: z.number().int().min(0).optional(),
    page: z.object({ url: z.string().max(2048).optional(), title: z.string().max(300).optional() }).optional(),
    lang: z.string().max(35).optional(),
  }),
  z.object({ type: z.literal('message'), clientId, text: z.string().trim().min(1) }),
  /** The "Talk to a person" button. */
  z.object({ type: z.literal('handoff'), clientId }),
  /** The offline form: an email to answer later. */
  z.object({
    type: z.literal('ticket'),
    clientId,
    email: z.string().max(254),
    name: z.string().max(200).optional(),
    question: z.string().max(4000).optional(),
  }),
  z.object({ type: z.literal('typing'), on: z.boolean() }),
  /** Baton.identify(): who the visitor is, per the host page. `signature` is HMAC-SHA256(userId) under the site's identity secret. */
  z.object({
    type: z.literal('identify'),
    userId: z.string().min(1).max(200).optional(),
    name: z.string().max(200).optional(),
    email: z.string().max(254).optional(),
    attributes: z.record(z.string().max(64), z.union([z.string().max(500), z.number(), z.boolean()])).optional(),
    signature: z.string().max(256).optional(),
  }),
  /** A thumbs-up or thumbs-down on the bot answer with this seq. */
  z.object({ type: z.literal('feedback'), clientId, seq: z.number().int().min(1), value: z.enum(['up', 'down']) }),
]);

export type VisitorFrame = z.infer<typeof visitorFrameSchema>;

/** Frames the relay sends to a visitor's widget. */
export type ServerToVisitor =
  | {
      type: 'welcome';
      settings: PublicSettings;
      /** Present when the widget resumed, or once the conversation exists. */
      session?: { conversationId: string; token: string };
      status: Status;
      lastSeq: number;
    }
  /** Sent when the first message creates the conversation; keep it to resume later. */
  | { type: 'session'; conversationId: string; token: string }
  /** Entries the widget missed, in seq order. */
  | { type: 'history'; entries: Entry[] }
  | { type: 'ack'; clientId: string; seq: number }
  | { type: 'entry'; entry: Entry }
  | { type: 'status'; status: Status }
  | { type: 'typing'; on: boolean; author?: string }
  | ErrorFrame;
