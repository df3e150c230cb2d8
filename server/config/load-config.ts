import { readFileSync } from 'node:fs';
import { configSchema, type Config } from './config-schema';
import { defaults } from './defaults';

/** A config that cannot be used; the message names the field and what was expected. */
export class ConfigError extends Error {
  readonly field: string;
  constructor(field: string, message: string) {
    super(`Invalid config: ${field}: ${message}`);
    this.name = 'ConfigError';
    this.field = field;
  }
}

type Partial2<T> = { [K in keyof T]?: T[K] extends unknown[] ? T[K] : T[K] extends object ? Partial2<T[K]> : T[K] };
/** What a config file may contain: any subset of the defaults. */
export type ConfigInput = Partial2<Config>;

function merge(base: unknown, over: unknown): unknown {
  if (over === undefined) return base;
  const isObj = (v: unknown) => typeof v === 'object' && v !== null && !Array.isArray(v);
  if (!isObj(base) || !isObj(over)) return over;
  const out: Record<string, unknown> = { ...(base as Record<string, unknown>) };
  for (const [k, v] of Object.entries(over as Record<string, unknown>)) out[k] = merge(out[k], v);
  return out;
}

/** Merges a partial config over the defaults and validates it; throws ConfigError naming the first bad field. */
export function resolveConfig(input: unknown = {}): Config {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) throw new ConfigError('(root)', 'expected a JSON object');
  const result = configSchema.safeParse(merge(defaults, input));
  if (!result.success) {
    const issue = result.error.issues[0];
    const field = issue.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('').replace(/^\./, '') || '(root)';
    const extra = issue.code === 'unrecognized_keys' ? ` (${issue.keys.join(', ')})` : '';
    throw new ConfigError(field, issue.message + extra);
  }
  const config = result.data;
  const teamIds = new Set<string>();
  config.teams.forEach((t, i) => {
    if (teamIds.has(t.id)) throw new ConfigError(`teams[${i}].id`, `duplicate team id "${t.id}"`);
    teamIds.add(t.id);
  });
  if (config.routing.defaultTeam && config.teams.length && !teamIds.has(config.routing.defaultTeam)) {
    throw new ConfigError('routing.defaultTeam', `no team "${config.routing.defaultTeam}" in teams`);
  }
  config.agents.forEach((a, i) =>
    a.teams?.forEach((t, j) => {
      if (config.teams.length ? !teamIds.has(t) : t !== 'support') throw new ConfigError(`agents[${i}].teams[${j}]`, `no team "${t}" in teams`);
    }),
  );
  const ids = new Set<string>();
  const tokens = new Set<string>();
  config.agents.forEach((a, i) => {
    if (ids.has(a.id)) throw new ConfigError(`agents[${i}].id`, `duplicate agent id "${a.id}"`);
    if (tokens.has(a.token)) throw new ConfigError(`agents[${i}].token`, 'two agents share one token');
    ids.add(a.id);
    tokens.add(a.token);
  });
  return config;
}

/** Reads a JSON config file (if given), applies env PORT, and validates; throws ConfigError on any problem. */
export function loadConfig(path?: string, env: NodeJS.ProcessEnv = process.env): Config {
  let input: Record<string, unknown> = {};
  if (path) {
    let text: string;
    try {
      text = readFileSync(path, 'utf8');
    } catch (err) {
      throw new ConfigError('(file)', `cannot read ${path}: ${(err as Error).message}`);
    }
    try {
      input = JSON.parse(text);
    } catch (err) {
      throw new ConfigError('(file)', `${path} is not valid JSON: ${(err as Error).message}`);
    }
  }
  if (env.PORT !== undefined) {
    const port = Number(env.PORT);
    if (!Number.isInteger(port)) throw new ConfigError('port', `env PORT must be a whole number, got "${env.PORT}"`);
    input = { ...input, port };
  }
  return resolveConfig(input);
}
