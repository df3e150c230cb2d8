import type { PublicSettings } from '../../protocol';
import type { Config } from './config-schema';

/** The site settings visitors' widgets receive on connect. */
export const publicSettings = (config: Config): PublicSettings => ({
  siteName: config.site.siteName,
  greeting: config.site.greeting,
  offlineMessage: config.site.offlineMessage,
  color: config.site.color,
  triggerMode: config.site.triggerMode,
  maxMessageLength: config.limits.maxMessageLength,
});
