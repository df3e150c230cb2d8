/** Which triggers may hand a conversation to a person: all of them, or only the visitor's own request. */
export type TriggerMode = 'auto' | 'request-only';

/** Site settings the widget receives on connect, so the embed stays one line. */
export interface PublicSettings {
  siteName: string;
  greeting: string;
  offlineMessage: string;
  /** Accent colour as a CSS colour string. */
  color: string;
  triggerMode: TriggerMode;
  /** Longest message a visitor may send, in characters. */
  maxMessageLength: number;
}
