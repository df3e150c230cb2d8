import { describe, expect, it } from 'vitest';
import { visitorSocketUrl } from '../../widget/visitor-socket-url';

describe('visitorSocketUrl', () => {
  it('swaps http(s) for ws(s) and appends ws/visitor, keeping a path', () => {
    expect(visitorSocketUrl('https://relay.example')).toBe('wss://relay.example/ws/visitor');
    expect(visitorSocketUrl('http://localhost:8787/')).toBe('ws://localhost:8787/ws/visitor');
    expect(visitorSocketUrl('https://a.example/baton')).toBe('wss://a.example/baton/ws/visitor');
  });
});
