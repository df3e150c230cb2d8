import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/temp-dir';
import { ConfigError, defaults, loadConfig, resolveConfig } from '../../server';

describe('config', () => {
  it('fills every unset field from the documented defaults', () => {
    expect(resolveConfig({})).toEqual(defaults);
    expect(resolveConfig({ site: { siteName: 'Shop' } }).site).toEqual({ ...defaults.site, siteName: 'Shop' });
  });

  it.each([
    [{ port: 'eighty' }, 'port'],
    [{ site: { color: 'blue' } }, 'site.color'],
    [{ site: { agentLabel: 'Support' } }, 'site.agentLabel'],
    [{ limits: { maxPayload: 1_000_000 } }, 'limits.maxPayload'],
    [{ agents: [{ id: 'a', name: 'A', token: 'short' }] }, 'agents[0].token'],
    [{ allowedOrigins: ['shop.example'] }, 'allowedOrigins[0]'],
    [{ bot: { faq: [{ question: 'q' }] } }, 'bot.faq[0].answer'],
    [{ colour: '#fff' }, '(root)'],
    [{ triggers: { requestModelThreshold: 1.5 } }, 'triggers.requestModelThreshold'],
    [{ triggers: { requestModel: 'yes' } }, 'triggers.requestModel'],
  ])('refuses %j naming %s', (input, field) => {
    expect(() => resolveConfig(input)).toThrow(ConfigError);
    try {
      resolveConfig(input);
    } catch (err) {
      expect((err as ConfigError).field).toBe(field);
      expect((err as Error).message).toMatch(/^Invalid config: /);
    }
  });

  it('refuses duplicate agent ids and shared tokens', () => {
    const a = { id: 'a', name: 'A', token: 'token-aaaaaaaaaaa' };
    expect(() => resolveConfig({ agents: [a, { ...a, token: 'token-bbbbbbbbbbb' }] })).toThrow(/agents\[1\]\.id: duplicate/);
    expect(() => resolveConfig({ agents: [a, { ...a, id: 'b' }] })).toThrow(/agents\[1\]\.token/);
  });

  it('reads a file, applies env PORT, and reports unreadable or invalid files', () => {
    const dir = tempDir('baton-config-');
    const file = join(dir, 'baton.json');
    writeFileSync(file, JSON.stringify({ site: { siteName: 'From file' } }));
    const config = loadConfig(file, { PORT: '9999' });
    expect(config.site.siteName).toBe('From file');
    expect(config.port).toBe(9999);
    expect(() => loadConfig(file, { PORT: 'abc' })).toThrow(/port: env PORT/);
    expect(() => loadConfig(join(dir, 'missing.json'), {})).toThrow(/cannot read/);
    writeFileSync(file, '{oops');
    expect(() => loadConfig(file, {})).toThrow(/not valid JSON/);
  });
});
