import type { ErrorCode } from '../../protocol/error-codes';
import type { PublicSettings } from '../../protocol/settings';

/** What to tell the visitor for an error frame: plain words, never the relay's developer message. */
export function errorText(code: ErrorCode | string, settings: PublicSettings | null): string {
  switch (code) {
    case 'too-long':
      return settings ? `That message is too long. Please keep it under ${settings.maxMessageLength} characters.` : 'That message is too long.';
    case 'invalid-email':
      return 'Please enter a valid email address, like name@example.com.';
    default:
      return 'Something went wrong sending that. Please try again.';
  }
}
