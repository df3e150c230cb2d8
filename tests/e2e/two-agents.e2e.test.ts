import { mkdtempSync, rmSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemo, type Demo } from '../../demo/start-demo';
import { launchBrowser } from './browser';

const shots = join(process.cwd(), 'test-results');
let browser: Browser;
let demo: Demo;
let dataDir: string;

beforeAll(async () => {
  await mkdir(shots, { recursive: true });
  dataDir = mkdtempSync(join(tmpdir(), 'baton-e2e-'));
  demo = await startDemo({ relayPort: 0, sitePort: 0, storagePath: join(dataDir, 'demo.sqlite'), tickMs: 50 });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await demo?.close();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

async function agentPage(token: string): Promise<Page> {
  const ctx = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await ctx.newPage();
  await page.goto(`${demo.relay.url}/agent?token=${token}`);
  await expect.poll(() => page.getByRole('checkbox', { name: 'Available' }).isChecked()).toBe(true);
  return page;
}

describe('two agents, one escalation', () => {
  it('both see it at once; only one can accept; the visitor sees that agent’s label and a reply to their question', async () => {
    const alex = await agentPage('demo-agent-token');
    const jordan = await agentPage('demo-agent-token-2');

    const visitorCtx = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const visitor = await visitorCtx.newPage();
    await visitor.goto(demo.siteUrl);
    await visitor.getByRole('button', { name: 'Open chat' }).click();
    const box = visitor.getByRole('textbox', { name: 'Message' });
    await box.fill('do you service Brompton hub gears?');
    await box.press('Enter');
    await expect.poll(() => visitor.getByRole('log').innerText()).toMatch(/don't have that information/);
    await visitor.getByRole('button', { name: 'Talk to a person' }).click();

    // Both consoles show the escalation with its reason and the visitor's question.
    for (const page of [alex, jordan]) {
      await expect.poll(() => page.getByRole('button', { name: 'Accept' }).count(), { timeout: 10_000 }).toBe(1);
      await expect.poll(() => page.getByRole('tabpanel').innerText()).toMatch(/Talk to a person/);
    }
    await jordan.screenshot({ path: join(shots, 'console-waiting.png') });

    // Both press Accept at the same moment.
    await Promise.all([alex, jordan].map((p) => p.getByRole('button', { name: 'Accept' }).evaluate((b: HTMLButtonElement) => b.click())));
    const holds = async (p: Page) => (await p.getByRole('button', { name: 'Resolve' }).count()) > 0;
    await expect.poll(async () => (await holds(alex)) !== (await holds(jordan)), { timeout: 10_000 }).toBe(true);
    const [winner, loser, label] = (await holds(alex)) ? [alex, jordan, 'Alex from Northwind'] : [jordan, alex, 'Jordan from Northwind'];
    await expect.poll(() => loser.getByRole('alert').allInnerTexts().then((t) => t.join(' ')), { timeout: 5000 }).toMatch(/already accepted/i);
    expect(await holds(loser)).toBe(false);

    // The winner has the question in front of them and answers it.
    await expect.poll(() => winner.getByRole('log').innerText()).toMatch(/Brompton hub gears/);
    await winner.getByRole('textbox', { name: 'Reply' }).fill('Yes — we service Brompton hub gears. Bring it in any weekday morning.');
    await winner.getByRole('textbox', { name: 'Reply' }).press('Enter');
    await expect.poll(() => visitor.getByRole('log').innerText()).toMatch(new RegExp(`${label} joined`));
    await expect.poll(() => visitor.getByRole('log').innerText()).toMatch(/we service Brompton hub gears/);
    expect(await visitor.getByRole('log').innerText()).toContain(label);
    await winner.screenshot({ path: join(shots, 'console-conversation.png') });
    await visitor.screenshot({ path: join(shots, 'visitor-agent-reply.png') });

    // Metrics come from what was stored.
    await winner.getByRole('tab', { name: /Metrics/ }).click();
    await expect.poll(() => winner.getByRole('tabpanel').innerText(), { timeout: 10_000 }).toMatch(/Handoff rate/i);
    await winner.screenshot({ path: join(shots, 'console-metrics.png') });
  });
});
