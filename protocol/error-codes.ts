/** Codes carried by `error` frames. The connection stays open after each of them. */
export type ErrorCode =
  | 'bad-json'
  | 'bad-frame'
  | 'unknown-type'
  | 'too-long'
  | 'no-session'
  | 'resume-rejected'
  | 'not-found'
  | 'already-accepted'
  | 'not-yours'
  | 'invalid-email'
  | 'invalid-state'
  | 'at-capacity'
  | 'bad-signature'
  | 'internal';

/** An error frame, sent to either kind of client. */
export interface ErrorFrame {
  type: 'error';
  code: ErrorCode;
  message: string;
  /** The clientId of the frame that failed, when it had one. */
  clientId?: string;
  /** The conversation the failed frame was about, when it named one. */
  conversationId?: string;
}
